// What an article that quotes another in full counts as its own. The shared passages are the
// quoted text's, counted once with its original; everything outside them is the quoting
// article's. So its stored analysis keeps only what lies outside the shared passages:
// - loaded terms: occurrences inside a shared passage are dropped (count and offsets);
// - figures (claims) and attributions: dropped when their span lies inside a shared passage;
// - words: the article's word count is its own words (rates per 1,000 words divide by them);
// - stance cues: recomputed from its own terms and words;
// - event links stay: the article covers the event, whoever wrote the passages it relays.
// Pure.
import { analysedText, type ArticleAnalysis } from '@/lib/analysis';
import { stanceCues, type StanceGroup } from '@/lib/analysis/stance-cues';
import { wordsPerSpan, type Span } from '@/lib/analysis/tokenize';

export interface OwnTextInput {
  title: string;
  /** Shared passages as offsets into the body. */
  spans: readonly Span[];
  publisherStance: StanceGroup;
  viaStance: StanceGroup | null;
}

/** The analysis with every result inside the shared passages removed (unchanged when there are none). */
export function ownTextAnalysis(a: ArticleAnalysis, input: OwnTextInput): ArticleAnalysis {
  if (input.spans.length === 0) return a;
  const shift = analysedText(input.title, '').length;
  const spans = [...input.spans].map((s) => ({ start: s.start + shift, end: s.end + shift })).sort((x, y) => x.start - y.start);
  const inside = (s: Span) => spans.some((x) => s.start >= x.start && s.end <= x.end);
  const terms = a.terms
    .map((t) => {
      const offsets = t.offsets.filter((o) => !inside(o));
      return { ...t, offsets, count: offsets.length };
    })
    .filter((t) => t.count > 0);
  const shared = wordsPerSpan(a.text, spans).reduce((n, x) => n + x, 0);
  const wordCount = Math.max(0, a.wordCount - shared);
  return {
    ...a,
    wordCount,
    terms,
    claims: a.claims.filter((c) => !inside(c.span)),
    attributions: a.attributions.filter((q) => !inside(q.span)),
    stance: stanceCues(terms, wordCount, input.publisherStance, input.viaStance),
  };
}
