// Loaded-term counting: which of the lexicon's words a text uses for the group, its leaders,
// the Iranian state and violent events.
import { LEXICON, type LexiconTerm } from './lexicon';
import { PhraseMatcher } from './phrase-matcher';
import type { Span } from './tokenize';

export interface TermHit {
  /** Canonical term id from the lexicon. */
  term: string;
  category: string;
  count: number;
  offsets: Span[];
}

export function buildTermMatcher(terms: readonly LexiconTerm[]): PhraseMatcher<LexiconTerm> {
  return new PhraseMatcher(
    terms.flatMap((t) => t.variants.map((v) => ({ phrase: v, caseSensitive: t.caseSensitive, payload: t }))),
  );
}

const MATCHER = buildTermMatcher(LEXICON.terms);

/** Hits per term, in lexicon order. Longest match wins; matches never overlap. */
export function matchTerms(text: string, matcher: PhraseMatcher<LexiconTerm> = MATCHER): TermHit[] {
  const byTerm = new Map<string, TermHit>();
  for (const hit of matcher.findLongest(text)) {
    // A phrase listed under two terms would be ambiguous; the loader keeps the first.
    const term = hit.payloads[0];
    if (!term) continue;
    let th = byTerm.get(term.id);
    if (!th) {
      th = { term: term.id, category: term.category, count: 0, offsets: [] };
      byTerm.set(term.id, th);
    }
    th.count++;
    th.offsets.push({ start: hit.start, end: hit.end });
  }
  const order = new Map(LEXICON.terms.map((t, i) => [t.id, i]));
  return [...byTerm.values()].sort((a, b) => (order.get(a.term) ?? 0) - (order.get(b.term) ?? 0));
}

/** Occurrences per 1,000 words; 0 for an empty text. */
export function ratePer1000(count: number, words: number): number {
  return words > 0 ? (count * 1000) / words : 0;
}
