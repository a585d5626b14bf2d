// One compiled matcher for a list of literal phrases (lexicon variants, entity aliases, outlet
// names). It reads the text's token stream (lib/analysis/token-stream.ts): at each atom start a
// trie of the phrases' beginnings names the few phrases that can match there, and each of those
// is confirmed by its own compiled expression; nothing is compiled per call.
//
// Phrase syntax: a space or hyphen matches any run of spaces/hyphens ("Mojahedin-e Khalq" =
// "Mojahedin e-Khalq"); an apostrophe matches ' ’ or ‘; a full stop is optional ("Mrs." =
// "Mrs", "U.S." = "US"). Matches sit on Unicode word boundaries. A possessive needs no variant:
// in "MEK's" the boundary after "MEK" holds and the offsets cover "MEK" only.
//
// Persian phrases (Arabic script; the text arrives folded, lib/analysis/persian.ts): a ZWNJ or a
// space in the phrase matches a ZWNJ, a space or nothing, since scraped text writes «کانون‌های
// شورشی», «کانون های شورشی» and «کانونهای شورشی» alike; and the phrase may carry the plural suffix
// ها/های/هایی and, after a vowel, the ezafe or indefinite ی/ای («اعدام‌ها», «فرقه‌ای»), which the
// offsets leave out.

import { foldPersian } from './persian';
import { atomGeneration, C_LETTER, C_DIGIT, C_SPACE, C_WORD, classAt, classBefore, classOf, tokenStream, type TokenStream } from './token-stream';

export interface PhraseHit<P> {
  start: number;
  end: number;
  /** The phrase key that matched (normalised). */
  key: string;
  payloads: P[];
}

const SEP_CLASS = '[\\s\\-‐‑–]+';
const SEP_FA = '[\\s\\u200c\\-‐‑–]*';
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
/** Inflection a Persian phrase may carry in the text (outside the match's offsets). */
const FA_SUFFIX = '(?:[\\u200c ]?(?:هایی|های|ها))?(?:(?<=[اوه])\\u200c?(?:ای|ی))?';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}\\p{M}])';

/** All-capital acronyms (two or more capitals, no lower-case letter) are matched exactly. */
export function isAcronym(phrase: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(phrase) && !/\p{Ll}/u.test(phrase);
}

export function phraseKey(s: string, caseSensitive: boolean): string {
  // A Persian phrase is one key however its parts are joined (ZWNJ, space, nothing).
  if (ARABIC_SCRIPT.test(s)) return foldPersian(s).replace(/[\s\u200c\-‐‑–.]+/gu, '').toLowerCase();
  const k = s
    .replace(/[’‘]/g, "'")
    .replace(/\./g, '')
    .replace(/[\s\-‐‑–]+/g, ' ')
    .trim();
  return caseSensitive ? k : k.toLowerCase();
}

function phrasePattern(phrase: string): string {
  if (ARABIC_SCRIPT.test(phrase)) {
    const words = foldPersian(phrase).trim().split(/[\s\-‐‑–]+/);
    return words
      .map((w) => [...w].map((ch) => (ch === '\u200c' ? '[\\s\\u200c]?' : ch.replace(/[\\^$*+?()[\]{}|/]/g, '\\$&'))).join(''))
      .join(SEP_FA);
  }
  const parts: string[] = [];
  const key = phrase.replace(/[’‘]/g, "'").trim();
  for (const word of key.split(/[\s\-‐‑–]+/)) {
    let p = '';
    for (const ch of word) {
      if (ch === "'") p += "['’‘]";
      else if (ch === '.') p += '\\.?';
      else p += ch.replace(/[\\^$*+?()[\]{}|/]/g, '\\$&');
    }
    parts.push(p);
  }
  return parts.join(SEP_CLASS);
}

interface Entry<P> {
  phrase: string;
  caseSensitive: boolean;
  payload: P;
}

