// Exports and the API against a real Postgres with the sample corpus loaded through the real
// importer: row counts equal the database's under many filters, exports follow the page's order
// across batch boundaries, XLSX re-reads with its provenance sheet, formula injection comes out
// inert, and 100k rows stream with bounded memory.
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePgPool } from '@/lib/db/pg-pool';
import { prisma } from '@/lib/db/prisma';
import { DATASETS, rowBatches, searchParamsRecord, type AnyDataset } from '@/lib/export/datasets';
import { apiPage, handleExport } from '@/lib/export/http';
import type { ExportFormat } from '@/lib/export/provenance';
import { runExport } from '@/lib/export/run';
import type { DatasetContext, Row } from '@/lib/export/types';
import { DatasetNotFoundError, DatasetParamError } from '@/lib/filters/errors';
import { ARTICLE_SORTS } from '@/lib/filters/articles';
import { CLAIM_SORTS } from '@/lib/filters/slice';
import { importFiles } from '@/lib/ingest/import-files';
import { listArticles } from '@/lib/queries/articles';
import { listClaims } from '@/lib/queries/claims';
import { distinctiveWords } from '@/lib/queries/compare';
import { eventGroupSummary, getEvent, listEventCoverage, termRates } from '@/lib/queries/events';
import { parseSliceFilter } from '@/lib/filters/slice';
import { listAttributions } from '@/lib/queries/attributions';
import { sampleFiles } from '@/lib/server/sample-corpus';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { collect } from '../helpers/sink';

let db: TestDatabase;
let ctx: DatasetContext;
let overriddenId: number;

// The group every view reports an article under, and "a reprint counts once" (lib/queries/counting-rules.ts).
const GROUP = `coalesce(a.stance_override, p.stance)`;
const ONCE = `a.reprint_of_id IS NULL`;

const INJECTED_TITLE = '=HYPERLINK("http://x","y")';

beforeAll(async () => {
  db = await freshDatabase();
  // The page query functions (used by some datasets and to compare orders) read through the
  // app's client: point it at this database before its first use.
  process.env.DATABASE_URL = db.url;
  ctx = { db: db.prisma };
  const report = await importFiles(db.prisma, sampleFiles(), { source: 'test' });
  expect(report.totals.failed).toBe(0);
  const csv = [
    'title,publisher,date,url,body',
    `"${INJECTED_TITLE.replace(/"/g, '""')}",BBC,2022-07-01,https://www.bbc.com/news/formula,"The trial of Hamid Nouri continued in Stockholm with testimony about the 1988 executions of political prisoners."`,
    '"@SUM(1+1) and -2+3",Reuters,2022-07-02,https://www.reuters.com/formula,"Witnesses in Stockholm described the death commissions of 1988 to the court, Amnesty International said."',
  ].join('\n');
  const injected = await importFiles(db.prisma, [{ name: 'formula.csv', bytes: new TextEncoder().encode(csv) }], { source: 'test' });
  expect(injected.totals.new).toBe(2);

  // Curation, as the pages apply it: one article's group overridden (the undated unrated op-ed
  // becomes critical), and one article with quotes marked as a reprint of another, so it counts
  // once wherever groups are compared.
  await db.prisma.$executeRawUnsafe(`UPDATE articles SET stance_override = 'critical', stance_override_reason = 'test' WHERE source_file LIKE '%001_%'`);
  const [reprint] = await db.prisma.$queryRawUnsafe<{ id: number }[]>(`
    SELECT a.id FROM articles a WHERE EXISTS (SELECT 1 FROM attributions q WHERE q.article_id = a.id)
      AND EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id) ORDER BY a.id DESC LIMIT 1`);
  await db.prisma.$executeRawUnsafe(`UPDATE articles SET reprint_of_id = (SELECT min(id) FROM articles) WHERE id = $1`, reprint!.id);
  overriddenId = (await db.prisma.$queryRawUnsafe<{ id: number }[]>(`SELECT id FROM articles WHERE stance_override IS NOT NULL`))[0]!.id;
});

