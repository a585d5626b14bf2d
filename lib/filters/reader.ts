// The article reader's one URL param: `at=<start>-<end>`, a span of the analysed text (title, a
// blank line, the body) to highlight and scroll to, so a figure, a quote or a term elsewhere in
// the app links to its sentence. lib/shape/links.ts (readerHref) builds the links.
import { firstParam, type SearchParamsRecord } from './search-params';

export const FOCUS_PARAM = 'at';
/** The id of the highlighted span, and the fragment that scrolls to it. */
export const FOCUS_ANCHOR = 'at';

export interface FocusSpan {
  start: number;
  end: number;
}

export function parseFocusSpan(raw: SearchParamsRecord): FocusSpan | null {
  const m = /^(\d{1,9})-(\d{1,9})$/.exec(firstParam(raw[FOCUS_PARAM])?.trim() ?? '');
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end > start ? { start, end } : null;
}