// A trie of the phrases' deterministic beginnings, walked from each atom start of the token
// stream: literal characters (folded when case-insensitive), a run of separators, one apostrophe.
// It stops at the first part a phrase may skip (an optional full stop, a Persian joiner), so the
// phrases it reaches are the only ones that can match there; each is then confirmed with its own
// sticky expression — the alternative the one large expression had for it — in the large
// expression's order, so the phrase chosen at a position is the one it chose.
//
// The trie is built from nodes, then packed into a few typed arrays (FlatTrie) that the walks
// read: a walk runs from every atom of every text, amid the rest of the analysis, and with
// nodes spread over the heap it waited on memory at each step.
interface TrieNode {
  /** The root's children by ASCII code (null below the root). */
  ascii: Array<TrieNode | undefined> | null;
  /** Other children: character codes and nodes side by side. */
  codes: number[];
  kids: TrieNode[];
  sep: TrieNode | null;
  apos: TrieNode | null;
  /** Phrases (by alternation index) whose deterministic beginning ends here. */
  ends: number[];
}

const newNode = (): TrieNode => ({ ascii: null, codes: [], kids: [], sep: null, apos: null, ends: [] });

function child(node: TrieNode, code: number): TrieNode {
  if (code < 128 && node.ascii !== null) return (node.ascii[code] ??= newNode());
  let c = kid(node, code);
  if (!c) {
    node.codes.push(code);
    node.kids.push((c = newNode()));
  }
  return c;
}

function kid(node: TrieNode, code: number): TrieNode | undefined {
  const { codes } = node;
  for (let j = 0; j < codes.length; j++) if (codes[j] === code) return node.kids[j];
  return undefined;
}

function isSepCode(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2013 || (classOf(c) & C_SPACE) !== 0;
}

function isAposCode(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018;
}

const FOLD = new Int32Array(0x10000).fill(-1);

/** One UTF-16 unit as case-insensitive matching compares it (see the note at caseFoldable). */
function fold(c: number): number {
  let f = FOLD[c]!;
  if (f < 0) {
    const ch = String.fromCharCode(c);
    const up = ch.toUpperCase();
    const l = up.length === 1 ? up.toLowerCase() : ch.toLowerCase();
    FOLD[c] = f = l.length === 1 ? l.charCodeAt(0) : c;
  }
  return f;
}

// Characters the trie may fold: a BMP character whose upper case is one character. Case-
// insensitive Unicode matching (simple case folding) then equates it with exactly the characters
// that fold() maps to the same code; a phrase's beginning stops before any other character
// (ß, ŉ, ΐ, surrogates), and its own expression decides from there.
function caseFoldable(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return String.fromCharCode(c).toUpperCase().length === 1;
}

type Step = { kind: 'char'; code: number } | { kind: 'sep' } | { kind: 'apos' };

/**
 * The deterministic beginning of a phrase's pattern (see phrasePattern), and whether it is the
 * whole pattern. A whole pattern the walk has spelt needs no expression to confirm it: only its
 * boundary (see confirmWhole). Not whole: a part the pattern may skip (a full stop, a Persian
 * joiner or the space between Persian words), and any character folding would equate with one
 * the expression does not (a non-ASCII character case-insensitive matching changes).
 */
function phraseSteps(phrase: string, caseSensitive: boolean): { steps: Step[]; whole: boolean } {
  const steps: Step[] = [];
  let whole = true;
  const literal = (ch: string): boolean => {
    for (let k = 0; k < ch.length; k++) {
      const c = ch.charCodeAt(k);
      if (!caseSensitive && !caseFoldable(c)) return false;
      if (c >= 0xd800 && c <= 0xdfff) return false;
      if (!caseSensitive && c >= 0x80 && fold(c) !== c) whole = false;
      steps.push({ kind: 'char', code: caseSensitive ? c : fold(c) });
    }
    return true;
  };
  if (ARABIC_SCRIPT.test(phrase)) {
    // Persian: the first word up to its first joiner (a joiner may be a space or nothing, and
    // words may be written together).
    const words = foldPersian(phrase).trim().split(/[\s\-‐‑–]+/);
    const first = words[0] ?? '';
    for (const ch of first) if (ch === '\u200c' || !literal(ch)) return { steps, whole: false };
    return { steps, whole: whole && words.length === 1 };
  }
  const words = phrase.replace(/[’‘]/g, "'").trim().split(/[\s\-‐‑–]+/);
  for (const [w, word] of words.entries()) {
    if (w > 0) steps.push({ kind: 'sep' });
    for (const ch of word) {
      if (ch === "'") steps.push({ kind: 'apos' });
      else if (ch === '.' || !literal(ch)) return { steps, whole: false };
    }
  }
  return { steps, whole };
}

