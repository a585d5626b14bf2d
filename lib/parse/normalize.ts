import { createHash } from 'node:crypto';

/**
 * Canonical form for comparing texts: compatibility forms folded (NFKC), typographic
 * quotes/dashes made plain and whitespace collapsed, so a reprint that differs only in
 * typography or line wrapping compares equal.
 */
export function normalizeForHash(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B\u200D\u2060\uFEFF]/g, '')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/…/g, '...')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** SHA-256 (hex) of normalised title + "\n" + body; the deduplication key for imports. */
export function contentHash(article: { title: string; body: string }): string {
  return createHash('sha256')
    .update(`${normalizeForHash(article.title)}\n${normalizeForHash(article.body)}`, 'utf8')
    .digest('hex');
}

// One word count for the whole product: the analysis tokenizer's (Unicode letters, digits and
// marks; apostrophes, hyphens and the Persian zero-width non-joiner inside words).
export { countWords } from '@/lib/analysis/tokenize';

/**
 * Text as every parser hands it on: NFC, LF line ends, no-break and other fixed-width
 * spaces as plain spaces, zero-width/soft-hyphen characters removed (the Persian
 * zero-width non-joiner is kept: it is spelling), runs of spaces collapsed, lines trimmed
 * and at most one blank line between paragraphs.
 */
export function cleanText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u200B\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .split('\n')
    .map((line) => stripTextFragments(line.replace(/ {2,}/g, ' ').trim()))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Copying from a browser "link to highlight" sometimes drags the URL's text fragment along
 * (",-16%20November%202020&text=The%20Iranian…" glued to a sentence). It is never prose.
 */
function stripTextFragments(line: string): string {
  if (!line.includes('&text=') || !line.includes('%20')) return line;
  return line
    .split(' ')
    .map((token) =>
      token.includes('&text=') && token.includes('%20') ? token.replace(/,[^ ]*$/, '') : token,
    )
    .filter(Boolean)
    .join(' ');
}

/** Paragraphs (blocks separated by blank lines) of already cleaned text. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The non-empty lines of paragraphs, trimmed: a page head's lines, whichever paragraph holds them. */
export function nonEmptyLines(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap((p) => p.split('\n')).map((l) => l.trim()).filter(Boolean);
}

/**
 * How many of a page's first lines are its head: those above the first line of prose (120
 * characters or more), at most `max`, and `ifNoProse` when no line is that long.
 */
export function headLength(lines: readonly string[], max: number, ifNoProse = max): number {
  const prose = lines.findIndex((l) => l.length >= 120);
  return Math.min(prose < 0 ? ifNoProse : prose, max);
}
