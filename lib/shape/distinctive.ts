// Pure shaping for the distinctive-words view (/compare): from Postgres' per-group word
// statistics (ts_stat over to_tsvector('simple', …), see lib/queries/compare.ts) to content-word
// counts, and from Fightin' Words results to what the chart and table show. No I/O.
import type { FightinWord } from '@/lib/analysis/fightin-words';
import { STOPWORDS_FA } from '@/lib/analysis/stopwords-fa';
import { STOPWORDS } from '@/lib/analysis/tokenize';

export interface WordStat {
  word: string;
  /** Occurrences in the group's articles (ts_stat's nentry). */
  nentry: number;
}

const HAS_LETTER = /\p{L}/u;

/**
 * Content-word counts from ts_stat rows, matching lib/analysis/tokenize.ts' contentWords as far
 * as Postgres' parser allows:
 * - The parser emits a hyphenated word both whole and as its parts ("so-called" → "so-called",
 *   "so", "called"). The whole word is kept, as our tokenizer keeps it; each occurrence's parts
 *   are subtracted from the parts' counts so nothing is counted twice.
 * - Stop words (STOPWORDS), tokens without a letter (numbers, "-19", "3.5"), single characters
 *   and e-mail addresses are dropped.
 * The parser already splits "Iran's" into "iran" and "s" (dropped as a single letter) and folds
 * case ('simple' configuration: no stemming, no stop words of its own).
 */
export function contentWordCounts(stats: readonly WordStat[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of stats) if (s.nentry > 0) counts.set(s.word, (counts.get(s.word) ?? 0) + s.nentry);
  for (const s of stats) {
    if (!s.word.includes('-') || !HAS_LETTER.test(s.word)) continue;
    for (const part of s.word.split('-')) {
      const n = counts.get(part);
      if (n === undefined || part === s.word) continue;
      const left = n - s.nentry;
      if (left > 0) counts.set(part, left);
      else counts.delete(part);
    }
  }
  for (const word of [...counts.keys()]) {
    if (!isContentWord(word)) counts.delete(word);
  }
  return counts;
}

export function isContentWord(word: string): boolean {
  if (Array.from(word).length < 2) return false;
  if (!HAS_LETTER.test(word)) return false;
  if (word.startsWith('-') || word.includes('@')) return false;
  // English and Persian stop words (stopwords-iso's Persian list, folded like the counted text).
  return !STOPWORDS.has(word) && !STOPWORDS_FA.has(word);
}

export interface Distinctive {
  /** Most typical of group A first (largest positive z). */
  forA: FightinWord[];
  /** Most typical of group B first (most negative z). */
  forB: FightinWord[];
}

/** The `limit` words leaning furthest to each side; words with z = 0 lean nowhere and are left out. */
export function splitDistinctive(words: readonly FightinWord[], limit: number): Distinctive {
  const forA = words
    .filter((w) => w.zeta > 0)
    .sort((x, y) => y.zeta - x.zeta || x.word.localeCompare(y.word))
    .slice(0, limit);
  const forB = words
    .filter((w) => w.zeta < 0)
    .sort((x, y) => x.zeta - y.zeta || x.word.localeCompare(y.word))
    .slice(0, limit);
  return { forA, forB };
}

export interface DivergingDatum {
  label: string;
  /** Signed: positive leans to group A (right), negative to group B (left). */
  value: number;
  side: 'a' | 'b';
}

/** Chart rows: A's words from the strongest down, then B's from the weakest to the strongest, so the bars fan out from the middle. */
export function divergingRows(d: Distinctive, limit: number): DivergingDatum[] {
  const a = d.forA.slice(0, limit).map((w) => ({ label: w.word, value: round(w.zeta, 2), side: 'a' as const }));
  const b = d.forB
    .slice(0, limit)
    .reverse()
    .map((w) => ({ label: w.word, value: round(w.zeta, 2), side: 'b' as const }));
  return [...a, ...b];
}

export function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
