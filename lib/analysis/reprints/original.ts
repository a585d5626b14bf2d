// Which copy of a text is the original: the earliest-dated; on a tie (same day, or the same month
// or year when one date is only that precise), the copy whose outlet authored the text; then the
// one imported first. Pure.
import type { DatePrecision } from '@/lib/parse/types';

export interface CopyOrder {
  publishedAt: string | null;
  datePrecision: DatePrecision;
  /** Higher: more likely the outlet that wrote the text (authorshipScore). */
  authorship: number;
  /** Import order: the article id, or the position in a run after every stored article. */
  order: number;
}

const PRECISION_CHARS: Record<DatePrecision, number> = { day: 10, month: 7, year: 4, unknown: 0 };

/**
 * −1 when a is dated earlier than b, 1 when later, 0 when the dates cannot tell them apart (the
 * same day; the same month or year when one date is only that precise). An undated copy is never
 * earlier than a dated one: its date cannot be shown to come first.
 */
export function compareDates(a: Pick<CopyOrder, 'publishedAt' | 'datePrecision'>, b: Pick<CopyOrder, 'publishedAt' | 'datePrecision'>): -1 | 0 | 1 {
  const pa = a.publishedAt ? PRECISION_CHARS[a.datePrecision] || 10 : 0;
  const pb = b.publishedAt ? PRECISION_CHARS[b.datePrecision] || 10 : 0;
  if (!pa && !pb) return 0;
  if (!pa) return 1;
  if (!pb) return -1;
  const n = Math.min(pa, pb);
  const x = a.publishedAt!.slice(0, n);
  const y = b.publishedAt!.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Negative when a is the better original, positive when b is (never 0 for distinct copies). */
export function compareCopies(a: CopyOrder, b: CopyOrder): number {
  return compareDates(a, b) || b.authorship - a.authorship || a.order - b.order;
}

export interface AuthorshipInput {
  /** Collected from an aggregator or digest host rather than from the outlet itself. */
  via: boolean;
  /** Credit lines the copy carries ("Originally published at …", "Source: …"). */
  credits: readonly string[];
  /** The copy's first and last lines of text: a statement's heading or signature. */
  edges: readonly string[];
  /** The copy's outlet: its name, aliases and domains. */
  outletNames: readonly string[];
}

const fold = (s: string) => ` ${s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}.]+/gu, ' ').trim()} `;

/** True when the text names the outlet (a name, alias or domain as whole words). */
export function namesOutlet(text: string, outletNames: readonly string[]): boolean {
  const t = fold(text);
  return outletNames.some((n) => {
    const f = fold(n).trim();
    return f.length >= 2 && t.includes(` ${f} `);
  });
}

/**
 * How strongly a copy presents itself as the author's: 0–5. Collected straight from its outlet
 * (+2, not via an aggregator); credit lines that name its own outlet (+2) or none at all (+1),
 * while credits naming only someone else give nothing ("Originally published at X" is X's
 * text); its heading or signature naming its own outlet (+1: a statement signed by its issuer).
 */
export function authorshipScore(c: AuthorshipInput): number {
  let score = c.via ? 0 : 2;
  if (c.credits.length === 0) score += 1;
  else if (c.credits.some((line) => namesOutlet(line, c.outletNames))) score += 2;
  if (score > 0 && c.edges.some((line) => namesOutlet(line, c.outletNames))) score += 1;
  return score;
}
