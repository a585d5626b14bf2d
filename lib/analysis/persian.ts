// Persian (and Arabic-script) text normalisation: the one step analysis and search share.
//
// Scraped Persian text spells the same word many ways: Arabic yeh and kaf (ي ك) for the Persian
// letters (ی ک), short-vowel marks and tatweel (the stretching stroke) in some words and not
// others, Arabic presentation-form glyphs from PDFs, digits in three scripts (Persian ۱۳۶۷,
// Arabic-Indic ١٣٦٧, Western 1367), sometimes mixed inside one number, and the zero-width
// non-joiner (ZWNJ, U+200C) between the parts of a word (می‌گویند, قتل‌عام) present, replaced by a
// space, or missing altogether (میگویند). `foldPersian` makes the letters and digits one spelling;
// the matchers then treat a ZWNJ, a space or nothing between the parts of a word alike.
//
// The same folding runs in Postgres as `stance_lens_fold(text)` (migration
// 20261203090000_persian_search), which the full-text index is built on; an integration test
// checks that both give the same output. Analysis folds only the Arabic presentation forms to
// their letters (NFKC on those code points) so that English text is left exactly as written;
// search folds every compatibility character (full NFKC), like the SQL function.
import { C_LETTER, C_MARK, classOf, unitWidth } from './token-stream';
import type { Span } from './tokenize';

export const ZWNJ = '\u200c';

/**
 * Parts of a Persian word that only inflect the word before them (plural, ezafe, possessive,
 * comparative…) or after them (the verb prefix می/نمی), written joined by a ZWNJ, by a space
 * where the ZWNJ was lost, or glued on. Event tokens and reprint shingles treat them as part of
 * their word.
 */
export const PERSIAN_SUFFIX_PARTS: ReadonlySet<string> = new Set(['ها', 'های', 'هایی', 'ی', 'ای', 'یی', 'ام', 'ات', 'اش', 'ش', 'مان', 'تان', 'شان', 'تر', 'ترین', 'ان']);
export const PERSIAN_PREFIX_PARTS: ReadonlySet<string> = new Set(['می', 'نمی']);

/** One character → its folded form (letters and digits of one spelling). */
const CHAR_MAP: ReadonlyMap<string, string> = new Map([
  ['\u064a', '\u06cc'], // ي Arabic yeh → ی
  ['\u0649', '\u06cc'], // ى alef maksura → ی
  ['\u0643', '\u06a9'], // ك Arabic kaf → ک
  ['\u06c0', '\u0647'], // ۀ heh with yeh above → ه (the ezafe mark goes, as a diacritic)
  ['\u0629', '\u0647'], // ة teh marbuta → ه
  ['\u0623', '\u0627'], // أ alef with hamza above → ا
  ['\u0625', '\u0627'], // إ alef with hamza below → ا
  ['\u0671', '\u0627'], // ٱ alef wasla → ا
  ['\u066b', '.'], // ٫ Arabic decimal separator
  ['\u066c', ','], // ٬ Arabic thousands separator
  ['\u066a', '%'], // ٪ Arabic percent sign
  ...Array.from({ length: 10 }, (_, d) => [String.fromCharCode(0x06f0 + d), String(d)] as [string, string]), // ۰–۹
  ...Array.from({ length: 10 }, (_, d) => [String.fromCharCode(0x0660 + d), String(d)] as [string, string]), // ٠–٩
]);

/**
 * Removed: Arabic short vowels and other marks (fatha, kasra, damma, tanwin, shadda, sukun,
 * hamza above/below, superscript alef, Quranic marks), tatweel, and the invisible direction
 * marks and embeddings copied along with right-to-left text.
 */
