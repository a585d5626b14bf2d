// Writing direction of a text from its language, for the `dir` attribute of text cells, passages
// and the reader (kept apart from language.ts so client components can use it without the
// detector). Languages written in more than one script (Kurdish) and undetermined text get
// 'auto': the browser then follows the first strong character.
const RTL = new Set(['fa', 'ar', 'ur', 'he', 'ps', 'yi', 'dv', 'sd', 'ug', 'ckb']);
const EITHER = new Set(['ku', 'und']);

export type TextDirection = 'rtl' | 'ltr' | 'auto';

export function textDirection(language: string | null | undefined): TextDirection {
  if (!language) return 'auto';
  if (RTL.has(language)) return 'rtl';
  return EITHER.has(language) ? 'auto' : 'ltr';
}

const NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** "fa" → "Persian", "und" → "Undetermined": the language's English name for labels. */
export function languageLabel(code: string | null | undefined): string {
  if (!code || code === 'und') return 'Undetermined';
  try {
    return NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}
