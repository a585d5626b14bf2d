// The query cache (lib/queries/cache.ts) against a real Postgres: a repeated aggregate is served
// without running its SQL again, any committed write — through the app's client or from another
// connection entirely — is visible at once, and callers cannot alter what the next one gets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { cachedQuery, cachedRecent } from '@/lib/queries/cache';
import { parseArticleFilter } from '@/lib/filters/articles';
import { countArticles, listArticles, recentSearch } from '@/lib/queries/articles';
import { blindArticles, BLIND_WAIT_MS, recentBlindArticles } from '@/lib/queries/blind';
import { getEvent } from '@/lib/queries/events';
import { countsByStance } from '@/lib/queries/overview';
import { importFiles } from '@/lib/ingest/import-files';
import { sampleFiles } from '@/lib/server/sample-corpus';
import { freshDatabase, type TestDatabase } from '../helpers/db';

let db: TestDatabase;
beforeAll(async () => {
  db = await freshDatabase();
  process.env.DATABASE_URL = db.url;
  await importFiles(db.prisma, sampleFiles(), { source: 'test' });
});
afterAll(async () => {
  await db?.drop();
});

const total = async () => (await countsByStance()).reduce((n, r) => n + r.articles, 0);

describe('the query cache', () => {
  // The version is pg_current_snapshot(), which is server-wide: other test files commit in their
  // own databases on the same server meanwhile, and a commit between two calls rightly makes the
  // second a miss. So each claim is tried a few times on fresh keys: a cache that never shares a
  // result fails every try, while another file's commit can spoil one try, not five.
  it('runs a query once while the data stays the same', async () => {
    const attempt = async (i: number, together: boolean) => {
      let runs = 0;
      const load = async () => [{ n: ++runs }];
      const key = `test:${together ? 'together' : 'once'}:${i}`;
      const [a, b] = together
        ? await Promise.all([cachedQuery(key, load), cachedQuery(key, load)])
        : [await cachedQuery(key, load), await cachedQuery(key, load)];
      expect(runs).toBeLessThanOrEqual(2);
      return runs === 1 && JSON.stringify(a) === JSON.stringify(b);
    };
    for (const together of [false, true]) {
      let shared = false;
      for (let i = 0; i < 5 && !shared; i++) shared = await attempt(i, together);
      expect(shared, together ? 'concurrent callers share one query' : 'a repeat is served from the cache').toBe(true);
    }
  });

  it('sees every committed write at once, from any connection', async () => {
    const before = await total();
    expect(before).toBeGreaterThan(0);

    // Another client, as the CLI or psql would be: no hook tells the cache.
    const other = new pg.Client({ connectionString: db.url });
    await other.connect();
    try {
      await other.query(`UPDATE articles SET reprint_of_id = (SELECT min(id) FROM articles) WHERE id = (SELECT max(id) FROM articles)`);
      expect(await total()).toBe(before - 1);
      await other.query('BEGIN');
      await other.query(`UPDATE articles SET reprint_of_id = NULL`);
      // Not committed yet: not visible, and not cached as if it were.
      expect(await total()).toBe(before - 1);
      await other.query('COMMIT');
      expect(await total()).toBe(before);
    } finally {
      await other.end();
    }

    await importFiles(db.prisma, [{ name: 'one-more.txt', bytes: new TextEncoder().encode('A new outlet piece\n\nThe MEK held a rally in Paris on Saturday, organisers said.') }], { source: 'test' });
    expect(await total()).toBe(before + 1);
  });

  it('hands every caller its own copy', async () => {
    const first = await countsByStance();
    first[0]!.articles = -1;
    first.push({ stance: 'unrated', articles: 0, publishers: 0, words: 0 });
    const second = await countsByStance();
    expect(second.some((r) => r.articles === -1)).toBe(false);
    expect(second.length).toBe(first.length - 1);
  });

  it('is off with STANCE_LENS_QUERY_CACHE=off', async () => {
    process.env.STANCE_LENS_QUERY_CACHE = 'off';
    try {
      let runs = 0;
      const load = async () => ++runs;
      await cachedQuery('test:off', load);
      await cachedQuery('test:off', load);
      expect(runs).toBe(2);
    } finally {
      delete process.env.STANCE_LENS_QUERY_CACHE;
    }
  });
});

