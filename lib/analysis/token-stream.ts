// The one pass over an article's characters that every analysis reads (issue 15, item 3).
//
// Before, each analysis scanned the whole text with its own large regular expression: the
// lexicon's terms, the entities' aliases, the event cues' tokens, the reporting verbs, the claim
// triggers, the word count. Now the text is read once, character by character, into runs:
//
//   atoms        maximal runs of letters, digits and marks (\p{L}\p{N}\p{M}, by code point): a
//                phrase of the lexicon or the entity list can only start where an atom starts,
//                and the atom's first characters say which phrases to try there;
//   letter runs  maximal runs of letters alone (\p{L}): reporting verbs and claim triggers are
//                whole letter runs (or begin one), looked up in a table, not searched for;
//   words        atoms joined by one apostrophe, hyphen or ZWNJ (the word count, words per
//                paragraph);
//   event tokens the catalog's tokens (lib/analysis/event-tokens.ts), built from the same scan.
//
// Every consumer reproduces exactly what its regular expression found (tests/unit/analysis/
// one-pass.test.ts compares the whole analysis with the old one, kept in lib/analysis/reference).
// Character classes come from a table filled on first sight of each character by the same Unicode
// property tests the regular expressions used, so the classes are the engine's own.
import type { Span } from './tokenize';

export const C_LETTER = 1;
export const C_DIGIT = 2;
export const C_MARK = 4;
export const C_UPPER = 8;
/** \s: what [\s…] in the regular expressions matched. */
export const C_SPACE = 16;
export const C_ARABIC = 32;
/** \p{Ll}: lower-case letters. */
export const C_LOWER = 64;
const C_KNOWN = 128;
export const C_WORD = C_LETTER | C_DIGIT | C_MARK;

const BMP = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();

function computeClass(ch: string): number {
  let v = C_KNOWN;
  if (/\p{L}/u.test(ch)) v |= C_LETTER;
  if (/\p{N}/u.test(ch)) v |= C_DIGIT;
  if (/\p{M}/u.test(ch)) v |= C_MARK;
  if (/\p{Lu}/u.test(ch)) v |= C_UPPER;
  if (/\s/u.test(ch)) v |= C_SPACE;
  if (/\p{Script=Arabic}/u.test(ch)) v |= C_ARABIC;
  if (/\p{Ll}/u.test(ch)) v |= C_LOWER;
  return v;
}

/** Class bits of one code point. */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    let v = BMP[cp]!;
    if (v === 0) BMP[cp] = v = computeClass(String.fromCharCode(cp));
    return v;
  }
  let v = ASTRAL.get(cp);
  if (v === undefined) ASTRAL.set(cp, (v = computeClass(String.fromCodePoint(cp))));
  return v;
}

/** Class bits of the code point at UTF-16 index i (a lone surrogate is a code point of its own). */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  return classOf(c);
}

/** Class bits of the code point that ends just before UTF-16 index i (0 at the start). */
export function classBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const d = text.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = text.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return classOf(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  return classOf(d);
}

/** UTF-16 units of the code point at i (2 for a surrogate pair). */
export function unitWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Word joiners of the word count: ' ’ - and ZWNJ. */
function isWordJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x200c;
}

export interface TokenStream {
  text: string;
  /** Atoms: [atomStart[k], atomEnd[k]) for k < atoms. */
  atoms: number;
  atomStart: Int32Array;
  atomEnd: Int32Array;
  /** Class bits of each atom's first code point. */
  atomFirst: Uint8Array;
  /** Class bits of all of each atom's code points (or-ed): what it may hold (Arabic, capitals). */
  atomAll: Uint8Array;
  /**
   * Each atom's spelling as one integer (atomSpelling): equal ids, equal spellings, in this text
   * and every other read in the same atomGeneration(). What an analysis derives from a spelling
   * alone it keeps by this id (AtomMemo) instead of slicing and normalising the atom again.
   */
  atomId: Int32Array;
  /**
   * The atomGeneration() of atomId and runId: once the ids start again (another text read in
   * between may do it), this stream's ids mean nothing to the memos, and consumers go without.
   */
  idGen: number;
  /** Letter runs: [runStart[k], runEnd[k]) for k < runs. */
  runs: number;
  runStart: Int32Array;
  runEnd: Int32Array;
  /**
   * The spelling id (atomId) of each letter run that is a whole atom (an atom of letters alone:
   * nearly every word), else −1: what a consumer derives from such a run's spelling it keeps by id.
   */
  runId: Int32Array;
  /** Where each word (atoms joined by ' ’ - or ZWNJ) starts, in order. */
  wordStarts: Int32Array;
  /** Where each Arabic-script code point is, in order (word characters or not). */
  arabicAt: Int32Array;
}

