// One read layer: for every dataset, the numbers its page shows (the page's own calls into
// lib/queries, with the page's arguments) are the numbers of its export and of the API, and every
// way of reading the export (keyset batches, API cursors, a JSON file, a CSV file, COPY) gives
// the same rows. A dataset without a case here fails the first test.
import pg from 'pg';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePgPool } from '@/lib/db/pg-pool';
import { prisma } from '@/lib/db/prisma';
import { DATASET_NAMES, DATASETS, rowBatches, type DatasetName } from '@/lib/export/datasets';
import { apiPage } from '@/lib/export/http';
import { runExport } from '@/lib/export/run';
import type { DatasetContext, Row } from '@/lib/export/types';
import { ARTICLE_TABLE, parseArticleFilter, type ArticleSort } from '@/lib/filters/articles';
import { parseTableParams, type SearchParamsRecord } from '@/lib/filters/search-params';
import { CLAIM_TABLE, REPUBLISHED_TABLE, parseClaimFilter, parseCompareFilter, parseSliceFilter, parseSourceFilter, SOURCE_TABLE, type ClaimSort, type SourceSort } from '@/lib/filters/slice';
import { importFiles } from '@/lib/ingest/import-files';
import { countArticles, listArticles } from '@/lib/queries/articles';
import { countAttributions, listAttributions } from '@/lib/queries/attributions';
import { claimCounts, eventClaims, listClaims } from '@/lib/queries/claims';
import { compareTermRates, distinctiveWords, sliceGroupCounts } from '@/lib/queries/compare';
import { eventGroupSummary, getEvent, listEventCoverage, sourceCounts, termRates } from '@/lib/queries/events';
import { listPublishers } from '@/lib/queries/publishers';
import { listSourceEntities, sourceSummary } from '@/lib/queries/sources';
import { countRepublished, groupAmplification, listRepublished, outletOriginality } from '@/lib/queries/amplification';
import { termEvents, termExamples, termIndex, termUsage } from '@/lib/queries/terms';
import { LEXICON } from '@/lib/analysis/lexicon';
import { glossaryRows, termExamplesOf } from '@/lib/shape/terms';
import { figuresByGroup } from '@/lib/shape/compare';
import { STANCES } from '@/lib/stance';
import { sampleFiles } from '@/lib/server/sample-corpus';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { collect } from '../helpers/sink';

let db: TestDatabase;
let pool: pg.Pool;
let ctx: DatasetContext;

beforeAll(async () => {
  db = await freshDatabase();
  // The pages read through the app's client (DATABASE_URL); the exports through ctx.db.
  process.env.DATABASE_URL = db.url;
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  ctx = { db: db.prisma };
  expect((await importFiles(db.prisma, sampleFiles(), { source: 'test' })).totals.failed).toBe(0);
  // Curation as the pages apply it: an article's group overridden, and a reprint counted once.
  await db.prisma.$executeRawUnsafe(`UPDATE articles SET stance_override = 'critical', stance_override_reason = 'test' WHERE source_file LIKE '%001_%'`);
  await db.prisma.$executeRawUnsafe(`
    UPDATE articles SET reprint_of_id = (SELECT min(id) FROM articles)
    WHERE id = (SELECT max(a.id) FROM articles a WHERE EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)
                                                   AND EXISTS (SELECT 1 FROM attributions q WHERE q.article_id = a.id))`);
});

afterAll(async () => {
  await pool?.end();
  await closePgPool();
  await prisma().$disconnect();
  await db?.drop();
});

/** A page's rows and total as the page shows them, and the same projection of the export's rows. */
interface Case {
  raw: SearchParamsRecord;
  screen(raw: SearchParamsRecord): Promise<{ rows: unknown[]; total: number }>;
  /** The export rows as the page lays them out (same order, the page's first rows only when it pages). */
  file(rows: Row[]): unknown[];
}

const PAGE = { page: '1', size: '100' };