// cachedRecent, for the one view whose recount takes seconds (the distinctive words on /compare):
// while a recount runs past its wait, the last count is shown with its time, and only one
// recount runs however many requests arrive.
describe('the recent-value cache', () => {
  const write = async () => {
    const other = new pg.Client({ connectionString: db.url });
    await other.connect();
    try {
      await other.query(`UPDATE articles SET title = title WHERE id = (SELECT min(id) FROM articles)`);
    } finally {
      await other.end();
    }
  };

  it('shows the last count while a slow recount runs, one recount at a time, then the current one', async () => {
    let runs = 0;
    const quick = (v: string) => async () => {
      runs++;
      return { v };
    };
    expect(await cachedRecent('test:recent', quick('one'), 50)).toEqual({ value: { v: 'one' }, countedAt: null });

    await write();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = async () => {
      runs++;
      await gate;
      return { v: 'two' };
    };
    const during = await cachedRecent('test:recent', slow, 50);
    expect(during.value).toEqual({ v: 'one' });
    expect(during.countedAt).toBeInstanceOf(Date);
    const again = await cachedRecent('test:recent', slow, 50);
    expect(again.value).toEqual({ v: 'one' });
    expect(runs).toBe(2); // the second request did not start another recount

    release();
    await gate;
    await new Promise((r) => setImmediate(r));
    // The recount's value, or (when another test file's commit moved the server-wide version
    // meanwhile) a quick count of the version now: current either way, never the old one.
    const after = await cachedRecent('test:recent', quick('three'), 5_000);
    expect(after.countedAt).toBeNull();
    expect(['two', 'three']).toContain(after.value.v);
  });

  it('waits for the count when there is nothing to show yet', async () => {
    const load = () => new Promise<number>((r) => setTimeout(r, 150, 7));
    expect(await cachedRecent('test:recent-first', load, 10)).toEqual({ value: 7, countedAt: null });
  });
});

/**
 * Runs `read` after a write has moved the data version and while another session locks `table`,
 * as an import's work would hold the CPU: a recount that reads the table cannot finish meanwhile.
 */
async function whileHeldUp(table: 'articles' | 'article_events', read: () => Promise<void>): Promise<void> {
  const locker = new pg.Client({ connectionString: db.url });
  await locker.connect();
  try {
    await locker.query(`UPDATE articles SET title = title WHERE id = (SELECT min(id) FROM articles)`);
    await locker.query('BEGIN');
    await locker.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    await read();
  } finally {
    await locker.query('COMMIT').catch(() => undefined);
    await locker.end();
  }
}

// The search on /articles through cachedRecent: current when the search can run, the last
// results with their time while a search cannot finish (here another session locks the articles,
// as an import's work would hold the CPU), and current again once it can.
describe('a full-text search while the corpus changes', () => {
  const filter = parseArticleFilter({ q: 'executions' });
  const page = { offset: 0, limit: 10, sort: 'publishedAt' as const, desc: true };

  it('answers with the last results and their time while a search is held up', async () => {
    const quiet = await recentSearch(filter, page);
    expect(quiet.countedAt).toBeNull();
    expect(quiet.value.total).toBe(await countArticles(filter));
    expect(quiet.value.total).toBeGreaterThan(0);
    expect(quiet.value.rows.map((r) => r.id)).toEqual((await listArticles(filter, page)).rows.map((r) => r.id));

    await whileHeldUp('articles', async () => {
      const started = Date.now();
      const during = await recentSearch(filter, page);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(during.countedAt).toBeInstanceOf(Date);
      expect(during.value).toEqual(quiet.value);
    });
    await expect.poll(async () => (await recentSearch(filter, page)).countedAt, { timeout: 30_000, interval: 200 }).toBeNull();
  });
});

// The blind reading's article list through cachedRecent: at 1M articles an event's list takes a
// second or more, so while an import commits the page draws from the last list, and says when
// it was read (app/events/[slug]/blind).
describe('a blind reading’s article list while the corpus changes', () => {
  it('answers with the last list and its time while reading it again is held up', async () => {
    const event = (await getEvent('1988-massacre'))!;
    const quiet = await recentBlindArticles(event.id);
    expect(quiet.countedAt).toBeNull();
    expect(quiet.value).toEqual(await blindArticles(event.id));
    expect(quiet.value.length).toBeGreaterThan(0);

    await whileHeldUp('article_events', async () => {
      const started = Date.now();
      const during = await recentBlindArticles(event.id);
      expect(Date.now() - started).toBeLessThan(BLIND_WAIT_MS + 5_000);
      expect(during.countedAt).toBeInstanceOf(Date);
      expect(during.value).toEqual(quiet.value);
    });
    await expect.poll(async () => (await recentBlindArticles(event.id)).countedAt, { timeout: 30_000, interval: 200 }).toBeNull();
  });
});
