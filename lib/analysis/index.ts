// The analysis engine: pure functions over one article's text, with every data file imported
// statically and every matcher compiled once at module load. No database, network or file I/O.
import { CATALOG } from './catalog';
import { extractAttributions, type Attribution } from './attributions';
import { extractClaims, type Claim } from './claims';
import { buildNameContext } from './entities';
import { ENTITIES } from './entities';
import { EVENT_MODEL, matchEventsDetailed, type EventExamples, type EventMatch } from './events';
import { LEXICON } from './lexicon';
import { stanceCues, type StanceCues, type StanceGroup } from './stance-cues';
import { matchTerms, type TermHit } from './terms';
import { normalizeForAnalysis, toOriginalSpan, type NormalizedText } from './persian';
import { tokenStream } from './token-stream';
import { countWords, letterStem, splitParagraphs, splitSentences, stemStartsWith, type Span } from './tokenize';

export type { Attribution } from './attributions';
export type { Claim, ClaimKind, Qualifier } from './claims';
export type { EventMatch, EventEvidence, EventExamples, LinkSignal } from './events';
export type { StanceCues, StanceGroup } from './stance-cues';
export type { TermHit } from './terms';
export type { Span } from './tokenize';
export type { EntityType } from './entities';

export interface AnalysisInput {
  title: string;
  body: string;
  /** YYYY-MM-DD */
  publishedAt: string | null;
  /** How much of publishedAt is known (default: all of it). */
  datePrecision?: 'day' | 'month' | 'year' | 'unknown';
  publisherStance: StanceGroup;
  viaStance?: StanceGroup | null;
  /** Curator-confirmed links as examples (lib/ingest/event-examples.ts loads them). */
  examples?: EventExamples;
}

export interface ArticleAnalysis {
  /** title + "\n\n" + body: the text all offsets refer to. */
  text: string;
  wordCount: number;
  events: EventMatch[];
  terms: TermHit[];
  claims: Claim[];
  attributions: Attribution[];
  stance: StanceCues;
}

export const ANALYSIS_VERSION: { lexicon: string; events: string; method: string } = {
  lexicon: LEXICON.version,
  events: `${CATALOG.version}+${EVENT_MODEL.version}`,
  method: `analysis-1+${ENTITIES.version}`,
};

/** The text every offset refers to: the title, a blank line, the body. */
export function analysedText(title: string, body: string): string {
  // Joined, not concatenated: a join is one flat string, where a concatenation is a rope that
  // costs every one of the analysis's character reads an indirection.
  return [title.trim(), '\n\n', body].join('');
}

export function analyzeArticle(input: AnalysisInput): ArticleAnalysis {
  const title = input.title.trim();
  const original = analysedText(title, input.body);
  // Persian text is analysed in its folded form (one spelling for letters and digits, ZWNJ only
  // inside words: lib/analysis/persian.ts); every offset found is mapped back to the text as
  // written. English text is left as it is (no copy, no mapping).
  const normalized = normalizeForAnalysis(original);
  const text = normalized.text;
  const titleLength = normalized.starts ? normalizeForAnalysis(title).text.length : title.length;
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text);
  // One read of the text that every analysis below works from (lib/analysis/token-stream.ts).
  const stream = tokenStream(text);
  const wordCount = countWords(text, stream);
  const names = buildNameContext(text, stream);

  const detailed = matchEventsDetailed(text, { titleLength, publishedAt: input.publishedAt, datePrecision: input.datePrecision, paragraphs, sentences, examples: input.examples, stream, folded: true });
  const events: EventMatch[] = detailed.map(({ passages: _p, ...m }) => m);
  const terms = matchTerms(text, undefined, stream);

  // When the title is the body's first sentence again (importers do this when a source has no
  // headline), figures and quotes in it would be counted twice.
  const from = titleRepeatsBody(title, input.body) ? titleLength : 0;
  const claimSentences = from > 0 ? sentences.filter((s) => s.start >= from) : sentences;
  const claims = extractClaims(text, { sentences: claimSentences, events: detailed, names, stream });
  const attributions = extractAttributions(text, { sentences, paragraphs, names, from, stream });
  const stance = stanceCues(terms, wordCount, input.publisherStance, input.viaStance ?? null);
  if (!normalized.starts) return { text, wordCount, events, terms, claims, attributions, stance };
  return { text: original, wordCount, stance, ...toOriginal(normalized, original, { events, terms, claims, attributions }) };
}

/** The results of analysing the folded text, with every offset and quoted passage as written. */
function toOriginal(
  n: NormalizedText,
  original: string,
  r: Pick<ArticleAnalysis, 'events' | 'terms' | 'claims' | 'attributions'>,
): Pick<ArticleAnalysis, 'events' | 'terms' | 'claims' | 'attributions'> {
  const span = (s: Span) => toOriginalSpan(n, s);
  return {
    events: r.events.map((e) => ({
      ...e,
      evidence: e.evidence.map((ev) => {
        const s = span(ev);
        return { ...ev, ...s, text: original.slice(s.start, s.end) };
      }),
    })),
    terms: r.terms.map((t) => ({ ...t, offsets: t.offsets.map(span) })),
    claims: r.claims.map((c) => {
      const sentenceSpan = span(c.sentenceSpan);
      return { ...c, sentenceSpan, span: span(c.span), sentence: original.slice(sentenceSpan.start, sentenceSpan.end) };
    }),
    attributions: r.attributions.map((a) => {
      const sentenceSpan = span(a.sentenceSpan);
      return { ...a, sentenceSpan, span: span(a.span), sentence: original.slice(sentenceSpan.start, sentenceSpan.end) };
    }),
  };
}


export function titleRepeatsBody(title: string, body: string): boolean {
  const t = letterStem(title);
  return t.length > 0 && stemStartsWith(body.slice(0, title.length + 200), t);
}

/** Spans of the text that belong to the title (for highlighting). */
export function titleSpan(analysis: ArticleAnalysis): Span {
  const end = analysis.text.indexOf('\n\n');
  return { start: 0, end: end < 0 ? analysis.text.length : end };
}

export { matchEvents, matchEventsDetailed, ABOUT_THRESHOLD } from './events';
export { matchTerms, ratePer1000 } from './terms';
export { extractClaims } from './claims';
export { extractAttributions } from './attributions';
export { stanceCues, LEANING_THRESHOLD, DIVERGENT_THRESHOLD } from './stance-cues';
export { fightinWords, wordCounts } from './fightin-words';
export { discoverCandidates } from './discovery';
export { CATALOG } from './catalog';
export { LEXICON } from './lexicon';