// Scratch arrays the scan writes into, kept between calls: allocating and growing typed arrays
// per article cost more than the scan itself. The stream gets one exact-size copy at the end.
let scratchAtomStart = new Int32Array(4096);
let scratchAtomEnd = new Int32Array(4096);
let scratchAtomFirst = new Uint8Array(4096);
let scratchAtomAll = new Uint8Array(4096);
let scratchRunStart = new Int32Array(4096);
let scratchRunEnd = new Int32Array(4096);
let scratchArabic = new Int32Array(4096);
let scratchAtomHash = new Int32Array(4096);
let scratchRunAtom = new Int32Array(4096);

// The atoms' spellings, interned: open addressing over the FNV-1a hash of the code units, which
// the scan computes as it reads each atom, so a spelling seen before (nearly every atom of a
// text) costs one probe and one comparison in place, no substring.
const INTERN_MAX = 1 << 19;
let internCap = 1 << 14;
/**
 * Per slot, side by side (one cache line): the spelling's hash, its id + 1 (0: empty slot), and
 * where its code units are in the pool and how many. The pool keeps the spellings packed, so the
 * comparison reads one more line, not a string object somewhere on the heap.
 */
let internTable = new Int32Array(4 * internCap);
let internPool = new Uint16Array(1 << 16);
let internPoolUsed = 0;
let internSize = 0;
let internGen = 0;

/**
 * Changes when the atom ids start again (after INTERN_MAX distinct spellings): whatever is kept
 * by atom id must then be dropped (AtomMemo does).
 */
export function atomGeneration(): number {
  return internGen;
}

/** Starts the atom ids again (what reaching INTERN_MAX does; tests call it to exercise that). */
export function startAtomIdsAgain(): void {
  internStartAgain();
}

function internStartAgain(): void {
  internGen++;
  internSize = 0;
  internPoolUsed = 0;
  internCap = 1 << 14;
  internTable = new Int32Array(4 * internCap);
}

function intern(text: string, start: number, end: number, hash: number): number {
  const table = internTable;
  const pool = internPool;
  const mask = internCap - 1;
  const len = end - start;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const at = 4 * slot;
    const idPlus1 = table[at + 1]!;
    if (idPlus1 === 0) break;
    if (table[at] !== hash || table[at + 3] !== len) continue;
    const off = table[at + 2]!;
    let i = 0;
    while (i < len && pool[off + i] === text.charCodeAt(start + i)) i++;
    if (i === len) return idPlus1 - 1;
  }
  const id = internSize++;
  if (internPoolUsed + len > internPool.length) {
    const more = new Uint16Array(Math.max(internPool.length * 2, internPoolUsed + len));
    more.set(internPool);
    internPool = more;
  }
  const off = internPoolUsed;
  for (let i = 0; i < len; i++) internPool[off + i] = text.charCodeAt(start + i);
  internPoolUsed += len;
  if (internSize * 2 >= internCap) {
    const old = internTable;
    internCap *= 2;
    internTable = new Int32Array(4 * internCap);
    for (let j = 0; j < old.length; j += 4) if (old[j + 1] !== 0) internPut(old[j]!, old[j + 1]!, old[j + 2]!, old[j + 3]!);
  }
  internPut(hash, id + 1, off, len);
  return id;
}

function internPut(hash: number, idPlus1: number, off: number, len: number): void {
  const mask = internCap - 1;
  let slot = hash & mask;
  while (internTable[4 * slot + 1] !== 0) slot = (slot + 1) & mask;
  internTable.set([hash, idPlus1, off, len], 4 * slot);
}

/**
 * Values derived from an atom's spelling alone, kept by atom id; emptied when the ids start
 * again. sync(stream) once per text, before get/set.
 */
export class AtomMemo<V> {
  private gen = -1;
  private values: Array<V | undefined> = [];

  /** Empties the memo if the ids started again; whether the stream's ids are current (else do without). */
  sync(stream: TokenStream): boolean {
    if (this.gen !== internGen) {
      this.gen = internGen;
      this.values = new Array<V | undefined>(Math.max(1024, internCap >> 1)).fill(undefined);
    }
    return stream.idGen === internGen;
  }

