// Confirming a candidate pair exactly: the two texts' shingle sets compared in full (the MinHash
// signature only estimated it), the pair classified, and the text they share located. Pure.
//
// Two measures over the sets of distinct shingles A and B, with S the smaller set and L the larger:
// - inSmaller = |A ∩ B| / |S|: how much of the shorter text is in the longer one;
// - inLarger  = |A ∩ B| / |L|: how much of the longer text is in the shorter one.
// A reprint shares nearly all of both (a trimmed paragraph, a new header, an editor's note
// change little); a text that embeds another in full plus its own commentary contains nearly all
// of the shorter one but has much of its own. Articles on the same event that were written
// separately share names and phrases but few runs of five words: inSmaller stays far below.
import { scanWords, shingleHashes, SHINGLE_WORDS } from './fingerprint';
import { strippedRanges, type Range } from './boilerplate';

/** At least this share of the shorter text must be in the longer for any link. */
export const CONTAINED = 0.8;
/** At least this share of the longer text in the shorter too: the same text, a reprint. Below it, the longer has its own text. */
export const SAME_TEXT = 0.8;
/**
 * When the dates cannot say which came first, a longer text with at most 40% of its own (this
 * share or more in the shorter) is still taken for a copy: a trimmed paragraph, a long note.
 */
export const SAME_TEXT_UNDATED = 0.6;
/** Shared passages shorter than this many words are not marked (a common phrase, not a quotation). */
const MIN_SPAN_WORDS = 12;
/** Gaps of up to this many words inside a shared passage are bridged (an edited word, a changed quote mark). */
const BRIDGE_WORDS = 8;

export interface TextShingles {
  /** Shingle hash at each word position (position i covers words i … i + SHINGLE_WORDS − 1). */
  hashes: Uint32Array;
  /** Offsets of the words in the body. */
  starts: Uint32Array;
  ends: Uint32Array;
  set: Set<number>;
}

export function textShingles(body: string, title = ''): TextShingles {
  const words = scanWords(body, strippedRanges(body, title).kept);
  const hashes = shingleHashes(words.hashes);
  return { hashes, starts: words.starts, ends: words.ends, set: new Set(hashes) };
}

export interface Overlap {
  shared: number;
  sizeA: number;
  sizeB: number;
  /** Share of A's shingles found in B, and of B's in A. */
  aInB: number;
  bInA: number;
  jaccard: number;
}

export function overlap(a: ReadonlySet<number>, b: ReadonlySet<number>): Overlap {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  const union = a.size + b.size - shared;
  return {
    shared,
    sizeA: a.size,
    sizeB: b.size,
    aInB: a.size ? shared / a.size : 0,
    bInA: b.size ? shared / b.size : 0,
    jaccard: union ? shared / union : 0,
  };
}

/**
 * What a confirmed pair is, given which is dated first (−1: a, 1: b, 0: the dates cannot tell):
 * - 'reprint': the same text (each has at least SAME_TEXT of the other, or SAME_TEXT_UNDATED
 *   when the dates tie), or the shorter is a later excerpt of the longer;
 * - 'a-quotes-b' / 'b-quotes-a': the shorter is (at least CONTAINED) inside the longer, which
 *   has text of its own and is not dated before it;
 * - null: not enough shared text for a link.
 */
export type PairShape = 'reprint' | 'a-quotes-b' | 'b-quotes-a' | null;

/** The same text whatever the dates: each has at least CONTAINED and SAME_TEXT of the other. */
export function isSameText(o: Overlap): boolean {
  return Math.min(o.aInB, o.bInA) >= Math.min(CONTAINED, SAME_TEXT) && Math.max(o.aInB, o.bInA) >= Math.max(CONTAINED, SAME_TEXT);
}

export function pairShape(o: Overlap, aDatedFirst: -1 | 0 | 1): PairShape {
  const aSmaller = o.sizeA <= o.sizeB;
  const inSmaller = aSmaller ? o.aInB : o.bInA;
  const inLarger = aSmaller ? o.bInA : o.aInB;
  if (inSmaller < CONTAINED) return null;
  if (inLarger >= SAME_TEXT || (aDatedFirst === 0 && inLarger >= SAME_TEXT_UNDATED)) return 'reprint';
  const smallerFirst = aSmaller ? aDatedFirst : -aDatedFirst;
  // The longer text dated first: the shorter is an excerpt of it.
  if (smallerFirst > 0) return 'reprint';
  return aSmaller ? 'b-quotes-a' : 'a-quotes-b';
}

/**
 * The passages of `text` (as offsets into its body) made of shingles found in `other`: runs of
 * shared shingles, bridged over small gaps, at least MIN_SPAN_WORDS words long. This is what a
 * quoting article shares with the text it quotes, and what is marked in the reader.
 */
export function sharedSpans(text: TextShingles, other: ReadonlySet<number>): Range[] {
  const n = text.hashes.length;
  const spans: Range[] = [];
  let runStart = -1;
  let lastShared = -1;
  const close = () => {
    if (runStart < 0) return;
    const lastWord = lastShared + SHINGLE_WORDS - 1;
    if (lastWord - runStart + 1 >= MIN_SPAN_WORDS) spans.push({ start: text.starts[runStart]!, end: text.ends[lastWord]! });
    runStart = -1;
  };
  for (let i = 0; i < n; i++) {
    if (!other.has(text.hashes[i]!)) continue;
    if (runStart >= 0 && i - lastShared > BRIDGE_WORDS) close();
    if (runStart < 0) runStart = i;
    lastShared = i;
  }
  close();
  return spans;
}
