// The term page's queries (lib/queries/terms.ts, term-examples.ts) on a throw-away Postgres, from
// the summaries and the walk over the newest articles, against their SQL over every article
// (STANCE_LENS_SUMMARIES=off): the same rows, in the same order, with the same numbers, for every
// term of a corpus of the sample texts, the Persian test pages and synthetic articles, with
// curators' groups and reprints. The walk is also run at every length up to a term's articles
// (sampled for common terms): whenever it answers, it answers as the search over every article,
// and it declines when a group could still change further back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { allSyntheticPublishers, SyntheticCorpus } from '@/lib/bench/synthetic';
import { importFiles } from '@/lib/ingest/import-files';
import { examplesWalkLimits, termExamplesWithin } from '@/lib/queries/term-examples';
import { termEvents, termExamples, termUsage } from '@/lib/queries/terms';
import { sampleFiles } from '@/lib/server/sample-corpus';
import { rng } from '@/lib/prng';
import { PERSIAN_TEST_PAGES } from '../fixtures/persian/articles';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { text } from '../helpers/curation';

let db: TestDatabase;
let terms: Array<{ term: string; hits: number }>;

beforeAll(async () => {
  db = await freshDatabase();
  for (const p of allSyntheticPublishers()) {
    const data = { name: p.name, kind: p.kind, stance: p.stance, stanceRationale: p.stanceRationale, inRegistry: false };
    await db.prisma.publisher.upsert({ where: { slug: p.slug }, create: { slug: p.slug, ...data }, update: {} });
  }
  const persian = PERSIAN_TEST_PAGES.map((p) => text(p.name, p.text));
  const synthetic = text('synthetic.jsonl', new SyntheticCorpus(15).jsonLines(0, 1000));
  const report = await importFiles(db.prisma, [...sampleFiles(), ...persian, synthetic], { source: 'test' });
  expect(report.totals.failed).toBe(0);
  // Curators' groups (an outlet's articles in two groups) and reprints (counted once), through
  // the triggers that keep the summaries.
  await db.prisma.$executeRaw`
    UPDATE articles a SET stance_override = (ARRAY['advocacy', 'mainstream', 'critical', 'unrated']::"Stance"[])[1 + a.id % 4],
                          stance_override_reason = 'test'
    WHERE a.id % 11 = 0`;
  await db.prisma.$executeRaw`
    UPDATE articles a SET reprint_of_id = o.id
    FROM articles o WHERE a.id % 13 = 0 AND o.id = a.id - 1 AND o.reprint_of_id IS NULL`;
  expect(await db.prisma.$queryRaw`SELECT * FROM stance_lens_summary_check()`).toEqual([]);
  terms = await db.prisma.$queryRaw<Array<{ term: string; hits: number }>>`
    SELECT t.term, count(*)::int AS hits FROM article_terms t JOIN articles a ON a.id = t.article_id
    WHERE a.reprint_of_id IS NULL GROUP BY 1 ORDER BY 1`;
  terms.push({ term: 'no-such-term', hits: 0 });
});

afterAll(async () => {
  await db?.drop();
});

/** `load` as without the summaries: over every article. */
async function overArticles<T>(load: () => Promise<T>): Promise<T> {
  process.env.STANCE_LENS_SUMMARIES = 'off';
  try {
    return await load();
  } finally {
    delete process.env.STANCE_LENS_SUMMARIES;
  }
}

