// The pure parts of the COPY path: LF → CRLF between records only, whatever the chunk borders,
// and bind values written into the statement as inert literals.
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { CrlfRecords, inlineParameters } from '@/lib/export/copy-csv';

const ROWS = [
  ['plain', 1, ''],
  ['with "quotes" and, commas', 2, 'x'],
  ['a line\nbreak and a\r\nCRLF inside', 3, '""'],
  ['', null, 'last "" field\n'],
];

async function crlf(input: Buffer, cuts: number[]): Promise<string> {
  const chunks: Buffer[] = [];
  let at = 0;
  for (const c of [...cuts, input.length]) {
    chunks.push(input.subarray(at, c));
    at = c;
  }
  return (await buffer(Readable.from(chunks).pipe(new CrlfRecords()))).toString('utf8');
}

describe('CrlfRecords', () => {
  // What Postgres' COPY writes (LF records, every text field quoted) and what the writer wants.
  const lf = Buffer.from(stringify(ROWS, { quoted_string: true, record_delimiter: 'unix' }));
  const want = stringify(ROWS, { quoted_string: true, record_delimiter: 'windows' });

  it('rewrites record ends and keeps line breaks inside quoted fields', async () => {
    expect(want).not.toBe(lf.toString('utf8'));
    expect(await crlf(lf, [])).toBe(want);
  });

  it('gives the same bytes whatever the chunk borders', async () => {
    for (let i = 0; i <= lf.length; i++) expect(await crlf(lf, [i]), `cut at ${i}`).toBe(want);
    expect(await crlf(lf, Array.from({ length: lf.length - 1 }, (_, i) => i + 1))).toBe(want);
  });
});

describe('inlineParameters', () => {
  it('writes values as quoted literals, escaping quotes and backslashes', () => {
    const q = `O'Brien \\ '); DROP TABLE articles; --`;
    const text = inlineParameters(Prisma.sql`SELECT 1 WHERE a = ${q} AND b IN (${Prisma.join(['x', 'y'])}) AND c > ${5} AND d = ${null}`);
    expect(text).toBe(`SELECT 1 WHERE a =  E'O''Brien \\\\ ''); DROP TABLE articles; --' AND b IN ('x','y') AND c > '5' AND d = NULL`);
  });

  it('refuses values it cannot write as text', () => {
    expect(() => inlineParameters(Prisma.sql`SELECT ${Number.NaN}`)).toThrow(/NaN/);
    expect(() => inlineParameters(Prisma.sql`SELECT ${{ a: 1 }}`)).toThrow(/object/);
  });
});
