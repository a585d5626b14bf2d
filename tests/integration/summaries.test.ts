// The summary tables (migration add_summaries, docs/summaries.md) against their definitions:
// random sequences of every kind of write the product makes — imports (new files and re-imports),
// re-analysis, stance overrides, reprint marks, event links added and removed, new events,
// publisher groups changed, publishers merged, article edits, language changes, deletions (plain,
// children first, and a curator removing an import), and
// reprint detection's (issue 18): imports of copies that detection links (also copies dated before
// their cluster's original, which take it over), of commentaries quoting a stored text in full,
// curators undoing a detection, handing it back and removing or restoring 'quotes' links, and
// `npm run analyze`'s re-detection — each through the real code path on a throw-away Postgres,
// with every summary compared to its recomputation from the base tables after each step, and the
// data version the render cache keys on moving with every reprint write. Then two writers at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { allSyntheticPublishers, SyntheticCorpus } from '@/lib/bench/synthetic';
import { addQuote, editArticle, markReprint, removeQuote, resetReprintDecision, setStanceOverride } from '@/lib/curation/articles';
import { CurationError } from '@/lib/curation/errors';
import { addEventLink, removeEventLink } from '@/lib/curation/event-links';
import { createEvent } from '@/lib/curation/events';
import { removeImport } from '@/lib/curation/imports';
import { editPublisher, mergePublishers } from '@/lib/curation/publishers';
import { importFiles } from '@/lib/ingest/import-files';
import { reanalyzeAll, reanalyzeArticles, redetectAll } from '@/lib/ingest/reanalyze';
import { rewrap, trimParagraph } from '@/lib/devset/reprint-edits';
import { stopProducerBoss } from '@/lib/jobs/boss';
import { rng, type Rng } from '@/lib/prng';
import { parseArticleFilter } from '@/lib/filters/articles';
import { parseSliceFilter, type SliceFilter } from '@/lib/filters/slice';
import { articleFilterOptions, countArticles } from '@/lib/queries/articles';
import { corpusVersion } from '@/lib/queries/data-version';
import { sliceGroupCounts } from '@/lib/queries/compare';
import { rankEventArticles } from '@/lib/queries/event-headlines';
import { eventGroupSummary, eventLanguages, eventReprintCounts, eventTimeline, listEventCoverage, sourceCounts, termRates } from '@/lib/queries/events';
import { articlesPerPublisher, articlesPerYear, countsByLanguage, countsByStance } from '@/lib/queries/overview';
import { sliceFilterOptions } from '@/lib/queries/slice';
import { termEvents, termExamples, termUsage } from '@/lib/queries/terms';
import { sampleFiles } from '@/lib/server/sample-corpus';
import { STANCES } from '@/lib/stance';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { text, TEST_ADMIN, useCurationEnv } from '../helpers/curation';

const admin: Actor = { user: TEST_ADMIN.user };

interface Mismatch {
  summary: string;
  stored: unknown;
  expected: unknown;
}

async function mismatches(db: TestDatabase): Promise<Mismatch[]> {
  return db.prisma.$queryRaw<Mismatch[]>`SELECT * FROM stance_lens_summary_check()`;
}

async function addSyntheticPublishers(db: TestDatabase) {
  for (const p of allSyntheticPublishers()) {
    const data = { name: p.name, kind: p.kind, stance: p.stance, stanceRationale: p.stanceRationale, inRegistry: false };
    await db.prisma.publisher.upsert({ where: { slug: p.slug }, create: { slug: p.slug, ...data }, update: {} });
  }
}

const corpus = new SyntheticCorpus(15);
let nextSynthetic = 0;
function syntheticFile(n: number) {
  const from = nextSynthetic;
  nextSynthetic += n;
  return text(`synthetic-${from}.jsonl`, corpus.jsonLines(from, nextSynthetic));
}

/** A fresh synthetic article's text, for a commentary of its own around a quoted one. */
function freshSyntheticBody(): string {
  const line = corpus.jsonLines(nextSynthetic, nextSynthetic + 1);
  nextSynthetic += 1;
  return (JSON.parse(line) as { body: string }).body;
}

