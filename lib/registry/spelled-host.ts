// Whether a site's Latin address spells a Persian name: «وبانگاه» → webangah.ir, «کبنا» →
// kebnakhabar.ir. Persian sites name themselves in their own leads («به گزارش وبانگاه به نقل از
// ایسنا،») by the name their address transliterates, a name no registry lists when the site is not
// listed; this is how the importer recognises the site's own credit there.
//
// Persian script leaves out short vowels and writes one letter for several Latin spellings (و is
// v, w, o or u; ق is gh or q), so each letter becomes a small set of spellings with optional
// vowels between them, and the name must spell the start of the address's first label.
import { foldPersian } from '@/lib/analysis/persian';

const SPELLINGS: Record<string, string> = {
  'ا': 'a?',
  'آ': 'a',
  'ب': 'b',
  'پ': 'p',
  'ت': 't',
  'ط': 't',
  'ث': 's',
  'س': 's',
  'ص': 's',
  'ج': 'j',
  'چ': 'ch',
  'ح': 'h',
  'ه': '(?:h|e|eh)?',
  'خ': 'kh',
  'د': 'd',
  'ذ': 'z',
  'ز': '(?:z|s)',
  'ض': 'z',
  'ظ': 'z',
  'ر': 'r',
  'ژ': 'zh',
  'ش': 'sh',
  'ع': '',
  'غ': '(?:gh|q|g)',
  'ق': '(?:gh|q|g)',
  'ف': 'f',
  'ک': '(?:k|c)',
  'گ': 'g',
  'ل': 'l',
  'م': 'm',
  'ن': 'n',
  'و': '(?:v|w|o|u|ou|oo)?',
  'ی': '(?:i|y|ee)?',
};
/**
 * Letters that may stand for a vowel or nothing: a name needs three letters besides them, or two
 * when it spells the address's whole first label («سانا» → sana.sy).
 */
const WEAK = new Set(['ا', 'آ', 'ه', 'ع', 'و', 'ی']);

/** The pattern a Persian name's Latin spellings match, or null when it has letters outside the table or too few firm ones. */
function spellingPattern(name: string): RegExp | null {
  const letters = [...foldPersian(name).replace(/[\s\u200c]+/gu, '')];
  const firm = letters.filter((c) => !WEAK.has(c)).length;
  if (firm < 2) return null;
  const parts: string[] = [];
  for (const c of letters) {
    const spelled = SPELLINGS[c];
    if (spelled === undefined) return null;
    parts.push(spelled);
  }
  // Short vowels are not written: any may come between two letters.
  return new RegExp(`^${parts.join('[aeiou]*')}${firm < 3 ? '$' : ''}`, 'u');
}

/**
 * Whether the host's first label («www.» aside) starts with a Latin spelling of the Persian name, or
 * is one, for a name of two firm letters (see WEAK).
 */
export function hostSpells(host: string, name: string): boolean {
  const label = host.toLowerCase().replace(/^www\d*\./u, '').split('.')[0] ?? '';
  if (!/^[a-z0-9-]{3,}$/u.test(label)) return false;
  const pattern = spellingPattern(name);
  if (!pattern) return false;
  const m = pattern.exec(label.replace(/-/gu, ''));
  // The name spells at least four letters of the address: «کبنا» → "kebna" of kebnakhabar.
  return m !== null && m[0].length >= 4;
}
