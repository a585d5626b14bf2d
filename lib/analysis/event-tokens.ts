// Normalised tokens for event matching. Event cues are matched on tokens, not on raw strings, so
// one cue covers its inflections and spellings: every token is lower-cased, stripped of Latin
// accents and of a possessive 's, mapped through the catalog's name variants (Mujahedeen →
// mojahedin, Khalgh → khalq, Manëz/Manza → manez, Noury → nouri, III → 3) and stemmed (Porter:
// removed/removal/removing → remov). Hyphens and spaces separate tokens alike, and "U.S." is one
// token "us". Offsets stay UTF-16 indices into the analysed text, so evidence passages point at
// what the reader sees.
//
// Persian (any Arabic-script word): the text arrives folded (lib/analysis/persian.ts: one spelling
// for letters and digits). A word's parts joined by ZWNJ are separate tokens, as a space would
// make them (قتل‌عام = قتل عام); a part that is only a suffix (ها, های, ی, ای …) or the verb prefix
// می/نمی is not a token of its own; digits glued to letters are split off (اشرف۳ → اشرف 3,
// سال۱۳۶۷ → سال 1367); the plural suffix ها/های/هایی is stemmed away (اعدام‌ها = اعدامها = اعدام).
// Scraped text often glues a word's parts together (قتلعام, سازمانمجاهدینخلق): the catalog
// indexes every Persian cue also with its words joined (lib/analysis/catalog.ts). It also glues
// the object marker «را» to the word before it («مستشاران خارجیرا ترور کرد»): a word ending in «را»
// keeps its own token, but the word without «را» may end a cue there (see gluedObjectMarker).
import { stemmer } from 'stemmer';
import { normalizeForAnalysis, PERSIAN_PREFIX_PARTS, PERSIAN_SUFFIX_PARTS } from './persian';
import { STOPWORDS_FA } from './stopwords-fa';
import { STOPWORDS } from './tokenize';
import { AtomMemo, C_ARABIC, C_LETTER, C_MARK, C_UPPER, classAt, tokenStream, unitWidth, type TokenStream } from './token-stream';

export interface EvToken {
  start: number;
  end: number;
  /** Normalised form (variants applied, stemmed). */
  norm: string;
  /** Two or more capitals as written ("MEK", "MeK"): acronym cues match only these. */
  caps: boolean;
  /** The word counts for similarity (countsForSimilarity): decided once per spelling, not per token. */
  counts: boolean;
  /** A Persian word with a glued object marker («خارجیرا»): its form without «را», which may end a cue. */
  bare?: string;
}

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
/** Letters and digits glued together in Persian text: split into runs of each. */
const RUN_RE = /\p{N}+|[\p{L}\p{M}]+/gu;
const PERSIAN_PLURAL = ['هایی', 'های', 'ها'];

const OBJECT_MARKER = '\u0631\u0627'; // را

/**
 * The word before a glued object marker: «خارجیرا» → «خارجی»; null when the word does not end in
 * «را» or too little is left (چرا, سرا). Words that merely end in «را» (اجرا, ماجرا, زیرا, صحرا)
 * give a stem too («اج», «ماج»…), but that stem is only ever compared with a cue's last word, so
 * it matters only where a cue word plus «را» is another word; the catalog has none (the test
 * checks every Persian cue word against the words the labelled pages end in «را»).
 */
export function gluedObjectMarker(word: string): string | null {
  return word.length >= 4 && word.endsWith(OBJECT_MARKER) ? word.slice(0, -OBJECT_MARKER.length) : null;
}

/** Light Persian stemming: the plural suffix ها/های/هایی goes (اعدامها → اعدام). */
export function persianStem(w: string): string {
  for (const s of PERSIAN_PLURAL) if (w.endsWith(s) && w.length - s.length >= 2) return w.slice(0, -s.length);
  return w;
}
const LATIN_WORD = /^[a-z]+$/;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}/u;