afterAll(async () => {
  await closePgPool();
  await prisma().$disconnect();
  await db?.drop();
});

async function all(ds: AnyDataset, raw: Record<string, string>, batchSize = 1000): Promise<Row[]> {
  const out: Row[] = [];
  for await (const batch of rowBatches(ds, ctx, ds.parse(raw), batchSize)) {
    expect(batch.length).toBeLessThanOrEqual(batchSize);
    out.push(...batch);
  }
  return out;
}

async function sqlCount(where: string, params: unknown[] = []): Promise<number> {
  const r = await db.prisma.$queryRawUnsafe<{ n: bigint }[]>(
    `SELECT count(*) AS n FROM articles a JOIN publishers p ON p.id = a.publisher_id LEFT JOIN publishers v ON v.id = a.via_id WHERE ${where}`,
    ...params,
  );
  return Number(r[0]!.n);
}

async function exportTo(name: keyof typeof DATASETS, raw: Record<string, string>, format: ExportFormat) {
  const ds = DATASETS[name];
  const s = collect();
  const result = await runExport({ dataset: ds, ctx, filter: ds.parse(raw), format, out: s.out, origin: 'http://localhost' });
  return { ...result, text: s.text(), buffer: s.bytes() };
}

const parseCsv = (text: string) => {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

describe('article exports match the database', () => {
  const cases: [string, Record<string, string>, string, unknown[]][] = [
    ['everything', {}, 'TRUE', []],
    ['one group', { stance: 'critical' }, `${GROUP} = 'critical'`, []],
    ['two groups', { stance: 'advocacy,mainstream' }, `${GROUP} IN ('advocacy', 'mainstream')`, []],
    ['a date range', { from: '2019-01-01', to: '2020-12-31' }, `a.published_at BETWEEN '2019-01-01' AND '2020-12-31'`, []],
    ['a publisher', { publisher: 'amnesty-international' }, `p.slug = 'amnesty-international'`, []],
    ['a via host', { via: 'iran-interlink' }, `v.slug = 'iran-interlink'`, []],
    [
      'an event (the event page\'s "all of them")',
      { event: '1988-massacre', stance: 'advocacy' },
      `${GROUP} = 'advocacy' AND a.id IN (SELECT ae.article_id FROM article_events ae JOIN events e ON e.id = ae.event_id WHERE e.slug = '1988-massacre')`,
      [],
    ],
    [
      'full text',
      { q: '"death commissions"' },
      `a.search @@ (websearch_to_tsquery('english', $1) || websearch_to_tsquery('simple', $1))`,
      ['"death commissions"'],
    ],
    [
      'groups + dates + text',
      { stance: 'advocacy,critical,unrated', from: '2010-01-01', q: 'MEK' },
      `${GROUP} IN ('advocacy', 'critical', 'unrated') AND a.published_at >= '2010-01-01' AND a.search @@ (websearch_to_tsquery('english', 'MEK') || websearch_to_tsquery('simple', 'MEK'))`,
      [],
    ],
  ];

  it('the event filter lists what the event page links to, reprints included', async () => {
    const event = (await getEvent('1988-massacre'))!;
    const summary = await eventGroupSummary(event.id);
    const advocacy = summary.find((s) => s.stance === 'advocacy')!.articles;
    expect(advocacy).toBeGreaterThan(0);
    const listed = await DATASETS.articles.count(ctx, DATASETS.articles.parse({ event: '1988-massacre', stance: 'advocacy' }));
    // The event page counts a reprint once, as its original; the list shows every article.
    expect(listed).toBeGreaterThanOrEqual(advocacy);
    expect(listed).toBe(
      await sqlCount(`${GROUP} = 'advocacy' AND EXISTS (SELECT 1 FROM article_events ae JOIN events e ON e.id = ae.event_id WHERE ae.article_id = a.id AND e.slug = '1988-massacre')`),
    );
  });

  it.each(cases)('%s', async (_label, raw, where, params) => {
    const expected = await sqlCount(where, params);
    const rows = await all(DATASETS.articles, raw, 4);
    expect(rows.length).toBe(expected);
    expect(await DATASETS.articles.count(ctx, DATASETS.articles.parse(raw))).toBe(expected);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    if (raw.stance) expect(rows.every((r) => raw.stance!.split(',').includes(r.group as string))).toBe(true);
    // The CSV holds the same rows.
    const csv = await exportTo('articles', raw, 'csv');
    expect(csv.rowCount).toBe(expected);
    expect(parseCsv(csv.text).map((r) => Number(r['Article ID']))).toEqual(rows.map((r) => r.id));
  });

  it('reports a curator’s override as the group, beside the outlet’s own, and lists reprints', async () => {
    const rows = await all(DATASETS.articles, { stance: 'critical' });
    expect(rows.find((r) => r.id === overriddenId)).toMatchObject({ group: 'critical', outletGroup: 'unrated' });
    const everything = await all(DATASETS.articles, {});
    expect(everything.filter((r) => r.reprintOf !== null)).toHaveLength(1);
  });

  it('every group is present, and every row carries group, outlet, date and URL columns', async () => {
    const rows = await all(DATASETS.articles, {});
    expect(new Set(rows.map((r) => r.group))).toEqual(new Set(['advocacy', 'mainstream', 'critical', 'unrated']));
    for (const r of rows) expect(Object.keys(r)).toEqual(expect.arrayContaining(['group', 'publisher', 'publishedAt', 'url', 'events']));
    expect(rows.some((r) => typeof r.events === 'string' && r.events.includes('1988-massacre'))).toBe(true);
  });

  it.each(ARTICLE_SORTS.flatMap((s) => [`${s}.asc`, `${s}.desc`]))('follows the page order for sort=%s across batch boundaries', async (sort) => {
    const f = DATASETS.articles.parse({ sort });
    const page = await listArticles(f, { offset: 0, limit: 1000, sort: f.sort, desc: f.desc });
    const rows = await all(DATASETS.articles, { sort }, 3);
    expect(rows.map((r) => r.id)).toEqual(page.rows.map((r) => r.id));
  });
});

describe('the other datasets match the database and the pages', () => {
  it('publishers: every registry row, with its group and the time of its last change', async () => {
    const rows = await all(DATASETS.publishers, {}, 5);
    expect(rows.length).toBe(await db.prisma.publisher.count());
    const amnesty = rows.find((r) => r.slug === 'amnesty-international')!;
    expect(amnesty).toMatchObject({ group: 'mainstream', articles: 2, inRegistry: true });
    expect(amnesty.ratingChangedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(new Date(amnesty.ratingChangedAt as string).getTime()).toBeLessThanOrEqual(Date.now());
    const critical = await all(DATASETS.publishers, { stance: 'critical' });
    expect(critical.length).toBe(await db.prisma.publisher.count({ where: { stance: 'critical' } }));
    // The page's search: a domain or a Persian alias typed with Arabic letters finds the outlet.
    const byDomain = await all(DATASETS.publishers, { q: 'AMNESTY.org' });
    expect(byDomain.map((r) => r.slug)).toContain('amnesty-international');
    expect(byDomain.length).toBeLessThan(rows.length);
    expect(await all(DATASETS.publishers, { q: 'no-such-outlet-anywhere' })).toEqual([]);
    const both = await all(DATASETS.publishers, { q: 'amnesty', stance: 'critical' });
    expect(both.every((r) => r.group === 'critical')).toBe(true);
  });

  it('events: coverage per group as on the page', async () => {
    const rows = await all(DATASETS.events, {}, 4);
    const page = await listEventCoverage();
    expect(rows.map((r) => r.event)).toEqual(page.map((e) => e.slug));
    for (const e of page) {
      const r = rows.find((x) => x.event === e.slug)!;
      expect(r).toMatchObject({ articles: e.articles, advocacy: e.advocacy, mainstream: e.mainstream, critical: e.critical, unrated: e.unrated, outlets: e.publishers });
    }
    const narrowed = await all(DATASETS.events, { stance: 'advocacy' });
    expect(narrowed.every((r) => r.articles === r.advocacy && r.critical === 0)).toBe(true);
  });

  it('event comparison: one row per group × measure', async () => {
    const event = (await getEvent('1988-massacre'))!;
    const summary = await eventGroupSummary(event.id);
    const rows = await all(DATASETS['event-comparison'], { event: '1988-massacre' });
    const coverage = rows.filter((r) => r.measureType === 'coverage' && r.measure === 'articles');
    expect(coverage.map((r) => [r.group, r.value]).sort()).toEqual(summary.map((s) => [s.stance, s.articles]).sort());
    expect(new Set(rows.map((r) => r.measureType))).toEqual(new Set(['coverage', 'term', 'figure', 'source']));
    expect(rows.every((r) => r.event === '1988-massacre' && typeof r.group === 'string')).toBe(true);
    // Every term appears once per group with coverage (zeros included).
    const terms = rows.filter((r) => r.measureType === 'term');
    expect(terms.length).toBe(new Set(terms.map((r) => r.measure)).size * summary.length);
    expect(rows.some((r) => r.measureType === 'figure' && r.value === 30000 && r.group === 'advocacy')).toBe(true);
    await expect(DATASETS['event-comparison'].check!(ctx, DATASETS['event-comparison'].parse({ event: 'no-such-event' }))).rejects.toThrow(DatasetNotFoundError);
    expect(() => DATASETS['event-comparison'].parse({})).toThrow(DatasetParamError);
  });

  it('term rates count each article once per group and term, for a slice and for an event', async () => {
    const key = (r: { stance: string; term: string }) => `${r.stance}|${r.term}`;
    const reference = async (where: string) =>
      new Map(
        (
          await db.prisma.$queryRawUnsafe<{ stance: string; term: string; n: number }[]>(`
            SELECT ${GROUP}::text AS stance, t.term, count(DISTINCT a.id)::int AS n
            FROM articles a JOIN publishers p ON p.id = a.publisher_id JOIN article_terms t ON t.article_id = a.id
            WHERE ${ONCE} AND ${where} GROUP BY 1, 2`)
        ).map((r) => [key(r), r.n]),
      );
    const slice = await termRates({ slice: parseSliceFilter({ from: '2019-01-01' }) });
    expect(slice.length).toBeGreaterThan(10);
    expect(new Map(slice.map((r) => [key(r), r.articles]))).toEqual(await reference(`a.published_at >= '2019-01-01'`));
    const event = (await getEvent('1988-massacre'))!;
    const inEvent = await termRates({ eventId: event.id });
    expect(inEvent.length).toBeGreaterThan(5);
    expect(new Map(inEvent.map((r) => [key(r), r.articles]))).toEqual(
      await reference(`EXISTS (SELECT 1 FROM article_events ae WHERE ae.article_id = a.id AND ae.event_id = ${event.id})`),
    );
  });

  it('terms: every group × term of the slice', async () => {
    const rows = await all(DATASETS.terms, { from: '2019-01-01' });
    const groups = new Set(rows.map((r) => r.group));
    const terms = new Set(rows.map((r) => r.term));
    expect(rows.length).toBe(groups.size * terms.size);
    for (const r of rows) {
      const words = r.groupWords as number;
      expect(r.rate).toBeCloseTo(((r.count as number) * 1000) / words, 2);
    }
  });

  it('distinctive words: every leaning word the page ranks', async () => {
    const f = DATASETS['distinctive-words'].parse({ a: 'advocacy', b: 'critical' });
    const d = await distinctiveWords(f, { limit: 1_000_000 });
    const rows = await all(DATASETS['distinctive-words'], { a: 'advocacy', b: 'critical' }, 50);
    expect(rows.length).toBe(d.forA.length + d.forB.length);
    expect(rows.slice(0, 25).map((r) => r.word)).toEqual(d.forA.slice(0, 25).map((w) => w.word));
    expect(rows.every((r) => (r.zeta as number) > 0 ? r.group === 'advocacy' : r.group === 'critical')).toBe(true);
    // Negative z-scores stay numbers in the CSV (no apostrophe).
    const csv = parseCsv((await exportTo('distinctive-words', { a: 'advocacy', b: 'critical' }, 'csv')).text);
    const negative = csv.find((r) => r['z-score']!.startsWith('-'))!;
    expect(Number(negative['z-score'])).toBeLessThan(0);
  });

  it('claims: counts per event and kind, in the claims table’s order', async () => {
    const claimCount = async (where: string) =>
      Number(
        (
          await db.prisma.$queryRawUnsafe<{ n: bigint }[]>(
            `SELECT count(*) AS n FROM claims c JOIN articles a ON a.id = c.article_id JOIN publishers p ON p.id = a.publisher_id
             LEFT JOIN events e ON e.id = c.event_id WHERE ${ONCE} AND ${where}`,
          )
        )[0]!.n,
      );
    const n = await claimCount(`e.slug = '1988-massacre'`);
    expect(n).toBeGreaterThan(0);
    expect((await all(DATASETS.claims, { event: '1988-massacre' }, 2)).length).toBe(n);
    expect((await all(DATASETS.claims, {})).length).toBe(await claimCount('TRUE'));
    expect(await claimCount('TRUE')).toBeLessThan(await db.prisma.claim.count());
    const executed = await claimCount(`c.kind = 'executed' AND ${GROUP} = 'advocacy'`);
    const rows = await all(DATASETS.claims, { kind: 'executed', stance: 'advocacy' });
    expect(rows.length).toBe(executed);
    expect(rows.every((r) => r.kind === 'executed' && r.group === 'advocacy' && r.publisher && r.articleId)).toBe(true);
    for (const sort of CLAIM_SORTS.flatMap((s) => [`${s}.asc`, `${s}.desc`])) {
      const f = DATASETS.claims.parse({ sort });
      const page = await listClaims(f, { offset: 0, limit: 1000, sort: f.sort, desc: f.desc });
      expect((await all(DATASETS.claims, { sort }, 3)).map((r) => r.id), sort).toEqual(page.rows.map((r) => r.id));
    }
  });

  it('attributions and sources: counts per slice and entity', async () => {
    const quoteCount = async (where: string, what = 'count(*)') =>
      Number(
        (
          await db.prisma.$queryRawUnsafe<{ n: bigint }[]>(
            `SELECT ${what} AS n FROM attributions q JOIN articles a ON a.id = q.article_id JOIN publishers p ON p.id = a.publisher_id WHERE ${ONCE} AND ${where}`,
          )
        )[0]!.n,
      );
    const total = await quoteCount('TRUE');
    expect(total).toBeLessThan(await db.prisma.attribution.count()); // the reprint's quotes are its original's
    expect((await all(DATASETS.attributions, {}, 7)).length).toBe(total);
    const critical = await quoteCount(`${GROUP} = 'critical'`);
    expect((await all(DATASETS.attributions, { stance: 'critical' })).length).toBe(critical);
    const amnesty = await quoteCount(`q.entity = 'Amnesty International'`);
    expect(amnesty).toBeGreaterThan(0);
    const sentences = await all(DATASETS.attributions, { entity: 'Amnesty International' }, 1);
    expect(sentences.length).toBe(amnesty);
    const page = await listAttributions(DATASETS.attributions.parse({ entity: 'Amnesty International' }), { limit: 1000 });
    expect(sentences.map((r) => r.id)).toEqual(page.rows.map((r) => r.id));
    const sources = await all(DATASETS.sources, {}, 10);
    expect(sources.length).toBe(await quoteCount('TRUE', 'count(DISTINCT q.entity)'));
    expect(sources.reduce((n, r) => n + (r.mentions as number), 0)).toBe(total);
  });
});

describe('files', () => {
  it('XLSX re-reads with the data sheet, its headers and values, and the provenance sheet', async () => {
    const { buffer, rowCount } = await exportTo('articles', { stance: 'critical', sort: 'title.asc' }, 'xlsx');
    const expected = await all(DATASETS.articles, { stance: 'critical', sort: 'title.asc' });
    expect(rowCount).toBe(expected.length);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Articles', 'About this export']);
    const sheet = wb.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(DATASETS.articles.columns.map((c) => c.header));
    expect(sheet.rowCount).toBe(expected.length + 1);
    const col = (key: string) => DATASETS.articles.columns.findIndex((c) => c.key === key) + 1;
    expected.forEach((r, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(col('id')).value).toBe(r.id);
      expect(row.getCell(col('group')).value).toBe('critical');
      expect(row.getCell(col('wordCount')).value).toBe(r.wordCount);
      expect(row.getCell(col('publishedAt')).value ?? null).toBe(r.publishedAt);
    });
    const about = new Map<string, unknown>();
    wb.getWorksheet('About this export')!.eachRow((row) => about.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(about.get('Rows')).toBe(expected.length);
    expect(about.get('Page and filters')).toBe('http://localhost/articles?stance=critical&sort=title.asc');
    for (const k of ['Exported at (UTC)', 'App version', 'Lexicon version', 'Event catalog version', 'Analysis method version', 'Publisher registry version']) {
      expect(about.get(k), k).toBeTruthy();
    }
  });

  it('formula injection comes out inert in CSV and XLSX, and exact in JSON', async () => {
    const raw = { publisher: 'bbc,reuters', from: '2022-07-01', to: '2022-07-02' };
    const csvText = (await exportTo('articles', raw, 'csv')).text;
    expect(csvText).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    const titles = parseCsv(csvText).map((r) => r.Title);
    expect(titles).toContain(`'${INJECTED_TITLE}`);
    expect(titles).toContain("'@SUM(1+1) and -2+3");
    expect(titles.every((t) => !/^[=+\-@\t\r]/.test(t!))).toBe(true);

    const { buffer } = await exportTo('articles', raw, 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row, n) => n > 1 && row.eachCell((c) => cells.push(c)));
    expect(cells.some((c) => c.value === `'${INJECTED_TITLE}`)).toBe(true);
    expect(cells.every((c) => c.type !== ExcelJS.ValueType.Formula && !c.formula)).toBe(true);
    expect(cells.filter((c) => typeof c.value === 'string').every((c) => !/^[=+\-@\t\r]/.test(c.value as string))).toBe(true);

    const json = JSON.parse((await exportTo('articles', raw, 'json')).text);
    expect(json.rows.map((r: Row) => r.title)).toContain(INJECTED_TITLE);
    expect(json.rowCount).toBe(json.rows.length);
    expect(json.provenance.filters).toEqual({ publisher: 'bbc,reuters', from: '2022-07-01', to: '2022-07-02' });
  });

  it('every dataset writes every format', async () => {
    for (const name of Object.keys(DATASETS) as (keyof typeof DATASETS)[]) {
      const raw: Record<string, string> = name === 'event-comparison' ? { event: '1988-massacre' } : name.startsWith('term-') ? { term: 'regime' } : {};
      const expected = await DATASETS[name].count(ctx, DATASETS[name].parse(raw));
      expect(expected, name).toBeGreaterThan(0);
      for (const format of ['csv', 'xlsx', 'json', 'jsonl'] as const) {
        const r = await exportTo(name, raw, format);
        expect(r.rowCount, `${name}.${format}`).toBe(expected);
        if (format === 'jsonl') expect(r.text.trim().split('\n')).toHaveLength(expected);
        if (format === 'json') expect(JSON.parse(r.text).rows).toHaveLength(expected);
        if (format === 'csv') expect(parseCsv(r.text)).toHaveLength(expected);
      }
    }
  });

  it('the route handler streams a download with its name and type, and answers bad requests', async () => {
    const res = await handleExport(new Request('http://localhost/api/export/articles?format=csv&stance=critical'), 'articles');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="stance-lens-articles-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const rows = parseCsv(Buffer.from(await res.arrayBuffer()).toString('utf8'));
    expect(rows.length).toBe(await sqlCount(`${GROUP} = 'critical'`));
    expect(rows.every((r) => r.Group === 'critical')).toBe(true);

    const prov = await handleExport(new Request('http://localhost/api/export/articles?format=csv&provenance=1&stance=critical'), 'articles');
    expect(prov.headers.get('content-type')).toMatch(/application\/json/);
    expect(await prov.json()).toMatchObject({ dataset: 'articles', rowCount: rows.length, pageUrl: 'http://localhost/articles?stance=critical', format: 'csv' });

    const xlsx = await handleExport(new Request('http://localhost/api/export/event-comparison?format=xlsx&event=1988-massacre'), 'event-comparison');
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');

    expect((await handleExport(new Request('http://localhost/api/export/articles?format=pdf'), 'articles')).status).toBe(400);
    expect((await handleExport(new Request('http://localhost/api/export/nope'), 'nope')).status).toBe(404);
    expect((await handleExport(new Request('http://localhost/api/export/event-comparison'), 'event-comparison')).status).toBe(400);
    expect((await handleExport(new Request('http://localhost/api/export/event-comparison?event=nope'), 'event-comparison')).status).toBe(404);
  });
});

describe('read-only API', () => {
  const page = (name: keyof typeof DATASETS, qs: string) => apiPage(DATASETS[name], ctx, new URLSearchParams(qs));

  it('walks every row with cursors, the same rows as the export', async () => {
    for (const [name, qs] of [
      ['articles', 'stance=advocacy,critical&sort=wordCount.asc'],
      ['claims', 'sort=value.desc'],
      ['publishers', ''],
      ['terms', ''],
    ] as const) {
      const seen: Row[] = [];
      let cursor: string | null = null;
      let total = -1;
      do {
        const p = await page(name, `${qs}&limit=4${cursor ? `&cursor=${cursor}` : ''}`);
        expect(p.data.length).toBeLessThanOrEqual(4);
        total = p.total;
        seen.push(...(p.data as Row[]));
        cursor = p.nextCursor;
      } while (cursor);
      const exported = await all(DATASETS[name], Object.fromEntries(new URLSearchParams(qs)));
      expect(seen, name).toEqual(exported);
      expect(total, name).toBe(exported.length);
    }
  });

  it('pages by number too', async () => {
    const everything = await all(DATASETS.articles, {});
    const p2 = await page('articles', 'limit=5&page=2');
    expect(p2.data.map((r) => r.id)).toEqual(everything.slice(5, 10).map((r) => r.id));
    expect(p2.total).toBe(everything.length);
    const next = await page('articles', `limit=5&cursor=${p2.nextCursor}`);
    expect(next.data.map((r) => r.id)).toEqual(everything.slice(10, 15).map((r) => r.id));
  });

  it('rejects bad limits, mixed paging and foreign cursors', async () => {
    await expect(page('articles', 'limit=501')).rejects.toThrow(DatasetParamError);
    await expect(page('articles', 'limit=0')).rejects.toThrow(DatasetParamError);
    await expect(page('articles', 'limit=abc')).rejects.toThrow(DatasetParamError);
    const first = await page('articles', 'limit=2');
    await expect(page('articles', `page=2&cursor=${first.nextCursor}`)).rejects.toThrow(/either/);
    await expect(page('articles', `sort=title.asc&cursor=${first.nextCursor}`)).rejects.toThrow(/sort/);
    await expect(page('claims', `cursor=${first.nextCursor}`)).rejects.toThrow(DatasetParamError);
    expect((await page('articles', 'limit=500')).data.length).toBe(Math.min(500, first.total));
  });

  it('reads repeated params like the pages do', () => {
    expect(searchParamsRecord(new URLSearchParams('stance=critical&stance=advocacy&q=x'))).toEqual({ stance: ['critical', 'advocacy'], q: 'x' });
  });
});

describe('a large export', () => {
  let big: TestDatabase;
  const N = 100_000;

  beforeAll(async () => {
    big = await freshDatabase();
    const [batch] = await big.prisma.$queryRaw<{ id: number }[]>`INSERT INTO import_batches (source) VALUES ('synthetic') RETURNING id`;
    await big.prisma.$executeRawUnsafe(`
      INSERT INTO articles (publisher_id, title, author, published_at, date_precision, url, body, word_count,
                            content_hash, source_file, source_index, import_batch_id)
      SELECT pubs.ids[1 + g % array_length(pubs.ids, 1)],
             CASE WHEN g % 1000 = 0 THEN '=HYPERLINK("http://x","' || g || '")' ELSE 'Synthetic article number ' || g || ', about "events"' END,
             'Reporter ' || (g % 97),
             CASE WHEN g % 50 = 0 THEN NULL ELSE DATE '1990-01-01' + (g % 12000) END,
             (CASE WHEN g % 50 = 0 THEN 'unknown' ELSE 'day' END)::"DatePrecision",
             'https://example.org/articles/' || g,
             'A synthetic body for article ' || g || ' with a few words in it.',
             12, encode(sha256(g::text::bytea), 'hex'), 'synthetic.csv', g, ${batch!.id}
      FROM generate_series(1, ${N}) g,
           (SELECT array_agg(id ORDER BY id) AS ids FROM publishers) pubs`);
  }, 300_000);

  afterAll(async () => {
    await big?.drop();
  });

  it(`streams ${N.toLocaleString('en')} rows of CSV with bounded memory`, async () => {
    const bigCtx = { db: big.prisma };
    const gc = (globalThis as { gc?: () => void }).gc; // present with NODE_OPTIONS=--expose-gc
    gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let lines = 0;
    let bytes = 0;
    const counting = new Writable({
      write(chunk: Buffer, _e, cb) {
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        peak = Math.max(peak, process.memoryUsage().heapUsed);
        cb();
      },
    });
    const ds = DATASETS.articles;
    const result = await runExport({ dataset: ds, ctx: bigCtx, filter: ds.parse({}), format: 'csv', out: counting });
    expect(result.rowCount).toBe(N);
    expect(lines).toBe(N + 1); // the header and one line per row (titles have no line breaks)
    const growthMb = (peak - before) / 1024 / 1024;
    gc?.();
    const retained = gc ? ` · retained after GC ${((process.memoryUsage().heapUsed - before) / 1024 / 1024).toFixed(1)} MB` : '';
    console.log(`100k-row CSV: ${(bytes / 1024 / 1024).toFixed(1)} MB written, heap growth at peak ${growthMb.toFixed(1)} MB${retained}`);
    expect(growthMb).toBeLessThan(150);
  }, 300_000);

  it('keeps the page order across the dated and undated rows at that size', async () => {
    const expected = await big.prisma.$queryRaw<{ id: number }[]>`SELECT id FROM articles ORDER BY published_at DESC NULLS LAST, id DESC`;
    const ids = new Int32Array(N);
    let i = 0;
    for await (const batch of rowBatches(DATASETS.articles, { db: big.prisma }, DATASETS.articles.parse({}), 5000)) {
      for (const r of batch) ids[i++] = r.id as number;
    }
    expect(i).toBe(N);
    expect(Array.from(ids)).toEqual(expected.map((r) => r.id));
    const critical = await big.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM articles a JOIN publishers p ON p.id = a.publisher_id WHERE p.stance = 'critical' AND a.published_at >= '2000-01-01'`;
    expect(await DATASETS.articles.count({ db: big.prisma }, DATASETS.articles.parse({ stance: 'critical', from: '2000-01-01' }))).toBe(Number(critical[0]!.n));
  }, 300_000);
});
