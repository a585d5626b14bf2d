// Every page in real Chromium against the built app with the sample corpus loaded through the
// real importer: content on the seeds, URL state, keyboard use, axe-core, and a screenshot of
// each page kept in test-artifacts/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newPage, screenshot, seriousA11yViolations } from '../helpers/browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string) {
  const res = await page.goto(baseUrl() + path, { waitUntil: 'load' });
  expect(res?.status(), `${path} status`).toBe(200);
  // List pages stream behind a skeleton; React may reveal the content a moment after load.
  await page.waitForSelector('main .loading-page', { state: 'detached' });
  return res;
}

describe('overview', () => {
  it('shows the corpus by group and the publishers needing a rating', async () => {
    await open('/');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/side by side/);
    const body = await page.locator('main').innerText();
    expect(body).toMatch(/Advocacy articles\s*\n?\s*\d+/);
    expect(body).toContain('Outlets needing a rating');
    expect(body).toContain('Unknown publisher');
    expect(body).toContain('1988 mass executions of political prisoners');
    await page.waitForSelector('.chart-container svg');
    await screenshot(page, 'overview');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

describe('articles', () => {
  it('lists every seed article and filters by stance through the URL', async () => {
    await open('/articles');
    const all = await page.locator('tbody tr').count();
    expect(all).toBeGreaterThanOrEqual(21);
    await open('/articles?stance=critical');
    const rows = page.locator('tbody tr');
    const n = await rows.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(all);
    const groups = await page.locator('tbody tr .stance-badge').allInnerTexts();
    expect(groups.every((g) => /critical/i.test(g))).toBe(true);
    expect(await page.locator('input[type=checkbox][value=critical]').isChecked()).toBe(true);
    await screenshot(page, 'articles-critical');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('writes a filter change into the URL, and back restores the previous view', async () => {
    await open('/articles');
    await page.locator('input[type=checkbox][value=advocacy]').check();
    await page.waitForURL(/stance=advocacy/);
    await expect
      .poll(async () => (await page.locator('tbody tr .stance-badge').allInnerTexts()).every((g) => /advocacy/i.test(g)), { timeout: 10_000 })
      .toBe(true);
    const advocacyRows = await page.locator('tbody tr').count();
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('stance='));
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: 10_000 }).toBeGreaterThan(advocacyRows);
    expect(await page.locator('input[type=checkbox][value=advocacy]').isChecked()).toBe(false);
  });

  it('finds articles with a full-text query', async () => {
    await open('/articles?q=%22death+commissions%22');
    const titles = await page.locator('tbody tr').count();
    expect(titles).toBeGreaterThanOrEqual(2);
  });

  it('sorts by keyboard from a column header', async () => {
    await open('/articles');
    const header = page.getByRole('button', { name: /^Words/ });
    await header.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/sort=wordCount/);
    await page.waitForSelector('[aria-busy=true]', { state: 'detached' });
    await page.waitForTimeout(300);
    const words = (await page.locator('tbody tr td:last-child').allInnerTexts()).map((t) => Number(t.replace(/[^\d]/g, '')));
    const desc = new URL(page.url()).searchParams.get('sort') === 'wordCount.desc';
    const sorted = [...words].sort((a, b) => (desc ? b - a : a - b));
    expect(words.length).toBeGreaterThan(5);
    expect(words).toEqual(sorted);
    expect(await page.locator('th[aria-sort]').first().getAttribute('aria-sort')).toBe(desc ? 'descending' : 'ascending');
  });
});

describe('article reader', () => {
  it('shows the text with loaded terms marked, its events and figures, and escapes the text', async () => {
    await open('/articles?q=Ortagus');
    await page.locator('tbody tr a').first().click();
    await page.waitForURL(/\/articles\/\d+$/);
    await page.waitForSelector('.article-text');
    const text = await page.locator('main').innerText();
    expect(text).toContain('National Council of Resistance of Iran');
    expect(text).toContain('1988 mass executions of political prisoners');
    expect(await page.locator('.article-text mark').count()).toBeGreaterThan(5);
    expect(text).toMatch(/30,000/);
    await screenshot(page, 'article');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('answers 404 for an unknown article', async () => {
    const res = await page.goto(baseUrl() + '/articles/999999');
    expect(res?.status()).toBe(404);
  });
});

describe('publishers', () => {
  it('lists the registry with stance and rationale, and a publisher page explains its label', async () => {
    await open('/publishers');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Amnesty International');
    expect(text).toContain('Iran Interlink');
    await open('/publishers/iran-interlink');
    const detail = await page.locator('main').innerText();
    expect(detail).toMatch(/Critical/i);
    expect(detail).toMatch(/Why this group/);
    expect(detail).toMatch(/republished from other outlets/);
    await screenshot(page, 'publisher');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('sends one page of publishers, searchable by alias or domain, filtered by group in the URL', async () => {
    const res = await open('/publishers');
    const table = page.getByRole('table', { name: 'Publishers with their stance toward the MEK/NCRI' });
    expect(await table.locator('tbody tr').count()).toBe(50);
    const total = Number((await page.locator('main').innerText()).match(/Rows 1–50 of ([\d,]+)/)![1]!.replace(/,/g, ''));
    expect(total).toBeGreaterThan(800);
    // Every publisher used to be in the page for the browser to page (about 840 KB).
    expect((await res!.text()).length).toBeLessThan(400_000);

    await page.getByLabel('Outlet, alias or domain').fill('iranintl.com');
    await page.waitForURL(/[?&]q=iranintl\.com/);
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 15_000 }).toBe(1);
    expect(await table.locator('tbody tr').innerText()).toMatch(/Iran International/);

    await open('/publishers?stance=advocacy&sort=name.asc');
    const names = await table.locator('tbody tr th, tbody tr td:first-child').allInnerTexts();
    expect(names.length).toBeGreaterThan(10);
    const groups = await table.locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(groups.every((g) => /Advocacy/.test(g))).toBe(true);
    expect(await page.getByRole('search', { name: 'Filter publishers' }).getByLabel('Advocacy', { exact: true }).isChecked()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

describe('events', () => {
  it('compares the groups on the 1988 executions', async () => {
    await open('/events/1988-massacre');
    const columns = page.locator('.stance-column');
    expect(await columns.count()).toBeGreaterThanOrEqual(3);
    const advocacy = await page.locator('.stance-column[data-stance=advocacy]').innerText();
    expect(advocacy).toMatch(/30,000/);
    expect(advocacy).toMatch(/Iran News Update/);
    expect(await page.locator('.stance-column[data-stance=mainstream]').count()).toBe(1);
    await screenshot(page, 'event-1988');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('shows Amnesty’s 304 on the November 2019 page', async () => {
    await open('/events/november-2019-protests');
    const mainstream = await page.locator('.stance-column[data-stance=mainstream]').innerText();
    expect(mainstream).toMatch(/304/);
    expect(mainstream).toMatch(/Amnesty International/);
    await screenshot(page, 'event-nov-2019');
  });

  it('answers 404 for an unknown event', async () => {
    const res = await page.goto(baseUrl() + '/events/no-such-event');
    expect(res?.status()).toBe(404);
    expect(await page.locator('main').innerText()).toMatch(/not found|could not find/i);
  });

  it('lists events with coverage per group and candidate events', async () => {
    await open('/events');
    const text = await page.locator('main').innerText();
    expect(text).toContain('1988 mass executions of political prisoners');
    expect(text).toContain('Candidate events');
    await screenshot(page, 'events');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

describe('phone width', () => {
  it('keeps the event comparison readable at 390 px', async () => {
    const phone = await newPage(browser, { viewport: { width: 390, height: 844 } });
    await phone.goto(baseUrl() + '/events/1988-massacre', { waitUntil: 'load' });
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await phone.screenshot({ path: 'test-artifacts/event-1988-phone.png', fullPage: true });
    await phone.close();
  });
});

describe('methodology', () => {
  it('explains the labels and lists the live registry, lexicon and catalog with their versions', async () => {
    await open('/methodology');
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/not a verdict on the truth/);
    expect(text).toMatch(/publisher registry 20\d\d-/);
    expect(text).toMatch(/lexicon lexicon-\d/);
    expect(text).toContain('1988 mass executions of political prisoners');
    await screenshot(page, 'methodology');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('pages the registry on the server, with a search and a group filter in the URL', async () => {
    const res = await open('/methodology');
    // The whole registry made this page about 1 MB; one page of it is a small part of that.
    expect((await res!.text()).length).toBeLessThan(400_000);
    const registry = page.getByRole('table', { name: 'Publisher registry with stance and rationale' });
    expect(await registry.locator('tbody tr').count()).toBe(25);
    const total = Number((await page.locator('main').innerText()).match(/Rows 1–25 of ([\d,]+)/)![1]!.replace(/,/g, ''));
    expect(total).toBeGreaterThan(800);

    await page.getByLabel('Outlet, alias or domain').fill('interlink');
    await page.waitForURL(/[?&]q=interlink/);
    await expect.poll(() => registry.locator('tbody tr').count(), { timeout: 15_000 }).toBe(1);
    const row = await registry.locator('tbody tr').innerText();
    expect(row).toContain('Iran Interlink');
    expect(row).toMatch(/Critical/);
    expect(row.length).toBeGreaterThan(60); // the rationale, in full
    await page.locator('section', { has: page.locator('#registry') }).screenshot({ path: 'test-artifacts/methodology-registry.png' });

    // A filtered view is a link: opened afresh it shows the same rows.
    await open('/methodology?stance=advocacy&sort=name.desc&page=2');
    const filters = page.getByRole('search', { name: 'Filter the registry' });
    expect(await filters.getByLabel('Advocacy', { exact: true }).isChecked()).toBe(true);
    expect(await filters.getByLabel('Critical', { exact: true }).isChecked()).toBe(false);
    const badges = await registry.locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(badges.length).toBe(25);
    expect(badges.every((b) => /Advocacy/.test(b))).toBe(true);
    expect(await page.locator('main').innerText()).toMatch(/Rows 26–50 of/);

    await open('/methodology?q=no-such-outlet-anywhere');
    expect(await page.locator('main').innerText()).toMatch(/No outlet matches/);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