export type VariantMap = ReadonlyMap<string, string>;

const ASCII = /^[\x00-\x7f]*$/;

/** "Café" → "cafe"; only Latin combining accents go, so Persian letters stay intact. */
function fold(s: string): string {
  return ASCII.test(s) ? s : s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

/** Lower case, accents folded, typographic apostrophes plain, a possessive 's and apostrophes gone. */
function plain(raw: string): string {
  const l = fold(raw.toLowerCase());
  return l.includes("'") || l.includes('’') ? l.replace(/[’]/g, "'").replace(/'s$/, '').replace(/'/g, '') : l;
}

const stemCache = new Map<string, string>();

/** One word → its normalised form (no variants). */
export function stemWord(raw: string): string {
  const w = plain(raw);
  if (ARABIC_SCRIPT.test(w)) return persianStem(w);
  if (!LATIN_WORD.test(w) || w.length < 3) return w;
  const hit = stemCache.get(w);
  if (hit !== undefined) return hit;
  // British -ise/-isation spellings stem like the -ize ones.
  const z = w.replace(/is(ation|ations|e|es|ed|ing)$/, 'iz$1');
  const s = stemmer(z);
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(w, s);
  return s;
}

const STOP_STEMS: ReadonlySet<string> = new Set([...STOPWORDS].map((w) => stemWord(w)));
const YEAR = /^(?:1[89]|20)\d\d$/;

/** Whether a normalised word counts for similarity (no stop word, no bare number but a year), decided once per word. */
const countsCache = new Map<string, boolean>();
export function countsForSimilarity(w: string): boolean {
  let c = countsCache.get(w);
  if (c === undefined) {
    c = !(w.length < 2 || STOPWORDS.has(w) || STOP_STEMS.has(w) || STOPWORDS_FA.has(w) || (/^\d+$/.test(w) && !YEAR.test(w)));
    if (countsCache.size > 100_000) countsCache.clear();
    countsCache.set(w, c);
  }
  return c;
}

/** Normalises one word through the variant map (keys and values are raw lower-case words). */
export function normWord(raw: string, variants: VariantMap): string {
  const lower = plain(raw);
  const v = variants.get(lower);
  return v ?? stemWord(lower);
}

// Normalised form per raw token and variant map: the same few thousand words recur across texts.
const normCache = new WeakMap<VariantMap, Map<string, string>>();

/**
 * Raw token → normalised form, looked up straight from the text: a hash of the span's code units
 * and a comparison in place, so the hundreds of tokens of a text that were seen before (nearly all
 * of them) cost no substring and no string hashing. Open addressing, linear probing.
 */
class SpanCache<V> {
  private keys: Array<string | undefined>;
  private values: Array<V | undefined>;
  private hashes: Int32Array;
  private size = 0;

  constructor(private capacity = 1 << 12) {
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
  }

  static hash(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h;
  }

  get(text: string, start: number, end: number, hash: number): V | undefined {
    const mask = this.capacity - 1;
    const len = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot];
      if (key === undefined) return undefined;
      if (this.hashes[slot] === hash && key.length === len && sameUnits(key, text, start)) return this.values[slot];
    }
  }

  set(key: string, hash: number, value: V): void {
    // The same bound as the Map caches: past it, start again rather than grow without end.
    if (this.size >= 100_000) this.reset(this.capacity);
    else if (this.size * 2 >= this.capacity) this.reset(this.capacity * 2);
    this.put(key, hash, value);
  }

  private put(key: string, hash: number, value: V): void {
    const mask = this.capacity - 1;
    let slot = hash & mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & mask;
    this.keys[slot] = key;
    this.values[slot] = value;
    this.hashes[slot] = hash;
    this.size++;
  }

  private reset(capacity: number): void {
    const { keys, values, hashes } = this;
    const keep = capacity > this.capacity;
    this.capacity = capacity;
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    this.size = 0;
    if (keep) for (let i = 0; i < keys.length; i++) if (keys[i] !== undefined) this.put(keys[i]!, hashes[i]!, values[i]!);
  }
}

