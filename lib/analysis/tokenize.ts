// Tokens, sentences and paragraphs with UTF-16 offsets into the analysed text.
// Letters and digits are matched by Unicode class (\p{L}, \p{N}, \p{M}) rather than [A-Za-z]
// so the same code works once Persian (or any other script) is added; the stop-word list is
// per language and lives in data/.
import stopwordsData from '@/data/stopwords-en.json';
import { C_DIGIT, C_LETTER, C_LOWER, C_SPACE, C_UPPER, classAt, classOf, tokenStream, unitWidth, wordCountOf, wordsPerSpanOf, type TokenStream } from './token-stream';

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  /** As written. */
  text: string;
  /** Lower-cased, typographic apostrophes folded to ASCII, possessive 's removed. */
  norm: string;
}

// A word is a run of letters/digits/marks, optionally joined by an apostrophe, hyphen or the
// zero-width non-joiner (used inside Persian words) to another such run.
const WORD_RE = /[\p{L}\p{N}\p{M}]+(?:['’\-\u200c][\p{L}\p{N}\p{M}]+)*/gu;
const HAS_LETTER_RE = /\p{L}/u;

export const STOPWORDS: ReadonlySet<string> = new Set(stopwordsData.words);

export function normalizeWord(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/'s$/u, '');
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m !== null; m = WORD_RE.exec(text)) {
    out.push({ text: m[0], norm: normalizeWord(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function countWords(text: string, stream: TokenStream = tokenStream(text)): number {
  return wordCountOf(stream);
}

/** Word count of each span (spans sorted and non-overlapping), from the text's token stream. */
export function wordsPerSpan(text: string, spans: readonly Span[], stream: TokenStream = tokenStream(text)): number[] {
  return wordsPerSpanOf(stream, spans);
}

/**
 * Lower-cased content words: stop words removed, tokens without a letter (numbers) dropped, and
 * single letters dropped (the "U" and "S" of "U.S.", initials).
 */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m !== null; m = WORD_RE.exec(text)) {
    const w = normalizeWord(m[0]);
    if (w.length < 2 || !HAS_LETTER_RE.test(w) || STOPWORDS.has(w)) continue;
    out.push(w);
  }
  return out;
}

// Tokens ending in a full stop that do not end a sentence. Compared lower-cased without the dot.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'rep', 'sen', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'st', 'jr', 'sr',
  'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'approx', 'est', 'fig', 'vol', 'ed',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'e.g', 'i.e', 'u.s', 'u.n', 'u.k', 'e.u', 'h.res', 'h.r',
]);

/**
 * Sentence spans, whitespace-trimmed. A line break always ends a sentence (headlines, list
 * items and by-lines stand alone); otherwise a sentence ends at . ! ? (plus closing quotes or
 * brackets) followed by space, unless the word before the full stop is a known abbreviation or
 * a single capital (an initial, as in "Bryan E. Leib").
 */
export function splitSentences(text: string, within: Span = { start: 0, end: text.length }): Span[] {
  const out: Span[] = [];
  let start = within.start;
  const push = (s: number, e: number) => {
    while (s < e && isSpaceUnit(text, s)) s++;
    while (e > s && isSpaceUnit(text, e - 1)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  // From one line break or sentence mark to the next (the expression's scan is native; the
  // characters between them are not looked at here).
  const stops = new RegExp(SENTENCE_STOPS);
  stops.lastIndex = within.start;
  for (let m = stops.exec(text); m !== null && m.index < within.end; m = stops.exec(text)) {
    const i = m.index;
    const ch = text.charCodeAt(i);
    if (ch === 0x0a) {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (ch !== 0x2e && ch !== 0x21 && ch !== 0x3f && ch !== 0x2026) continue;
    let j = i + 1;
    while (j < within.end && isCloser(text.charCodeAt(j))) j++;
    if (j < within.end && !isSpaceUnit(text, j)) continue;
    if (ch === 0x2e && isAbbreviation(text, i)) continue;
    // "…" or "..." inside a quotation followed by a lower-case word continues the sentence.
    let k = j;
    while (k < within.end && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
    if (k < within.end && (classOf(text.charCodeAt(k)) & C_LOWER) !== 0) continue;
    push(start, j);
    start = j;
  }
  push(start, within.end);
  return out;
}

/** Line breaks and . ! ? …: where a sentence may end. */
const SENTENCE_STOPS = /[\n.!?\u2026]/g;

/** What /\s/u says of the one UTF-16 unit at i (inside the text). */
function isSpaceUnit(text: string, i: number): boolean {
  return (classOf(text.charCodeAt(i)) & C_SPACE) !== 0;
}

/** Closing quotes and brackets that may follow a sentence's final punctuation: " ” ’ ' ) ]. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x27 || c === 0x29 || c === 0x5d;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && (text.charCodeAt(s - 1) === 0x2e || (classOf(text.charCodeAt(s - 1)) & C_LETTER) !== 0)) s--;
  if (s === dot) return false;
  if (dot - s === 1 && (classOf(text.charCodeAt(s)) & C_UPPER) !== 0) return true;
  return ABBREVIATIONS.has(text.slice(s, dot).toLowerCase());
}

/**
 * Paragraph spans. Blank lines always separate paragraphs. A single line break separates them
 * too, except when the line looks hard-wrapped (long and not ending in sentence punctuation),
 * in which case the next line continues the paragraph.
 */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let cur: Span | null = null;
  let prevWrapped = false;
  // Line by line; indexOf finds each break natively.
  for (let s = 0; s <= text.length; ) {
    let i = text.indexOf('\n', s);
    if (i < 0) i = text.length;
    const trimmed = trimSpan(text, { start: s, end: i });
    s = i + 1;
    if (trimmed === null) {
      if (cur) out.push(cur);
      cur = null;
      prevWrapped = false;
      continue;
    }
    if (cur && prevWrapped) {
      cur = { start: cur.start, end: trimmed.end };
    } else {
      if (cur) out.push(cur);
      cur = trimmed;
    }
    prevWrapped = trimmed.end - trimmed.start >= 60 && !endsSentence(text.charCodeAt(trimmed.end - 1));
  }
  if (cur) out.push(cur);
  return out;
}

/** . ! ? : ; " ” ’ ) ] …: a line ending in one of these is not hard-wrapped. */
function endsSentence(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b || c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d || c === 0x2026;
}

export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && isSpaceUnit(text, start)) start++;
  while (end > start && isSpaceUnit(text, end - 1)) end--;
  return end > start ? { start, end } : null;
}

/**
 * Letters and digits only, lower-cased: compares a title with a paragraph or body that starts
 * with a bullet, or ends where the title was cut with "…".
 */
export function letterStem(s: string): string {
  return s.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}

/**
 * letterStem(s).startsWith(stem), for a non-empty stem. Most texts differ from the start: when
 * the first letter or digit of s and of the stem are ASCII, comparing those two settles a
 * difference without stemming s.
 */
export function stemStartsWith(s: string, stem: string): boolean {
  const first = stem.charCodeAt(0);
  if (first < 0x80) {
    for (let i = 0; i < s.length; i += unitWidth(s, i)) {
      if ((classAt(s, i) & (C_LETTER | C_DIGIT)) === 0) continue;
      const c = s.charCodeAt(i);
      if (c < 0x80 && (c >= 0x41 && c <= 0x5a ? c + 0x20 : c) !== first) return false;
      break;
    }
  }
  return letterStem(s).startsWith(stem);
}
