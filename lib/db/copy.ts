// COPY FROM STDIN / TO STDOUT (the importer, the benchmark's loaders), on pg-copy-streams (as the CSV
// exports use it: lib/export/copy-csv.ts), plus the text-format encoding COPY reads.
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFromStdin, to as copyToStdout } from 'pg-copy-streams';

/** Runs `COPY table (cols) FROM STDIN` with the chunks (COPY text format); resolves to the rows copied. */
export async function copyFrom(client: pg.Client | pg.PoolClient, sql: string, source: Iterable<string | Buffer> | AsyncIterable<string | Buffer>): Promise<number> {
  const sink = client.query(copyFromStdin(sql));
  // A failing source destroys the COPY stream, which sends CopyFail: the server keeps no row of it.
  await pipeline(source instanceof Readable ? source : Readable.from(source), sink);
  return sink.rowCount;
}

/** Runs `COPY (…) TO STDOUT`, writing every chunk to `out` (left open); resolves to the rows copied. */
export async function copyTo(client: pg.Client | pg.PoolClient, sql: string, out: Writable): Promise<number> {
  const source = client.query(copyToStdout(sql));
  await pipeline(source, out, { end: false });
  return source.rowCount;
}

// ---- COPY text format ---------------------------------------------------------------------

export type CopyValue = string | number | boolean | null | undefined | Date | readonly number[] | readonly string[];

/** A text value as COPY's text format reads it. */
export function escapeText(s: string): string {
  // Backslash first; then the characters that would end a field or a row.
  // eslint-disable-next-line no-control-regex
  return /[\\\n\r\t]/.test(s) ? s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t') : s;
}

function arrayLiteral(items: readonly (string | number)[]): string {
  return `{${items.map((v) => (typeof v === 'number' ? String(v) : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}

/** One value in COPY text format: \N for NULL, arrays of numbers or strings as Postgres array literals. JSON columns take JSON.stringify'd strings. */
export function copyField(v: CopyValue): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'string') return escapeText(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`COPY: ${v} is not a finite number`);
    return String(v);
  }
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (v instanceof Date) return v.toISOString();
  return escapeText(arrayLiteral(v));
}

/** One row (tab-separated fields, newline-terminated). */
export function copyRow(values: readonly CopyValue[]): string {
  let out = '';
  for (let i = 0; i < values.length; i++) out += (i ? '\t' : '') + copyField(values[i]);
  return out + '\n';
}
