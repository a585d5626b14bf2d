// The term dictionary's shaping, pure: a term's rate per group per year for the chart, its
// totals per group, and its example sentences cut out of the articles with the term marked.
import { analysedText } from '@/lib/analysis';
import { ratePer1000 } from '@/lib/analysis/terms';
import { STANCES, type StanceKey } from '@/lib/stance';
import { readerHref } from './links';
import { clipPassage, sentenceFinder } from './sentences';

interface UsageRow {
  stance: StanceKey;
  year: number | null;
  count: number;
  articles: number;
  groupArticles: number;
  words: number;
  rate: number;
}

/** One row per year from the first to the last dated article; a group without articles that year has null (a gap), not 0. */
export type RateRow = { period: string } & Record<StanceKey, number | null>;

export function usageTimeline(rows: readonly UsageRow[]): RateRow[] {
  const years = rows.map((r) => r.year).filter((y): y is number => y !== null);
  if (years.length === 0) return [];
  const min = Math.min(...years);
  const max = Math.max(...years);
  const out: RateRow[] = [];
  for (let y = min; y <= max; y++) {
    const row = { period: String(y) } as RateRow;
    for (const s of STANCES) row[s] = null;
    out.push(row);
  }
  for (const r of rows) if (r.year !== null && r.groupArticles > 0) out[r.year - min]![r.stance] = r.rate;
  return out;
}

export interface GroupUsage {
  stance: StanceKey;
  count: number;
  articles: number;
  groupArticles: number;
  words: number;
  /** Per 1,000 words of all the group's articles, undated ones included. */
  rate: number;
}

/** The term over all years (and undated articles), per group with articles, in display order. */
export function usageByGroup(rows: readonly UsageRow[]): GroupUsage[] {
  return STANCES.flatMap((stance) => {
    const own = rows.filter((r) => r.stance === stance);
    if (own.length === 0) return [];
    const sum = (k: 'count' | 'articles' | 'groupArticles' | 'words') => own.reduce((n, r) => n + r[k], 0);
    const count = sum('count');
    const words = sum('words');
    return [{ stance, count, articles: sum('articles'), groupArticles: sum('groupArticles'), words, rate: Math.round(ratePer1000(count, words) * 1000) / 1000 }];
  });
}

interface ExampleRow {
  stance: StanceKey;
  rank: number;
  articleId: number;
  title: string;
  body: string;
  language: string;
  publishedAt: string | null;
  publisher: string;
  publisherSlug: string;
  url: string | null;
  start: number;
  end: number;
}

export interface TermExample {
  stance: StanceKey;
  rank: number;
  articleId: number;
  title: string;
  language: string;
  publishedAt: string | null;
  publisher: string;
  publisherSlug: string;
  url: string | null;
  /** The sentence with the term, cut in three: before, the term as written, after. */
  before: string;
  term: string;
  after: string;
  /** The sentence was longer than shown. */
  clipped: boolean;
  /** The sentence was the headline. */
  inTitle: boolean;
  /** The reader, scrolled to and highlighting the sentence. */
  href: string;
}

/** Longest example shown, in characters. */
export const MAX_EXAMPLE = 320;

export function termExamplesOf(rows: readonly ExampleRow[]): TermExample[] {
  return rows.map((r) => {
    const text = analysedText(r.title, r.body);
    const sentence = sentenceFinder(text).around({ start: r.start, end: r.end });
    // A long sentence is cut after the term, never before it.
    const { span, clipped } = clipPassage(text, { start: sentence.start, end: sentence.end }, Math.max(MAX_EXAMPLE, r.end - sentence.start + 40));
    const inTitle = r.start < r.title.trim().length;
    return {
      stance: r.stance,
      rank: r.rank,
      articleId: r.articleId,
      title: r.title,
      language: r.language,
      publishedAt: r.publishedAt,
      publisher: r.publisher,
      publisherSlug: r.publisherSlug,
      url: r.url,
      before: text.slice(span.start, r.start),
      term: text.slice(r.start, r.end),
      after: text.slice(r.end, span.end),
      clipped,
      inTitle,
      href: inTitle ? readerHref(r.articleId) : readerHref(r.articleId, sentence),
    };
  });
}

export interface GlossaryRow {
  term: string;
  label: string;
  category: string;
  categoryLabel: string;
  leaning: 'advocacy' | 'critical' | null;
  /** Occurrences in the whole corpus, all groups. */
  count: number;
  /** Articles using it, all groups. */
  articles: number;
  /** Per 1,000 words of each group's articles; null for a group without articles. */
  rates: Record<StanceKey, number | null>;
}

interface IndexInput {
  rates: readonly { stance: StanceKey; term: string; count: number; articles: number; rate: number }[];
  groups: readonly { stance: StanceKey; articles: number }[];
}

/** Every lexicon term, in lexicon order, with its corpus-wide rate per group (zeros included). */
export function glossaryRows(
  index: IndexInput,
  lexicon: { terms: readonly { id: string; label: string; category: string; leaning: 'advocacy' | 'critical' | null }[]; categories: readonly { id: string; label: string }[] },
): GlossaryRow[] {
  const withArticles = new Set(index.groups.filter((g) => g.articles > 0).map((g) => g.stance));
  const categoryLabel = new Map(lexicon.categories.map((c) => [c.id, c.label]));
  return lexicon.terms.map((t) => {
    const own = index.rates.filter((r) => r.term === t.id);
    const rates = Object.fromEntries(STANCES.map((s) => [s, withArticles.has(s) ? (own.find((r) => r.stance === s)?.rate ?? 0) : null])) as Record<StanceKey, number | null>;
    return {
      term: t.id,
      label: t.label,
      category: t.category,
      categoryLabel: categoryLabel.get(t.category) ?? t.category,
      leaning: t.leaning,
      count: own.reduce((n, r) => n + r.count, 0),
      articles: own.reduce((n, r) => n + r.articles, 0),
      rates,
    };
  });
}
