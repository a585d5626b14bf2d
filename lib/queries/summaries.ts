// Reading the summary tables (docs/summaries.md): which slices they can answer, and the WHERE
// clause over a summary row for a slice. The summaries are kept exact by triggers in every
// writing transaction (migration add_summaries), so a view reads them instead of aggregating
// every article; a slice they cannot answer (dates that are not whole years; per-article
// conditions such as full-text search or the via outlet) runs the view's SQL over the articles.
import { Prisma } from '@/lib/generated/prisma/client';

/** The parts of a filter the summaries know: group, language, outlet, and whole years. */
export interface SummaryFilter {
  stances: string[];
  languages: string[];
  publishers: string[];
  /** Inclusive years; null: no bound. Undated articles (year 0) count only without bounds. */
  fromYear: number | null;
  toYear: number | null;
}

/**
 * The filter in summary terms, or null when the summaries cannot answer it: a date bound that is
 * not the first or the last day of a year.
 */
export function summaryFilter(f: { stances?: string[]; languages?: string[]; publishers?: string[]; from?: string | null; to?: string | null }): SummaryFilter | null {
  const fromYear = f.from ? (/^\d{4}-01-01$/.test(f.from) ? Number(f.from.slice(0, 4)) : NaN) : null;
  const toYear = f.to ? (/^\d{4}-12-31$/.test(f.to) ? Number(f.to.slice(0, 4)) : NaN) : null;
  if (Number.isNaN(fromYear) || Number.isNaN(toYear)) return null;
  return { stances: f.stances ?? [], languages: f.languages ?? [], publishers: f.publishers ?? [], fromYear, toYear };
}

/**
 * WHERE over a summary row (alias s). `byPublisher`: the table has publisher_id (joined as p for
 * the slugs); `byYear`: it has year. A filter on a dimension the table lacks is a caller's error.
 */
export function summaryWhere(f: SummaryFilter, dims: { byPublisher: boolean; byYear: boolean }): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.stances.length) parts.push(Prisma.sql`s.stance::text IN (${Prisma.join(f.stances)})`);
  if (f.languages.length) parts.push(Prisma.sql`s.language IN (${Prisma.join(f.languages)})`);
  if (f.publishers.length) {
    if (!dims.byPublisher) throw new Error('this summary has no outlet dimension');
    parts.push(Prisma.sql`s.publisher_id IN (SELECT id FROM publishers WHERE slug IN (${Prisma.join(f.publishers)}))`);
  }
  if (f.fromYear !== null || f.toYear !== null) {
    if (!dims.byYear) throw new Error('this summary has no year dimension');
    parts.push(Prisma.sql`s.year > 0`);
    if (f.fromYear !== null) parts.push(Prisma.sql`s.year >= ${f.fromYear}`);
    if (f.toYear !== null) parts.push(Prisma.sql`s.year <= ${f.toYear}`);
  }
  return Prisma.join(parts, ' AND ');
}

/** True when the filter needs neither outlets nor years (the tables without those dimensions). */
export function groupAndLanguageOnly(f: SummaryFilter | null): f is SummaryFilter {
  return !!f && f.publishers.length === 0 && f.fromYear === null && f.toYear === null;
}

/** The summaries hold every view's numbers unless STANCE_LENS_SUMMARIES=off (the benchmark's "before"). */
export function summariesEnabled(): boolean {
  return process.env.STANCE_LENS_SUMMARIES !== 'off';
}