interface Mode<P> {
  cs: boolean;
  /** Each phrase's own expression, in the order of the large alternation. */
  sticky: RegExp[];
  /** Per phrase: its deterministic beginning is the whole pattern. */
  whole: boolean[];
  /** The inflection and boundary after a whole phrase (FA_SUFFIX, BOUNDARY_AFTER), sticky. */
  after: RegExp;
  trie: FlatTrie;
  /**
   * What the walk does inside each atom, by atom id (see walkAtom): 0 not known yet, 1 no phrase
   * begins there, 2 walk it in full, n + 3 it reaches trie node n at the atom's end with nothing
   * found before. Rebuilt when the atom ids start again.
   */
  atomWalk: Int32Array;
  atomWalkGen: number;
  /** Phrases that do not begin with a letter or digit the trie can hold: tried at every boundary. */
  anywhere: number[];
  map: Map<string, P[]>;
}

export class PhraseMatcher<P> {
  private readonly ci: Mode<P>;
  private readonly cs: Mode<P>;
  private readonly ciMap = new Map<string, P[]>();
  private readonly csMap = new Map<string, P[]>();
  /** Shorter phrases that also match wherever a longer one starts ("1988" inside "1988 massacre"). */
  private readonly ciPrefixes = new Map<string, Array<{ key: string; cs: boolean }>>();
  private readonly csPrefixes = new Map<string, Array<{ key: string; cs: boolean }>>();
  /** Matched text → key; the same few spellings recur across millions of texts. */
  private readonly keyCache = new Map<string, string>();
  /** The same for case-sensitive phrases (apart, so no key is built to tell them from the others). */
  private readonly csKeyCache = new Map<string, string>();

  constructor(entries: ReadonlyArray<Entry<P>>) {
    const ciPhrases: string[] = [];
    const csPhrases: string[] = [];
    for (const e of entries) {
      const key = phraseKey(e.phrase, e.caseSensitive);
      if (key === '') continue;
      const map = e.caseSensitive ? this.csMap : this.ciMap;
      const list = map.get(key);
      if (list) list.push(e.payload);
      else {
        map.set(key, [e.payload]);
        (e.caseSensitive ? csPhrases : ciPhrases).push(e.phrase);
      }
    }
    this.ci = buildMode(ciPhrases, false, this.ciMap);
    this.cs = buildMode(csPhrases, true, this.csMap);
    this.computePrefixes();
  }

  private computePrefixes(): void {
    const all = [
      ...[...this.ciMap.keys()].map((key) => ({ key, cs: false })),
      ...[...this.csMap.keys()].map((key) => ({ key, cs: true })),
    ];
    for (const long of all) {
      for (const short of all) {
        if (short.key.length >= long.key.length) continue;
        const a = short.cs ? long.key : long.key.toLowerCase();
        if (a.startsWith(short.key) && !/[\p{L}\p{N}\p{M}]/u.test(a[short.key.length] ?? '')) {
          const map = long.cs ? this.csPrefixes : this.ciPrefixes;
          const list = map.get(long.key) ?? [];
          list.push({ key: short.key, cs: short.cs });
          map.set(long.key, list);
        }
      }
    }
  }

  get size(): number {
    return this.ciMap.size + this.csMap.size;
  }

  /**
   * Every phrase occurrence, overlapping ones included: at each start position the longest
   * phrase, plus shorter phrases that are word-prefixes of it.
   */
  findAll(text: string, stream: TokenStream = tokenStream(text)): PhraseHit<P>[] {
    const hits: PhraseHit<P>[] = [];
    this.scan(text, stream, this.ci, hits);
    this.scan(text, stream, this.cs, hits);
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    return hits;
  }

  /** Longest matches first, never overlapping: "the Iranian Resistance" is not also "resistance". */
  findLongest(text: string, stream?: TokenStream): PhraseHit<P>[] {
    const all = this.findAll(text, stream).slice().sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: PhraseHit<P>[] = [];
    for (const h of all) {
      if (taken.some((t) => h.start < t.end && t.start < h.end)) continue;
      taken.push(h);
    }
    return taken.sort((a, b) => a.start - b.start);
  }

