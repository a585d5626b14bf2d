// Tokens, sentences and paragraphs with UTF-16 offsets into the analysed text.
// Letters and digits are matched by Unicode class (\p{L}, \p{N}, \p{M}) rather than [A-Za-z]
// so the same code works once Persian (or any other script) is added; the stop-word list is
// per language and lives in data/.
import stopwordsData from '@/data/stopwords-en.json';
import { tokenStream, wordCountOf, wordsPerSpanOf, type TokenStream } from './token-stream';

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
    while (s < e && /\s/u.test(text[s] ?? '')) s++;
    while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = within.start; i < within.end; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < within.end && /["”’')\]]/u.test(text[j] ?? '')) j++;
    if (j < within.end && !/\s/u.test(text[j] ?? '')) continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    // "…" or "..." inside a quotation followed by a lower-case word continues the sentence.
    let k = j;
    while (k < within.end && (text[k] === ' ' || text[k] === '\t')) k++;
    if (k < within.end && /\p{Ll}/u.test(text[k] ?? '')) continue;
    push(start, j);
    start = j;
  }
  push(start, within.end);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1] ?? '')) s--;
  const word = text.slice(s, dot);
  if (word.length === 0) return false;
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Paragraph spans. Blank lines always separate paragraphs. A single line break separates them
 * too, except when the line looks hard-wrapped (long and not ending in sentence punctuation),
 * in which case the next line continues the paragraph.
 */
export function splitParagraphs(text: string): Span[] {
  const lines: Span[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start: s, end: i });
      s = i + 1;
    }
  }
  const out: Span[] = [];
  let cur: Span | null = null;
  let prevWrapped = false;
  for (const line of lines) {
    const trimmed = trimSpan(text, line);
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
    const body = text.slice(trimmed.start, trimmed.end);
    prevWrapped = body.length >= 60 && !/[.!?:;"”’)\]…]$/u.test(body);
  }
  if (cur) out.push(cur);
  return out;
}

export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}