describe('the term page from the summaries', () => {
  it('covers common and rare terms, Persian ones, and curators’ groups', async () => {
    expect(terms.length).toBeGreaterThan(30);
    expect(Math.max(...terms.map((t) => t.hits))).toBeGreaterThan(150);
    expect(terms.some((t) => t.hits > 0 && t.hits <= 3)).toBe(true);
    const persian = await db.prisma.$queryRaw<Array<{ n: number }>>`
      SELECT count(DISTINCT t.term)::int AS n FROM article_terms t JOIN articles a ON a.id = t.article_id WHERE a.language = 'fa'`;
    expect(persian[0]!.n).toBeGreaterThan(0);
  });

  it('gives each term’s usage per group and year, and its events, as over the articles', async () => {
    for (const { term } of terms) {
      expect(await termUsage(term, db.prisma), term).toEqual(await overArticles(() => termUsage(term, db.prisma)));
      for (const limit of [10, 1, null]) {
        expect(await termEvents(term, limit, db.prisma), `${term} ${limit}`).toEqual(await overArticles(() => termEvents(term, limit, db.prisma)));
      }
    }
  });

  it('gives each term’s examples as the search over every article, walking where it can', async () => {
    let walked = 0;
    for (const { term } of terms) {
      for (const perGroup of [1, 2, 3, 5]) {
        const all = await overArticles(() => termExamples(term, perGroup, db.prisma));
        expect(await termExamples(term, perGroup, db.prisma), `${term} ${perGroup}`).toEqual(all);
        for (const limit of await examplesWalkLimits(term, perGroup, db.prisma)) {
          if (await termExamplesWithin(term, perGroup, limit, db.prisma)) {
            walked++;
            break;
          }
        }
      }
    }
    // Some answers come from a walk, not only from the search over every article (19 of 244).
    expect(walked).toBeGreaterThan(10);
  });

  it('walks: an answer is the search over every article; it declines while a group could change', async () => {
    let answered = 0;
    let declined = 0;
    const r = rng(7, 15);
    for (const { term, hits } of terms) {
      for (const perGroup of [1, 3]) {
        const all = await overArticles(() => termExamples(term, perGroup, db.prisma));
        // Every length up to 30 and around the end; common terms at 8 more lengths.
        const limits = new Set([...Array.from({ length: Math.min(hits, 30) + 1 }, (_, i) => i), hits - 1, hits, hits + 1]);
        for (let i = 0; i < 8 && hits > 30; i++) limits.add(31 + Math.floor(r.next() * (hits - 31)));
        for (const limit of [...limits].filter((n) => n >= 0)) {
          const walk = await termExamplesWithin(term, perGroup, limit, db.prisma);
          if (walk === null) {
            declined++;
            expect(limit, `${term} ${perGroup}: a walk over every hit must answer`).toBeLessThan(hits);
          } else {
            answered++;
            expect(walk, `${term} ${perGroup} ${limit}`).toEqual(all);
          }
        }
      }
    }
    // 1,443 and 2,790.
    expect(answered).toBeGreaterThan(500);
    expect(declined).toBeGreaterThan(500);
  });

  it('declines for a group whose one article is the oldest, and answers once the walk reaches it', async () => {
    // Curators put a term's articles in one group, its oldest in another: that group has one
    // outlet and one article, at the very end of the walk.
    const { term, hits } = terms.find((t) => t.hits > 20)!;
    const before = await db.prisma.$queryRaw<Array<{ id: number; stance: string | null; reason: string | null }>>`
      SELECT a.id, a.stance_override::text AS stance, a.stance_override_reason AS reason
      FROM article_terms t JOIN articles a ON a.id = t.article_id
      WHERE t.term = ${term} AND a.reprint_of_id IS NULL
      ORDER BY a.published_at ASC NULLS FIRST, a.id ASC`;
    const oldest = before[0]!.id;
    await db.prisma.$executeRaw`UPDATE articles SET stance_override = 'advocacy', stance_override_reason = 'test' WHERE id IN (${Prisma.join(before.map((b) => b.id))})`;
    await db.prisma.$executeRaw`UPDATE articles SET stance_override = 'unrated' WHERE id = ${oldest}`;
    try {
      const all = await overArticles(() => termExamples(term, 3, db.prisma));
      expect(all.map((e) => [e.stance, e.rank])).toEqual([['advocacy', 1], ['advocacy', 2], ['advocacy', 3], ['unrated', 1]]);
      expect(all.at(-1)!.articleId).toBe(oldest);
      for (const limit of [1, 10, hits - 1]) expect(await termExamplesWithin(term, 3, limit, db.prisma), `${limit}`).toBeNull();
      expect(await termExamplesWithin(term, 3, hits, db.prisma)).toEqual(all);
      expect(await termExamples(term, 3, db.prisma)).toEqual(all);
    } finally {
      for (const b of before) {
        await db.prisma.$executeRaw`UPDATE articles SET stance_override = ${b.stance}::"Stance", stance_override_reason = ${b.reason} WHERE id = ${b.id}`;
      }
    }
    expect(await db.prisma.$queryRaw`SELECT * FROM stance_lens_summary_check()`).toEqual([]);
  });
});
