// The web import in real Chromium against the built app and its worker: a curator pastes a list
// of links served by a loopback server (pages written for this test), watches each link's
// progress, reloads and finds the same results; subscribes to a feed and reads its page; opens an
// imported article and sees where each field came from. Everything it adds is removed afterwards.
import type { Browser, Page } from 'playwright-core';
import pg from 'pg';
import { sealData } from 'iron-session';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { SESSION_COOKIE } from '@/lib/auth/session';
import { baseUrl, launchBrowser, newPage, screenshot, seriousA11yViolations } from '../helpers/browser';
import { TEST_ADMIN } from '../helpers/curation';
import { articlePage, html, startFixtureServer, type FixtureServer } from '../helpers/web-fixture';

let browser: Browser;
let page: Page;
let sql: pg.Client;
let srv: FixtureServer;

// Short pieces written for this test about a fictional town's harbour.
const PIECES = [
  ['harbour-budget', 'Council approves harbour budget', 'Harbour Herald', '2025-11-03', 'The town council approved next year’s harbour budget after a two-hour debate on dredging costs and the state of the eastern breakwater.'],
  ['ferry-timetable', 'Winter ferry timetable published', 'Harbour Herald', '2025-11-05', 'The ferry operator published its winter timetable, cutting the late crossing on weekdays and adding a Saturday morning sailing.'],
  ['fish-market', 'Fish market moves indoors for the season', 'Coastal Courier', '2025-11-07', 'Stallholders moved the weekly fish market into the old customs shed, which the council has leased for the winter months.'],
  ['lifeboat-drill', 'Lifeboat crew holds night drill', 'Coastal Courier', '2025-11-10', 'Volunteers of the lifeboat station practised a night rescue off the northern point, watched by trainees from two neighbouring stations.'],
  ['pier-survey', 'Survey finds corrosion under the north pier', 'Harbour Herald', '2025-11-12', 'Engineers reported corroded supports beneath the north pier walkway and recommended closing it to vehicles until repairs are done.'],
  ['school-visit', 'Pupils tour the harbour control room', 'Coastal Courier', '2025-11-14', 'Two classes from the primary school visited the harbour control room and watched the staff guide a cargo ship to its berth.'],
] as const;

function piece([, title, outlet, date, lead]: (typeof PIECES)[number]) {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: date, author: { '@type': 'Person', name: 'Desk Reporter' }, publisher: { '@type': 'Organization', name: outlet } });
  return articlePage({
    title: `${title} | ${outlet}`,
    meta: `<script type="application/ld+json">${ld}</script><meta property="og:site_name" content="${outlet}">`,
    paragraphs: [
      lead,
      'Residents who spoke at the meeting asked for regular updates, and the harbour master said progress reports would be posted at the ferry terminal each month.',
      'The next public session on the harbour is planned for the new year, when the council expects the engineers’ full report.',
    ],
  });
}