  get(id: number): V | undefined {
    return this.values[id];
  }

  set(id: number, v: V): void {
    if (id >= this.values.length) {
      const more = new Array<V | undefined>(Math.max(id + 1, this.values.length * 2)).fill(undefined);
      for (let i = 0; i < this.values.length; i++) more[i] = this.values[i];
      this.values = more;
    }
    this.values[id] = v;
  }
}

/** Reads the text once into atoms, letter runs and words. */
export function tokenStream(text: string): TokenStream {
  const n = text.length;
  // Atoms and letter runs are separated by at least one unit.
  const most = (n >> 1) + 1;
  if (scratchAtomStart.length < most) {
    const size = Math.max(most, scratchAtomStart.length * 2);
    scratchAtomStart = new Int32Array(size);
    scratchAtomEnd = new Int32Array(size);
    scratchAtomFirst = new Uint8Array(size);
    scratchAtomAll = new Uint8Array(size);
    scratchRunStart = new Int32Array(size);
    scratchRunEnd = new Int32Array(size);
    scratchAtomHash = new Int32Array(size);
    scratchRunAtom = new Int32Array(size);
  }
  if (scratchArabic.length < n) scratchArabic = new Int32Array(Math.max(n, scratchArabic.length * 2));
  const arabicAt = scratchArabic;
  let arabics = 0;
  const atomStart = scratchAtomStart;
  const atomEnd = scratchAtomEnd;
  const atomFirst = scratchAtomFirst;
  const atomAll = scratchAtomAll;
  const runStart = scratchRunStart;
  const runEnd = scratchRunEnd;
  const atomHash = scratchAtomHash;
  const runAtom = scratchRunAtom;
  let h = 0;
  let atoms = 0;
  let runs = 0;
  let inAtom = false;
  let inRun = false;
  let all = 0;
  // One state machine over the code points; a BMP character's class straight from the table
  // (this loop sees every character of every text).
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    let cls: number;
    let w = 1;
    if (c < 0xd800 || c > 0xdfff) {
      cls = BMP[c]!;
      if (cls === 0) cls = classOf(c);
    } else {
      cls = classAt(text, i);
      w = unitWidth(text, i);
    }
    if (cls & C_ARABIC) arabicAt[arabics++] = i;
    if ((cls & C_WORD) === 0) {
      if (inAtom) {
        if (inRun) {
          // A run that began with its atom and ends with it is the atom.
          runAtom[runs] = runStart[runs] === atomStart[atoms] ? atoms : -1;
          runEnd[runs++] = i;
        }
        atomAll[atoms] = all;
        atomHash[atoms] = h;
        atomEnd[atoms++] = i;
        inAtom = inRun = false;
      }
    } else {
      if (!inAtom) {
        atomStart[atoms] = i;
        atomFirst[atoms] = cls;
        all = 0;
        h = 0x811c9dc5;
        inAtom = true;
      }
      all |= cls;
      h = Math.imul(h ^ c, 0x01000193);
      if (w === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), 0x01000193);
      if (cls & C_LETTER) {
        if (!inRun) {
          runStart[runs] = i;
          inRun = true;
        }
      } else if (inRun) {
        runAtom[runs] = -1;
        runEnd[runs++] = i;
        inRun = false;
      }
    }
    i += w;
  }
  if (inAtom) {
    if (inRun) {
      runAtom[runs] = runStart[runs] === atomStart[atoms] ? atoms : -1;
      runEnd[runs++] = n;
    }
    atomAll[atoms] = all;
    atomHash[atoms] = h;
    atomEnd[atoms++] = n;
  }
  // Ids for every atom of this text from one generation: start again before, not during.
  if (internSize + atoms > INTERN_MAX) internStartAgain();
  // One buffer for every offset array of the stream: atoms, runs, then words (at most one per atom).
  const buf = new Int32Array(4 * atoms + 3 * runs);
  buf.set(atomStart.subarray(0, atoms), 0);
  buf.set(atomEnd.subarray(0, atoms), atoms);
  buf.set(runStart.subarray(0, runs), 2 * atoms);
  buf.set(runEnd.subarray(0, runs), 2 * atoms + runs);
  const wordsAt = 2 * atoms + 2 * runs;
  // Words: an atom, then any atom right after one joiner character.
  let words = 0;
  for (let k = 0; k < atoms; ) {
    buf[wordsAt + words++] = atomStart[k]!;
    let e = atomEnd[k]!;
    k++;
    while (k < atoms && atomStart[k] === e + 1 && isWordJoiner(text.charCodeAt(e))) {
      e = atomEnd[k]!;
      k++;
    }
  }
  const idsAt = wordsAt + atoms;
  for (let k = 0; k < atoms; k++) buf[idsAt + k] = intern(text, atomStart[k]!, atomEnd[k]!, atomHash[k]!);
  const runIdsAt = idsAt + atoms;
  for (let r = 0; r < runs; r++) {
    const a = runAtom[r]!;
    buf[runIdsAt + r] = a >= 0 ? buf[idsAt + a]! : -1;
  }
  return {
    text,
    atoms,
    atomId: buf.subarray(idsAt, idsAt + atoms),
    idGen: internGen,
    atomStart: buf.subarray(0, atoms),
    atomEnd: buf.subarray(atoms, 2 * atoms),
    atomFirst: atomFirst.slice(0, atoms),
    atomAll: atomAll.slice(0, atoms),
    runs,
    runStart: buf.subarray(2 * atoms, 2 * atoms + runs),
    runEnd: buf.subarray(2 * atoms + runs, wordsAt),
    runId: buf.subarray(runIdsAt, runIdsAt + runs),
    wordStarts: buf.subarray(wordsAt, wordsAt + words),
    arabicAt: arabicAt.slice(0, arabics),
  };
}