function sameUnits(key: string, text: string, start: number): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/**
 * A normalised form as one integer: every distinct form gets an id once (normTerm), so phrase
 * lookups, term counts and vectors compare and index ints, not strings. Ids start again (a new
 * normGeneration()) past NORM_MAX forms; structures kept by id rebuild themselves then.
 */
export interface NormTerm {
  id: number;
  norm: string;
  /** The form counts for similarity (countsForSimilarity), decided once per form. */
  counts: boolean;
}

const NORM_MAX = 1 << 18;
let normGen = 0;
let normTable = new Map<string, NormTerm>();
const normList: NormTerm[] = [];

export function normGeneration(): number {
  return normGen;
}

/**
 * Starts the norm ids again (what passing NORM_MAX does, between texts; tests call it to exercise
 * that): whatever is kept by norm id rebuilds itself on its next use.
 */
export function startNormIdsAgain(): void {
  normGen++;
  normTable = new Map();
  normList.length = 0;
}

/** Ids handed out so far in this generation (every id is below it). */
export function normCount(): number {
  return normList.length;
}

export function normById(id: number): NormTerm {
  return normList[id]!;
}

export function normTerm(norm: string): NormTerm {
  let t = normTable.get(norm);
  if (t === undefined) {
    t = { id: normList.length, norm, counts: countsForSimilarity(norm) };
    normTable.set(norm, t);
    normList.push(t);
  }
  return t;
}

/** /\p{Lu}.*\p{Lu}/u over a token (no line breaks inside): two capitals or more. */
function twoCapitals(text: string, start: number, end: number): boolean {
  let seen = 0;
  for (let i = start; i < end; i += unitWidth(text, i)) if ((classAt(text, i) & C_UPPER) !== 0 && ++seen === 2) return true;
  return false;
}

/**
 * A text's event tokens, column by column: token t spans [start[t], end[t]) and stands for
 * terms[t]; caps[t] is 1 when it has two capitals or more as written (acronym cues match only
 * these). The arrays are scratch space: valid until the next call of eventTokens.
 */
export interface EventTokens {
  length: number;
  start: Int32Array;
  end: Int32Array;
  terms: NormTerm[];
  caps: Uint8Array;
  /** The norm id of a Persian word's form without a glued «را» (gluedObjectMarker), else -1: it may end a cue. */
  bare: Int32Array;
}

const toks: EventTokens = { length: 0, start: new Int32Array(1024), end: new Int32Array(1024), terms: [], caps: new Uint8Array(1024), bare: new Int32Array(1024) };

function pushToken(start: number, end: number, term: NormTerm, caps: boolean, bare = -1): void {
  const n = toks.length;
  if (n === toks.start.length) {
    const grow = <T extends Int32Array | Uint8Array>(a: T, make: (size: number) => T): T => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    toks.start = grow(toks.start, (k) => new Int32Array(k));
    toks.end = grow(toks.end, (k) => new Int32Array(k));
    toks.caps = grow(toks.caps, (k) => new Uint8Array(k));
    toks.bare = grow(toks.bare, (k) => new Int32Array(k));
  }
  toks.start[n] = start;
  toks.end[n] = end;
  toks.terms[n] = term;
  toks.caps[n] = caps ? 1 : 0;
  toks.bare[n] = bare;
  toks.length = n + 1;
}

/** What the tokeniser keeps per variant map: spellings → terms, by span and by atom id. */
interface TokeniserState {
  gen: number;
  /** Raw token → normalised form. */
  norms: Map<string, string>;
  spans: SpanCache<NormTerm>;
  /** A token that is one whole atom of the stream, by its atom id. */
  atoms: AtomMemo<NormTerm>;
  /** A Persian token that is one whole atom: its parts (null: not Arabic script after all). */
  persian: AtomMemo<PersianPart[] | null>;
}

