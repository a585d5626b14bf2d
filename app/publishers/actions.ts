'use server';
// The rating queue's one-step form. The checks (session, input, rationale) are in lib/curation.
import type { ActionState } from '@/lib/auth/action-state';
import { runCuration } from '@/lib/auth/run-action';
import { ratePublisher } from '@/lib/curation/publishers';
import { STANCE_STYLE } from '@/lib/stance';

export async function ratePublisherAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runCuration(ratePublisher, formData, ({ slug, stance }) => ({
    message: `Rated ${STANCE_STYLE[stance].label.toLowerCase()}. Its articles now count in that group; the change is in the history.`,
    revalidate: [`/publishers/${slug}`, '/publishers', '/', '/changes', '/events', '/articles', '/compare'],
  }));
}