const REMOVE_RE = /[\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const REMOVE_CLASS = '\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640\u200e\u200f\u202a-\u202e\u2066-\u2069';
const MAPPED_CLASS = [...CHAR_MAP.keys()].join('');
/** Arabic presentation forms A and B (ligatures and positional glyphs). */
const PRESENTATION_RE = /[\ufb50-\ufdff\ufe70-\ufefe]/u;
/** Any character normalizeForAnalysis may change (ZWNJ: it drops those outside words). */
const NEEDS_FOLD_RE = new RegExp(`[${MAPPED_CLASS}${REMOVE_CLASS}\\ufb50-\\ufdff\\ufe70-\\ufefe${ZWNJ}]`, 'u');
/** What normalizeForAnalysis must look at: a character it may change, or a surrogate (UTF-16 units). */
const FOLD_STOP_RE = new RegExp(`[${MAPPED_CLASS}${REMOVE_CLASS}\\ufb50-\\ufdff\\ufe70-\\ufefe${ZWNJ}\\ud800-\\udfff]`, 'g');
/** Any character foldPersian changes: text already normalised (analysis text) has none. */
const FOLD_CHANGES_RE = new RegExp(`[${MAPPED_CLASS}${REMOVE_CLASS}\\ufb50-\\ufdff\\ufe70-\\ufefe]`, 'u');

export type Compatibility = 'arabic' | 'all';

function foldChar(ch: string): string {
  if (REMOVE_RE.test(ch)) return '';
  return CHAR_MAP.get(ch) ?? ch;
}

/**
 * Letters and digits in one spelling. `compatibility: 'all'` (search) applies NFKC to the whole
 * text, like Postgres' normalize(…, NFKC); 'arabic' (analysis, the default) only to Arabic
 * presentation forms. ZWNJ is left where it is (see normalizeForAnalysis for its cleanup).
 */
export function foldPersian(text: string, compatibility: Compatibility = 'arabic'): string {
  let s = compatibility === 'all' ? text.normalize('NFKC') : text;
  if (!FOLD_CHANGES_RE.test(s)) return s;
  let out = '';
  for (const ch of s) {
    if (compatibility === 'arabic' && PRESENTATION_RE.test(ch)) {
      for (const c of ch.normalize('NFKC')) out += foldChar(c);
    } else out += foldChar(ch);
  }
  s = out;
  return s;
}

/** Persian and Arabic-Indic digits as Western digits (one number may mix all three). */
export function asciiDigits(s: string): string {
  return s.replace(/[\u06f0-\u06f9\u0660-\u0669]/gu, (d) => CHAR_MAP.get(d) ?? d);
}

const ARABIC_SCRIPT_RE = /\p{Script=Arabic}/u;

/** True when the text has any Arabic-script letter (Persian, Arabic, Kurdish, Urdu…). */
export function hasArabicScript(text: string): boolean {
  return ARABIC_SCRIPT_RE.test(text);
}

/** Text with its offsets back into the original: what analysis runs on. */
export interface NormalizedText {
  text: string;
  /**
   * Original UTF-16 offset where each normalised character's source starts (length
   * text.length + 1; the last entry is the original length). null: the text did not change.
   */
  starts: Int32Array | null;
  /** Original offset just after each normalised character's source. */
  ends: Int32Array | null;
}

/**
 * The analysis form of a text: folded letters and digits (foldPersian, presentation forms only),
 * and ZWNJ kept only as a joiner inside a word (between two letters; a run of them counts once).
 * Every character knows where it came from, so spans found in the normalised text map back to
 * the text the reader shows (toOriginalSpan). Unchanged text costs one regular-expression test.
 */
export function normalizeForAnalysis(original: string): NormalizedText {
  if (!NEEDS_FOLD_RE.test(original)) return { text: original, starts: null, ends: null };
  // Most texts that get here are English with a few Persian words, or Persian with few marks to
  // drop: an expression finds the next character folding may change (or a surrogate), the
  // characters before it are kept as a run (one slice, their offsets in a tight loop), and that
  // character is classified by a table lookup (see foldAction).
  const n = original.length;
  const out = new OutBuffer(n);
  // Pieces joined at the end: one flat string for the analysis to read (see analysedText).
  const parts: string[] = [];
  let kept = 0;
  /** The last unit written, as folding wrote it (−1 before any). */
  let prev = -1;
  let i = 0;
  while (i < n) {
    FOLD_STOP_RE.lastIndex = i;
    const stop = FOLD_STOP_RE.exec(original);
    const j = stop === null ? n : stop.index;
    if (j > i) {
      out.run(i, j);
      prev = original.charCodeAt(j - 1);
      i = j;
      if (i >= n) break;
    }
    const c = original.charCodeAt(i);
    const w = unitWidth(original, i);
    const action = w === 2 ? KEEP : foldAction(c);
    if (action === KEEP) {
      out.push(i, i + w);
      if (w === 2) out.push(i, i + 2);
      prev = original.charCodeAt(i + w - 1);
      i += w;
      continue;
    }
    parts.push(original.slice(kept, i));
    const next = i + 1;
    if (action === DROP) out.absorb(next);
    else if (action === JOINER) {
      const following = nextKept(original, next);
      if (prev >= 0 && prev !== 0x200c && isLetterOrMark(prev) && following >= 0 && isLetterOrMark(following)) {
        out.push(i, next);
        parts.push(ZWNJ);
        prev = 0x200c;
      } else out.absorb(next);
    } else {
      const folded = action === PRESENTATION ? [...String.fromCharCode(c).normalize('NFKC')].map(foldChar).join('') : String.fromCharCode(action);
      if (folded) {
        for (let u = 0; u < folded.length; u++) out.push(i, next);
        parts.push(folded);
        prev = folded.charCodeAt(folded.length - 1);
      } else out.absorb(next);
    }
    i = next;
    kept = next;
  }
  parts.push(original.slice(kept));
  const text = parts.join('');
  if (text === original) return { text, starts: null, ends: null };
  return { text, ...out.done(n) };
}

/** [\p{L}\p{M}] of one code point. */
function isLetterOrMark(cp: number): boolean {
  return (classOf(cp) & (C_LETTER | C_MARK)) !== 0;
}

// What folding does to one BMP unit: KEEP, DROP, JOINER (ZWNJ), PRESENTATION (NFKC, then fold
// each), or the one unit it becomes. Filled on first sight of each unit from foldChar itself.
const KEEP = -1;
const DROP = -2;
const JOINER = -3;
const PRESENTATION = -4;
const UNKNOWN = -5;
const FOLD_ACTION = new Int32Array(0x10000).fill(UNKNOWN);

function foldAction(c: number): number {
  let a = FOLD_ACTION[c]!;
  if (a === UNKNOWN) {
    const ch = String.fromCharCode(c);
    const f = foldChar(ch);
    a = ch === ZWNJ ? JOINER : PRESENTATION_RE.test(ch) ? PRESENTATION : f === '' ? DROP : f === ch ? KEEP : f.charCodeAt(0);
    FOLD_ACTION[c] = a;
  }
  return a;
}

/** Where each unit of the normalised text came from (growable: presentation forms expand). */
class OutBuffer {
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(size: number) {
    this.starts = new Int32Array(size + 16);
    this.ends = new Int32Array(size + 16);
  }

  push(start: number, end: number): void {
    if (this.length === this.starts.length) this.grow();
    this.starts[this.length] = start;
    this.ends[this.length++] = end;
  }

  /** Units [from, to) kept as they are, one BMP character each. */
  run(from: number, to: number): void {
    while (this.length + (to - from) > this.starts.length) this.grow();
    for (let k = from; k < to; k++) {
      this.starts[this.length] = k;
      this.ends[this.length++] = k + 1;
    }
  }

  private grow(): void {
    const s = new Int32Array(this.starts.length * 2);
    const e = new Int32Array(this.starts.length * 2);
    s.set(this.starts);
    e.set(this.ends);
    this.starts = s;
    this.ends = e;
  }

  /** A dropped character's source is covered by the character before it, so a highlighted word keeps its vowel marks and tatweel. */
  absorb(end: number): void {
    if (this.length > 0) this.ends[this.length - 1] = end;
  }

  done(originalLength: number): { starts: Int32Array; ends: Int32Array } {
    // Views of the buffers, not copies: they are the text's alone.
    if (this.length === this.starts.length) this.grow();
    this.starts[this.length] = originalLength;
    return { starts: this.starts.subarray(0, this.length + 1), ends: this.ends.subarray(0, this.length) };
  }
}

// The first unit (a code point for a surrogate pair) of the next character that folding keeps,
// skipping marks, tatweel and direction marks; −1 at the end.
function nextKept(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    if (unitWidth(s, i) === 2) return s.codePointAt(i)!;
    const a = foldAction(s.charCodeAt(i));
    if (a === DROP) continue;
    if (a === JOINER) return 0x200c;
    if (a === KEEP) return s.charCodeAt(i);
    if (a === PRESENTATION) return String.fromCharCode(s.charCodeAt(i)).normalize('NFKC').charCodeAt(0);
    return a;
  }
  return -1;
}