const CASES: Record<DatasetName, Case> = {
  articles: {
    raw: { stance: 'advocacy,critical', sort: 'wordCount.asc', ...PAGE },
    async screen(raw) {
      const filter = parseArticleFilter(raw);
      const t = parseTableParams(raw, ARTICLE_TABLE);
      const [{ rows }, total] = await Promise.all([
        listArticles(filter, { offset: t.offset, limit: t.size, sort: t.sortId as ArticleSort, desc: t.sortDesc }),
        countArticles(filter),
      ]);
      return { rows: rows.map((r) => [r.id, r.stance, r.publisherSlug, r.publishedAt, r.wordCount]), total };
    },
    file: (rows) => rows.slice(0, 100).map((r) => [r.id, r.group, r.publisherSlug, r.publishedAt, r.wordCount]),
  },
  publishers: {
    raw: {},
    async screen() {
      const rows = await listPublishers();
      return { rows: rows.map((r) => [r.slug, r.stance, r.articles, r.viaArticles, r.firstDate, r.lastDate]), total: rows.length };
    },
    file: (rows) => rows.map((r) => [r.slug, r.group, r.articles, r.hostedArticles, r.firstArticle, r.lastArticle]),
  },
  events: {
    raw: {},
    async screen() {
      const rows = await listEventCoverage();
      return {
        rows: rows.map((e) => [e.slug, e.articles, e.about, e.publishers, e.advocacy, e.mainstream, e.critical, e.unrated, e.firstCoverage, e.lastCoverage]),
        total: rows.length,
      };
    },
    file: (rows) => rows.map((r) => [r.event, r.articles, r.about, r.outlets, r.advocacy, r.mainstream, r.critical, r.unrated, r.firstCoverage, r.lastCoverage]),
  },
  'event-comparison': {
    raw: { event: '1988-massacre' },
    // The event page's calls: capped lists (300 figures, 15 sources per group), which this
    // corpus stays under for figures; the sources are compared group by group on the first 15.
    async screen() {
      const event = (await getEvent('1988-massacre'))!;
      const [summary, rates, claims, sources] = await Promise.all([eventGroupSummary(event.id), termRates({ eventId: event.id }), eventClaims(event.id), sourceCounts({ eventId: event.id })]);
      expect(claims.length).toBeLessThan(300);
      const groups = STANCES.filter((s) => summary.some((g) => g.stance === s));
      const rows = [
        ...groups.map((s) => summary.find((g) => g.stance === s)!).map((g) => ['coverage', g.stance, g.articles, g.about, g.publishers, g.words]),
        ...rates.map((r) => ['term', r.stance, r.term, r.rate, r.count, r.articles]).sort(byText),
        ...figuresByGroup(claims, groups).map((f) => ['figure', f.stance, f.kind, f.label, f.value, f.articleIds.length]),
        ...groups.flatMap((s) => sources.filter((q) => q.stance === s).map((q) => ['source', s, q.entity, q.mentions, q.articles])),
      ];
      return { rows, total: -1 };
    },
    file(rows) {
      const of = (type: string) => rows.filter((r) => r.measureType === type);
      const coverage = new Map<string, Record<string, unknown>>();
      for (const r of of('coverage')) coverage.set(r.group as string, { ...coverage.get(r.group as string), [r.measure as string]: r.value });
      return [
        ...[...coverage].map(([g, c]) => ['coverage', g, c.articles, c.about, c.outlets, c.words]),
        ...of('term')
          .filter((r) => (r.count as number) > 0)
          .map((r) => ['term', r.group, r.measure, r.value, r.count, r.articles])
          .sort(byText),
        ...of('figure').map((r) => ['figure', r.group, r.measure, r.label, r.value, r.articles]),
        ...STANCES.flatMap((s) =>
          of('source')
            .filter((r) => r.group === s)
            .slice(0, 15)
            .map((r) => ['source', s, r.measure, r.value, r.articles]),
        ),
      ];
    },
  },
  terms: {
    raw: { from: '2019-01-01' },
    async screen(raw) {
      const f = parseSliceFilter(raw);
      const [rates, groups] = await Promise.all([compareTermRates(f), sliceGroupCounts(f)]);
      const words = new Map(groups.map((g) => [g.stance, [g.articles, g.words]]));
      return { rows: rates.map((r) => [r.stance, r.term, r.rate, r.count, r.articles, ...words.get(r.stance)!]).sort(byText), total: -1 };
    },
    file: (rows) =>
      rows
        .filter((r) => (r.count as number) > 0)
        .map((r) => [r.group, r.term, r.rate, r.count, r.articles, r.groupArticles, r.groupWords])
        .sort(byText),
  },
  'distinctive-words': {
    raw: { a: 'advocacy', b: 'critical' },
    async screen(raw) {
      const d = await distinctiveWords(parseCompareFilter(raw));
      return { rows: [...d.forA, ...d.forB].map((w) => [w.word, w.zeta, w.countA, w.countB]), total: -1 };
    },
    file: (rows) => ['advocacy', 'critical'].flatMap((g) => rows.filter((r) => r.group === g).slice(0, 25).map((r) => [r.word, r.zeta, r.countA, r.countB])),
  },
  claims: {
    raw: { sort: 'value.desc', ...PAGE },
    async screen(raw) {
      const f = parseClaimFilter(raw);
      const t = parseTableParams(raw, CLAIM_TABLE);
      const [{ rows }, counts] = await Promise.all([listClaims(f, { offset: t.offset, limit: t.size, sort: t.sortId as ClaimSort, desc: t.sortDesc }), claimCounts(f)]);
      return { rows: rows.map((c) => [c.id, c.stance, c.kind, c.value, c.valueText, c.eventSlug, c.source]), total: counts.reduce((n, c) => n + c.claims, 0) };
    },
    file: (rows) => rows.slice(0, 100).map((r) => [r.id, r.group, r.kind, r.value, r.valueText, r.event, r.source]),
  },
  attributions: {
    raw: { entity: 'Amnesty International' },
    // The sentences under the sources table for a picked source (the first 200).
    async screen(raw) {
      const f = parseSourceFilter(raw);
      const [{ rows }, total] = await Promise.all([listAttributions(f, { limit: 200 }), countAttributions(f)]);
      return { rows: rows.map((q) => [q.id, q.stance, q.entity, q.verb, q.quoted, q.articleId]), total };
    },
    file: (rows) => rows.slice(0, 200).map((r) => [r.id, r.group, r.entity, r.verb, r.quoted, r.articleId]),
  },
  sources: {
    raw: { stance: 'advocacy,mainstream,critical', sort: 'critical.desc', ...PAGE },
    async screen(raw) {
      const f = parseSourceFilter(raw);
      const t = parseTableParams(raw, SOURCE_TABLE);
      const [rows, summary] = await Promise.all([listSourceEntities(f, { offset: t.offset, limit: t.size, sort: t.sortId as SourceSort, desc: t.sortDesc }), sourceSummary(f)]);
      return {
        rows: rows.map((r) => [r.entity, r.mentions, r.articles, r.advocacy, r.critical, r.advocacyShare, r.criticalShare]),
        total: summary.find((s) => s.stance === null)?.entities ?? 0,
      };
    },
    file: (rows) => rows.slice(0, 100).map((r) => [r.entity, r.mentions, r.articles, r.advocacy, r.critical, r.advocacyShare, r.criticalShare]),
  },
  amplification: {
    raw: {},
    async screen(raw) {
      const rows = await groupAmplification(parseSliceFilter(raw));
      return { rows: rows.map((r) => [r.originalGroup, r.republishedBy, r.republications, r.texts, r.share]), total: rows.length };
    },
    file: (rows) => rows.map((r) => [r.originalGroup, r.group, r.republications, r.texts, r.share]),
  },
  'outlet-originality': {
    raw: { from: '2000-01-01' },
    async screen(raw) {
      const rows = await outletOriginality(parseSliceFilter(raw));
      return { rows: rows.map((r) => [r.slug, r.articles, r.own, r.reprints, r.ownShare, r.republishedByOthers]), total: rows.length };
    },
    file: (rows) => rows.map((r) => [r.slug, r.articles, r.own, r.reprints, r.ownShare, r.republishedByOthers]),
  },
  'republished-texts': {
    raw: { ...PAGE },
    async screen(raw) {
      const f = parseSliceFilter(raw);
      const t = parseTableParams(raw, REPUBLISHED_TABLE);
      const [{ rows }, total] = await Promise.all([listRepublished(f, { offset: t.offset, limit: t.size }), countRepublished(f)]);
      return { rows: rows.map((r) => [r.id, r.stance, r.copies, r.republishers]), total };
    },
    file: (rows) => rows.slice(0, 100).map((r) => [r.articleId, r.group, r.copies, r.republishers]),
  },
  glossary: {
    raw: {},
    async screen() {
      const rows = glossaryRows(await termIndex(), LEXICON);
      return { rows: rows.map((r) => [r.term, r.count, r.articles, ...STANCES.map((s) => r.rates[s])]), total: rows.length };
    },
    file: (rows) => rows.map((r) => [r.term, r.count, r.articles, ...STANCES.map((s) => r[s])]),
  },
  'term-usage': {
    raw: { term: 'mko' },
    async screen() {
      const rows = await termUsage('mko');
      return { rows: rows.map((r) => [r.stance, r.year, r.count, r.articles, r.groupArticles, r.words, r.rate]), total: rows.length };
    },
    file: (rows) => rows.map((r) => [r.group, r.year, r.count, r.articles, r.groupArticles, r.groupWords, r.rate]),
  },
  'term-examples': {
    raw: { term: 'mko' },
    async screen() {
      const rows = termExamplesOf(await termExamples('mko'));
      return { rows: rows.map((e) => [e.stance, e.rank, e.articleId, `${e.before}${e.term}${e.after}`, e.href]), total: rows.length };
    },
    file: (rows) => rows.map((r) => [r.group, r.rank, r.articleId, String(r.sentence).replace(/ …$/, ''), r.readerPath]),
  },
  // The page shows the first ten events; the export has them all.
  'term-events': {
    raw: { term: 'regime' },
    async screen() {
      const rows = await termEvents('regime');
      return { rows: rows.map((e) => [e.slug, e.count, e.rate, e.articles, e.advocacy, e.mainstream, e.critical, e.unrated]), total: -1 };
    },
    file: (rows) => rows.slice(0, 10).map((r) => [r.event, r.count, r.rate, r.articles, r.advocacy, r.mainstream, r.critical, r.unrated]),
  },
};