  private scan(text: string, stream: TokenStream, mode: Mode<P>, out: PhraseHit<P>[]): void {
    if (mode.sticky.length === 0) return;
    const found: Found = { idx: [], end: [] };
    if (mode.anywhere.length === 0) {
      // Within an atom the walk depends on the atom's spelling alone: done once per spelling.
      if (mode.atomWalkGen !== atomGeneration()) {
        mode.atomWalk = new Int32Array(4096);
        mode.atomWalkGen = atomGeneration();
      }
      const { atoms, atomStart, atomEnd, atomId } = stream;
      // A stream whose ids are out of date: every walk in full.
      const ids = stream.idGen === atomGeneration();
      for (let k = 0; k < atoms; k++) {
        const p = atomStart[k]!;
        if (!ids) {
          walk(text, p, mode.trie, mode.cs, found, 0);
          if (found.idx.length > 0) this.confirm(text, p, mode, found, out);
          continue;
        }
        const id = atomId[k]!;
        if (id >= mode.atomWalk.length) {
          const more = new Int32Array(Math.max(id + 1, mode.atomWalk.length * 2));
          more.set(mode.atomWalk);
          mode.atomWalk = more;
        }
        let w = mode.atomWalk[id]!;
        if (w === 0) mode.atomWalk[id] = w = walkAtom(text, p, atomEnd[k]!, mode.trie, mode.cs);
        if (w === 1) continue;
        if (w === 2) walk(text, p, mode.trie, mode.cs, found, 0);
        else walk(text, atomEnd[k]!, mode.trie, mode.cs, found, w - 3);
        if (found.idx.length > 0) this.confirm(text, p, mode, found, out);
      }
      return;
    }
    // Some phrase may begin with punctuation: every position after a non-word character.
    for (let p = 0; p < text.length; p++) {
      if ((classBefore(text, p) & C_WORD) !== 0) continue;
      for (const idx of mode.anywhere) {
        found.idx.push(idx);
        found.end.push(-1);
      }
      walk(text, p, mode.trie, mode.cs, found, 0);
      this.confirm(text, p, mode, found, out);
    }
  }

  /** The first of the candidate phrases (in alternation order) that matches at p. */
  private confirm(text: string, p: number, mode: Mode<P>, found: Found, out: PhraseHit<P>[]): void {
    const { idx, end } = found;
    // Candidates are few (one to three): tried smallest index first by selection, no sort.
    for (let left = idx.length; left > 0; left--) {
      let best = 0;
      for (let j = 1; j < idx.length; j++) if (idx[j]! < idx[best]!) best = j;
      const phrase = idx[best]!;
      const e = end[best]!;
      idx[best] = Number.MAX_SAFE_INTEGER;
      let matched: string | null;
      if (e >= 0 && mode.whole[phrase]) matched = confirmWhole(text, e, mode.after) ? text.slice(p, e) : null;
      else {
        const re = mode.sticky[phrase]!;
        re.lastIndex = p;
        const m = re.exec(text);
        matched = m === null ? null : (m[1] ?? '');
      }
      if (matched === null) continue;
      this.record(text, p, matched, mode, out);
      break;
    }
    idx.length = 0;
    end.length = 0;
  }

  private record(text: string, start: number, matched: string, mode: Mode<P>, out: PhraseHit<P>[]): void {
    if (matched === '') return;
    const key = this.cachedKey(matched, mode.cs);
    const payloads = mode.map.get(key);
    if (payloads) out.push({ start, end: start + matched.length, key, payloads });
    const prefixes = (mode.cs ? this.csPrefixes : this.ciPrefixes).get(key);
    if (prefixes) for (const p of prefixes) {
      const sub = (p.cs ? this.csMap : this.ciMap).get(p.key);
      const end = prefixEnd(text, start, p.key, p.cs);
      if (sub && end !== null) out.push({ start, end, key: p.key, payloads: sub });
    }
  }

