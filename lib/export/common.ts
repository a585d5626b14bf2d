// Pieces several datasets share: query-string building, SQL fragments, and the batching of
// datasets that are computed as a whole (aggregates whose size is bounded by the vocabulary,
// the lexicon or the entities, not by the number of articles).
import { Prisma } from '@/lib/generated/prisma/client';
import type { SliceFilter } from '@/lib/filters/slice';
import { STANCES } from '@/lib/stance';
import type { DatasetContext, FetchRequest, FetchResult, QueryScope, Row } from './types';

/** `path?query` with only the non-empty params, in the order given. */
export function withQuery(path: string, params: Record<string, string>): string {
  const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '')).toString();
  return qs ? `${path}?${qs}` : path;
}

/** Drops empty values so equal filters give equal query strings. */
export function compact(params: Record<string, string | null | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') out[k] = v;
  return out;
}

export function sliceQuery(f: SliceFilter): Record<string, string> {
  return compact({
    event: f.event,
    from: f.from,
    to: f.to,
    publisher: f.publishers.join(','),
    stance: f.stances.join(','),
  });
}

/** Position of a stance group in the display order (advocacy, mainstream, critical, unrated). */
export function groupOrder(expr: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`array_position(ARRAY[${Prisma.join([...STANCES])}]::text[], ${expr}::text)`;
}

/** The event slugs an article is linked to, "; "-separated (alias a): one lookup per row, for batches. */
const ARTICLE_EVENTS = Prisma.sql`(SELECT string_agg(e.slug, '; ' ORDER BY e.slug)
  FROM article_events ae JOIN events e ON e.id = ae.event_id WHERE ae.article_id = a.id)`;

/**
 * The same list for a whole export: every article's events aggregated in one pass and joined
 * (alias ev, column ev.events). A per-row subquery costs about 5 µs a row in Postgres, most of a
 * 1M-row CSV export's time; one grouped pass over article_events takes about a second.
 */
const ARTICLE_EVENTS_JOIN = Prisma.sql`LEFT JOIN (
  SELECT ae.article_id, string_agg(e.slug, '; ' ORDER BY e.slug) AS events
  FROM article_events ae JOIN events e ON e.id = ae.event_id GROUP BY ae.article_id) ev ON ev.article_id = a.id`;

/**
 * SELECT and FROM of a dataset with an events column (alias a for the article), per query scope:
 * the per-row lookup for keyset batches, the one-pass join for a whole export.
 */
export function withArticleEvents(from: Prisma.Sql, select: (events: Prisma.Sql) => Prisma.Sql): Record<QueryScope, { select: Prisma.Sql; from: Prisma.Sql }> {
  return {
    batch: { select: select(ARTICLE_EVENTS), from },
    all: { select: select(Prisma.sql`ev.events`), from: Prisma.sql`${from} ${ARTICLE_EVENTS_JOIN}` },
  };
}

/**
 * fetch / count / batches for a dataset computed in one go. The computation runs once per
 * filter object (one request), and the API's cursor is the position in the result.
 */
export function computed<F extends object>(compute: (ctx: DatasetContext, f: F) => Promise<Row[]>) {
  const cache = new WeakMap<F, Promise<Row[]>>();
  const rowsFor = (ctx: DatasetContext, f: F) => {
    let p = cache.get(f);
    if (!p) {
      p = compute(ctx, f);
      cache.set(f, p);
      p.catch(() => cache.delete(f));
    }
    return p;
  };
  return {
    async fetch(ctx: DatasetContext, f: F, req: FetchRequest): Promise<FetchResult> {
      const rows = await rowsFor(ctx, f);
      const start = req.after ? Number(req.after[0]) + 1 : Math.max(0, req.offset ?? 0);
      if (!Number.isSafeInteger(start)) return { rows: [], next: null };
      const end = Math.min(rows.length, start + Math.max(1, req.limit));
      return { rows: rows.slice(start, end), next: end < rows.length ? [end - 1] : null };
    },
    async count(ctx: DatasetContext, f: F): Promise<number> {
      return (await rowsFor(ctx, f)).length;
    },
    async *batches(ctx: DatasetContext, f: F, batchSize: number): AsyncGenerator<Row[]> {
      const rows = await rowsFor(ctx, f);
      for (let i = 0; i < rows.length; i += batchSize) yield rows.slice(i, i + batchSize);
    },
  };
}
