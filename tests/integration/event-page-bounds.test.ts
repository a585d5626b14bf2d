// The event page's two lists that read only the rows that can rank (issue 15) against their
// definitions: the headlines walked from the best (role, score) down against the ranking of every
// link (lib/queries/event-headlines.ts), and the most quoted per group after pruning against the
// first of the full ranking (lib/queries/event-sources.ts). The corpus is shaped for the edge
// cases: ties of (role, score) and of dates at the bound, undated articles, events with no or few
// 'about' links, groups with fewer articles than the page shows or none, reprints and overrides,
// and entities whose mentions are split over languages (so that the largest single rows are not
// the largest totals). Both paths must give the same rows in the same order, the example sentence
// included; the bounded headlines must both hold and fall back here. The page's reprint counts,
// from the summaries and the quotes links, against their count over the event's links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allSyntheticPublishers, SyntheticCorpus } from '@/lib/bench/synthetic';
import { parseSliceFilter, type SliceFilter } from '@/lib/filters/slice';
import { importFiles } from '@/lib/ingest/import-files';
import { boundedEventArticles, rankAllEventArticles, rankEventArticles } from '@/lib/queries/event-headlines';
import { eventArticles, eventReprintCounts, sourceCounts, type SourceCount } from '@/lib/queries/events';
import { sampleFiles } from '@/lib/server/sample-corpus';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { text } from '../helpers/curation';

let db: TestDatabase;
let events: Array<{ id: number; slug: string; links: number }>;

const SLICES: Array<[string, SliceFilter | undefined]> = [
  ['all', undefined],
  ['en', parseSliceFilter({ lang: 'en' })],
  ['fa,fr', parseSliceFilter({ lang: 'fa,fr' })],
  ['critical,unrated', parseSliceFilter({ stance: 'critical,unrated' })],
  ['unrated fr', parseSliceFilter({ stance: 'unrated', lang: 'fr' })],
  // Slices the summaries do not answer: no group totals, so a short group falls back.
  ['dates', parseSliceFilter({ from: '2015-03-02', to: '2024-06-30' })],
  ['outlets', parseSliceFilter({ publisher: 'synthetic-advocacy-outlet-01,synthetic-critical-outlet-01,synthetic-unrated-outlet-01' })],
];

beforeAll(async () => {
  db = await freshDatabase();
  process.env.DATABASE_URL = db.url;
  process.env.STANCE_LENS_QUERY_CACHE = 'off';
  for (const p of allSyntheticPublishers()) {
    const data = { name: p.name, kind: p.kind, stance: p.stance, stanceRationale: p.stanceRationale, inRegistry: false };
    await db.prisma.publisher.upsert({ where: { slug: p.slug }, create: { slug: p.slug, ...data }, update: {} });
  }
  const corpus = new SyntheticCorpus(23);
  const rep = await importFiles(db.prisma, [...sampleFiles(), text('synthetic.jsonl', corpus.jsonLines(0, 400))], { source: 'test' });
  expect(rep.totals.failed).toBe(0);
  // Every write below goes through the summary triggers, so the summaries stay exact.
  await db.prisma.$executeRawUnsafe(`
    -- Languages by article: an entity's mentions in a group split over up to three rows.
    UPDATE articles SET language = CASE id % 3 WHEN 0 THEN 'fa' WHEN 1 THEN 'fr' ELSE 'en' END WHERE id % 5 <> 0`);
  await db.prisma.$executeRawUnsafe(`
    -- Coarse scores: long ties of (role, score) at any bound.
    UPDATE article_events SET score = round(score::numeric, 1)::real WHERE article_id % 4 <> 0`);
  await db.prisma.$executeRawUnsafe(`
    -- Ties of dates (the id decides), and undated articles (ranked last).
    UPDATE articles SET published_at = date_trunc('year', published_at)::date, date_precision = 'year' WHERE id % 7 = 1 AND published_at IS NOT NULL`);
  await db.prisma.$executeRawUnsafe(`UPDATE articles SET published_at = NULL, date_precision = 'unknown' WHERE id % 11 = 2`);
  await db.prisma.$executeRawUnsafe(`UPDATE articles SET stance_override = 'unrated', stance_override_reason = 'test' WHERE id % 13 = 3`);
  await db.prisma.$executeRawUnsafe(`
    UPDATE articles a SET reprint_of_id = (SELECT min(id) FROM articles) WHERE a.id % 17 = 4 AND a.id <> (SELECT min(id) FROM articles)`);
  const byLinks = await db.prisma.$queryRaw<Array<{ id: number; slug: string; links: number }>>`
    SELECT e.id, e.slug, count(ae.*)::int AS links FROM events e JOIN article_events ae ON ae.event_id = e.id GROUP BY e.id ORDER BY links DESC, e.id`;
  // The largest event's links all 'mention' (the bound among the others), the next with a few 'about'.
  await db.prisma.$executeRaw`UPDATE article_events SET role = 'mention' WHERE event_id = ${byLinks[0]!.id}`;
  await db.prisma.$executeRaw`UPDATE article_events SET role = CASE WHEN article_id % 9 = 0 THEN 'about' ELSE 'mention' END WHERE event_id = ${byLinks[1]!.id}`;
  events = byLinks;
  expect(events.length).toBeGreaterThan(5);
  expect(events[0]!.links).toBeGreaterThan(60);
  const check = await db.prisma.$queryRaw<unknown[]>`SELECT * FROM stance_lens_summary_check()`;
  expect(check).toEqual([]);
}, 300_000);