function byText(a: unknown[], b: unknown[]): number {
  return JSON.stringify(a) < JSON.stringify(b) ? -1 : 1;
}

async function exported(name: DatasetName, raw: SearchParamsRecord, batchSize: number): Promise<Row[]> {
  const ds = DATASETS[name];
  const out: Row[] = [];
  for await (const batch of rowBatches(ds, ctx, ds.parse(raw), batchSize)) out.push(...batch);
  return out;
}

async function api(name: DatasetName, raw: SearchParamsRecord): Promise<{ rows: Row[]; total: number }> {
  const rows: Row[] = [];
  let cursor: string | null = null;
  let total = -1;
  do {
    const qs = new URLSearchParams(Object.entries(raw).filter(([k]) => k !== 'page' && k !== 'size') as [string, string][]);
    qs.set('limit', '6');
    if (cursor) qs.set('cursor', cursor);
    const p = await apiPage(DATASETS[name], ctx, qs);
    rows.push(...(p.data as Row[]));
    total = p.total;
    cursor = p.nextCursor;
  } while (cursor);
  return { rows, total };
}

async function file(name: DatasetName, raw: SearchParamsRecord, format: 'json' | 'csv', withPool = false) {
  const ds = DATASETS[name];
  const s = collect();
  const { rowCount } = await runExport({ dataset: ds, ctx: withPool ? { ...ctx, pool } : ctx, filter: ds.parse(raw), format, out: s.out, headers: 'keys', bom: false });
  return { rowCount, text: s.text() };
}