  private cachedKey(matched: string, cs: boolean): string {
    const cache = cs ? this.csKeyCache : this.keyCache;
    let key = cache.get(matched);
    if (key === undefined) {
      key = phraseKey(matched, cs);
      if (cache.size > 20_000) cache.clear();
      cache.set(matched, key);
    }
    return key;
  }
}

function buildMode<P>(phrases: string[], cs: boolean, map: Map<string, P[]>): Mode<P> {
  // Longest first, as the one large alternation had them: at a position, the first that matches wins.
  const sorted = [...phrases].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const root = newNode();
  root.ascii = new Array<TrieNode | undefined>(128).fill(undefined);
  const anywhere: number[] = [];
  const whole: boolean[] = [];
  const sticky = sorted.map((phrase, idx) => {
    const { steps, whole: isWhole } = phraseSteps(phrase, cs);
    whole.push(isWhole);
    const first = steps[0];
    if (!first || first.kind !== 'char' || (classOf(first.code) & (C_LETTER | C_DIGIT)) === 0) anywhere.push(idx);
    else {
      let node = root;
      for (const st of steps) {
        if (st.kind === 'sep') node = node.sep ??= newNode();
        else if (st.kind === 'apos') node = node.apos ??= newNode();
        else node = child(node, st.code);
      }
      node.ends.push(idx);
    }
    return new RegExp(`(${phrasePattern(phrase)})${FA_SUFFIX}${BOUNDARY_AFTER}`, cs ? 'uy' : 'iuy');
  });
  return {
    cs,
    sticky,
    whole,
    after: new RegExp(`${FA_SUFFIX}${BOUNDARY_AFTER}`, cs ? 'uy' : 'iuy'),
    trie: flatten(root),
    atomWalk: new Int32Array(0),
    atomWalkGen: -1,
    anywhere,
    map,
  };
}

/**
 * A trie as typed arrays, nodes numbered depth first (a walk's path sits close together); node 0
 * is the root. −1: no such node.
 */
interface FlatTrie {
  /** The root's child for each ASCII code. */
  rootAscii: Int32Array;
  /** Node k's children by character: edges [edgeFrom[k], edgeFrom[k + 1]) of edgeCode/edgeTo. */
  edgeFrom: Int32Array;
  edgeCode: Int32Array;
  edgeTo: Int32Array;
  sepTo: Int32Array;
  aposTo: Int32Array;
  /** Phrases ending at node k: endsList[endsFrom[k] … endsFrom[k + 1]). */
  endsFrom: Int32Array;
  endsList: Int32Array;
}

function flatten(root: TrieNode): FlatTrie {
  const order: TrieNode[] = [];
  const id = new Map<TrieNode, number>();
  const visit = (node: TrieNode) => {
    id.set(node, order.length);
    order.push(node);
    for (const c of node.ascii ?? []) if (c) visit(c);
    for (const c of node.kids) visit(c);
    if (node.sep) visit(node.sep);
    if (node.apos) visit(node.apos);
  };
  visit(root);
  const n = order.length;
  const t: FlatTrie = {
    rootAscii: new Int32Array(128).fill(-1),
    edgeFrom: new Int32Array(n + 1),
    edgeCode: new Int32Array(order.reduce((a, x) => a + x.kids.length, 0)),
    edgeTo: new Int32Array(order.reduce((a, x) => a + x.kids.length, 0)),
    sepTo: new Int32Array(n).fill(-1),
    aposTo: new Int32Array(n).fill(-1),
    endsFrom: new Int32Array(n + 1),
    endsList: new Int32Array(order.reduce((a, x) => a + x.ends.length, 0)),
  };
  root.ascii?.forEach((c, code) => {
    if (c) t.rootAscii[code] = id.get(c)!;
  });
  let edges = 0;
  let ends = 0;
  order.forEach((node, k) => {
    t.edgeFrom[k] = edges;
    node.codes.forEach((code, j) => {
      t.edgeCode[edges] = code;
      t.edgeTo[edges++] = id.get(node.kids[j]!)!;
    });
    if (node.sep) t.sepTo[k] = id.get(node.sep)!;
    if (node.apos) t.aposTo[k] = id.get(node.apos)!;
    t.endsFrom[k] = ends;
    for (const e of node.ends) t.endsList[ends++] = e;
  });
  t.edgeFrom[n] = edges;
  t.endsFrom[n] = ends;
  return t;
}