beforeAll(async () => {
  srv = await startFixtureServer();
  srv.route('/robots.txt', (_q, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n'));
  for (const p of PIECES) {
    // Slow enough that the list is seen in progress.
    srv.route(`/news/${p[0]}`, (_q, res) => void setTimeout(() => html(res, piece(p)), 900));
  }
  srv.route('/news/brochure.pdf', (_q, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4'));
  srv.route('/feed.xml', (req, res) => {
    if (req.headers['if-none-match'] === '"f1"') return void res.writeHead(304).end();
    const items = ['pier-survey', 'school-visit', 'harbour-budget']
      .map((slug) => `<item><title>${PIECES.find((p) => p[0] === slug)![1]}</title><link>${srv.origin}/news/${slug}</link></item>`)
      .join('');
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"f1"' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Herald: latest</title>${items}<item><title>Brochure</title><link>${srv.origin}/news/brochure.pdf</link></item></channel></rss>`);
  });

  sql = new pg.Client({ connectionString: inject('appDatabaseUrl') });
  await sql.connect();
  browser = await launchBrowser();
  page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  const seal = await sealData({ user: TEST_ADMIN.user, signedInAt: Date.now() }, { password: TEST_ADMIN.secret, ttl: 3600 });
  await page.context().addCookies([{ name: SESSION_COOKIE, value: seal, url: baseUrl() }]);
});

afterAll(async () => {
  await browser?.close();
  await srv?.close();
  if (!sql) return;
  const origin = srv.origin;
  await sql.query(`DELETE FROM articles WHERE id IN (SELECT article_id FROM web_fetches WHERE url LIKE $1)`, [`${origin}%`]);
  await sql.query(`DELETE FROM web_fetches WHERE url LIKE $1`, [`${origin}%`]);
  await sql.query(`DELETE FROM feeds WHERE url LIKE $1`, [`${origin}%`]);
  const batches = (await sql.query(`SELECT import_batch_id AS id FROM url_imports WHERE import_batch_id IS NOT NULL`)).rows.map((r) => r.id);
  await sql.query(`DELETE FROM url_imports`);
  await sql.query(`DELETE FROM import_batches b WHERE b.id = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.import_batch_id = b.id)`, [batches]);
  await sql.query(`DELETE FROM publishers p WHERE p.name IN ('Harbour Herald', 'Coastal Courier') AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.publisher_id = p.id)`);
  await sql.end();
});

async function open(path: string, ready = 'main h1') {
  const res = await page.goto(baseUrl() + path, { waitUntil: 'load' });
  expect(res?.status(), `${path} status`).toBe(200);
  await page.waitForSelector(ready);
}

const status = (url: string) => page.locator(`li[data-url="${url}"]`).first().getAttribute('data-status');

describe('import from the web', () => {
  it('imports a pasted list link by link, with progress, and shows the same results after a reload', async () => {
    await open('/import', 'textarea');
    const urls = [...PIECES.map((p) => `${srv.origin}/news/${p[0]}`), `${srv.origin}/news/brochure.pdf`, `${srv.origin}/private/memo`];
    await expect
      .poll(
        async () => {
          await page.getByLabel('Links, one per line').fill(urls.join('\n'));
          return page.getByRole('button', { name: 'Import these links' }).isEnabled();
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    await page.getByRole('button', { name: 'Import these links' }).click();
    await expect.poll(() => page.locator('[role=status][data-ok]').first().innerText(), { timeout: 15_000 }).toMatch(/queued: 8 URLs/);
    // Caught in progress: some links done, others still waiting or being fetched.
    await expect
      .poll(
        async () => {
          const states = await Promise.all(urls.map(status));
          return states.some((s) => s === 'new') && states.some((s) => s === 'queued' || s === 'running');
        },
        { timeout: 30_000, interval: 200 },
      )
      .toBe(true);
    await screenshot(page, 'import-urls-progress');
    expect(await seriousA11yViolations(page)).toEqual([]);

    for (const u of urls.slice(0, 6)) await expect.poll(() => status(u), { timeout: 60_000 }).toBe('new');
    await expect.poll(() => status(urls[6]!), { timeout: 30_000 }).toBe('failed');
    await expect.poll(() => status(urls[7]!), { timeout: 30_000 }).toBe('failed');

    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('li[data-url]');
    for (const u of urls.slice(0, 6)) expect(await status(u)).toBe('new');
    const list = page.locator('[data-url-import]').first();
    expect(await list.locator('[data-progress]').innerText()).toMatch(/8 of 8 done · 6 new · 0 duplicate · 2 failed/);
    expect(await page.locator(`li[data-url="${urls[6]}"]`).first().innerText()).toMatch(/refused: content type application\/pdf/);
    expect(await page.locator(`li[data-url="${urls[7]}"]`).first().innerText()).toMatch(/disallowed by .*robots\.txt/);
    await screenshot(page, 'import-urls-done');
  });

  it('subscribes to a feed; its page lists each poll, the new items and the failures', async () => {
    await open('/import', 'textarea');
    await expect
      .poll(
        async () => {
          await page.getByLabel('Feed URL (RSS or Atom)').fill(`${srv.origin}/feed.xml`);
          return page.getByRole('button', { name: 'Subscribe' }).isEnabled();
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Open the feed’s page' }).count(), { timeout: 15_000 }).toBe(1);
    await page.getByRole('link', { name: 'Open the feed’s page' }).click();
    await page.waitForURL(/\/feeds\/\d+$/);
    const feedPath = new URL(page.url()).pathname;
    // The first poll: four items, all new; three are already imported (duplicates), the PDF fails.
    await expect
      .poll(
        async () => {
          await open(feedPath);
          return page.locator('tr[data-poll]').count();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBeGreaterThanOrEqual(1);
    await expect
      .poll(
        async () => {
          await open(feedPath);
          return page.locator('li[data-url][data-status="queued"], li[data-url][data-status="running"]').count();
        },
        { timeout: 60_000, interval: 1000 },
      )
      .toBe(0);
    await page.getByRole('button', { name: 'Poll now' }).click();
    await expect
      .poll(
        async () => {
          await open(feedPath);
          return page.locator('tr[data-poll]').count();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(2);
    const polls = await page.locator('tr[data-poll]').allInnerTexts();
    expect(polls[0]).toMatch(/not modified/);
    expect(polls[1]).toMatch(/read[\s\S]*4[\s\S]*4[\s\S]*0 new, 3 duplicate, 1 failed/);
    expect(await page.locator('main').innerText()).toMatch(/1 failed: the reason is beside each/);
    await screenshot(page, 'feed-page');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await open('/feeds', 'table');
    expect(await page.locator('tbody tr').first().innerText()).toMatch(/Harbour Herald: latest[\s\S]*not modified[\s\S]*0 polls, 1 item/);
    await screenshot(page, 'feeds');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('the reader shows each extracted field and where it came from', async () => {
    const { rows } = await sql.query(`SELECT article_id FROM web_fetches WHERE url = $1 AND article_id IS NOT NULL`, [`${srv.origin}/news/pier-survey`]);
    expect(rows).toHaveLength(1);
    await open(`/articles/${rows[0].article_id}`, 'text=Extracted from the web');
    const card = page.locator('section', { hasText: 'Extracted from the web' });
    expect(await card.locator('[data-field=title]').getAttribute('data-from')).toBe('json-ld');
    expect(await card.locator('[data-field=publishedAt]').innerText()).toMatch(/2025-11-12[\s\S]*JSON-LD \(NewsArticle\.datePublished\)/);
    expect(await card.locator('[data-field=outlet]').innerText()).toMatch(/Harbour Herald/);
    expect(await page.locator('main h1').innerText()).toBe('Survey finds corrosion under the north pier');
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'article-web-source');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
