// Fingerprints of an article's text for finding its reprints: the words of the body (boilerplate
// lines stripped, see boilerplate.ts) normalised so that typography, line wrapping and case do
// not matter, cut into overlapping shingles of SHINGLE_WORDS words, each hashed to 32 bits;
// then a MinHash signature of SIGNATURE_SIZE values (one-permutation hashing, see
// minhashSignature) and its locality-sensitive hashing bands (BANDS groups of ROWS signature
// values, each hashed to one 32-bit key). Two texts whose shingle sets have Jaccard
// similarity J agree on one signature value with probability J, and share at least one band key
// with probability 1 − (1 − J^ROWS)^BANDS: the keys are what the database indexes, so finding
// the candidates for a new text is one index probe per band. Pure: no I/O.
import { hasArabicScript, PERSIAN_PREFIX_PARTS, PERSIAN_SUFFIX_PARTS, searchFold } from '../persian';
import { strippedRanges } from './boilerplate';

export const SHINGLE_WORDS = 5;
/**
 * 10 bands of 2 values (method reprints-2; reprints-1 had 16 of 3): every band key is an index row
 * written and probed per article, the cost of detection at 1M articles, and 10 × 2 keeps 16 × 3's
 * chance that a copy shares the two keys that make it a candidate where copies are (Jaccard 0.7:
 * 0.987 against 0.989; 0.8: 0.9993 against 0.9998) and raises it below, for texts quoted inside a
 * commentary (0.5: 0.76 against 0.61). 8 × 2 has a similar chance of one shared key but misses
 * 4% of copies at 0.7 under the two-key rule. docs/adr/0008-reprint-detection.md has the measurements.
 */
export const ROWS = 2;
export const BANDS = 10;
/** Signature values: the bands use the first ROWS × BANDS; all of them estimate the similarity of candidates. */
export const SIGNATURE_SIZE = 60;
/** Texts with fewer shingles than this (about 25 words) are too short to tell a reprint from a coincidence. */
export const MIN_SHINGLES = 20;

/** A normalised word with its UTF-16 offsets in the body. */
export interface WordToken {
  norm: string;
  start: number;
  end: number;
}

/**
 * One word as compared across copies: lower case, apostrophes, hyphens and the zero-width
 * non-joiner dropped ("Mojahedin-e" = "mojahedine", "regime’s" = "regimes", می‌گویند = میگویند),
 * and otherwise the spelling search uses (lib/analysis/persian.ts searchFold: compatibility forms
 * folded by NFKC, Arabic letter variants, vowel marks, tatweel and direction marks, Persian and
 * Arabic-Indic digits). A word the scanner joined across a space (a Persian prefix or suffix
 * part) loses the space.
 */