/** A span of the normalised text → the same span in the original text. */
export function toOriginalSpan(n: NormalizedText, span: Span): Span {
  if (!n.starts || !n.ends) return { start: span.start, end: span.end };
  const start = n.starts[Math.min(span.start, n.starts.length - 1)]!;
  const end = span.end > span.start ? n.ends[Math.min(span.end, n.ends.length) - 1]! : start;
  return { start, end: Math.max(start, end) };
}

/** One offset of the normalised text → the original offset (a start). */
export function toOriginalOffset(n: NormalizedText, offset: number): number {
  if (!n.starts) return offset;
  return n.starts[Math.min(offset, n.starts.length - 1)]!;
}

/**
 * The search form of a text or a query (full NFKC, folded letters and digits), as Postgres
 * indexes it: see stance_lens_fold in the persian_search migration.
 */
export function searchFold(text: string): string {
  return foldPersian(text, 'all');
}

/** What folding changes: Arabic script, Arabic presentation forms, ZWNJ, direction marks. */
const SEARCH_FOLD_NEEDED = /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefe\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/**
 * The text the search index reads (stance_lens_search_text in SQL): folded when it has anything
 * folding changes, as it is otherwise (an English text costs the index one scan, not a fold).
 */
export function searchText(text: string): string {
  return SEARCH_FOLD_NEEDED.test(text) ? searchFold(text) : text;
}