interface Stored {
  id: number;
  title: string;
  body: string;
  day: string | null;
  publisher: string;
  words: number;
}
/** A stored article detection may link (not one a curator said is its own text), of at least `minWords`. */
async function storedText(db: TestDatabase, r: Rng, minWords: number, maxWords = 1e9): Promise<Stored | null> {
  const rows = await db.prisma.$queryRaw<Stored[]>`
    SELECT a.id, a.title, a.body, to_char(a.published_at, 'YYYY-MM-DD') AS day, p.name AS publisher, a.word_count AS words
    FROM articles a JOIN publishers p ON p.id = a.publisher_id
    WHERE a.reprint_decision IS DISTINCT FROM 'own' AND a.word_count BETWEEN ${minWords} AND ${maxWords} ORDER BY a.id`;
  return rows.length ? pick(r, rows) : null;
}
const shiftDay = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
let madeFiles = 0;
/** Imports one article as JSON Lines; its id and link after detection. */
async function importOne(db: TestDatabase, a: { title: string; publisher: string; date: string; body: string }) {
  const name = `reprint-kind-${madeFiles++}.jsonl`;
  const rep = await importFiles(db.prisma, [text(name, JSON.stringify(a))], { source: 'test' });
  const row = await db.prisma.article.findFirst({ where: { sourceFile: name }, select: { id: true, reprintOfId: true, quotes: { select: { quotedId: true } } } });
  return { rep, row };
}

const ids = async (db: TestDatabase, where = 'TRUE'): Promise<number[]> =>
  (await db.prisma.$queryRawUnsafe<{ id: number }[]>(`SELECT id FROM articles WHERE ${where} ORDER BY id`)).map((r) => r.id);
const pick = <T,>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r.next() * xs.length)]!;