/** One digit or letter run of a Persian word, with what its spelling says of it. */
interface PersianPart {
  /** Offset and length in the word. */
  at: number;
  len: number;
  term: NormTerm;
  /** The verb prefix می/نمی, a plural suffix, an inflection suffix. */
  prefix: boolean;
  plural: boolean;
  suffix: boolean;
  /** The part without a glued object marker (gluedObjectMarker), else null. */
  bare: NormTerm | null;
}

const states = new WeakMap<VariantMap, TokeniserState>();

function stateFor(variants: VariantMap): TokeniserState {
  let st = states.get(variants);
  if (!st || st.gen !== normGen) {
    st = {
      gen: normGen,
      norms: normCache.get(variants) ?? new Map(),
      spans: new SpanCache<NormTerm>(),
      atoms: new AtomMemo<NormTerm>(),
      persian: new AtomMemo<PersianPart[] | null>(),
    };
    normCache.set(variants, st.norms);
    states.set(variants, st);
  }
  return st;
}

function rawTerm(raw: string, st: TokeniserState, variants: VariantMap): NormTerm {
  let n = st.norms.get(raw);
  if (n === undefined) {
    n = normWord(raw, variants);
    if (st.norms.size > 100_000) st.norms.clear();
    st.norms.set(raw, n);
  }
  return normTerm(n);
}

export function tokenizeForEvents(text: string, variants: VariantMap, stream: TokenStream = tokenStream(text)): EvToken[] {
  const t = eventTokens(text, variants, stream);
  const out: EvToken[] = new Array<EvToken>(t.length);
  for (let i = 0; i < t.length; i++) {
    const term = t.terms[i]!;
    const bare = t.bare[i]!;
    out[i] = bare < 0 ? { start: t.start[i]!, end: t.end[i]!, norm: term.norm, caps: t.caps[i] === 1, counts: term.counts } : { start: t.start[i]!, end: t.end[i]!, norm: term.norm, caps: t.caps[i] === 1, counts: term.counts, bare: normById(bare).norm };
  }
  return out;
}