export function normalizeToken(raw: string): string {
  // Most words are plain ASCII: lower case and drop the joiners, nothing else can change.
  if (!NON_ASCII.test(raw)) return raw.toLowerCase().replace(ASCII_JOINERS, '');
  return searchFold(raw)
    .toLowerCase()
    .replace(/['’‘\-‐‑\u200c\s]/g, '');
}
const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_JOINERS = /['-]/g;

/** The body's words outside boilerplate, normalised, with their offsets in the body. */
export function wordTokens(body: string, title = ''): WordToken[] {
  const { starts, ends } = scanWords(body, strippedRanges(body, title).kept);
  return Array.from(starts, (start, k) => ({ norm: normalizeToken(body.slice(start, ends[k]!)), start, end: ends[k]! }));
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units: a normalised word's 32-bit hash. */
export function wordHash(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

// ASCII character classes for the scanner: 1 lower-case letter or digit, 2 upper-case letter,
// 3 a joiner (apostrophe, hyphen: joins two runs of word characters into one word).
const ASCII_CLASS = (() => {
  const t = new Uint8Array(128);
  for (let c = 0x30; c <= 0x39; c++) t[c] = 1;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = 1;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = 2;
  t[0x27] = 3;
  t[0x2d] = 3;
  return t;
})();
// Typographic apostrophes, Unicode hyphens, the Persian zero-width non-joiner and the invisible
// direction marks copied with right-to-left text join too.
const isWideJoiner = (c: number) =>
  c === 0x2019 || c === 0x2018 || c === 0x2010 || c === 0x2011 || c === 0x200c || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);

/**
 * Every word inside the ranges, in order: its start, its end and the hash of its normalised form
 * (the same as wordHash(normalizeToken(word))), found in one pass over the characters. ASCII
 * words are hashed as they are read, lower-cased with their joiners skipped; a word with other
 * characters goes through normalizeToken. Several times faster than a regular expression and a
 * string per word, which matters: this runs for every imported article.
 */
export function scanWords(body: string, ranges: readonly { start: number; end: number }[]): { hashes: Uint32Array; starts: Uint32Array; ends: Uint32Array } {
  let cap = Math.max(64, body.length >> 2);
  let hashes = new Uint32Array(cap);
  let starts = new Uint32Array(cap);
  let ends = new Uint32Array(cap);
  let n = 0;
  // The normal form of the last word when it is in Arabic script (for joining its parts), else null.
  let prevPersian: string | null = null;
  for (const r of ranges) {
    const end = r.end;
    let i = r.start;
    while (i < end) {
      let c = body.charCodeAt(i);
      // Skip to the next word character.
      if (c < 128 ? ASCII_CLASS[c]! === 0 || ASCII_CLASS[c]! === 3 : isWideJoiner(c) || !WORD_CHAR.test(body[i]!)) {
        i++;
        continue;
      }
      const start = i;
      let h = FNV_OFFSET;
      let plain = true;
      while (i < end) {
        c = body.charCodeAt(i);
        const k = c < 128 ? ASCII_CLASS[c]! : isWideJoiner(c) ? 4 : WORD_CHAR.test(body[i]!) ? 5 : 0;
        if (k === 1) h = Math.imul(h ^ c, FNV_PRIME);
        else if (k === 2) h = Math.imul(h ^ (c + 32), FNV_PRIME);
        else if (k === 5) plain = false;
        else if (k === 3 || k === 4) {
          // A joiner counts only between two word characters.
          const next = i + 1 < end ? body.charCodeAt(i + 1) : 0;
          const nk = next < 128 ? ASCII_CLASS[next]! : isWideJoiner(next) ? 4 : WORD_CHAR.test(body[i + 1]!) ? 5 : 0;
          if (nk !== 1 && nk !== 2 && nk !== 5) break;
          if (k === 4) plain = false;
        } else break;
        i++;
      }
      if (n === cap) {
        cap *= 2;
        const grow = (a: Uint32Array) => {
          const b = new Uint32Array(cap);
          b.set(a);
          return b;
        };
        hashes = grow(hashes);
        starts = grow(starts);
        ends = grow(ends);
      }
      if (plain) {
        hashes[n] = h >>> 0;
        prevPersian = null;
      } else {
        const norm = normalizeToken(body.slice(start, i));
        // A Persian prefix or suffix part standing apart (a space where the ZWNJ was lost) is
        // part of its word, as when joined: می گویند = می‌گویند, اعدام ها = اعدام‌ها.
        if (prevPersian !== null && n > 0 && hasArabicScript(norm) && (PREFIX_PARTS.has(prevPersian) || SUFFIX_PARTS.has(norm)) && onlySpace(body, ends[n - 1]!, start)) {
          prevPersian += norm;
          hashes[n - 1] = wordHash(prevPersian);
          ends[n - 1] = i;
          continue;
        }
        hashes[n] = wordHash(norm);
        prevPersian = hasArabicScript(norm) ? norm : null;
      }
      starts[n] = start;
      ends[n] = i;
      n++;
    }
  }
  return { hashes: hashes.subarray(0, n), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/**
 * Persian word parts joined to their neighbour whether a ZWNJ, a space or nothing separates
 * them: the shared inflection parts (lib/analysis/persian.ts), and for comparing copies also the
 * verb endings, the participle and agent parts and the prefixes بی and هم, which copies write
 * either way (رسیده‌اند / رسیده اند, بازداشت‌شده / بازداشت شده, بی‌نشان / بی نشان). Joining a
 * part that stands alone is harmless here: every copy with the same spacing joins it alike.
 */
const SUFFIX_PARTS: ReadonlySet<string> = new Set([...PERSIAN_SUFFIX_PARTS, 'اند', 'ایم', 'اید', 'شده', 'شدگان', 'کننده', 'کنندگان', 'گاه']);
const PREFIX_PARTS: ReadonlySet<string> = new Set([...PERSIAN_PREFIX_PARTS, 'بی', 'هم']);

/** True when body[from, to) is only white space (and stray zero-width non-joiners). */
function onlySpace(body: string, from: number, to: number): boolean {
  if (to - from > 8) return false;
  for (let k = from; k < to; k++) {
    const c = body.charCodeAt(k);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0xa0 && c !== 0x200c) return false;
  }
  return to > from;
}

/** MurmurHash3's finaliser: a bijection on 32 bits that mixes every input bit into every output bit. */
export function fmix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Hash of each shingle in reading order: element i covers words i … i + SHINGLE_WORDS − 1. */
export function shingleHashes(words: ArrayLike<number>): Uint32Array {
  const n = words.length - SHINGLE_WORDS + 1;
  if (n <= 0) return new Uint32Array(0);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x9747b28c;
    for (let k = 0; k < SHINGLE_WORDS; k++) h = fmix32((h ^ words[i + k]!) + k);
    out[i] = h;
  }
  return out;
}

/** The hashes of the body's words outside boilerplate, in reading order. */
export function wordHashes(body: string, title = ''): Uint32Array {
  return scanWords(body, strippedRanges(body, title).kept).hashes;
}

/**
 * The MinHash signature of a set of shingle hashes (duplicates do not matter), by one-permutation
 * hashing (Li, Owen and Zhang 2012): each shingle is hashed once; the hash picks one of
 * SIGNATURE_SIZE bins and the bin keeps its smallest hash. Two texts agree on a bin with
 * probability equal to their Jaccard similarity, as with SIGNATURE_SIZE separate permutations,
 * at the cost of one hash per shingle instead of SIGNATURE_SIZE. A bin no shingle fell into
 * borrows the value of another bin chosen by a fixed sequence of its own (optimal densification,
 * Shrivastava 2017), so short texts get a full signature that still agrees with probability J.
 */
export function minhashSignature(shingles: ArrayLike<number>): Uint32Array {
  const own = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const filled = new Uint8Array(SIGNATURE_SIZE);
  for (let j = 0; j < shingles.length; j++) {
    const h = fmix32(shingles[j]! ^ 0x3c6ef372);
    const bin = h % SIGNATURE_SIZE;
    filled[bin] = 1;
    if (h < own[bin]!) own[bin] = h;
  }
  const sig = own.slice();
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    if (filled[i]) continue;
    for (let attempt = 1; attempt < 64 * SIGNATURE_SIZE; attempt++) {
      const j = fmix32(((i << 16) ^ attempt ^ 0x1b873593) >>> 0) % SIGNATURE_SIZE;
      if (filled[j]) {
        sig[i] = own[j]!;
        break;
      }
    }
  }
  return sig;
}

/** One signed 32-bit key per band (Postgres int4): the band's number and its ROWS values hashed together. */
export function bandKeys(signature: ArrayLike<number>): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = fmix32(0x2545f491 ^ b);
    for (let r = 0; r < ROWS; r++) h = fmix32((h ^ signature[b * ROWS + r]!) >>> 0);
    keys.push(h | 0);
  }
  return keys;
}

/** The share of signature positions two signatures agree on: an estimate of their Jaccard similarity. */
export function estimatedJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if ((a[i]! >>> 0) === (b[i]! >>> 0)) same++;
  return same / SIGNATURE_SIZE;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A signature as stored (bytea): SIGNATURE_SIZE little-endian 32-bit values, as hex for the insert. */
export function encodeSignature(signature: ArrayLike<number>): string {
  let hex = '';
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    const v = signature[i]! >>> 0;
    for (let b = 0; b < 4; b++) hex += HEX[(v >>> (8 * b)) & 0xff];
  }
  return hex;
}

export function decodeSignature(bytes: Uint8Array): Int32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Int32Array(Math.floor(bytes.byteLength / 4));
  for (let i = 0; i < out.length; i++) out[i] = view.getInt32(i * 4, true);
  return out;
}

export interface Fingerprint {
  /** Shingles of the stripped body (word positions; a repeated run counts each time). */
  shingles: number;
  /** SIGNATURE_SIZE values, as signed 32-bit integers (Postgres int4). */
  signature: number[];
  /** BANDS keys (signed 32-bit). */
  bands: number[];
  /** The shingle hashes themselves, for an exact comparison in the same process (not stored). */
  hashes?: Uint32Array;
}

/** The fingerprint of a body, or null when it is too short to compare (fewer than MIN_SHINGLES shingles). */
export function fingerprint(body: string, title = ''): Fingerprint | null {
  const hashes = shingleHashes(wordHashes(body, title));
  if (hashes.length < MIN_SHINGLES) return null;
  const sig = minhashSignature(hashes);
  return { shingles: hashes.length, signature: Array.from(sig, (v) => v | 0), bands: bandKeys(sig), hashes };
}
