'use server';
// Article curation forms. The checks (session, input, reasons) are in lib/curation.
import type { ActionState } from '@/lib/auth/action-state';
import { runCuration } from '@/lib/auth/run-action';
import { addQuote, editArticle, markReprint, removeQuote, resetReprintDecision, setStanceOverride } from '@/lib/curation/articles';
import { addEventLink, removeEventLink } from '@/lib/curation/event-links';

const pages = (id: number, extra: string[] = []) => [`/articles/${id}`, '/articles', '/', '/changes', '/events', '/amplification', ...extra];

export async function editArticleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runCuration(editArticle, formData, ({ id }) => ({ message: 'Saved; the analysis was recomputed.', revalidate: pages(id) }));
}

export async function stanceOverrideAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runCuration(setStanceOverride, formData, ({ id }) => ({ message: 'Saved.', revalidate: pages(id) }));
}

export async function reprintAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runCuration(markReprint, formData, ({ id, reprintOfId }) => ({
    message: reprintOfId
      ? `Marked as a reprint of #${reprintOfId}; comparisons count the original only.`
      : 'Marked as its own text: it counts in comparisons, and detection will not make it a reprint.',
    revalidate: pages(id, reprintOfId ? [`/articles/${reprintOfId}`] : []),
  }));
}

export async function reprintAutomaticAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runCuration(resetReprintDecision, formData, ({ id, reprintOfId }) => ({
    message: reprintOfId ? `Detection decides again: it found a reprint of #${reprintOfId}.` : 'Detection decides again: it found no original for this text.',
    revalidate: pages(id, reprintOfId ? [`/articles/${reprintOfId}`] : []),
  }));
}

export async function addQuoteAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runCuration(addQuote, formData, ({ id, quotedId }) => ({
    message: `Linked as quoting #${quotedId} in full; the shared passage now counts with it, and the analysis was recomputed.`,
    revalidate: pages(id, [`/articles/${quotedId}`]),
  }));
}

export async function removeQuoteAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runCuration(removeQuote, formData, ({ id, quotedId }) => ({
    message: 'Link removed; the whole text counts again, and detection will not make this link again.',
    revalidate: pages(id, [`/articles/${quotedId}`]),
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