/** Candidate phrases at one position: alternation index, and where the walk spelt it to (−1: unknown). */
interface Found {
  idx: number[];
  end: number[];
}

/**
 * A whole phrase spelt up to e matches when its boundary holds there, or after an inflection a
 * Persian phrase may carry: the expression's own tail decides, and only when the next character
 * could begin one (ZWNJ, ه, ا or ی; a space is no word character, so the boundary held).
 */
function confirmWhole(text: string, e: number, after: RegExp): boolean {
  if (e >= text.length || (classAt(text, e) & C_WORD) === 0) return true;
  const c = text.charCodeAt(e);
  if (c !== 0x200c && c !== 0x647 && c !== 0x627 && c !== 0x6cc) return false;
  after.lastIndex = e;
  return after.test(text);
}

/**
 * The walk from an atom's start [p, e) as far as the atom's end, for the memo of Mode.atomWalk:
 * 1 when it stops inside the atom with nothing found (every character there is a word character,
 * so no separator or apostrophe step applies and the trie alone decides), n + 3 when it reaches
 * node n at e with nothing found before and no character folded, 2 otherwise.
 */
function walkAtom(text: string, p: number, e: number, t: FlatTrie, cs: boolean): number {
  let node = 0;
  for (let i = p; i < e; i++) {
    if (t.endsFrom[node + 1]! > t.endsFrom[node]!) return 2;
    const c = text.charCodeAt(i);
    const f = cs ? c : fold(c);
    if (f !== c && c >= 0x80) return 2;
    const next = flatChild(t, node, f);
    if (next < 0) return 1;
    node = next;
  }
  return node + 3;
}

/** The packed trie's node reached from `node` by the (folded) code unit f, or −1 (what kid() is to the building trie). */
function flatChild(t: FlatTrie, node: number, f: number): number {
  if (node === 0 && f < 128) return t.rootAscii[f]!;
  for (let e = t.edgeFrom[node]!, to = t.edgeFrom[node + 1]!; e < to; e++) if (t.edgeCode[e] === f) return t.edgeTo[e]!;
  return -1;
}

/**
 * The phrases whose deterministic beginning the text spells from p, starting at trie node `node`,
 * with where it ends; −1 once a non-ASCII character of the text was folded (the expression, not
 * the walk, then decides).
 */
function walk(text: string, p: number, t: FlatTrie, cs: boolean, found: Found, node: number): void {
  let i = p;
  let plain = true;
  const n = text.length;
  for (;;) {
    for (let e = t.endsFrom[node]!, to = t.endsFrom[node + 1]!; e < to; e++) {
      found.idx.push(t.endsList[e]!);
      found.end.push(plain ? i : -1);
    }
    if (i >= n) return;
    const c = text.charCodeAt(i);
    const sep = t.sepTo[node]!;
    if (sep >= 0 && isSepCode(c)) {
      i++;
      while (i < n && isSepCode(text.charCodeAt(i))) i++;
      node = sep;
      continue;
    }
    const apos = t.aposTo[node]!;
    if (apos >= 0 && isAposCode(c)) {
      i++;
      node = apos;
      continue;
    }
    const f = cs ? c : fold(c);
    if (f !== c && c >= 0x80) plain = false;
    const next = flatChild(t, node, f);
    if (next < 0) return;
    node = next;
    i++;
  }
}

// Where a prefix phrase ends in the text, walking the key and the text together (the text may
// use other separators, apostrophes or omit full stops).
function prefixEnd(text: string, start: number, key: string, cs: boolean): number | null {
  let i = start;
  for (let k = 0; k < key.length; k++) {
    const ch = key[k] ?? '';
    if (ch === ' ') {
      if (!/[\s\-‐‑–]/u.test(text[i] ?? '')) return null;
      while (/[\s\-‐‑–]/u.test(text[i] ?? '')) i++;
      continue;
    }
    while (text[i] === '.') i++;
    const t = (text[i] ?? '').replace(/[’‘]/, "'");
    if ((cs ? t : t.toLowerCase()) !== ch) return null;
    i++;
  }
  return i;
}
