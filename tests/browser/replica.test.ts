// DATABASE_REPLICA_URL end to end (docs/adr/0009-read-replica.md): a real primary (the embedded
// server with replication settings) and a real hot standby streaming from it
// (tests/helpers/standby.ts); the read layer (lib/queries) on the standby; and the built app
// started with both URLs, read by a visitor and by a curator in Chromium. Pausing the standby's
// replay is what tells the two servers apart: whatever the primary writes meanwhile is on the
// primary only, so a page that shows it was read there and a page that does not was read on the
// standby. In the browser project because it serves the built app.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataVersion } from '@/lib/db/data-version';
import { freePort } from '@/lib/db/embedded';
import { migrate } from '@/lib/db/migrate';
import { describeReplica } from '@/lib/db/url';
import { createPrismaClient, type Db } from '@/lib/db/prisma';
import { importFiles } from '@/lib/ingest/import-files';
import { syncReferenceData } from '@/lib/ingest/reference-data';
import { countArticles, listArticles } from '@/lib/queries/articles';
import { parseArticleFilter } from '@/lib/filters/articles';
import { sampleFiles } from '@/lib/server/sample-corpus';
import { launchBrowser, newPage, screenshot } from '../helpers/browser';
import { TEST_ADMIN, sessionCookie, text } from '../helpers/curation';
import { startPrimary, startStandby, waitForReplay, type Primary, type Standby } from '../helpers/standby';

const root = path.resolve(__dirname, '../..');
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');

let dir: string;
let primary: Primary;
let standby: Standby;
let primaryDb: Db;
let standbyDb: Db;
let sql: pg.Client; // superuser on the primary
let standbySql: pg.Client; // superuser on the standby (pausing replay)

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-lens-replica-'));
  primary = await startPrimary(dir, 'stance_lens');
  await migrate(primary.url);
  primaryDb = createPrismaClient(primary.url, 4);
  await syncReferenceData(primaryDb);
  await importFiles(primaryDb, sampleFiles(), { source: 'test' });
  standby = await startStandby(primary, dir, 'stance_lens');
  standbyDb = createPrismaClient(standby.url, 4);
  sql = new pg.Client({ connectionString: primary.url });
  standbySql = new pg.Client({ connectionString: standby.url });
  await Promise.all([sql.connect(), standbySql.connect()]);
});

