// Pure URL building for the analysis views: links from a number back to the articles behind it,
// carrying as much of the view's slice as the target page can filter on. No I/O.
import type { SliceFilter } from '@/lib/filters/slice';
import type { StanceKey } from '@/lib/stance';
import { FOCUS_ANCHOR, FOCUS_PARAM } from '@/lib/filters/reader';

/** A full-text query (websearch syntax) matching any of the phrases: `"cult" or "cultists"`. */
export function phrasesQuery(phrases: readonly string[], max = 8): string {
  return phrases
    .map((p) => p.replace(/["]/g, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .slice(0, max)
    .map((p) => `"${p}"`)
    .join(' or ');
}

/**
 * /articles filtered to the slice's outlets and dates, the given groups (or the slice's) and a
 * search. The article list has no event filter, so an event slice is not carried over.
 */
export function articleSearchHref(f: SliceFilter, q: string, stances?: readonly StanceKey[]): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  const groups = stances ?? f.stances;
  if (groups.length) params.set('stance', groups.join(','));
  if (f.publishers.length === 1) params.set('publisher', f.publishers[0]!);
  if (f.from) params.set('from', f.from);
  if (f.to) params.set('to', f.to);
  const s = params.toString();
  return s ? `/articles?${s}` : '/articles';
}

/**
 * The current query string with some params replaced (null removes one). Pass `page: null` when
 * the change alters which rows match, so the table starts again at its first page.
 */
export function withParams(path: string, current: Record<string, string | string[] | undefined>, changes: Record<string, string | null>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(current)) {
    if (k in changes || v === undefined) continue;
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined && first !== '') params.set(k, first);
  }
  for (const [k, v] of Object.entries(changes)) if (v !== null && v !== '') params.set(k, v);
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

/**
 * The article reader, scrolled to and highlighting a span of the analysed text (title, blank
 * line, body: the stored offsets' frame), e.g. the sentence a figure or a term is in.
 */
export function readerHref(articleId: number, span?: { start: number; end: number }): string {
  return span ? `/articles/${articleId}?${FOCUS_PARAM}=${span.start}-${span.end}#${FOCUS_ANCHOR}` : `/articles/${articleId}`;
}
