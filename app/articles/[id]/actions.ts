'use server';
// Article curation forms. The checks (session, input, reasons) are in lib/curation.
import type { ActionState } from '@/lib/auth/action-state';
import { runCuration } from '@/lib/auth/run-action';
import { editArticle, markReprint, setStanceOverride } from '@/lib/curation/articles';
import { addEventLink, removeEventLink } from '@/lib/curation/event-links';

const pages = (id: number, extra: string[] = []) => [`/articles/${id}`, '/articles', '/', '/changes', '/events', ...extra];

export async function editArticleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runCuration(editArticle, formData, ({ id }) => ({ message: 'Saved; the analysis was recomputed.', revalidate: pages(id) }));
}

export async function stanceOverrideAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runCuration(setStanceOverride, formData, ({ id }) => ({ message: 'Saved.', revalidate: pages(id) }));
}

export async function reprintAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runCuration(markReprint, formData, ({ id, reprintOfId }) => ({
    message: reprintOfId ? `Marked as a reprint of #${reprintOfId}; comparisons count the original only.` : 'No longer marked as a reprint.',
    revalidate: pages(id, reprintOfId ? [`/articles/${reprintOfId}`] : []),
  }));
}

export async function addEventLinkAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runCuration(addEventLink, formData, ({ id, event }) => ({ message: 'Linked.', revalidate: pages(id, [`/events/${event}`]) }));
}

export async function removeEventLinkAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runCuration(removeEventLink, formData, ({ id, event }) => ({
    message: 'Link removed; re-analysis will not bring it back.',
    revalidate: pages(id, [`/events/${event}`]),
  }));
}
