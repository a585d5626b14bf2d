// CSV through COPY (lib/export/copy-csv.ts) against the batch writer, on the sample corpus with
// the awkward cells a real corpus has or an attacker would send: formula-like titles, quotes, line
// breaks and tabs inside fields, curated groups, NULL dates and figures. The two paths must give
// the same bytes under every filter and sort, and a closed download must give its connection back.
import { Writable } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePgPool } from '@/lib/db/pg-pool';
import { prisma } from '@/lib/db/prisma';
import { copyCsvStatement } from '@/lib/export/copy-csv';
import { DATASETS, type DatasetName } from '@/lib/export/datasets';
import { handleExport } from '@/lib/export/http';
import { runExport } from '@/lib/export/run';
import type { DatasetContext } from '@/lib/export/types';
import { ARTICLE_SORTS } from '@/lib/filters/articles';
import { CLAIM_SORTS } from '@/lib/filters/slice';
import { importFiles } from '@/lib/ingest/import-files';
import { sampleFiles } from '@/lib/server/sample-corpus';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { collect } from '../helpers/sink';

let db: TestDatabase;
let pool: pg.Pool;
let batchCtx: DatasetContext;
let copyCtx: DatasetContext;

const AWKWARD_TITLE = '\tTab-led title with "quotes",\na line break\r\nand a CRLF';

beforeAll(async () => {
  db = await freshDatabase();
  process.env.DATABASE_URL = db.url;
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  batchCtx = { db: db.prisma };
  copyCtx = { db: db.prisma, pool };
  const report = await importFiles(db.prisma, sampleFiles(), { source: 'test' });
  expect(report.totals.failed).toBe(0);
  const csv = [
    'title,publisher,date,url,body',
    '"=HYPERLINK(""http://x"",""y"")",BBC,2022-07-01,https://www.bbc.com/news/formula,"The trial of Hamid Nouri continued in Stockholm, Amnesty International said, with testimony about the 1988 executions of at least 5,000 political prisoners."',
    '"@SUM(1+1) and -2+3",Reuters,,https://www.reuters.com/formula,"Witnesses in Stockholm described the death commissions of 1988 to the court, Amnesty International said."',
  ].join('\n');
  expect((await importFiles(db.prisma, [{ name: 'formula.csv', bytes: new TextEncoder().encode(csv) }], { source: 'test' })).totals.new).toBe(2);
  // Two copies of the first sample article on other sites (a digest header, a credit line): the
  // republished texts have rows, one of them under the awkward title set below.
  const [first] = await db.prisma.$queryRaw<{ title: string; body: string; day: string | null }[]>`
    SELECT title, body, to_char(published_at, 'YYYY-MM-DD') AS day FROM articles ORDER BY id LIMIT 1`;
  const copies = [
    { title: first!.title, publisher: '=cmd|" /C calc"!A0', date: first!.day, body: `${first!.body}\n\nThis article was originally published elsewhere.` },
    { title: first!.title, publisher: 'Test Digest', date: first!.day, body: `Test Digest | Staff | ${first!.day ?? ''}\n\n${first!.body}` },
  ];
  const jsonl = copies.map((c) => JSON.stringify(c)).join('\n');
  expect((await importFiles(db.prisma, [{ name: 'copies.jsonl', bytes: new TextEncoder().encode(jsonl) }], { source: 'test' })).totals.new).toBe(2);
  expect(await db.prisma.article.count({ where: { reprintOfId: { not: null } } })).toBeGreaterThanOrEqual(2);
  // Cells no importer writes but the database allows: the COPY path must quote them like the writer.
  await db.prisma.$executeRawUnsafe(`UPDATE articles SET title = $1, author = '+44 author' WHERE id = (SELECT min(id) FROM articles)`, AWKWARD_TITLE);
  await db.prisma.$executeRawUnsafe(`UPDATE articles SET stance_override = 'critical', stance_override_reason = 'test' WHERE id = (SELECT max(id) FROM articles)`);
});

afterAll(async () => {
  await pool?.end();
  await closePgPool();
  await prisma().$disconnect();
  await db?.drop();
});

async function csvBy(ctx: DatasetContext, name: DatasetName, raw: Record<string, string>, opts: { headers?: 'keys'; bom?: boolean } = {}) {
  const ds = DATASETS[name];
  const s = collect();
  const { rowCount } = await runExport({ dataset: ds, ctx, filter: ds.parse(raw), format: 'csv', out: s.out, ...opts });
  return { rowCount, bytes: s.bytes() };
}