/** The text's event tokens as columns (see EventTokens): what tokenizeForEvents returns, without an object per token. */
export function eventTokens(text: string, variants: VariantMap, stream: TokenStream = tokenStream(text)): EventTokens {
  // Ids start again between texts, never inside one: a text adds at most one form per token.
  if (normList.length > NORM_MAX) startNormIdsAgain();
  const st = stateFor(variants);
  const atomIds = st.atoms.sync(stream);
  const ids = st.persian.sync(stream) && atomIds;
  const spans = st.spans;
  const atomTerms = st.atoms;
  toks.length = 0;
  // The tokens TOKEN_RE found, read off the stream's atoms: an atom, joined over one apostrophe
  // to the letters and marks that follow it (a digit there ends the token and starts the next).
  const { atoms, atomStart, atomEnd, atomFirst, atomAll, atomId } = stream;
  let k = 0;
  let from = -1;
  let resume = 0;
  while (k < atoms) {
    if (from < 0 && atomStart[k]! < resume) {
      k++;
      continue;
    }
    const k0 = from >= 0 ? -1 : k;
    const start = from >= 0 ? from : atomStart[k]!;
    from = -1;
    let end = atomEnd[k]!;
    // What the token's atoms hold: no Arabic letter or capital there spares the expression tests.
    let bits = atomAll[k]!;
    for (;;) {
      const c = text.charCodeAt(end);
      if ((c !== 0x27 && c !== 0x2019) || k + 1 >= atoms || atomStart[k + 1] !== end + 1 || (atomFirst[k + 1]! & (C_LETTER | C_MARK)) === 0) break;
      k++;
      bits |= atomAll[k]!;
      let q = atomStart[k]!;
      const e = atomEnd[k]!;
      while (q < e && (classAt(text, q) & (C_LETTER | C_MARK)) !== 0) q += unitWidth(text, q);
      end = q;
      if (q < e) {
        from = q;
        break;
      }
    }
    if (from < 0) k++;
    // "U.S." / "U.N.": single capitals joined by full stops are one acronym token.
    if (end - start === 1 && text.charCodeAt(start + 1) === 0x2e) {
      const dotted = DOTTED_ACRONYM.exec(text.slice(start, start + 16));
      if (dotted) {
        const letters = dotted[0].replace(/\./g, '');
        pushToken(start, start + dotted[0].length, rawTerm(letters, st, variants), true);
        resume = start + dotted[0].length;
        from = -1;
        continue;
      }
    }
    if ((bits & C_ARABIC) !== 0) {
      // A Persian word's parts depend on its spelling alone: by atom id when it is a whole atom.
      const whole = ids && k0 >= 0 && end === atomEnd[k0];
      let parts = whole ? st.persian.get(atomId[k0]!) : undefined;
      if (parts === undefined) {
        const raw = text.slice(start, end);
        parts = ARABIC_SCRIPT.test(raw) ? persianParts(raw, st, variants) : null;
        if (whole) st.persian.set(atomId[k0]!, parts);
      }
      if (parts !== null) {
        pushPersian(text, start, end, parts);
        continue;
      }
    }
    const caps = end - start <= 8 && (bits & C_UPPER) !== 0 && twoCapitals(text, start, end);
    // A token that is one whole atom (nearly all): its term by the atom's id, no hashing here.
    if (ids && k0 >= 0 && end === atomEnd[k0]) {
      const id = atomId[k0]!;
      let term = atomTerms.get(id);
      if (term === undefined) {
        term = normTerm(normWord(text.slice(start, end), variants));
        atomTerms.set(id, term);
      }
      pushToken(start, end, term, caps);
      continue;
    }
    const hash = SpanCache.hash(text, start, end);
    let term = spans.get(text, start, end, hash);
    if (term === undefined) {
      const raw = text.slice(start, end);
      term = normTerm(normWord(raw, variants));
      spans.set(raw, hash, term);
    }
    pushToken(start, end, term, caps);
  }
  return toks;
}

/** A Persian word's digit and letter runs, with their terms and what they are. */
function persianParts(raw: string, st: TokeniserState, variants: VariantMap): PersianPart[] {
  RUN_RE.lastIndex = 0;
  return [...raw.matchAll(RUN_RE)].map((m) => {
    const part = m[0];
    const lower = part.toLowerCase();
    const digits = /^\p{N}+$/u.test(part);
    const bare = digits ? null : gluedObjectMarker(part);
    return {
      at: m.index!,
      len: part.length,
      term: digits ? normTerm(part) : rawTerm(part, st, variants),
      prefix: PERSIAN_PREFIX_PARTS.has(lower),
      plural: PERSIAN_PLURAL.includes(lower),
      suffix: PERSIAN_SUFFIX_PARTS.has(lower),
      bare: bare === null ? null : rawTerm(bare, st, variants),
    };
  });
}

// One Persian word [start, end) as tokens: digit and letter runs apart, ZWNJ-joined inflection
// parts folded into the word they belong to.
function pushPersian(text: string, start: number, end: number, parts: readonly PersianPart[]): void {
  const joinedBefore = text[start - 1] === '\u200c';
  const joinedAfter = text[end] === '\u200c';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const s = start + part.at;
    const e = s + part.len;
    // "می‌گویند": the prefix part before a ZWNJ is not a word; "اعدام‌ها": a suffix part after one
    // extends the word before it.
    if (parts.length === 1 && part.prefix && (joinedAfter || /^\s+\p{Script=Arabic}/u.test(text.slice(e, e + 3)))) return;
    // The plural suffix also stands after a space where the ZWNJ was lost ("کانون های شورشی").
    if (parts.length === 1 && (part.plural || (joinedBefore && part.suffix))) {
      const prev = toks.length - 1;
      const attached = prev >= 0 && s - toks.end[prev]! <= 2 && /^[\s\u200c]*$/u.test(text.slice(toks.end[prev]!, s));
      if (attached) {
        toks.end[prev] = e;
        return;
      }
    }
    pushToken(s, e, part.term, false, part.bare === null ? -1 : part.bare.id);
  }
}

