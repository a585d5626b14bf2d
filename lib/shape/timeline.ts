// Pure data shaping for charts: from SQL rows (one per period × group) to one row per period
// with a column per group, the shape the timeline chart draws.
import { STANCES, type StanceKey } from '@/lib/stance';

export type PeriodRow = { period: string } & Record<StanceKey, number>;

export function shapeYearTimeline(rows: { year: number | null; stance: StanceKey; articles: number }[]): PeriodRow[] {
  const years = rows.map((r) => r.year).filter((y): y is number => y !== null);
  if (years.length === 0) return [];
  const min = Math.min(...years);
  const max = Math.max(...years);
  const out: PeriodRow[] = [];
  // Every year in the range, so gaps in coverage show as gaps rather than disappearing.
  for (let y = min; y <= max; y++) {
    const row = { period: String(y) } as PeriodRow;
    for (const s of STANCES) row[s] = 0;
    out.push(row);
  }
  for (const r of rows) {
    if (r.year === null) continue;
    out[r.year - min]![r.stance] += r.articles;
  }
  return out;
}
