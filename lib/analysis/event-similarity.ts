// Lexical similarity for event matching: an article against an event's own words (its name,
// description and cues) and against the articles curators have confirmed for it. Vectors are
// normalised event tokens (stemmed, variants applied, stop words and bare numbers other than
// years dropped) with sublinear term frequency, L2-normalised; similarity is their cosine.
import { tokenizeForEvents, type EvToken, type VariantMap } from './event-tokens';

/** A normalised sparse term vector (term → weight, unit length). */
export type TermVector = ReadonlyMap<string, number>;

/**
 * Curator-confirmed links as labelled examples: for each event slug, the term vectors of
 * articles a curator linked to it (lib/ingest/event-examples.ts loads them from the database).
 */
export type EventExamples = ReadonlyMap<string, readonly TermVector[]>;

/** Term counts of a text: the tokens event matching uses, without stop words and bare numbers. */
export function termCounts(text: string, variants: VariantMap): Map<string, number> {
  return countTokens(tokenizeForEvents(text, variants));
}

/** termCounts over tokens already made. */
export function countTokens(tokens: readonly EvToken[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of tokens) {
    if (t.counts) tf.set(t.norm, (tf.get(t.norm) ?? 0) + 1);
  }
  return tf;
}

/** Sublinear tf × weight(term), unit length. */
export function toVector(tf: ReadonlyMap<string, number>, weight: (term: string) => number = () => 1): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [term, c] of tf) {
    const w = (1 + Math.log(c)) * weight(term);
    if (w <= 0) continue;
    v.set(term, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [term, w] of v) v.set(term, w / norm);
  return v;
}

/** Cosine of two unit-length sparse vectors (any key type): the dot product over the smaller one. */
export function cosine<K>(a: ReadonlyMap<K, number>, b: ReadonlyMap<K, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) {
    const o = large.get(term);
    if (o !== undefined) dot += w * o;
  }
  return dot;
}


/**
 * Event profiles: each event's own words weighted by how few events use them (idf over the
 * catalog), so "Iran" or "MEK", in every profile, weigh little and "Afrasiabi" or "gasoline" much.
 */
export class EventProfiles {
  private readonly idf = new Map<string, number>();
  private readonly maxIdf: number;
  readonly vectors: TermVector[];

  constructor(texts: readonly string[], variants: VariantMap) {
    const counts = texts.map((t) => termCounts(t, variants));
    const df = new Map<string, number>();
    for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    const n = texts.length;
    for (const [term, d] of df) this.idf.set(term, Math.log((1 + n) / d));
    this.maxIdf = Math.log(1 + n);
    this.vectors = counts.map((tf) => toVector(tf, (term) => this.weight(term)));
  }

  weight(term: string): number {
    return this.idf.get(term) ?? this.maxIdf;
  }

  /** The article's counts as a vector weighted like the profiles. */
  articleVector(tf: ReadonlyMap<string, number>): TermVector {
    return toVector(tf, (term) => this.weight(term));
  }
}
