'use server';
// Event curation forms. The checks (session, input, cues) are in lib/curation.
import type { ActionState } from '@/lib/auth/action-state';
import { runCuration } from '@/lib/auth/run-action';
import { createEvent, editEvent } from '@/lib/curation/events';

export async function createEventAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runCuration(createEvent, formData, ({ slug }) => ({
    message: 'Created.',
    revalidate: ['/events', '/', '/changes', '/articles'],
    redirectTo: `/events/${slug}`,
  }));
}

export async function editEventAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runCuration(editEvent, formData, ({ slug, relinked }) => ({
    message: relinked === null ? 'Saved.' : `Saved; ${relinked} article${relinked === 1 ? '' : 's'} now match its cues.`,
    revalidate: [`/events/${slug}`, '/events', '/', '/changes', '/articles'],
  }));
}
