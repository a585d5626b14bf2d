// Pieces several datasets share: query-string building, and the two ways a dataset reads its
// view's rows through the read layer (lib/queries): a list read a page or batch at a time, or a
// result computed as a whole (aggregates whose size is bounded by the catalog, the registry,
// the vocabulary, the lexicon or the entities, not by the number of articles).
import type { Db } from '@/lib/db/prisma';
import type { SliceFilter } from '@/lib/filters/slice';
import type { PageRequest, RowPage } from '@/lib/queries/keyset';
import { exportRow } from './rows';
import type { Column, DatasetContext, Row } from './types';

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
    lang: f.languages.join(','),
  });
}

/** The columns of the article a row is in (lib/queries' ArticleRef), in export order. */
export function articleRefColumns(what: string): Column[] {
  return [
    { key: 'articleId', header: 'Article ID', type: 'integer', nullable: false, description: `Article ${what} is in (/articles/<id>).` },
    { key: 'title', header: 'Title', type: 'string', nullable: false, description: 'Headline of the article.' },
    { key: 'publisher', header: 'Outlet', type: 'string', nullable: false, description: 'Publisher of the article.' },
    { key: 'publisherSlug', header: 'Outlet ID', type: 'string', nullable: false, description: 'Publisher slug.' },
    { key: 'publishedAt', header: 'Date', type: 'date', description: 'Publication date of the article.' },
    { key: 'datePrecision', header: 'Date precision', type: 'string', nullable: false, description: 'day, month, year or unknown.' },
    { key: 'url', header: 'URL', type: 'url', description: 'Original address of the article.' },
  ];
}

/**
 * fetch and count of a list view: its page's query functions, each row made an export row. The
 * API's cursor and an export's batches are keyset positions in the page's order.
 */
export function listed<F, T extends object>(
  columns: readonly Column[],
  list: (f: F, req: PageRequest, db: Db) => Promise<RowPage<T>>,
  count: (f: F, db: Db) => Promise<number>,
) {
  return {
    async fetch(ctx: DatasetContext, f: F, req: PageRequest): Promise<RowPage<Row>> {
      const page = await list(f, req, ctx.db);
      return { rows: page.rows.map((r) => exportRow(columns, r)), next: page.next };
    },
    count: (ctx: DatasetContext, f: F) => count(f, ctx.db),
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
    async fetch(ctx: DatasetContext, f: F, req: PageRequest): Promise<RowPage<Row>> {
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