/** A two-digit Solar year: ≥ 50 → 13xx (۶۷ = 1367), else 14xx (۰۲ = 1402). */
export function solarYear(text: string): number {
  const n = Number(text);
  if (text.length >= 3) return n;
  // 11–49 would be 1411–1449 (2032–2070): not a year a text writes in two digits.
  return n >= 50 ? 1300 + n : n <= 10 ? 1400 + n : Number.NaN;
}

// A two-digit Solar year after a season, month, event or «سال» (compiled once; matchAll copies it).
const SOLAR_CONTEXT = `سال|تابستان|بهار|پاییز|زمستان|کشتار|قتل[\\s\\u200c]*عام|اعدام(?:[\\s\\u200c]*ها)?(?:ی)?|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|فروردین|اردیبهشت|دهه|جنبش|اعتراضات|خیزش|قیام`;
const SHORT_SOLAR_YEAR_RE = new RegExp(`(?:${SOLAR_CONTEXT})(?:[\\s\\u200c]*ماه)?[\\s\\u200c]*(?:سال[\\s\\u200c]*)?(\\d{2})(?![\\d])(?![\\p{L}])`, 'gu');

/**
 * Years the text names, as Gregorian years, for the date signals of event matching: «۱۳۶۷»,
 * «سال ۶۷», «تابستان ۶۷», «قتل‌عام ۶۷», «آبان ۹۸». A Solar year spans two Gregorian years (1367 runs
 * from March 1988 to March 1989); the one it mostly covers (+621) is given.
 */
export function gregorianYearsInPersian(text: string, folded = false): string[] {
  // Text already normalised for analysis has nothing left to fold (see FOLD_CHANGES_RE): the
  // whole-text check is skipped.
  const s = folded ? text : foldPersian(text);
  const out = new Set<string>();
  for (const m of s.matchAll(/(?<![\d])(1[34]\d\d)(?![\d])/gu)) out.add(String(Number(m[1]) + 621));
  for (const m of s.matchAll(SHORT_SOLAR_YEAR_RE)) {
    const y = solarYear(m[1]!);
    if (Number.isInteger(y)) out.add(String(y + 621));
  }
  return [...out];
}