const cases: [DatasetName, Record<string, string>][] = [
  ['articles', {}],
  ...ARTICLE_SORTS.flatMap((s): [DatasetName, Record<string, string>][] => [
    ['articles', { sort: `${s}.asc` }],
    ['articles', { sort: `${s}.desc` }],
  ]),
  ['articles', { stance: 'critical,unrated' }],
  ['articles', { publisher: 'bbc,reuters', from: '2022-01-01' }],
  ['articles', { q: '"death commissions"' }],
  ['articles', { event: '1988-massacre' }],
  ['articles', { q: `O'Brien \\ "x" '); DROP TABLE articles; --` }],
  ['claims', {}],
  ['claims', { event: '1988-massacre' }],
  ...CLAIM_SORTS.flatMap((s): [DatasetName, Record<string, string>][] => [
    ['claims', { sort: `${s}.asc` }],
    ['claims', { sort: `${s}.desc` }],
  ]),
  ['attributions', {}],
  ['attributions', { entity: 'Amnesty International' }],
  ['attributions', { stance: 'mainstream', from: '2015-01-01' }],
  ['republished-texts', {}],
  ['republished-texts', { stance: 'advocacy' }],
  ['republished-texts', { from: '2000-01-01', to: '2030-12-31' }],
];

describe('CSV through COPY', () => {
  it('streams the datasets read from tables', () => {
    expect(Object.values(DATASETS).filter((d) => d.query).map((d) => d.name).sort()).toEqual(['articles', 'attributions', 'claims', 'republished-texts']);
  });

  it.each(cases)('%s %j: the same bytes as the batch writer', async (name, raw) => {
    const [batch, copy] = await Promise.all([csvBy(batchCtx, name, raw), csvBy(copyCtx, name, raw)]);
    expect(copy.rowCount).toBe(batch.rowCount);
    expect(copy.bytes.equals(batch.bytes)).toBe(true);
  });

  it('republished texts stream their rows, the awkward title and a formula-like outlet quoted and neutralised', async () => {
    const { bytes, rowCount } = await csvBy(copyCtx, 'republished-texts', {});
    expect(rowCount).toBeGreaterThanOrEqual(1);
    const text = bytes.toString('utf8');
    expect(text).toContain(`"'${AWKWARD_TITLE.replace(/"/g, '""')}"`);
    // "Republished by" starts with the formula-like outlet (the first copy): neutralised.
    expect(text).toContain(`"'=cmd|`);
  });

  it('the awkward cells are there, quoted and neutralised', async () => {
    const { bytes, rowCount } = await csvBy(copyCtx, 'articles', {});
    expect(rowCount).toBeGreaterThan(20);
    const text = bytes.toString('utf8');
    expect(text).toContain(`"'${AWKWARD_TITLE.replace(/"/g, '""')}"`);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(text).toContain(`"'+44 author"`);
    // Every record ends in CRLF; the bare LF is only inside the quoted title.
    expect(text.split('\r\n').length - 1).toBe(rowCount + 1 + 1); // rows, header, and the CRLF inside the title
  });

  it('keys as headers and no BOM, like the batch writer', async () => {
    const opts = { headers: 'keys' as const, bom: false };
    const [batch, copy] = await Promise.all([csvBy(batchCtx, 'claims', {}, opts), csvBy(copyCtx, 'claims', {}, opts)]);
    expect(copy.bytes.toString('utf8').startsWith('"id","group"')).toBe(true);
    expect(copy.bytes.equals(batch.bytes)).toBe(true);
  });

  it('filter values are literals in the COPY statement, never SQL', () => {
    const ds = DATASETS.articles;
    const statement = copyCsvStatement(ds.columns, ds.query!(ds.parse({ q: `x'); DROP TABLE articles; --` })));
    expect(statement).toContain(`'x''); DROP TABLE articles; --'`);
    expect(statement).not.toMatch(/\$\d/);
  });

  it('the route handler serves CSV through COPY, and a closed download frees its connection', async () => {
    const res = await handleExport(new Request('http://localhost/api/export/articles?format=csv'), 'articles');
    const whole = Buffer.from(await res.arrayBuffer());
    expect(whole.equals((await csvBy(batchCtx, 'articles', {})).bytes)).toBe(true);

    const ds = DATASETS.attributions;
    let written = 0;
    const closing = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _e, cb) {
        written += chunk.length;
        if (written > 4096) this.destroy();
        cb();
      },
    });
    await expect(runExport({ dataset: ds, ctx: copyCtx, filter: ds.parse({}), format: 'csv', out: closing })).rejects.toThrow();
    // The connection came back (discarded), and the pool serves the next export.
    await expect.poll(() => pool.totalCount - pool.idleCount).toBe(0);
    const again = await csvBy(copyCtx, 'claims', {});
    expect(again.rowCount).toBeGreaterThan(0);
  });
});