afterAll(async () => {
  await standbySql?.query('SELECT pg_wal_replay_resume()').catch(() => {});
  await Promise.all([sql?.end(), standbySql?.end(), primaryDb?.$disconnect(), standbyDb?.$disconnect()]);
  await standby?.stop();
  await primary?.handle.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const paused = async <T>(fn: () => Promise<T>): Promise<T> => {
  await standbySql.query('SELECT pg_wal_replay_pause()');
  try {
    return await fn();
  } finally {
    await standbySql.query('SELECT pg_wal_replay_resume()');
  }
};

const piece = (name: string, title: string) =>
  text(name, `${title}\n\nResidents met on Tuesday to talk about a proposed exhibition on the MEK at the town hall, the organisers said.`);

describe('the standby', () => {
  it('is a hot standby streaming from the primary, and refuses writes', async () => {
    expect((await standbySql.query('SELECT pg_is_in_recovery() AS r')).rows[0].r).toBe(true);
    await expect(standbySql.query(`UPDATE publishers SET notes = 'x'`)).rejects.toThrow(/read-only transaction/);
    const { rows } = await sql.query(`SELECT state FROM pg_stat_replication`);
    expect(rows).toEqual([{ state: 'streaming' }]);
    // What `npm start` says about it.
    process.env.DATABASE_REPLICA_URL = standby.url;
    try {
      expect(await describeReplica()).toMatch(/^visitors read the standby 127\.0\.0\.1:\d+\/stance_lens \(DATABASE_REPLICA_URL\)/);
    } finally {
      delete process.env.DATABASE_REPLICA_URL;
    }
  });
});

describe('the read layer on the standby', () => {
  it('reads what the primary wrote once the standby has replayed it, and its cache follows the replay', async () => {
    const all = parseArticleFilter({});
    const onPrimary = await countArticles(all, primaryDb);
    expect(await countArticles(all, standbyDb)).toBe(onPrimary);
    const idle = await dataVersion(standbyDb);
    expect(await dataVersion(standbyDb)).toBe(idle); // nothing replayed: cached views stay valid

    await paused(async () => {
      await importFiles(primaryDb, [piece('replica-one.txt', 'Brackenford council hears exhibition plan')], { source: 'test' });
      expect(await countArticles(all, primaryDb)).toBe(onPrimary + 1);
      // Not replayed yet: the standby, and its cache entry, still hold the old count.
      expect(await countArticles(all, standbyDb)).toBe(onPrimary);
      expect(await dataVersion(standbyDb)).toBe(idle);
    });
    await waitForReplay(primary.url, standby.url);
    expect(await dataVersion(standbyDb)).not.toBe(idle);
    expect(await countArticles(all, standbyDb)).toBe(onPrimary + 1);
    const page = await listArticles(parseArticleFilter({ q: 'Brackenford' }), { offset: 0, limit: 10, sort: 'publishedAt', desc: true }, standbyDb);
    expect(page.rows.map((r) => r.title)).toEqual(['Brackenford council hears exhibition plan']);
  });

  it("keys the cache by the replay position: the standby's pg_current_snapshot() misses a replayed commit", async () => {
    await sql.query('CREATE TABLE replica_probe (who text)');
    const writers = await Promise.all([0, 1, 2].map(async () => {
      const c = new pg.Client({ connectionString: primary.url });
      await c.connect();
      return c;
    }));
    const [a, b, c] = writers as [pg.Client, pg.Client, pg.Client];
    try {
      // Three writing transactions, their ids in this order: a < b < c.
      for (const [w, who] of [[a, 'a'], [b, 'b'], [c, 'c']] as const) {
        await w.query('BEGIN');
        await w.query('INSERT INTO replica_probe VALUES ($1)', [who]);
      }
      await c.query('COMMIT');
      await waitForReplay(primary.url, standby.url);
      const read = async () => ({
        rows: (await standbySql.query<{ who: string }>('SELECT who FROM replica_probe ORDER BY who')).rows.map((r) => r.who),
        snapshot: (await standbySql.query<{ s: string }>('SELECT pg_current_snapshot()::text AS s')).rows[0]!.s,
        version: await dataVersion(standbyDb),
      });
      const before = await read();
      expect(before.rows).toEqual(['c']);
      await b.query('COMMIT'); // between the oldest running one (a) and the newest finished one (c)
      await waitForReplay(primary.url, standby.url);
      const after = await read();
      expect(after.rows).toEqual(['b', 'c']);
      // What the standby's queries see changed; its snapshot text did not (it shows only
      // xmin:xmax in recovery). Were this ever to change, the replay position stays correct.
      expect(after.snapshot, 'pg_current_snapshot() on a standby').toBe(before.snapshot);
      expect(after.version).not.toBe(before.version);
      await a.query('COMMIT');
    } finally {
      await Promise.all(writers.map((w) => w.end()));
    }
  });
});

describe('the app with DATABASE_REPLICA_URL', () => {
  let server: ChildProcess;
  let baseUrl: string;
  let browser: Browser;
  let visitor: Page;
  let curator: Page;

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: primary.url,
        DATABASE_REPLICA_URL: standby.url,
        STANCE_LENS_ADMIN_USER: TEST_ADMIN.user,
        STANCE_LENS_ADMIN_PASSWORD: TEST_ADMIN.password,
        STANCE_LENS_ALLOW_PLAIN_PASSWORD: '1',
        SESSION_SECRET: TEST_ADMIN.secret,
        NODE_ENV: 'production',
        PORT: String(port),
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const deadline = Date.now() + 60_000;
    for (;;) {
      const ok = await fetch(baseUrl).then((r) => r.status < 500, () => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error('the app did not start');
      await new Promise((r) => setTimeout(r, 250));
    }
    browser = await launchBrowser();
    visitor = await newPage(browser, { viewport: { width: 1280, height: 900 } });
    curator = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
  });

  async function open(page: Page, p: string, ready = 'main h1'): Promise<string> {
    const res = await page.goto(baseUrl + p, { waitUntil: 'load' });
    expect(res?.status(), `${p} status`).toBe(200);
    await page.waitForSelector(ready);
    await page.waitForSelector('main .loading-page', { state: 'detached' });
    return page.locator('main').innerText();
  }

  it('serves every read-only page, export and API call to a visitor from the standby', async () => {
    for (const p of ['/', '/events', '/compare', '/claims', '/sources', '/articles', '/publishers', '/publishers/reuters', '/terms', '/changes', '/methodology', '/classroom']) {
      const res = await fetch(baseUrl + p);
      expect(res.status, p).toBe(200);
    }
    for (const p of ['/api/v1/articles', '/api/v1/publishers', '/api/export/articles?format=csv', '/api/export/events?format=json']) {
      const res = await fetch(baseUrl + p);
      expect(res.status, p).toBe(200);
      await res.arrayBuffer();
    }
    // An import on the primary, the standby paused: a visitor does not see it, a curator does.
    const title = 'Quillmarsh residents weigh an exhibition plan';
    await paused(async () => {
      await importFiles(primaryDb, [piece('replica-two.txt', title)], { source: 'test' });
      expect(await open(visitor, '/articles?q=Quillmarsh')).not.toContain(title);
      const api = await (await fetch(`${baseUrl}/api/v1/articles?q=Quillmarsh`)).text();
      expect(api).not.toContain(title);
      const csv = await (await fetch(`${baseUrl}/api/export/articles?format=csv&q=Quillmarsh`)).text();
      expect(csv).not.toContain(title);
      const asCurator = await (await fetch(`${baseUrl}/api/v1/articles?q=Quillmarsh`, { headers: { cookie: await sessionCookie() } })).text();
      expect(asCurator).toContain(title);
    });
    // Replayed: the same requests now show it (the server's query cache followed the standby).
    await waitForReplay(primary.url, standby.url);
    expect(await open(visitor, '/articles?q=Quillmarsh')).toContain(title);
    expect(await (await fetch(`${baseUrl}/api/v1/articles?q=Quillmarsh`)).text()).toContain(title);
    expect(await (await fetch(`${baseUrl}/api/export/articles?format=csv&q=Quillmarsh`)).text()).toContain(title);
  });

  it('signs a curator in and shows their edit at once, while a visitor sees it once the standby has replayed it', async () => {
    // Signing in writes (the rate limit's login_attempts): a server action, so the primary.
    await open(curator, '/login?next=/publishers/reuters', 'form[aria-label="Sign in"]');
    await curator.getByLabel('User name').fill(TEST_ADMIN.user);
    await curator.getByLabel('Password').fill(TEST_ADMIN.password);
    await curator.getByRole('button', { name: 'Sign in' }).click();
    await curator.waitForURL(/\/publishers\/reuters$/);
    await curator.waitForSelector('text=Curating as');
    const header = (p: Page) => p.locator('.page-header').innerText();
    await open(visitor, '/publishers/reuters');
    expect(await header(visitor)).toMatch(/Mainstream/);

    await paused(async () => {
      await curator.getByText('Edit publisher').click();
      const form = curator.getByRole('form', { name: 'Edit publisher' });
      await form.getByLabel('Stance group').selectOption('critical');
      await form.getByLabel('Rationale (why this group)').fill('Replica test: a curator re-rates this outlet while the standby lags.');
      await form.getByLabel('Why (kept in the history)').fill('Replica test of read-your-writes');
      await form.getByRole('button', { name: 'Save publisher' }).click();
      await expect.poll(() => form.getByRole('status').innerText(), { timeout: 15_000 }).toMatch(/Saved/);
      expect(await header(curator)).toMatch(/Critical/);
      // A page the curator opens afresh reads the primary too.
      await open(curator, '/publishers/reuters', '.history-card');
      expect(await header(curator)).toMatch(/Critical/);
      expect(await curator.locator('.history-card').innerText()).toMatch(/Replica test of read-your-writes/);
      await screenshot(curator, 'replica-curator-sees-edit');
      // The visitor reads the standby, which has not replayed the edit.
      await open(visitor, '/publishers/reuters');
      expect(await header(visitor)).toMatch(/Mainstream/);
    });
    await waitForReplay(primary.url, standby.url);
    await open(visitor, '/publishers/reuters');
    expect(await header(visitor)).toMatch(/Critical/);
  });
});