/** Whether [start, end) holds an Arabic-script character: /\p{Script=Arabic}/u on that slice. */
export function arabicIn(s: TokenStream, start: number, end: number): boolean {
  const k = lowerBound(s.arabicAt, s.arabicAt.length, start);
  return k < s.arabicAt.length && s.arabicAt[k]! < end;
}

/** Number of words of the stream. */
export function wordCountOf(s: TokenStream): number {
  return s.wordStarts.length;
}

/** Words starting in each span (spans sorted and non-overlapping). */
export function wordsPerSpanOf(s: TokenStream, spans: readonly Span[]): number[] {
  const counts = new Array<number>(spans.length).fill(0);
  let k = 0;
  for (let w = 0; w < s.wordStarts.length && k < spans.length; w++) {
    const at = s.wordStarts[w]!;
    while (k < spans.length && at >= spans[k]!.end) k++;
    const span = spans[k];
    if (span && at >= span.start) counts[k]!++;
  }
  return counts;
}

/** First index k with starts[k] >= pos (binary search). */
export function lowerBound(starts: Int32Array, count: number, pos: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A letter run (or any text) as a case-insensitive regular expression compares it with ASCII
 * words: lower-cased, with the two characters that fold to ASCII letters under /iu (long s,
 * Kelvin sign) folded too. Anything else outside ASCII stays and so matches no ASCII word.
 */
export function foldAscii(s: string): string {
  const l = s.toLowerCase();
  return l.includes('ſ') ? l.replace(/ſ/g, 's') : l;
}

/**
 * The first letters (two or three) of a list of lower-case words as a table, so a letter run is
 * checked against the list without being copied: `mayBegin` is false only when the run's first
 * letters are ASCII and begin none of the words as foldAscii compares them. A non-ASCII letter
 * there may fold to an ASCII one (ſ, the Kelvin sign): true, and the caller compares in full.
 */
export class AsciiPrefixes {
  private readonly table: Uint8Array;

  constructor(
    words: Iterable<string>,
    private readonly depth: 2 | 3,
  ) {
    this.table = new Uint8Array(26 ** depth);
    for (const w of words) {
      if (w.length < depth) continue;
      let idx = 0;
      let ok = true;
      for (let i = 0; i < depth; i++) {
        const l = w.charCodeAt(i) - 97;
        if (l < 0 || l >= 26) ok = false;
        idx = idx * 26 + l;
      }
      // A word beginning with anything but a-z is not begun by an ASCII letter run: not listed.
      if (ok) this.table[idx] = 1;
    }
  }

  /** Whether the letter run [start, end) (end − start ≥ depth) may begin with one of the words. */
  mayBegin(text: string, start: number): boolean {
    let idx = 0;
    for (let i = 0; i < this.depth; i++) {
      const c = text.charCodeAt(start + i);
      if (c >= 0x80) return true;
      idx = idx * 26 + ((c | 0x20) - 97);
    }
    return this.table[idx] === 1;
  }
}
