// The overview's corpus by language and group: one row per language (most articles first), the
// articles of each group in it. Pure.
import { STANCES, type StanceKey } from '@/lib/stance';

/** Articles and words of one language and group (lib/queries/overview.ts countsByLanguage). */
export interface LanguageStanceCount {
  language: string;
  stance: StanceKey;
  articles: number;
  words: number;
}

export interface LanguageRow {
  language: string;
  total: number;
  words: number;
  byStance: Record<StanceKey, number>;
}

export function languageRows(rows: readonly LanguageStanceCount[]): LanguageRow[] {
  const byLang = new Map<string, LanguageRow>();
  for (const r of rows) {
    let row = byLang.get(r.language);
    if (!row) {
      row = { language: r.language, total: 0, words: 0, byStance: Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<StanceKey, number> };
      byLang.set(r.language, row);
    }
    row.byStance[r.stance] += r.articles;
    row.total += r.articles;
    row.words += r.words;
  }
  return [...byLang.values()].sort((a, b) => b.total - a.total || a.language.localeCompare(b.language));
}