describe('a page and its export read the same rows', () => {
  it('every dataset has a case', () => {
    expect(Object.keys(CASES).sort()).toEqual([...DATASET_NAMES].sort());
  });

  it.each(DATASET_NAMES)('%s: the page’s numbers are the export’s and the API’s', async (name) => {
    const c = CASES[name];
    const rows = await exported(name, c.raw, 7);
    expect(rows.length, name).toBeGreaterThan(0);
    const screen = await c.screen(c.raw);
    expect(screen.rows.length, name).toBeGreaterThan(0);
    expect(c.file(rows), name).toEqual(screen.rows);
    if (screen.total >= 0) expect(rows.length, `${name}: the page's total`).toBe(screen.total);
    expect(await DATASETS[name].count(ctx, DATASETS[name].parse(c.raw))).toBe(rows.length);

    // Every other way of reading the export gives the same rows.
    const viaApi = await api(name, c.raw);
    expect(viaApi.rows, `${name}: API`).toEqual(rows);
    expect(viaApi.total).toBe(rows.length);
    const json = await file(name, c.raw, 'json');
    expect(JSON.parse(json.text).rows, `${name}: JSON file`).toEqual(rows);
    const csv = await file(name, c.raw, 'csv');
    const records = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true }).data;
    const first = DATASETS[name].columns[0]!.key;
    expect(records.map((r) => r[first]), `${name}: CSV file`).toEqual(rows.map((r) => String(r[first] ?? '')));
    if (DATASETS[name].query) {
      const copy = await file(name, c.raw, 'csv', true);
      expect(copy.text, `${name}: CSV through COPY`).toBe(csv.text);
    }
  });
});
