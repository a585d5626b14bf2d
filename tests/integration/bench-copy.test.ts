// The benchmark's COPY helpers (lib/bench/copy.ts, on pg-copy-streams): rows written in COPY text
// format come back unchanged, with the row counts; a source that fails half-way sends CopyFail,
// so the table keeps none of its rows and the connection stays usable; a bad row is the server's
// error, not a hang.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFrom, copyRow, copyTo } from '@/lib/bench/copy';
import { createDatabase, dropDatabase } from '../helpers/db';

let url: string;
let client: pg.Client;
beforeAll(async () => {
  url = await createDatabase();
  client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('CREATE TABLE t (id int PRIMARY KEY, label text, tags text[], n real, ok boolean, at timestamptz, doc jsonb)');
});
afterAll(async () => {
  await client?.end();
  if (url) await dropDatabase(url);
});

const at = new Date('2024-02-29T12:34:56.789Z');
const rows = Array.from({ length: 5000 }, (_, i) =>
  copyRow([i, i % 7 === 0 ? null : `row ${i}\ttab\nnewline \\ backslash «ü»`, ['a', `q"${i}`], i / 4, i % 2 === 0, at, JSON.stringify({ i, s: 'x\ty' })]),
);
const SQL = 'COPY t (id, label, tags, n, ok, at, doc) FROM STDIN';

describe('COPY through pg-copy-streams', () => {
  it('writes rows from strings in chunks, dumps them to a file and loads the file back unchanged', async () => {
    const chunks = Array.from({ length: 10 }, (_, c) => rows.slice(c * 500, (c + 1) * 500).join(''));
    expect(await copyFrom(client, SQL, chunks)).toBe(5000);
    const back = await client.query<{ label: string | null; tags: string[]; doc: { s: string } }>('SELECT label, tags, doc FROM t WHERE id IN (1, 7) ORDER BY id');
    expect(back.rows).toEqual([
      { label: 'row 1\ttab\nnewline \\ backslash «ü»', tags: ['a', 'q"1'], doc: { i: 1, s: 'x\ty' } },
      { label: null, tags: ['a', 'q"7'], doc: { i: 7, s: 'x\ty' } },
    ]);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-copy-'));
    const file = path.join(dir, 't.copy');
    const out = fs.createWriteStream(file);
    expect(await copyTo(client, 'COPY (SELECT id, label, tags, n, ok, at, doc FROM t ORDER BY id) TO STDOUT', out)).toBe(5000);
    expect(out.writableEnded).toBe(false); // the caller owns the file
    await new Promise<void>((r) => out.end(r));
    const snapshot = async () => (await client.query('SELECT * FROM t ORDER BY id')).rows;
    const before = await snapshot();
    await client.query('TRUNCATE t');
    expect(await copyFrom(client, SQL, fs.createReadStream(file, { highWaterMark: 4096 }))).toBe(5000);
    expect(await snapshot()).toEqual(before);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps nothing of a source that fails half-way, and the connection goes on', async () => {
    await client.query('TRUNCATE t');
    async function* failing() {
      yield rows.slice(0, 100).join('');
      throw new Error('generator broke');
    }
    await expect(copyFrom(client, SQL, failing())).rejects.toThrow();
    expect((await client.query('SELECT count(*)::int AS n FROM t')).rows[0].n).toBe(0);
  });

  it('reports a row the server refuses', async () => {
    const slow = new PassThrough();
    const done = copyFrom(client, SQL, slow);
    slow.end('1\tx\t{}\tnot-a-number\tt\t\\N\t{}\n');
    await expect(done).rejects.toThrow(/invalid input syntax for type real/);
    expect((await client.query('SELECT 1 AS one')).rows[0].one).toBe(1);
  });
});
