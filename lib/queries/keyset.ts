// How a view's rows are read, a page or a batch at a time. A list view is one RowQuery (its
// SELECT, FROM, WHERE and sort); a page asks for `limit` rows after `offset` rows, an export or
// an API cursor for `limit` rows after the last row it got (keyset pagination, the "seek
// method"):
//   SELECT … WHERE <filters> AND <after the last row's sort values> ORDER BY … LIMIT n
// so a batch costs the same at row 1,000,000 as at row 1 (no OFFSET scan), no connection or
// transaction is held while a slow client downloads, and a batch never holds more than n rows.
// Both read the one ORDER BY, with the row id as its last part so every position is unique.
import { Prisma } from '@/lib/generated/prisma/client';
import type { Db } from '@/lib/db/prisma';
import { DatasetParamError } from '@/lib/filters/errors';
import type { Order } from '@/lib/filters/search-params';

/** A position in a view's order: the sort values of the last row read (as text), then its id. */
export type Key = (string | number | boolean | null)[];

/** A page (`offset`) or the batch after a position (`after`) of a view's rows. */
export interface PageRequest {
  /** Rows after this keyset position (exclusive). */
  after?: Key | null;
  /** Rows to skip (a page number); used only without `after`. */
  offset?: number;
  limit: number;
}

/** A page request for a view whose table can be sorted by the columns `S`. */
export type ListRequest<S extends string> = PageRequest & Order<S>;

export interface RowPage<T> {
  rows: T[];
  /** Position after the last row returned, or null when no row follows. */
  next: Key | null;
}

/** How a view's query will be read: a page or keyset batches, or whole (the COPY path). */
export type QueryScope = 'batch' | 'all';

/**
 * Runs one SELECT. Usually straight on a client (`selectOn`), the app's or a test's; a view that
 * needs a session setting for its query (full-text search's work_mem) wraps each statement.
 */
export type Select = (sql: Prisma.Sql) => Promise<Record<string, unknown>[]>;

export const selectOn =
  (db: Db): Select =>
  (sql) =>
    db.$queryRaw<Record<string, unknown>[]>(sql);

export interface SortPart {
  /** SQL expression the rows are ordered by, e.g. a.published_at or lower(p.name). */
  expr: Prisma.Sql;
  /** Postgres type the cursor's text value is cast back to: date, int, text, float8, "Stance"… */
  type: 'date' | 'int' | 'bigint' | 'text' | 'float8' | 'timestamptz' | 'bool' | '"Stance"';
  desc?: boolean;
  /** The expression can be NULL (ordered NULLS LAST in both directions, like the pages). */
  nullable?: boolean;
}

const KEY_PREFIX = '__k';

export function orderBy(parts: readonly SortPart[]): Prisma.Sql {
  // NULLS LAST only where NULLs can occur: on a column without NULLs it changes nothing in the
  // result, and leaving it out lets Postgres walk a plain b-tree index backwards for DESC.
  return Prisma.join(
    parts.map((p) => Prisma.sql`${p.expr} ${p.desc ? Prisma.sql`DESC` : Prisma.sql`ASC`}${p.nullable ? Prisma.sql` NULLS LAST` : Prisma.empty}`),
    ', ',
  );
}

/** The sort values of each row as text, so the last one can be sent back as a cursor. */
export function keyColumns(parts: readonly SortPart[]): Prisma.Sql {
  return Prisma.join(
    parts.map((p, i) => Prisma.sql`(${p.expr})::text AS ${Prisma.raw(`"${KEY_PREFIX}${i}"`)}`),
    ', ',
  );
}

/**
 * The rows strictly after `key` in the order of `parts`: lexicographic over the parts, each in
 * its own direction, NULLs after every value. Built as
 *   after(i) = past(i) OR (same(i) AND after(i + 1)).
 */
export function afterCondition(parts: readonly SortPart[], key: Key): Prisma.Sql {
  if (key.length !== parts.length) throw new DatasetParamError('The cursor does not fit this dataset.', 'cursor');
  const build = (i: number): Prisma.Sql => {
    const p = parts[i]!;
    const v = key[i];
    const value = Prisma.sql`CAST(${v === null || v === undefined ? null : String(v)} AS ${Prisma.raw(p.type)})`;
    const op = Prisma.raw(p.desc ? '<' : '>');
    // Nothing sorts after NULL except more NULLs, which are "the same" on this part.
    const past: Prisma.Sql | null =
      v === null || v === undefined
        ? null
        : p.nullable
          ? Prisma.sql`(${p.expr} IS NULL OR ${p.expr} ${op} ${value})`
          : Prisma.sql`${p.expr} ${op} ${value}`;
    const same = v === null || v === undefined ? Prisma.sql`${p.expr} IS NULL` : Prisma.sql`${p.expr} = ${value}`;
    if (i === parts.length - 1) return past ?? Prisma.sql`FALSE`;
    const rest = build(i + 1);
    return past ? Prisma.sql`(${past} OR (${same} AND ${rest}))` : Prisma.sql`(${same} AND ${rest})`;
  };
  return build(0);
}

