// CSV straight from Postgres: `COPY (SELECT …) TO STDOUT WITH (FORMAT csv)` streamed into the
// download. Postgres formats the rows, so a large export is not limited by building a JavaScript
// object per row and stringifying it, and the server holds only the chunks in flight (the COPY
// stream pauses the socket while the download is slow).
//
// The bytes are the batch writer's (writers.ts writeCsv) exactly, so either path can serve any
// request: the same header row and BOM, text cells quoted and neutralised against formula
// injection in the SELECT, numbers and booleans bare, NULL as an empty field, CRLF between
// records. tests/integration/export-copy.test.ts compares the two byte for byte.
import { Readable, Transform, type TransformCallback, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { Prisma } from '@/lib/generated/prisma/client';
import { orderBy, type RowQuery } from '@/lib/queries/keyset';
import { FORMULA_TRIGGERS } from './neutralize';
import type { Column } from './types';
import { csvHeader, type WriteOptions } from './writers';

// pg's own conversion of a bind value to its text form (arrays → '{…}'); public on the module
// object but missing from its type definitions.
const { prepareValue } = (pg as unknown as { utils: { prepareValue(v: unknown): string | null } }).utils;

/**
 * The statement with its `$n` parameters written in as quoted literals. COPY takes no bind
 * parameters, so the values (filter text from the address bar among them) go in through
 * node-postgres' escapeLiteral. An untyped literal is resolved from its context exactly as an
 * untyped parameter is, so the statement means the same as the parameterised one.
 */
export function inlineParameters(sql: Prisma.Sql): string {
  const values = sql.values;
  return sql.text.replace(/\$(\d+)/g, (_m, n: string) => {
    const v = values[Number(n) - 1];
    if (v === null || v === undefined) return 'NULL';
    if (typeof v === 'number' || typeof v === 'bigint') {
      if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`Cannot write ${v} into a COPY statement.`);
      return `'${String(v)}'`;
    }
    if (typeof v === 'string' || typeof v === 'boolean' || Array.isArray(v)) return pg.escapeLiteral(prepareValue(v) ?? '');
    throw new Error(`Cannot write a ${typeof v} parameter into a COPY statement.`);
  });
}

const TRIGGERS_SQL = FORMULA_TRIGGERS.map((c) => pg.escapeLiteral(c)).join(', ');

/** neutralizeText (neutralize.ts) in SQL: a leading apostrophe on text a spreadsheet would run. */
function neutralizeSql(expr: string): string {
  return `CASE WHEN left(${expr}, 1) IN (${TRIGGERS_SQL}) THEN '''' || ${expr} ELSE ${expr} END`;
}

/** How one column's value is written: as writeCsv writes plainValue(v) for the column's type. */
function cellSql(c: Column, ref: string): { expr: string; quoted: boolean } {
  switch (c.type) {
    case 'integer':
    case 'number':
      return { expr: ref, quoted: false };
    case 'boolean':
      // COPY writes booleans as t/f; the batch writer as true/false.
      return { expr: `CASE WHEN ${ref} THEN 'true' WHEN NOT ${ref} THEN 'false' END`, quoted: false };
    default:
      return { expr: neutralizeSql(`${ref}::text`), quoted: true };
  }
}

/**
 * The COPY statement for a dataset's rows in its export order. The view's SELECT (lib/queries,
 * each column aliased to its row field) runs in a subquery with its sort keys; the outer query
 * formats each column's field as a cell and orders by those keys (a plain subquery is pulled up,
 * so the sort can still use an index).
 */
export function copyCsvStatement(columns: readonly Column[], q: RowQuery): string {
  const keys = q.sort.map((p, i) => Prisma.sql`${p.expr} AS ${Prisma.raw(`"__k${i}"`)}`);
  const inner = Prisma.sql`SELECT ${q.select}, ${Prisma.join(keys, ', ')} FROM ${q.from} WHERE ${q.where}`;
  const outerOrder = orderBy(q.sort.map((p, i) => ({ ...p, expr: Prisma.raw(`t."__k${i}"`) })));
  const cells = columns.map((c, i) => ({ ...cellSql(c, `t."${(c.field ?? c.key).replace(/"/g, '""')}"`), as: `c${i}` }));
  const forced = cells.filter((c) => c.quoted).map((c) => c.as);
  const select = `SELECT ${cells.map((c) => `${c.expr} AS ${c.as}`).join(', ')} FROM (${inlineParameters(inner)}) t ORDER BY ${inlineParameters(outerOrder)}`;
  return `COPY (${select}) TO STDOUT WITH (FORMAT csv${forced.length ? `, FORCE_QUOTE (${forced.join(', ')})` : ''})`;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CRLF = Buffer.from('\r\n');

/**
 * Postgres ends CSV records with LF; RFC 4180 (and the batch writer) with CRLF. Rewrites the LFs
 * that end records and keeps those inside quoted fields, tracking the quote state across chunks
 * (a doubled quote inside a field toggles twice, so it needs no special case).
 */
export class CrlfRecords extends Transform {
  private quoted = false;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const parts: Buffer[] = [];
    let start = 0;
    let pos = 0;
    let nextQuote = chunk.indexOf(QUOTE, 0);
    let nextLf = chunk.indexOf(LF, 0);
    for (;;) {
      if (this.quoted) {
        if (nextQuote < 0) break;
        this.quoted = false;
        pos = nextQuote + 1;
        nextQuote = chunk.indexOf(QUOTE, pos);
        continue;
      }
      if (nextLf >= 0 && nextLf < pos) nextLf = chunk.indexOf(LF, pos); // that one was inside quotes
      if (nextQuote >= 0 && (nextLf < 0 || nextQuote < nextLf)) {
        this.quoted = true;
        pos = nextQuote + 1;
        nextQuote = chunk.indexOf(QUOTE, pos);
        continue;
      }
      if (nextLf < 0) break;
      parts.push(chunk.subarray(start, nextLf), CRLF);
      start = pos = nextLf + 1;
      nextLf = chunk.indexOf(LF, pos);
    }
    if (parts.length === 0) return done(null, chunk);
    parts.push(chunk.subarray(start));
    done(null, Buffer.concat(parts));
  }
}

/**
 * Writes the CSV of `q` to `out` through COPY on a connection of `pool`, ends `out`, and resolves
 * with the number of rows (Postgres' own count). A download closed early discards the
 * connection, so the server stops sending when its socket closes.
 */
export async function writeCsvByCopy(
  pool: pg.Pool,
  out: Writable,
  columns: readonly Column[],
  q: RowQuery,
  opts: WriteOptions,
): Promise<number> {
  const statement = copyCsvStatement(columns, q);
  const client = await pool.connect();
  let failed: Error | undefined;
  try {
    const rows = client.query(copyTo(statement));
    // Header first, then the COPY rows, into one destination that is ended once.
    await pipeline(Readable.from([csvHeader(columns, opts)]), out, { end: false });
    await pipeline(rows, new CrlfRecords(), out);
    return rows.rowCount;
  } catch (err) {
    failed = err as Error;
    out.destroy(failed);
    throw err;
  } finally {
    client.release(failed);
  }
}
