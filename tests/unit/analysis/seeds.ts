// The real seed articles as the importer yields them, for analysis tests.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFile } from '@/lib/parse/parse-file';
import type { ParsedArticle } from '@/lib/parse/types';

export const SAMPLES_DIR = fileURLToPath(new URL('../../../data/samples/', import.meta.url));

let cache: ParsedArticle[] | null = null;

export function seedArticles(): ParsedArticle[] {
  if (cache) return cache;
  cache = readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => parseFile(f, readFileSync(path.join(SAMPLES_DIR, f))));
  return cache;
}

/** The analysed text of an article: title + blank line + body, as analyzeArticle builds it. */
export function articleText(a: ParsedArticle): string {
  return `${a.title.trim()}\n\n${a.body}`;
}

/** The one seed article whose text contains `snippet`. */
export function seedBy(snippet: string, sourceFile?: string): ParsedArticle {
  const found = seedArticles().filter((a) => (!sourceFile || a.sourceFile === sourceFile) && articleText(a).includes(snippet));
  if (found.length !== 1) throw new Error(`${found.length} seed articles contain "${snippet}"`);
  return found[0]!;
}

/** All raw seed text, for checking that a test sentence really occurs in the seeds. */
export function rawSeedText(): string {
  return readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(SAMPLES_DIR, f), 'utf8'))
    .join('\n')
    .replace(/[ \t\u00a0]+/g, ' ');
}

/** Stance groups for the seed outlets, for tests only (the registry is the real source). */
export const SEED_STANCE: Record<string, 'advocacy' | 'critical' | 'mainstream' | 'unrated'> = {
  'Iran News Update': 'advocacy',
  'National Council of Resistance of Iran': 'advocacy',
  'Organization of Iranian American Communities': 'advocacy',
  'Association of Iranian Americans in New York': 'advocacy',
  'Iran Interlink': 'critical',
  'Iran Press': 'critical',
  'Amnesty International': 'mainstream',
  Reuters: 'mainstream',
  Bloomberg: 'mainstream',
  'Fox News': 'mainstream',
  'The Wall Street Journal': 'mainstream',
  'The New York Times': 'mainstream',
};