/**
 * A Persian cue with its words also written together, as scraped text often has them
 * ("قتل عام" → also "قتلعام"; "سازمان مجاهدین خلق" → "سازمانمجاهدین خلق", …, "سازمانمجاهدینخلق"):
 * every way of joining neighbouring Persian words (at most 16 ways).
 */
export function joinedForms(tokens: ReadonlyArray<{ norm: string; acronym: boolean }>): Array<Array<{ norm: string; acronym: boolean }>> {
  const n = tokens.length;
  if (n < 2 || n > 5) return [];
  const letters = (t: { norm: string }) => ARABIC_SCRIPT.test(t.norm) && !/\p{N}/u.test(t.norm);
  const out: Array<Array<{ norm: string; acronym: boolean }>> = [];
  for (let mask = 1; mask < 1 << (n - 1); mask++) {
    let ok = true;
    const form: Array<{ norm: string; acronym: boolean }> = [{ ...tokens[0]! }];
    for (let i = 1; i < n; i++) {
      if (mask & (1 << (i - 1))) {
        if (!letters(tokens[i - 1]!) || !letters(tokens[i]!)) {
          ok = false;
          break;
        }
        form[form.length - 1] = { norm: persianStem(form[form.length - 1]!.norm + tokens[i]!.norm), acronym: false };
      } else form.push({ ...tokens[i]! });
    }
    if (ok) out.push(form);
  }
  return out;
}

/** A cue phrase as tokens, with the acronym flag of each word ("MEK camp" → [mek*, camp]). */
export function phraseTokens(raw: string, variants: VariantMap): Array<{ norm: string; acronym: boolean }> {
  const phrase = ARABIC_SCRIPT.test(raw) ? normalizeForAnalysis(raw).text : raw;
  return tokenizeForEvents(phrase, variants).map((t) => {
    const raw = phrase.slice(t.start, t.end).replace(/\./g, '');
    return { norm: t.norm, acronym: raw.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(raw) && /\p{Lu}.*\p{Lu}/u.test(raw) };
  });
}

export interface IndexedPhrase<P> {
  tokens: Array<{ norm: string; acronym: boolean }>;
  /** Normalised phrase, the key evidence lists show once per phrase. */
  key: string;
  payload: P;
}

export interface TokenHit<P> {
  /** Token positions [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  key: string;
  payloads: P[];
}

/**
 * All phrases keyed by their first token; a text is scanned once, every phrase starting at each
 * token is tried (overlaps included: "1988" inside "1988 massacre" is a hit of its own).
 */
export class TokenPhraseIndex<P> {
  private readonly byFirst = new Map<string, Array<{ tokens: IndexedPhrase<P>['tokens']; key: string; payloads: P[] }>>();
  /** The same entries by the norm id of their first token, with their tokens as ids (built per normGeneration). */
  private byId: Array<IdEntry<P>[] | undefined> = [];
  private byIdGen = -1;

  constructor(phrases: ReadonlyArray<IndexedPhrase<P>>) {
    const byKey = new Map<string, { tokens: IndexedPhrase<P>['tokens']; key: string; payloads: P[] }>();
    for (const p of phrases) {
      if (p.tokens.length === 0) continue;
      const k = p.tokens.map((t) => (t.acronym ? `${t.norm}*` : t.norm)).join(' ');
      const entry = byKey.get(k);
      if (entry) entry.payloads.push(p.payload);
      else byKey.set(k, { tokens: p.tokens, key: p.key, payloads: [p.payload] });
    }
    for (const e of byKey.values()) {
      const first = e.tokens[0]!.norm;
      const list = this.byFirst.get(first) ?? [];
      list.push(e);
      this.byFirst.set(first, list);
    }
  }