/** Every kind of write, each a function of the random stream; returns what it did. */
function operations(db: TestDatabase): Array<[string, (r: Rng) => Promise<string>]> {
  return [
    ['import', async () => {
      const rep = await importFiles(db.prisma, [syntheticFile(12)], { source: 'test' });
      return `import: ${rep.totals.new} new`;
    }],
    ['re-import', async () => {
      const rep = await importFiles(db.prisma, [sampleFiles()[0]!], { source: 'test' });
      return `re-import: ${rep.totals.duplicate} duplicates`;
    }],
    ['reanalyze some', async (r) => {
      const all = await ids(db);
      const some = all.filter(() => r.next() < 0.2);
      await db.prisma.$transaction((tx) => reanalyzeArticles(tx, some), { timeout: 120_000 });
      return `reanalyze ${some.length}`;
    }],
    ['override', async (r) => {
      const id = pick(r, await ids(db));
      const stance = r.next() < 0.3 ? '' : pick(r, STANCES);
      await setStanceOverride(db.prisma, admin, { id, stance, reason: 'property test' });
      return `override #${id} → ${stance || 'cleared'}`;
    }],
    ['reprint', async (r) => {
      const all = await ids(db);
      const id = pick(r, all);
      const original = r.next() < 0.3 ? '' : pick(r, all);
      await markReprint(db.prisma, admin, { id, originalId: original, reason: 'property test' });
      return `reprint #${id} of ${original || 'nothing'}`;
    }],
    ['link', async (r) => {
      const id = pick(r, await ids(db));
      const events = await db.prisma.event.findMany({ select: { slug: true }, orderBy: { id: 'asc' } });
      const slug = pick(r, events).slug;
      await addEventLink(db.prisma, admin, { articleId: id, event: slug, role: r.next() < 0.5 ? 'about' : 'mention', reason: 'property test' });
      return `link #${id} ${slug}`;
    }],
    ['unlink', async (r) => {
      const links = await db.prisma.articleEvent.findMany({ select: { articleId: true, event: { select: { slug: true } } } });
      if (links.length === 0) return 'unlink: none';
      const l = pick(r, links);
      await removeEventLink(db.prisma, admin, { articleId: l.articleId, event: l.event.slug, reason: 'property test' });
      return `unlink #${l.articleId} ${l.event.slug}`;
    }],
    ['publisher stance', async (r) => {
      const withArticles = await db.prisma.publisher.findMany({ where: { articles: { some: {} } }, orderBy: { id: 'asc' } });
      const p = pick(r, withArticles);
      const stance = pick(r, STANCES.filter((s) => s !== p.stance));
      await editPublisher(db.prisma, admin, {
        id: p.id,
        stance,
        stanceRationale: `Rated ${stance} for the property test, step ${Math.floor(r.next() * 1e9)}.`,
        kind: p.kind,
        aliases: p.aliases,
        domains: p.domains,
        reason: 'property test',
      });
      return `publisher ${p.slug} → ${stance}`;
    }],
    ['merge', async (r) => {
      const withArticles = await db.prisma.publisher.findMany({ where: { articles: { some: {} } }, orderBy: { id: 'asc' } });
      if (withArticles.length < 3) return 'merge: too few';
      const source = pick(r, withArticles);
      const target = pick(r, withArticles.filter((p) => p.id !== source.id));
      await mergePublishers(db.prisma, admin, { sourceId: source.id, targetId: target.id, reason: 'property test' });
      return `merge ${source.slug} → ${target.slug}`;
    }],
    ['edit article', async (r) => {
      const id = pick(r, await ids(db));
      const a = await db.prisma.article.findUniqueOrThrow({ where: { id }, include: { publisher: true } });
      const publishers = await db.prisma.publisher.findMany({ select: { slug: true }, orderBy: { id: 'asc' } });
      const year = 1990 + Math.floor(r.next() * 36);
      await editArticle(db.prisma, admin, {
        id,
        title: a.title,
        publishedAt: r.next() < 0.2 ? '' : `${year}-0${1 + Math.floor(r.next() * 9)}-1${Math.floor(r.next() * 9)}`,
        datePrecision: 'day',
        author: a.author ?? '',
        publisher: r.next() < 0.5 ? a.publisher.slug : pick(r, publishers).slug,
        via: '',
        reason: 'property test',
      }).catch((e: unknown) => {
        // An undated article's precision must be unknown: the form's rule, not a summary's.
        if (e instanceof CurationError) return;
        throw e;
      });
      return `edit #${id}`;
    }],
    ['language', async (r) => {
      const id = pick(r, await ids(db));
      const lang = pick(r, ['en', 'fa', 'fr', 'und']);
      await db.prisma.$executeRaw`UPDATE articles SET language = ${lang} WHERE id = ${id}`;
      return `language #${id} → ${lang}`;
    }],
    ['new event', async (r) => {
      const n = Math.floor(r.next() * 1e6);
      await createEvent(db.prisma, admin, {
        name: `Property test event ${n}`,
        period: '2019',
        dateStart: '',
        dateEnd: '',
        description: 'An event made up for the summary property test, matched by a common word.',
        strong: ['executions'],
        support: [],
        minSupport: 1,
        reason: 'property test',
      });
      return `new event ${n}`;
    }],
    ['import a copy', async (r) => {
      // A copy as a republishing site makes it: its own header and credit line, perhaps a
      // paragraph fewer, re-wrapped lines and plain quote marks; dated after the text it copies,
      // or before it (it then takes its cluster over), or undated.
      const src = await storedText(db, r, 120);
      if (!src) return 'copy: none';
      let body = src.body;
      if (r.chance(0.4)) body = trimParagraph(r, body);
      if (r.chance(0.4)) body = rewrap(r, body);
      if (r.chance(0.5)) body = body.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
      const outlet = pick(r, allSyntheticPublishers()).name;
      body = `${outlet} | News desk\n\n${body}\n\nThis report first appeared on ${src.publisher}. Share: Email, Print`;
      const roll = r.next();
      const date = !src.day || roll < 0.1 ? '' : roll < 0.35 ? shiftDay(src.day, -2) : shiftDay(src.day, 1 + Math.floor(r.next() * 4));
      const { rep, row } = await importOne(db, { title: src.title, publisher: outlet, date, body });
      return `copy of #${src.id} (${date || 'undated'}): ${rep.totals.new} new, #${row?.id} reprint of ${row?.reprintOfId ?? 'nothing'}`;
    }],
    ['import a quoting article', async (r) => {
      // A commentary of its own (paragraphs of fresh synthetic texts, about half to four fifths
      // as long as what it quotes) reproducing a stored text in full, days later.
      const src = await storedText(db, r, 120);
      if (!src) return 'quote: none';
      const own: string[] = [];
      const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
      for (let tries = 0; tries < 50 && own.reduce((n, p) => n + words(p), 0) < src.words * 0.5; tries++) {
        for (const p of freshSyntheticBody().split('\n\n')) if (own.reduce((n, q) => n + words(q), 0) + words(p) <= src.words * 0.8) own.push(p);
      }
      const half = Math.max(1, Math.floor(own.length / 2));
      const body = [...own.slice(0, half), `${src.publisher} published the following, which we reproduce in full:`, src.body, ...own.slice(half)].join('\n\n');
      const outlet = pick(r, allSyntheticPublishers()).name;
      const { rep, row } = await importOne(db, { title: `Commentary on ${src.title}`, publisher: outlet, date: src.day ? shiftDay(src.day, 3) : '', body });
      return `quoting #${src.id}: ${rep.totals.new} new, #${row?.id} quotes ${row?.quotes.map((q) => q.quotedId).join(',') || 'nothing'}${row?.reprintOfId ? `, reprint of ${row.reprintOfId}` : ''}`;
    }],
    ['undo a detection', async (r) => {
      const detected = await ids(db, 'reprint_of_id IS NOT NULL AND reprint_decision IS NULL');
      if (detected.length === 0) return 'undo: none';
      const id = pick(r, detected);
      await markReprint(db.prisma, admin, { id, originalId: '', reason: 'property test: not a copy' });
      return `undo detection of #${id}`;
    }],
    ['hand back to detection', async (r) => {
      const decided = await ids(db, 'reprint_decision IS NOT NULL');
      if (decided.length === 0) return 'hand back: none';
      const id = pick(r, decided);
      const res = await resetReprintDecision(db.prisma, admin, { id, reason: 'property test' });
      return `hand #${id} back: reprint of ${res.reprintOfId ?? 'nothing'}`;
    }],
    ['remove a quotes link', async (r) => {
      const links = await db.prisma.articleQuote.findMany({ select: { articleId: true, quotedId: true }, orderBy: [{ articleId: 'asc' }, { quotedId: 'asc' }] });
      if (links.length === 0) return 'unquote: none';
      const l = pick(r, links);
      await removeQuote(db.prisma, admin, { id: l.articleId, quotedId: l.quotedId, reason: 'property test' });
      return `unquote #${l.articleId} of #${l.quotedId}`;
    }],
    ['set a quotes link by hand', async (r) => {
      const removed = await db.prisma.articleQuoteOverride.findMany({ select: { articleId: true, quotedId: true }, orderBy: [{ articleId: 'asc' }, { quotedId: 'asc' }] });
      if (removed.length === 0) return 'requote: none';
      const l = pick(r, removed);
      await addQuote(db.prisma, admin, { id: l.articleId, quotedId: l.quotedId, reason: 'property test' });
      return `requote #${l.articleId} of #${l.quotedId}`;
    }],
    ['re-detect', async () => {
      const res = await redetectAll(db.prisma, { batchSize: 40, analyseQuoting: true });
      return `re-detect: ${res.reprints} reprints, ${res.quoting.length} quoting`;
    }],
    ['delete', async (r) => {
      const all = await ids(db);
      const gone = all.filter(() => r.next() < 0.04);
      await db.prisma.$executeRaw`DELETE FROM articles WHERE id = ANY(${gone})`;
      return `delete ${gone.length}`;
    }],
    ['delete children first', async (r) => {
      const all = await ids(db);
      const gone = all.filter(() => r.next() < 0.04);
      await db.prisma.$queryRaw`SELECT stance_lens_delete_articles(${gone}::int4[])`;
      return `delete ${gone.length} children first`;
    }],
    ['remove an import', async (r) => {
      // Any batch but the first (the sample corpus and the synthetic articles every step draws on).
      const batches = await db.prisma.$queryRaw<{ id: number; n: number }[]>`
        SELECT import_batch_id AS id, count(*)::int AS n FROM articles WHERE import_batch_id > (SELECT min(id) FROM import_batches) GROUP BY 1 ORDER BY 1`;
      if (batches.length === 0) return 'remove import: none';
      const b = pick(r, batches);
      const res = await removeImport(db.prisma, admin, { id: b.id, expected: b.n, reason: 'property test' });
      return `remove import #${b.id}: ${res.removed} articles, ${res.clustersTakenOver} clusters handed over, ${res.reanalysed} re-analysed`;
    }],
  ];
}

