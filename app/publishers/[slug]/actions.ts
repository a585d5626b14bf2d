'use server';
// Publisher curation forms. The checks (session, input, rationale) are in lib/curation.
import type { ActionState } from '@/lib/auth/action-state';
import { runCuration } from '@/lib/auth/run-action';
import { editPublisher, mergePublishers } from '@/lib/curation/publishers';

export async function editPublisherAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runCuration(editPublisher, formData, ({ slug }) => ({
    message: 'Saved. The change is in the history below.',
    revalidate: [`/publishers/${slug}`, '/publishers', '/', '/changes', '/events', '/articles'],
  }));
}

export async function mergePublishersAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runCuration(mergePublishers, formData, ({ slug }) => ({
    message: 'Merged.',
    revalidate: ['/publishers', '/', '/changes', '/events', '/articles'],
    redirectTo: `/publishers/${slug}`,
  }));
}
