// Reprint detection, the pure half (the database half is lib/ingest/reprints.ts): boilerplate
// stripping, shingles, MinHash signatures and LSH bands (fingerprint.ts), exact confirmation and
// shared passages (compare.ts), which copy is the original (original.ts), the linking decisions
// for a batch (linker.ts) and what a quoting article counts as its own (own-text.ts). The
// method's parameters, as /methodology shows them:
import { CONTAINED, SAME_TEXT } from './compare';
import { BANDS, MIN_SHINGLES, ROWS, SHINGLE_WORDS, SIGNATURE_SIZE } from './fingerprint';
import { CROWDED_BAND, MIN_ESTIMATE, QUIET_BAND } from './linker';

export const REPRINT_METHOD = {
  /**
   * Stored with every fingerprint. Stored texts of another version are no candidates (their
   * signatures are not read; their band keys were made another way) until `npm run analyze`, which
   * rebuilds every fingerprint and band key (reanalyze.ts redetectAll; tests/integration/reprints.test.ts).
   */
  version: 'reprints-2',
  shingleWords: SHINGLE_WORDS,
  signatureSize: SIGNATURE_SIZE,
  bands: BANDS,
  rows: ROWS,
  minShingles: MIN_SHINGLES,
  crowdedBand: CROWDED_BAND,
  quietBand: QUIET_BAND,
  minEstimate: MIN_ESTIMATE,
  contained: CONTAINED,
  sameText: SAME_TEXT,
} as const;

/**
 * Probability that two texts of Jaccard similarity j share at least `keys` band keys. Two make a
 * candidate wherever other texts hold the keys too (linker.ts QUIET_BAND), so `keys = 2` is the
 * chance that a copy is found in a busy index.
 */
export function candidateProbability(j: number, keys: 1 | 2 = 1): number {
  const p = Math.pow(j, ROWS);
  const none = Math.pow(1 - p, BANDS);
  return keys === 1 ? 1 - none : 1 - none - BANDS * p * Math.pow(1 - p, BANDS - 1);
}

export { fingerprint, type Fingerprint } from './fingerprint';
export { ReprintLinker, plannedCandidates, type BandHits, type LinkCopy, type LinkerBase, type NewCopy, type LinkerResult, type QuoteLink, type ReprintLink, type Curated } from './linker';
export { authorshipScore, compareCopies, compareDates } from './original';
export { strippedRanges } from './boilerplate';
export { ownTextAnalysis } from './own-text';
export { overlap, sharedSpans, textShingles } from './compare';