/** One view's rows as SQL: what pages, the API, keyset batches and COPY exports all read. */
export interface RowQuery {
  /** The row's columns, each aliased to its field in the view's row type. */
  select: Prisma.Sql;
  from: Prisma.Sql;
  where: Prisma.Sql;
  sort: readonly SortPart[];
}

/**
 * The rows after `key` as simply as the sort allows: a row-value comparison
 * `(a.published_at, a.id) < ($1, $2)` when every part is NOT NULL and runs the same way (an
 * index can serve it), the general expansion otherwise.
 */
export function seek(parts: readonly SortPart[], key: Key): Prisma.Sql {
  const uniform = parts.length > 1 && parts.every((p) => !p.nullable && !!p.desc === !!parts[0]!.desc) && key.every((v) => v !== null && v !== undefined);
  if (!uniform) return afterCondition(parts, key);
  const values = parts.map((p, i) => Prisma.sql`CAST(${String(key[i])} AS ${Prisma.raw(p.type)})`);
  return Prisma.sql`(${Prisma.join(parts.map((p) => p.expr), ', ')}) ${Prisma.raw(parts[0]!.desc ? '<' : '>')} (${Prisma.join(values, ', ')})`;
}

/** The rows without their sort-key columns. */
function toRows<T>(raw: Record<string, unknown>[]): T[] {
  return raw.map((r) => {
    const row: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) if (!k.startsWith(KEY_PREFIX)) row[k] = v;
    return row as T;
  });
}

const keyOf = (r: Record<string, unknown>, n: number): Key => Array.from({ length: n }, (_, i) => (r[`${KEY_PREFIX}${i}`] as string | null) ?? null);

/**
 * One batch: at most `limit` rows after `req.after` (or after `req.offset` rows).
 *
 * When the leading sort column can be NULL (a date, a figure), the batch is read in two phases
 * that together give exactly `ORDER BY col DIR NULLS LAST, …`: first the rows with a value
 * (`col IS NOT NULL`, seekable through a plain index on col), then the NULL rows ordered by the
 * remaining parts. A single `col IS NULL OR col < $1 OR …` condition would make Postgres scan
 * and sort the whole table for every batch.
 */
export async function readRows<T>(select: Select, q: RowQuery, req: PageRequest): Promise<RowPage<T>> {
  const limit = Math.max(1, Math.floor(req.limit));
  const n = q.sort.length;
  const run = (where: Prisma.Sql, sort: readonly SortPart[], take: number, offset = 0) =>
    select(Prisma.sql`
      SELECT ${q.select}, ${keyColumns(q.sort)}
      FROM ${q.from}
      WHERE (${q.where}) AND ${where}
      ORDER BY ${orderBy(sort)}
      LIMIT ${take} OFFSET ${offset}`);
  const [first, ...rest] = q.sort;
  const offset = !req.after && req.offset ? Math.max(0, Math.floor(req.offset)) : 0;

  if (!first?.nullable || rest.length === 0 || offset > 0) {
    const raw = await run(req.after ? seek(q.sort, req.after) : Prisma.sql`TRUE`, q.sort, limit + 1, offset);
    const page = raw.slice(0, limit);
    return { rows: toRows<T>(page), next: raw.length > limit ? keyOf(page[page.length - 1]!, n) : null };
  }

  const got: Record<string, unknown>[] = [];
  const inNulls = !!req.after && (req.after[0] === null || req.after[0] === undefined);
  if (!inNulls) {
    const valued: SortPart[] = [{ ...first, nullable: false }, ...rest];
    const where = req.after ? Prisma.sql`${first.expr} IS NOT NULL AND ${seek(valued, req.after)}` : Prisma.sql`${first.expr} IS NOT NULL`;
    const raw = await run(where, valued, limit + 1);
    if (raw.length > limit) {
      const page = raw.slice(0, limit);
      return { rows: toRows<T>(page), next: keyOf(page[page.length - 1]!, n) };
    }
    got.push(...raw);
  }
  const restAfter = inNulls ? seek(rest, req.after!.slice(1)) : Prisma.sql`TRUE`;
  const want = limit - got.length;
  const raw = await run(Prisma.sql`${first.expr} IS NULL AND ${restAfter}`, rest, want + 1);
  got.push(...raw.slice(0, want));
  return { rows: toRows<T>(got), next: raw.length > want ? keyOf(got[got.length - 1]!, n) : null };
}

export async function countRows(select: Select, from: Prisma.Sql, where: Prisma.Sql): Promise<number> {
  const r = await select(Prisma.sql`SELECT count(*) AS n FROM ${from} WHERE ${where}`);
  return Number((r[0]?.n as bigint | number | undefined) ?? 0);
}