/** The reprint write kinds (issue 18), whose every write must move the render cache's version. */
const REPRINT_KINDS = ['import a copy', 'import a quoting article', 'undo a detection', 'hand back to detection', 'remove a quotes link', 'set a quotes link by hand', 're-detect'];

let db: TestDatabase;

/** Every view that reads a summary, over slices the summaries answer and slices they do not. */
async function views(): Promise<Record<string, unknown>> {
  const slices: SliceFilter[] = [
    parseSliceFilter({}),
    parseSliceFilter({ stance: 'advocacy,critical' }),
    parseSliceFilter({ lang: 'en' }),
    parseSliceFilter({ lang: 'fa,fr', stance: 'unrated,mainstream' }),
    parseSliceFilter({ from: '2015-01-01', to: '2024-12-31' }),
    parseSliceFilter({ from: '2019-01-01' }),
    parseSliceFilter({ to: '2010-12-31', lang: 'en' }),
    parseSliceFilter({ from: '2015-03-02', to: '2024-12-31' }),
    parseSliceFilter({ publisher: 'oiac,amnesty-international,synthetic-advocacy-outlet-01' }),
  ];
  const events = await db.prisma.event.findMany({ where: { articles: { some: {} } }, select: { id: true, slug: true }, orderBy: { id: 'asc' } });
  for (const e of events.slice(0, 3)) slices.push(parseSliceFilter({ event: e.slug }), parseSliceFilter({ event: e.slug, lang: 'en', stance: 'advocacy,mainstream' }));
  const out: Record<string, unknown> = {
    countsByStance: sorted(await countsByStance()),
    countsByLanguage: await countsByLanguage(),
    articlesPerPublisher: await articlesPerPublisher(500),
    articlesPerYear: sorted(await articlesPerYear()),
    sliceFilterOptions: await sliceFilterOptions(),
    articleFilterOptions: await articleFilterOptions(),
  };
  for (const [i, f] of slices.entries()) {
    out[`listEventCoverage ${i}`] = await listEventCoverage(f);
    out[`sliceGroupCounts ${i}`] = sorted(await sliceGroupCounts(f));
    out[`termRates ${i}`] = await termRates({ slice: f });
    out[`countArticles ${i}`] = await countArticles(parseArticleFilter({ stance: f.stances.join(','), lang: f.languages.join(','), from: f.from ?? '', to: f.to ?? '', publisher: f.publishers.join(',') }));
  }
  for (const e of events) {
    for (const [j, narrow] of [undefined, parseSliceFilter({ lang: 'en' }), parseSliceFilter({ stance: 'critical', from: '2000-01-01' })].entries()) {
      out[`eventGroupSummary ${e.slug} ${j}`] = sorted(await eventGroupSummary(e.id, narrow));
      out[`eventLanguages ${e.slug} ${j}`] = await eventLanguages(e.id, narrow);
      out[`termRates ${e.slug} ${j}`] = await termRates({ eventId: e.id, slice: narrow });
      out[`sourceCounts ${e.slug} ${j}`] = await sourceCounts({ eventId: e.id, slice: narrow });
      out[`sourceCounts all ${e.slug} ${j}`] = await sourceCounts({ eventId: e.id, slice: narrow }, null);
      // The page's bounded lists with small bounds, so that they prune and cut here too
      // (tests/integration/event-page-bounds.test.ts): the same rows from the summaries or without.
      out[`sourceCounts 2 ${e.slug} ${j}`] = await sourceCounts({ eventId: e.id, slice: narrow }, 2);
      out[`eventArticles ${e.slug} ${j}`] = await rankEventArticles(e.id, 2, narrow, 3);
      out[`eventReprintCounts ${e.slug} ${j}`] = await eventReprintCounts(e.id, narrow);
    }
    out[`eventTimeline ${e.slug}`] = sorted(await eventTimeline(e.id));
  }
  // The term page: the two most and the two least used terms.
  const terms = await db.prisma.$queryRaw<{ term: string }[]>`SELECT term FROM article_terms GROUP BY term ORDER BY count(*) DESC, term`;
  for (const { term } of [...terms.slice(0, 2), ...terms.slice(-2)]) {
    out[`termUsage ${term}`] = await termUsage(term);
    out[`termEvents ${term}`] = await termEvents(term, null);
    out[`termExamples ${term}`] = await termExamples(term);
  }
  return out;
}
const sorted = <T,>(rows: T[]): T[] => [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

async function viewsMatchTheirSql() {
  const fromSummaries = await views();
  process.env.STANCE_LENS_SUMMARIES = 'off';
  try {
    const overArticles = await views();
    expect(Object.keys(fromSummaries).length).toBeGreaterThan(60);
    for (const k of Object.keys(overArticles)) expect(fromSummaries[k], k).toEqual(overArticles[k]);
  } finally {
    delete process.env.STANCE_LENS_SUMMARIES;
  }
}

beforeAll(async () => {
  db = await freshDatabase();
  useCurationEnv(db.url);
  await addSyntheticPublishers(db);
  await importFiles(db.prisma, [...sampleFiles(), syntheticFile(40)], { source: 'test' });
});
afterAll(async () => {
  await stopProducerBoss();
  await db?.drop();
});

describe('summaries', () => {
  it('are checked: a wrong count is found, and a rebuild mends it', async () => {
    await db.prisma.$executeRaw`UPDATE summary_event_terms SET count = count + 1 WHERE (event_id, term) IN (SELECT event_id, term FROM summary_event_terms LIMIT 1)`;
    await db.prisma.$executeRaw`DELETE FROM summary_articles WHERE ctid IN (SELECT ctid FROM summary_articles LIMIT 1)`;
    const wrong = await mismatches(db);
    expect([...new Set(wrong.map((w) => w.summary))].sort()).toEqual(['summary_articles', 'summary_event_terms']);
    await db.prisma.$executeRaw`SELECT stance_lens_summary_rebuild()`;
    expect(await mismatches(db)).toEqual([]);
  });

  it('hold after an import of the sample corpus and synthetic articles', async () => {
    const n = await db.prisma.$queryRaw<{ n: number }[]>`SELECT (SELECT count(*) FROM summary_articles)::int + (SELECT count(*) FROM summary_event_terms)::int AS n`;
    expect(n[0]!.n).toBeGreaterThan(50);
    expect(await mismatches(db)).toEqual([]);
  });

  it('read back through the Prisma client, every model and field', async () => {
    const [articles, events, terms, eventTerms, sources, types, versions] = await Promise.all([
      db.prisma.summaryArticles.findMany(),
      db.prisma.summaryEvents.findMany(),
      db.prisma.summaryTerms.findMany(),
      db.prisma.summaryEventTerms.findMany(),
      db.prisma.summaryEventSources.findMany(),
      db.prisma.summaryEventSourceTypes.findMany(),
      db.prisma.dataVersion.findMany(),
    ]);
    const raw = await db.prisma.$queryRaw<{ n: number }[]>`SELECT sum(articles)::int AS n FROM summary_articles`;
    expect(articles.reduce((n, r) => n + r.articles, 0)).toBe(raw[0]!.n);
    expect(articles.every((r) => typeof r.words === 'bigint' && typeof r.counted === 'boolean' && r.year >= 0)).toBe(true);
    expect(events.some((r) => r.firstDay instanceof Date && r.lastDay! >= r.firstDay)).toBe(true);
    expect(events.every((r) => r.about <= r.articles)).toBe(true);
    expect(terms.length).toBeGreaterThan(0);
    expect(eventTerms.every((r) => r.count >= BigInt(r.articles))).toBe(true);
    expect(sources.every((r) => r.firstId !== null && r.articles <= r.mentions)).toBe(true);
    expect(types.reduce((n, r) => n + r.mentions, 0)).toBe(sources.reduce((n, r) => n + r.mentions, 0));
    expect(versions.find((v) => v.scope === 'corpus')?.version).toBeGreaterThan(0n);
  });

  it('equal their recomputation after every step of random write sequences', async () => {
    const ops = operations(db);
    const done = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5]) {
      const r = rng(seed, 15);
      for (let step = 0; step < 18; step++) {
        const [name, op] = pick(r, ops);
        const v0 = await corpusVersion(db.prisma);
        const did = await op(r).catch((e: unknown) => {
          if (e instanceof CurationError) return `${name}: refused (${e.message})`;
          throw e;
        });
        const wrong = await mismatches(db);
        if (process.env.SUMMARY_TEST_LOG) console.log(did);
        expect(wrong, `seed ${seed}, step ${step}: ${did}`).toEqual([]);
        // Reprint writes move the version the render cache keys pages on, in their own transaction.
        if (REPRINT_KINDS.includes(name) && !/: (none|refused)/.test(did)) {
          expect(BigInt(await corpusVersion(db.prisma)), `seed ${seed}, step ${step}: ${did}`).toBeGreaterThan(BigInt(v0));
          done.add(name);
        }
      }
    }
    if (process.env.SUMMARY_TEST_LOG) console.log([...done]);
  });

  it('stay exact through each reprint write kind, and the render cache’s version moves with each', async () => {
    // Each kind at least once whatever the random sequences picked, in an order where each has
    // something to act on: copies (one dated before its original), a quoting commentary, a
    // detection undone and handed back, a quotes link removed and set again, re-detection.
    const ops = new Map(operations(db));
    const r = rng(99, 15);
    const counts = async () =>
      (await db.prisma.$queryRaw<{ detected: number; quoting: number }[]>`
        SELECT (SELECT count(*) FROM articles WHERE reprint_of_id IS NOT NULL AND reprint_decision IS NULL)::int AS detected,
               (SELECT count(*) FROM article_quotes)::int AS quoting`)[0]!;
    const start = await counts();
    const log: string[] = [];
    for (const name of ['import a copy', 'import a copy', 'import a copy', 'import a quoting article', 'import a quoting article', 'undo a detection', 'hand back to detection', 'remove a quotes link', 'set a quotes link by hand', 'import a copy', 're-detect']) {
      const v0 = await corpusVersion(db.prisma);
      const did = await ops.get(name)!(r);
      log.push(did);
      expect(did, log.join('\n')).not.toMatch(/: (none|refused)/);
      expect(await mismatches(db), log.join('\n')).toEqual([]);
      expect(BigInt(await corpusVersion(db.prisma)), did).toBeGreaterThan(BigInt(v0));
    }
    // Detection really linked the copies and the commentaries.
    const end = await counts();
    expect(end.detected, log.join('\n')).toBeGreaterThan(start.detected);
    expect(end.quoting, log.join('\n')).toBeGreaterThan(0);
    await viewsMatchTheirSql();
  });

  it('give every view the numbers of its SQL over the articles', async () => {
    await viewsMatchTheirSql();
  });

  it('equal their recomputation after npm run analyze', async () => {
    await reanalyzeAll(db.prisma, { batchSize: 25 });
    expect(await mismatches(db)).toEqual([]);
  });

  it('stay exact with two writers at once, and neither fails', async () => {
    const withArticles = await db.prisma.publisher.findMany({ where: { articles: { some: {} } }, orderBy: { id: 'asc' } });
    const p = withArticles[0]!;
    const before = await db.prisma.$queryRaw<{ v: bigint }[]>`SELECT version AS v FROM data_versions WHERE scope = 'corpus'`;
    // Two importers, a re-analysis and a curator changing an outlet's group, all at once.
    const results = await Promise.allSettled([
      importFiles(db.prisma, [syntheticFile(15), syntheticFile(15)], { source: 'test' }),
      importFiles(db.prisma, [syntheticFile(15), syntheticFile(15)], { source: 'test' }),
      db.prisma.$transaction(async (tx) => reanalyzeArticles(tx, await ids(db, 'id % 3 = 0')), { timeout: 120_000 }),
      editPublisher(db.prisma, admin, {
        id: p.id,
        stance: p.stance === 'critical' ? 'mainstream' : 'critical',
        stanceRationale: 'Rated again for the concurrency test of the summaries.',
        kind: p.kind,
        aliases: p.aliases,
        domains: p.domains,
        reason: 'concurrency test',
      }),
    ]);
    expect(results.filter((x) => x.status === 'rejected')).toEqual([]);
    for (const x of results.slice(0, 2)) expect((x as PromiseFulfilledResult<{ totals: { new: number } }>).value.totals.new).toBe(30);
    expect(await mismatches(db)).toEqual([]);
    const after = await db.prisma.$queryRaw<{ v: bigint }[]>`SELECT version AS v FROM data_versions WHERE scope = 'corpus'`;
    expect(after[0]!.v).toBeGreaterThan(before[0]!.v);
    await viewsMatchTheirSql();
  });

  it('move the data version with every write, also one that counts nowhere', async () => {
    const version = async () => (await db.prisma.$queryRaw<{ v: bigint }[]>`SELECT version AS v FROM data_versions WHERE scope = 'corpus'`)[0]!.v;
    // An article with terms and event links, so that each write below changes a row.
    const reprint = await db.prisma.article.findFirst({ where: { reprintOfId: { not: null }, terms: { some: {} }, events: { some: {} } } });
    const original = await db.prisma.article.findFirstOrThrow({ where: { reprintOfId: null }, orderBy: { id: 'asc' } });
    const id = reprint?.id ?? (await db.prisma.article.findFirstOrThrow({ where: { reprintOfId: null, id: { not: original.id }, reprints: { none: {} }, terms: { some: {} }, events: { some: {} } } })).id;
    if (!reprint) await db.prisma.article.update({ where: { id }, data: { reprintOfId: original.id } });
    for (const [i, write] of [
      () => db.prisma.$executeRaw`UPDATE article_terms SET count = count + 1 WHERE article_id = ${id}`,
      () => db.prisma.$executeRaw`DELETE FROM article_events WHERE article_id = ${id}`,
      () => db.prisma.$executeRaw`UPDATE articles SET title = title || ' (edited)' WHERE id = ${id}`,
      () => db.prisma.$executeRaw`UPDATE publishers SET name = name || ' ' WHERE id = ${original.publisherId}`,
      () => db.prisma.$executeRaw`INSERT INTO audit_log (actor, entity_type, entity_id, entity_label, action) VALUES ('test', 'article', ${id}, 'x', 'edit')`,
      // A 'quotes' link (the event page and the reader list them), set and removed directly.
      () => db.prisma.$executeRaw`INSERT INTO article_quotes (article_id, quoted_id, method) VALUES (${id}, ${original.id}, 'manual') ON CONFLICT DO NOTHING`,
      () => db.prisma.$executeRaw`DELETE FROM article_quotes WHERE article_id = ${id} AND quoted_id = ${original.id}`,
      // Who decided a link (the article list says curator or detection) and its similarity.
      () => db.prisma.$executeRaw`UPDATE articles SET reprint_similarity = 0.9, reprint_decision = 'reprint' WHERE id = ${id}`,
    ].entries()) {
      const before = await version();
      await write();
      expect(await version(), `write ${i}`).toBeGreaterThan(before);
    }
    expect(await mismatches(db)).toEqual([]);
  });

  it('refuse a writer at another isolation level rather than count wrongly', async () => {
    const id = (await ids(db))[0]!;
    const err = await db.prisma
      .$transaction((tx) => tx.$executeRaw`UPDATE articles SET language = 'de' WHERE id = ${id}`, { isolationLevel: 'RepeatableRead' })
      .catch((e: unknown) => e);
    expect(String(err)).toMatch(/READ COMMITTED/);
    expect(await mismatches(db)).toEqual([]);
  });
});
