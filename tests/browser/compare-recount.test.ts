// /compare while its distinctive words are being recounted (lib/queries/cache.ts cachedRecent):
// the data changed and the recount cannot finish (here: another session holds a lock on the
// articles, as a long import's work would hold the CPU), so the page answers within seconds with
// the last count, says so and when it was counted; the render cache does not keep that page; and
// once the recount can run, the page shows the current words without the note.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import pg from 'pg';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, newPage, screenshot } from '../helpers/browser';

const PATH = '/compare?a=advocacy&b=critical';
const NOTE = 'they are being recounted';

let browser: Browser;
let admin: pg.Client;
beforeAll(async () => {
  browser = await launchBrowser();
  admin = new pg.Client({ connectionString: inject('appDatabaseUrl') });
  await admin.connect();
});
afterAll(async () => {
  await browser?.close();
  await admin?.end();
});

const get = (path: string) => fetch(baseUrl() + path, { signal: AbortSignal.timeout(30_000) });

describe('/compare during a recount of its distinctive words', () => {
  it('shows the last count with its time, does not keep that page, then shows the current words', async () => {
    const first = await get(PATH);
    expect(first.status).toBe(200);
    expect(await first.text()).not.toContain(NOTE);

    // The data change (any write moves the version), then the recount is held up.
    await admin.query(`UPDATE publishers SET name = name WHERE id = (SELECT min(id) FROM publishers)`);
    const locker = new pg.Client({ connectionString: inject('appDatabaseUrl') });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE articles IN ACCESS EXCLUSIVE MODE');

      const started = Date.now();
      const during = await get(PATH);
      expect(during.status).toBe(200);
      const html = await during.text();
      expect(html).toContain(NOTE);
      expect(html).toMatch(/counted \(at (<!-- -->)?\d\d:\d\d:\d\d(<!-- -->)? UTC\)/); // React marks text joins with comments
      expect(Date.now() - started).toBeLessThan(20_000);
      // Served, not kept: the next visitor does not get this page from the render cache.
      const again = await get(PATH);
      expect(again.headers.get('x-stance-lens-render-cache')).not.toBe('hit');
      expect(await again.text()).toContain(NOTE);

      const page = await newPage(browser);
      await page.goto(baseUrl() + PATH);
      const note = page.getByRole('status').filter({ hasText: NOTE });
      await note.scrollIntoViewIfNeeded();
      await screenshot(page, 'compare-recounting');
      await page.close();
    } finally {
      await locker.query('COMMIT').catch(() => undefined);
      await locker.end();
    }

    // The recount can run now: within a few views the page shows the current words, no note.
    await expect.poll(async () => (await (await get(PATH)).text()).includes(NOTE), { timeout: 30_000, interval: 500 }).toBe(false);
  });
});
