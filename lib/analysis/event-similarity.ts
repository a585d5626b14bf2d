// Lexical similarity for event matching: an article against an event's own words (its name,
// description and cues) and against the articles curators have confirmed for it. Vectors are
// normalised event tokens (stemmed, variants applied, stop words and bare numbers other than
// years dropped) with sublinear term frequency, L2-normalised; similarity is their cosine.
import { normById, normCount, normGeneration, normTerm, tokenizeForEvents, type EventTokens, type EvToken, type VariantMap } from './event-tokens';

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
 * A text's vector by norm id (see NormTerm): entries in the order toVector gives the string-keyed
 * vector (first occurrence), so sums over it add up in the same order, to the same numbers.
 */
export interface IdVector {
  size: number;
  ids: Int32Array;
  weights: Float64Array;
  /** Which lookup table entries are this vector's (see EventProfiles.cosineWith). */
  stamp: number;
}

// Counting by id and looking an article's weights up by id: tables indexed by norm id, kept
// between texts (a count goes back to 0 once read; a lookup entry is this vector's while its stamp
// is the vector's).
let tf = new Int32Array(1 << 14);
let lookupWeight = new Float64Array(1 << 14);
let lookupStamp = new Int32Array(1 << 14);
let stamps = 0;

function fitTables(n: number): void {
  if (tf.length >= n) return;
  const size = Math.max(n, tf.length * 2);
  tf = new Int32Array(size);
  const w = new Float64Array(size);
  w.set(lookupWeight);
  lookupWeight = w;
  const st = new Int32Array(size);
  st.set(lookupStamp);
  lookupStamp = st;
}

/**
 * Event profiles: each event's own words weighted by how few events use them (idf over the
 * catalog), so "Iran" or "MEK", in every profile, weigh little and "Afrasiabi" or "gasoline" much.
 */
export class EventProfiles {
  private readonly idf = new Map<string, number>();
  private readonly maxIdf: number;
  readonly vectors: TermVector[];
  /** idf by norm id (0: not in any profile) and the profiles by id, per normGeneration. */
  private idfById = new Float64Array(0);
  private vectorsById: Array<{ ids: Int32Array; weights: Float64Array; map: Map<number, number> }> = [];
  private byIdGen = -1;

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

  private syncIds(): void {
    if (this.byIdGen === normGeneration()) return;
    const idf: Array<[number, number]> = [...this.idf].map(([term, w]) => [normTerm(term).id, w]);
    this.vectorsById = this.vectors.map((v) => {
      const ids = Int32Array.from(v.keys(), (term) => normTerm(term).id);
      const weights = Float64Array.from(v.values());
      const map = new Map<number, number>();
      ids.forEach((id, i) => map.set(id, weights[i]!));
      return { ids, weights, map };
    });
    this.idfById = new Float64Array(Math.max(0, ...idf.map(([id]) => id + 1)));
    for (const [id, w] of idf) this.idfById[id] = w;
    this.byIdGen = normGeneration();
  }

  /** articleVector(countTokens(tokens)), by norm id. */
  articleVectorOf(t: EventTokens): IdVector {
    this.syncIds();
    fitTables(normCount());
    const order: number[] = [];
    for (let i = 0; i < t.length; i++) {
      const term = t.terms[i]!;
      if (!term.counts) continue;
      const id = term.id;
      if (tf[id] === 0) order.push(id);
      tf[id] = tf[id]! + 1;
    }
    const ids = new Int32Array(order.length);
    const weights = new Float64Array(order.length);
    let size = 0;
    let norm = 0;
    const idf = this.idfById;
    for (const id of order) {
      const c = tf[id]!;
      tf[id] = 0;
      const w = (1 + Math.log(c)) * (id < idf.length && idf[id]! > 0 ? idf[id]! : this.maxIdf);
      if (w <= 0) continue;
      ids[size] = id;
      weights[size++] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    const stamp = ++stamps;
    for (let i = 0; i < size; i++) {
      if (norm > 0) weights[i] = weights[i]! / norm;
      lookupWeight[ids[i]!] = weights[i]!;
      lookupStamp[ids[i]!] = stamp;
    }
    return { size, ids, weights, stamp };
  }

  /** cosine(vector, vectors[event]), summed in the order cosine sums it. */
  cosineWith(v: IdVector, event: number): number {
    this.syncIds();
    const p = this.vectorsById[event];
    if (!p) return 0;
    let dot = 0;
    if (v.size <= p.ids.length) {
      for (let i = 0; i < v.size; i++) {
        const o = p.map.get(v.ids[i]!);
        if (o !== undefined) dot += v.weights[i]! * o;
      }
      return dot;
    }
    if (v.stamp !== stamps) throw new Error('cosineWith: an older article vector');
    for (let i = 0; i < p.ids.length; i++) {
      const id = p.ids[i]!;
      if (id < lookupStamp.length && lookupStamp[id] === v.stamp) dot += p.weights[i]! * lookupWeight[id]!;
    }
    return dot;
  }
}

/** An id vector as the string-keyed vector it stands for (curators' examples are kept that way). */
export function termVectorOf(v: IdVector): TermVector {
  const m = new Map<string, number>();
  for (let i = 0; i < v.size; i++) m.set(normById(v.ids[i]!).norm, v.weights[i]!);
  return m;
}