afterAll(async () => {
  delete process.env.STANCE_LENS_QUERY_CACHE;
  await db?.drop();
});

describe('event headlines', () => {
  it('are the full ranking’s, whether the walk is enough or falls back', async () => {
    let bounded = 0;
    let cut = 0;
    let fellBack = 0;
    let fromTies = 0;
    for (const summaries of [true, false]) {
      if (!summaries) process.env.STANCE_LENS_SUMMARIES = 'off';
      try {
        for (const e of events) {
          for (const [name, narrow] of SLICES) {
            for (const perGroup of [1, 3, 12]) {
              const full = await rankAllEventArticles(e.id, perGroup, narrow, db.prisma);
              for (const walk of [1, 4, 25, 1000]) {
                const what = `${e.slug} ${name} perGroup ${perGroup} walk ${walk} summaries ${summaries}`;
                const b = await boundedEventArticles(e.id, perGroup, narrow, walk, db.prisma);
                if (b.complete) {
                  expect(b.rows, what).toEqual(full);
                  bounded++;
                  if (walk < e.links) cut++;
                  // Only the tie of the first link's (role, score) can fill a group from one link.
                  if (walk === 1 && full.length > 0) fromTies++;
                } else fellBack++;
                expect(await rankEventArticles(e.id, perGroup, narrow, walk, db.prisma), what).toEqual(full);
              }
            }
          }
        }
      } finally {
        delete process.env.STANCE_LENS_SUMMARIES;
      }
    }
    if (process.env.BOUNDS_TEST_LOG) console.log({ bounded, cut, fellBack, fromTies });
    // Both paths ran, and the bound really left links out.
    expect(cut).toBeGreaterThan(100);
    expect(fellBack).toBeGreaterThan(20);
    expect(fromTies).toBeGreaterThan(50);
    expect(bounded).toBeGreaterThan(cut - 1);
  }, 600_000);

  it('as the page reads them', async () => {
    for (const e of events) {
      for (const [, narrow] of SLICES) expect(await eventArticles(e.id, undefined, narrow)).toEqual(await rankAllEventArticles(e.id, 12, narrow, db.prisma));
    }
  });
});

describe('reprint counts', () => {
  it('from the summaries and the quotes links are those counted over the links', async () => {
    await db.prisma.$executeRawUnsafe(`
      INSERT INTO article_quotes (article_id, quoted_id, method)
      SELECT a.id, (SELECT min(id) FROM articles), 'manual' FROM articles a WHERE a.id % 19 = 5 AND a.id <> (SELECT min(id) FROM articles)
      ON CONFLICT DO NOTHING`);
    const counted: Array<{ reprints: number; quoting: number }> = [];
    for (const summaries of [true, false]) {
      if (!summaries) process.env.STANCE_LENS_SUMMARIES = 'off';
      try {
        counted.push(...(await Promise.all(events.map((e) => eventReprintCounts(e.id, undefined, db.prisma)))));
      } finally {
        delete process.env.STANCE_LENS_SUMMARIES;
      }
    }
    expect(counted.slice(0, events.length)).toEqual(counted.slice(events.length));
    expect(counted.some((c) => c.reprints > 0 && c.quoting > 0)).toBe(true);
  });
});

describe('who is quoted, per group', () => {
  it('is the first of the full ranking, ties and split entities included', async () => {
    // The case the pruning is for: an entity among a group's first k by total, none of whose rows
    // is among the group's k largest rows.
    const split = await db.prisma.$queryRaw<{ n: number }[]>`
      WITH totals AS (
        SELECT event_id, stance, entity, sum(mentions) AS total, max(mentions) AS top,
               row_number() OVER (PARTITION BY event_id, stance ORDER BY sum(mentions) DESC, entity) AS rank
        FROM summary_event_sources GROUP BY 1, 2, 3
      ), rows AS (
        SELECT event_id, stance, mentions, row_number() OVER (PARTITION BY event_id, stance ORDER BY mentions DESC) AS k FROM summary_event_sources
      )
      SELECT count(*)::int AS n FROM totals t JOIN rows r ON r.event_id = t.event_id AND r.stance = t.stance AND r.k = t.rank
      WHERE t.rank <= 5 AND t.top < r.mentions`;
    expect(split[0]!.n).toBeGreaterThan(0);
    let ties = 0;
    for (const e of events) {
      for (const [name, narrow] of SLICES.slice(0, 5)) {
        const all = await sourceCounts({ eventId: e.id, slice: narrow }, null, db.prisma);
        for (const k of [1, 2, 3, 5, 15]) {
          const first = all.filter((r) => rank(r) <= k);
          expect(await sourceCounts({ eventId: e.id, slice: narrow }, k, db.prisma), `${e.slug} ${name} ${k}`).toEqual(first);
          // A tie on mentions across the k-th place: the entity's name decides.
          const last = first.filter((r) => rank(r) === k);
          if (last.some((r) => all.some((o) => o.stance === r.stance && rank(o) === k + 1 && o.mentions === r.mentions))) ties++;
        }
      }
    }
    if (process.env.BOUNDS_TEST_LOG) console.log({ split: split[0]!.n, ties });
    expect(ties).toBeGreaterThan(5);
  }, 300_000);
});

const rank = (r: SourceCount) => Number((r as SourceCount & { rank: bigint }).rank);
