// The language of a text, with a maintained n-gram detector (eld, "Efficient Language
// Detector": 60 languages, ISO 639-1 codes), not a guess from the script: Persian, Arabic,
// Kurdish (Sorani) and Urdu share one script, and Persian pages scraped from older sites are
// written with Arabic letters.
//
// A page that mixes languages (an English article quoting a Persian statement) gets its main
// language: each paragraph is detected on its own and weighs by its letters; the language with
// most letters wins. Text with too few letters to tell is 'und' (ISO 639 "undetermined").
//
// eld publishes ES modules for `import` only, which the CommonJS build of the CLI scripts cannot
// require, so the detector is loaded once with a dynamic import: every entry point that parses
// text awaits loadLanguageDetector() first (the importer, the worker, npm run analyze, the eval,
// the test setup). detectLanguage() then runs synchronously.

export const UNDETERMINED = 'und';

interface EldResult {
  language: string;
  isReliable(): boolean;
}
interface Eld {
  detect(text: string): EldResult;
}

let detector: Eld | null = null;
let loading: Promise<void> | null = null;

/** Loads the detector's n-gram tables (about 1.6 MB, once per process). */
export function loadLanguageDetector(): Promise<void> {
  loading ??= import('eld/small').then((m: { eld: Eld }) => {
    detector = m.eld;
  });
  return loading;
}

export function languageDetectorLoaded(): boolean {
  return detector !== null;
}

function eld(): Eld {
  if (!detector) {
    throw new Error('stance-lens: the language detector is not loaded; await loadLanguageDetector() before parsing or analysing text');
  }
  return detector;
}

const LETTER_G = /\p{L}/gu;
/** Paragraphs shorter than this many letters are only counted when nothing longer is there. */
const MIN_LETTERS = 20;
/** Below this many letters in the whole text there is nothing to tell. */
const MIN_TEXT_LETTERS = 3;

function letters(s: string): number {
  return s.match(LETTER_G)?.length ?? 0;
}

export interface LanguageShare {
  language: string;
  letters: number;
}

/** Letters per language over the text's paragraphs, most first. */
export function languageShares(text: string): LanguageShare[] {
  const d = eld();
  const blocks = text
    .split(/\n\s*\n|\n/)
    .map((b) => b.trim())
    .filter((b) => letters(b) > 0);
  const long = blocks.filter((b) => letters(b) >= MIN_LETTERS);
  const counted = long.length > 0 ? long : blocks.length > 0 ? [blocks.join(' ')] : [];
  const byLang = new Map<string, number>();
  for (const b of counted) {
    const n = letters(b);
    if (n < MIN_TEXT_LETTERS) continue;
    const lang = d.detect(b).language || UNDETERMINED;
    byLang.set(lang, (byLang.get(lang) ?? 0) + n);
  }
  return [...byLang]
    .map(([language, n]) => ({ language, letters: n }))
    .sort((a, b) => b.letters - a.letters || a.language.localeCompare(b.language));
}

/** The text's main language (ISO 639-1), or 'und' when it has too few letters to tell. */
export function detectLanguage(text: string): string {
  const shares = languageShares(text);
  const top = shares.find((s) => s.language !== UNDETERMINED);
  return top?.language ?? UNDETERMINED;
}

/** "en-US", "fa_IR", "FA" → "en", "fa"; null for anything that is not a language tag. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}
