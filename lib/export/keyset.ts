// Keyset pagination ("seek method") for exports and the API: each batch is
//   SELECT … WHERE <filters> AND <after the last row's sort values> ORDER BY … LIMIT n
// so a batch costs the same at row 1,000,000 as at row 1 (no OFFSET scan), no connection or
// transaction is held while a slow client downloads, and a batch never holds more than n rows.
// The order is exactly the page's ORDER BY (same expressions, directions and NULLS LAST), with
// the row id as the last part so every position is unique.
import { Prisma } from '@/lib/generated/prisma/client';
import type { Db } from '@/lib/db/prisma';
import { DatasetParamError, type CellValue, type FetchRequest, type FetchResult, type Key, type Row } from './types';

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

/** Values straight from the driver, made plain for every writer. */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map((x) => String(x)).join('; ');
  if (typeof v === 'object' && 'toNumber' in v && typeof (v as { toNumber: unknown }).toNumber === 'function') {
    return (v as { toNumber(): number }).toNumber(); // Prisma.Decimal
  }
  return String(v);
}

export interface KeysetQuery {
  /** The row's columns (each aliased to its dataset column key). */
  select: Prisma.Sql;
  from: Prisma.Sql;
  where: Prisma.Sql;
  sort: readonly SortPart[];
  /** Column keys to keep, in order (drops helper columns). */
  keys: readonly string[];
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

function toRows(raw: Record<string, unknown>[], keys: readonly string[]): Row[] {
  return raw.map((r) => {
    const row: Row = {};
    for (const k of keys) row[k] = plainValue(r[k]);
    return row;
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
export async function keysetFetch(db: Db, q: KeysetQuery, req: FetchRequest): Promise<FetchResult> {
  const limit = Math.max(1, Math.floor(req.limit));
  const n = q.sort.length;
  const run = (where: Prisma.Sql, sort: readonly SortPart[], take: number, offset = 0) =>
    db.$queryRaw<Record<string, unknown>[]>`
      SELECT ${q.select}, ${keyColumns(q.sort)}
      FROM ${q.from}
      WHERE (${q.where}) AND ${where}
      ORDER BY ${orderBy(sort)}
      LIMIT ${take} OFFSET ${offset}`;
  const [first, ...rest] = q.sort;
  const offset = !req.after && req.offset ? Math.max(0, Math.floor(req.offset)) : 0;

  if (!first?.nullable || rest.length === 0 || offset > 0) {
    const raw = await run(req.after ? seek(q.sort, req.after) : Prisma.sql`TRUE`, q.sort, limit + 1, offset);
    const page = raw.slice(0, limit);
    return { rows: toRows(page, q.keys), next: raw.length > limit ? keyOf(page[page.length - 1]!, n) : null };
  }

  const got: Record<string, unknown>[] = [];
  const inNulls = !!req.after && (req.after[0] === null || req.after[0] === undefined);
  if (!inNulls) {
    const valued: SortPart[] = [{ ...first, nullable: false }, ...rest];
    const where = req.after ? Prisma.sql`${first.expr} IS NOT NULL AND ${seek(valued, req.after)}` : Prisma.sql`${first.expr} IS NOT NULL`;
    const raw = await run(where, valued, limit + 1);
    if (raw.length > limit) {
      const page = raw.slice(0, limit);
      return { rows: toRows(page, q.keys), next: keyOf(page[page.length - 1]!, n) };
    }
    got.push(...raw);
  }
  const restAfter = inNulls ? seek(rest, req.after!.slice(1)) : Prisma.sql`TRUE`;
  const want = limit - got.length;
  const raw = await run(Prisma.sql`${first.expr} IS NULL AND ${restAfter}`, rest, want + 1);
  got.push(...raw.slice(0, want));
  return { rows: toRows(got, q.keys), next: raw.length > want ? keyOf(got[got.length - 1]!, n) : null };
}

export async function countRows(db: Db, from: Prisma.Sql, where: Prisma.Sql): Promise<number> {
  const r = await db.$queryRaw<{ n: bigint | number }[]>`SELECT count(*) AS n FROM ${from} WHERE ${where}`;
  return Number(r[0]?.n ?? 0);
}

// ---------------------------------------------------------------------------------------------
// Opaque cursors for the API: the keyset position, bound to its dataset and row order.

interface CursorBody {
  v: 1;
  d: string;
  s: string;
  k: Key;
}

export function encodeCursor(dataset: string, sortId: string, key: Key): string {
  const body: CursorBody = { v: 1, d: dataset, s: sortId, k: key };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

export function decodeCursor(token: string, dataset: string, sortId: string): Key {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw new DatasetParamError('The cursor is not one this API issued.', 'cursor');
  }
  const b = body as Partial<CursorBody> | null;
  if (
    !b ||
    b.v !== 1 ||
    !Array.isArray(b.k) ||
    !b.k.every((x) => x === null || ['string', 'number', 'boolean'].includes(typeof x)) ||
    typeof b.d !== 'string' ||
    typeof b.s !== 'string'
  ) {
    throw new DatasetParamError('The cursor is not one this API issued.', 'cursor');
  }
  if (b.d !== dataset) throw new DatasetParamError(`The cursor belongs to the ${b.d} dataset.`, 'cursor');
  if (b.s !== sortId) throw new DatasetParamError('The cursor belongs to another sort order; start again without it.', 'cursor');
  return b.k;
}
