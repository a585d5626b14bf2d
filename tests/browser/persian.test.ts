// Persian coverage in the browser: the event page sets English and Persian articles of each group
// side by side (with a language filter), the reader lays a Persian article out right to left in
// Vazirmatn, tables with English and Persian rows keep their columns, /compare counts Persian
// terms under the English ids, and the overview shows the corpus by language. The Persian
// articles are TEST articles written for the tests (tests/fixtures/persian), imported through the
// real importer into the browser tests' throw-away database and removed again afterwards; the
// screenshots (test-artifacts/persian-*.png, copied to docs/screenshots/) are captioned so.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/prisma';
import { importFiles } from '@/lib/ingest/import-files';
import { PERSIAN_TEST_PAGES } from '../fixtures/persian/articles';
import { ARTIFACTS, baseUrl, launchBrowser, newPage, screenshot, seriousA11yViolations } from '../helpers/browser';

let browser: Browser;
let page: Page;
let db: Db;
const files = PERSIAN_TEST_PAGES.map((p) => p.name);

beforeAll(async () => {
  db = createPrismaClient(inject('appDatabaseUrl'), 2);
  const report = await importFiles(db, PERSIAN_TEST_PAGES.map((p) => ({ name: p.name, bytes: new TextEncoder().encode(p.text) })), { source: 'test' });
  expect(report.totals.failed).toBe(0);
  browser = await launchBrowser();
  page = await newPage(browser, { viewport: { width: 1400, height: 1000 } });
});
afterAll(async () => {
  await browser?.close();
  // The other browser tests count the sample corpus: the test articles go again.
  await db?.article.deleteMany({ where: { sourceFile: { in: files } } });
  await db?.$disconnect();
});

async function open(path: string) {
  const res = await page.goto(baseUrl() + path, { waitUntil: 'load' });
  expect(res?.status(), `${path} status`).toBe(200);
  await page.locator('main h1', { hasNotText: 'Loading…' }).first().waitFor();
}

/** A caption over the page, so a screenshot can never be taken for real coverage. */
async function captionTestCorpus() {
  await page.evaluate(() => {
    const note = document.createElement('div');
    note.textContent = 'TEST CORPUS: the Persian articles on this page were written for stance-lens’s tests (tests/fixtures/persian), not real coverage.';
    note.setAttribute('style', 'position:sticky;top:0;z-index:99;background:#7a1f1f;color:#fff;padding:6px 12px;font:600 14px system-ui;text-align:center');
    document.body.prepend(note);
  });
}

const BBC_TITLE = 'خانواده‌های زندانیان اعدام‌شده در تابستان ۶۷ بار دیگر در خاوران گرد آمدند';

describe('Persian coverage in the browser', () => {
  it('the event page shows English and Persian articles of each group side by side, right to left where Persian', async () => {
    await open('/events/1988-massacre');
    for (const stance of ['advocacy', 'mainstream', 'critical']) {
      const column = page.locator(`section.stance-column[data-stance=${stance}]`);
      await expect(column.locator('.headline-list [lang=fa][dir=rtl]').count(), `${stance} Persian headline`).resolves.toBeGreaterThan(0);
      await expect(column.locator('.lang-tag[data-lang=en]').count(), `${stance} English headline`).resolves.toBeGreaterThan(0);
    }
    // Persian passages read right to left.
    const passage = page.locator('.evidence [dir=rtl]').first();
    expect(await passage.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // Figures of both languages on one scale: the Persian figure (30,000 from the NCRI's Persian statement) is plotted with the English ones.
    await expect(page.locator('main').innerText()).resolves.toMatch(/30,?000/);
    await captionTestCorpus();
    await screenshot(page, 'persian-event-1988');
    // For docs/screenshots: the columns in the viewport, under the sticky test-corpus caption.
    await page.locator('.stance-columns').first().evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 40));
    await page.screenshot({ path: `${ARTIFACTS}/persian-event-columns.png` });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('the language filter narrows the event page to one language', async () => {
    await open('/events/1988-massacre?lang=fa');
    await expect(page.locator('.headline-list .lang-tag[data-lang=en]').count()).resolves.toBe(0);
    await expect(page.locator('.headline-list .lang-tag[data-lang=fa]').count()).resolves.toBeGreaterThan(2);
    await expect(page.getByRole('search', { name: /Filter the event/ }).isVisible()).resolves.toBe(true);
  });

  it('the reader lays a Persian article out right to left in the shipped Persian font, terms marked', async () => {
    await open('/articles?lang=fa&q=خاوران');
    const link = page.locator('a', { hasText: BBC_TITLE }).first();
    await link.click();
    await page.locator('.article-text').waitFor();
    const body = page.locator('.article-text');
    expect(await body.getAttribute('lang')).toBe('fa');
    expect(await body.getAttribute('dir')).toBe('rtl');
    const style = await body.evaluate((el) => ({ direction: getComputedStyle(el).direction, font: getComputedStyle(el).fontFamily }));
    expect(style.direction).toBe('rtl');
    expect(style.font).toMatch(/Vazirmatn/);
    // The font is served by the app itself and actually used.
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Vazirmatn' && f.status === 'loaded');
    });
    expect(loaded).toBe(true);
    // Loaded terms are marked in the Persian text («کشتار ۶۷», «هیئت مرگ»).
    await expect(body.locator('mark').count()).resolves.toBeGreaterThan(1);
    await expect(page.locator('h1 [lang=fa][dir=rtl]').count()).resolves.toBe(1);
    await captionTestCorpus();
    await screenshot(page, 'persian-reader');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('a table of English and Persian rows keeps its columns aligned', async () => {
    await open('/articles?q=Iran OR ایران OR منافقین OR خاوران');
    const rows = page.locator('table tbody tr');
    const lefts = await rows.evaluateAll((trs) => trs.map((tr) => Math.round((tr.querySelector('td') as HTMLElement).getBoundingClientRect().left)));
    expect(new Set(lefts).size).toBe(1);
    const fa = page.locator('table tbody td [lang=fa][dir=rtl]');
    await expect(fa.count()).resolves.toBeGreaterThan(0);
  });

  it('/compare counts Persian terms under the same ids as English, and the overview shows the corpus by language', async () => {
    await open('/compare?event=1988-massacre');
    // «قتل‌عام ۶۷» (advocacy) and «منافقین» (critical) count under massacre and monafeghin.
    const critical = await page.locator('tr[data-term=monafeghin] td[data-stance=critical]').innerText();
    expect(Number(critical.replace(/\(.*\)/, '').replace(/[^\d.]/g, ''))).toBeGreaterThan(0);
    await page.waitForSelector('.chart-container svg');
    await captionTestCorpus();
    await screenshot(page, 'persian-compare');
    await page.locator('tr[data-term=monafeghin]').first().evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 160));
    await page.screenshot({ path: `${ARTIFACTS}/persian-compare-names.png` });
    await open('/');
    const fa = page.locator('[data-testid=languages-table] tr[data-language=fa]');
    await expect(fa.innerText()).resolves.toMatch(/Persian/);
  });
});