  findAll(tokens: readonly EvToken[]): TokenHit<P>[] {
    const out: TokenHit<P>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const list = this.byFirst.get(tokens[i]!.norm);
      if (list) {
        for (const e of list) {
          const n = e.tokens.length;
          if (i + n > tokens.length) continue;
          let ok = true;
          for (let k = 0; k < n; k++) {
            const want = e.tokens[k]!;
            const got = tokens[i + k]!;
            // A glued «را» follows the object's last word: only a cue's last word may carry it.
            if ((got.norm !== want.norm && (k < n - 1 || got.bare !== want.norm)) || (want.acronym && !got.caps)) {
              ok = false;
              break;
            }
          }
          if (ok) out.push({ from: i, to: i + n, start: tokens[i]!.start, end: tokens[i + n - 1]!.end, key: e.key, payloads: e.payloads });
        }
      }
      const bare = tokens[i]!.bare;
      const one = bare === undefined ? undefined : this.byFirst.get(bare);
      if (one) for (const e of one) if (e.tokens.length === 1 && !e.tokens[0]!.acronym) out.push({ from: i, to: i + 1, start: tokens[i]!.start, end: tokens[i]!.end, key: e.key, payloads: e.payloads });
    }
    return out;
  }

  /** findAll over a text's event tokens as columns: the same hits, found by norm id. */
  findAllTokens(t: EventTokens): TokenHit<P>[] {
    if (this.byIdGen !== normGeneration()) this.indexById();
    const byId = this.byId;
    const { terms, caps, start, end, bare } = t;
    const len = t.length;
    const out: TokenHit<P>[] = [];
    for (let i = 0; i < len; i++) {
      const id = terms[i]!.id;
      const list = id < byId.length ? byId[id] : undefined;
      if (list !== undefined) {
        for (const e of list) {
          const n = e.ids.length;
          if (i + n > len) continue;
          let ok = true;
          for (let k = 1; k < n; k++) {
            const got = terms[i + k]!.id;
            // A glued «را» follows the object's last word: only a cue's last word may carry it.
            if ((got !== e.ids[k] && (k < n - 1 || bare[i + k] !== e.ids[k])) || (e.acronym[k] === 1 && caps[i + k] === 0)) {
              ok = false;
              break;
            }
          }
          if (ok && e.acronym[0] === 1 && caps[i] === 0) ok = false;
          if (ok) out.push({ from: i, to: i + n, start: start[i]!, end: end[i + n - 1]!, key: e.key, payloads: e.payloads });
        }
      }
      const b = bare[i]!;
      const one = b >= 0 && b < byId.length ? byId[b] : undefined;
      if (one !== undefined) for (const e of one) if (e.ids.length === 1 && e.acronym[0] === 0) out.push({ from: i, to: i + 1, start: start[i]!, end: end[i]!, key: e.key, payloads: e.payloads });
    }
    return out;
  }

  private indexById(): void {
    const byId: Array<IdEntry<P>[] | undefined> = [];
    for (const [first, list] of this.byFirst) {
      byId[normTerm(first).id] = list.map((e) => ({
        ids: Int32Array.from(e.tokens, (t) => normTerm(t.norm).id),
        acronym: Uint8Array.from(e.tokens, (t) => (t.acronym ? 1 : 0)),
        key: e.key,
        payloads: e.payloads,
      }));
    }
    // A dense array up to the highest first id (holes read as undefined).
    this.byId = Array.from({ length: byId.length }, (_, i) => byId[i]);
    this.byIdGen = normGeneration();
  }
}

interface IdEntry<P> {
  ids: Int32Array;
  acronym: Uint8Array;
  key: string;
  payloads: P[];
}
