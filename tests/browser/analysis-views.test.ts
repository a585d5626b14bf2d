// The analysis views (/compare, /claims, /sources) in real Chromium against the built app with
// the sample corpus: content on the seeds, URL state (filters, sort, group pair, selected
// source), phone width, axe-core, and a screenshot of each page in test-artifacts/.
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

async function open(path: string, on: Page = page) {
  const res = await on.goto(baseUrl() + path, { waitUntil: 'load' });
  expect(res?.status(), `${path} status`).toBe(200);
  // The route's loading.tsx streams first; wait for the page's own heading.
  await on.locator('main h1', { hasNotText: 'Loading…' }).first().waitFor();
  return res;
}

const claimsTable = () => page.getByRole('region', { name: 'Figures cited in the articles' });
const sourcesTable = () => page.getByRole('region', { name: 'Quoted and cited sources by group' });

/** Waits until a server re-render after a URL change has landed (no table or picker busy). */
async function settled() {
  await page.waitForSelector('[aria-busy=true]', { state: 'detached' });
  await page.waitForTimeout(200);
}

const number = (text: string) => Number(text.replace(/\(.*\)/, '').replace(/[^\d.]/g, ''));

describe('/compare', () => {
  it('shows term rates per group with the critical outlets using "MKO" and "cult"', async () => {
    await open('/compare');
    await expect(page.locator('h1').textContent()).resolves.toBe('Compare groups');
    const stats = await page.locator('[aria-labelledby=slice-groups]').innerText();
    expect(stats).toMatch(/Advocacy articles\s*\n?\s*\d+/);
    expect(stats).toMatch(/Critical articles\s*\n?\s*\d+/);
    for (const term of ['mko', 'cult']) {
      const critical = await page.locator(`tr[data-term=${term}] td[data-stance=critical]`).innerText();
      expect(number(critical), `${term} critical rate`).toBeGreaterThan(0);
    }
    // A term's name leads to the articles that use it.
    expect(await page.locator('tr[data-term=mko] th a').getAttribute('href')).toMatch(/^\/articles\?q=/);
    await page.waitForSelector('.chart-container svg');
    await screenshot(page, 'compare');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('lists distinctive words of advocacy against critical outlets, with their numbers', async () => {
    await open('/compare');
    const table = page.getByRole('region', { name: /Distinctive words, Advocacy against Critical/ });
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(10);
    const first = await rows.first().locator('td').allInnerTexts();
    expect(first[1]).toMatch(/Advocacy/);
    expect(Number(first[2])).toBeGreaterThan(0);
    // The critical side: "MEK" is the acronym those outlets use most.
    const leansCritical = await table.locator('tbody tr', { hasText: 'Critical' }).locator('td:first-child').allInnerTexts();
    expect(leansCritical).toContain('mek');
    expect(await table.locator('tbody tr', { hasText: /^massacre/ }).count()).toBe(1);
    // Both charts draw after hydration: the term rates and the diverging words.
    await page.locator('.chart-container svg').nth(1).waitFor();
  });

  it('keeps the group pair in the URL; Back returns to the previous pair', async () => {
    await open('/compare');
    await page.getByLabel('Group A (bars to the right)').selectOption('mainstream');
    await page.waitForURL(/a=mainstream/);
    await settled();
    await expect.poll(() => page.getByRole('region', { name: /Distinctive words, Mainstream against Critical/ }).count(), { timeout: 10_000 }).toBe(1);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('a=mainstream'));
    await expect.poll(() => page.getByLabel('Group A (bars to the right)').inputValue(), { timeout: 10_000 }).toBe('advocacy');
  });

  it('narrows the slice to one event and says what to do when a slice is empty', async () => {
    await open('/compare?event=1988-massacre');
    const meta = await page.locator('.page-header__meta').innerText();
    const shown = /^(\d+) articles? match the filters/.exec(meta);
    expect(shown, meta).not.toBeNull();
    expect(Number(shown![1])).toBeGreaterThan(0);
    expect(Number(shown![1])).toBeLessThan(22);
    await open('/compare?from=1900-01-01&to=1900-12-31');
    const text = await page.locator('main').innerText();
    expect(text).toContain('No article in this slice');
    expect(text).toMatch(/Remove a filter/);
  });
});

describe('/claims', () => {
  it('lists Amnesty International’s 304 killed with its source, sentence and article', async () => {
    await open('/claims?kind=killed');
    const kinds = await claimsTable().locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((k) => k === 'killed')).toBe(true);
    const row = claimsTable().locator('tbody tr', { hasText: '304' }).filter({ hasText: 'Amnesty International' }).first();
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[0]).toMatch(/304/);
    expect(cells[6]).toBe('Amnesty International');
    expect(await row.locator('a[href^="/articles/"]').count()).toBe(1);
    expect(await row.locator('a[href^="/events/"]').count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: 'killed' }).isChecked()).toBe(true);
    await page.waitForSelector('.chart-container svg');
    await screenshot(page, 'claims-killed');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('shows the advocacy outlets’ 30,000', async () => {
    await open('/claims?stance=advocacy');
    const groups = await claimsTable().locator('tbody tr .stance-badge').allInnerTexts();
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.every((g) => /advocacy/i.test(g))).toBe(true);
    expect(await claimsTable().locator('tbody').innerText()).toMatch(/30,000/);
  });

  it('writes a filter into the URL and sorts by value from the header; Back undoes the sort', async () => {
    await open('/claims');
    await page.getByRole('checkbox', { name: 'executed' }).check();
    await page.waitForURL(/kind=executed/);
    await expect
      .poll(async () => (await claimsTable().locator('tbody tr td:nth-child(2)').allInnerTexts()).every((k) => k === 'executed'), { timeout: 10_000 })
      .toBe(true);
    await page.getByRole('button', { name: /^Figure/ }).click();
    await page.waitForURL(/sort=value/);
    await settled();
    const sortedUrl = page.url();
    expect(sortedUrl).toMatch(/kind=executed/);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('sort=value'));
    expect(page.url()).toMatch(/kind=executed/);
    // The URL alone reproduces the view.
    await open(new URL(sortedUrl).pathname + new URL(sortedUrl).search);
    expect(await page.getByRole('checkbox', { name: 'executed' }).isChecked()).toBe(true);
    expect(await claimsTable().locator('th[aria-sort]').first().innerText()).toMatch(/Figure/);
  });

  it('expands a long sentence in place', async () => {
    await open('/claims?kind=killed');
    const more = page.getByRole('button', { name: 'Show more of the sentence' }).first();
    await more.click();
    await expect.poll(() => page.getByRole('button', { name: 'Show less of the sentence' }).count()).toBeGreaterThan(0);
  });
});

describe('/sources', () => {
  it('lists who each group quotes, with shares per group and a chart', async () => {
    await open('/sources');
    const names = await sourcesTable().locator('tbody tr td:first-child').allInnerTexts();
    expect(names).toContain('Amnesty International');
    expect(names).toContain('Maryam Rajavi');
    const amnesty = await sourcesTable().locator('tbody tr', { hasText: 'Amnesty International' }).first().locator('td').allInnerTexts();
    expect(number(amnesty[2]!)).toBeGreaterThanOrEqual(1);
    await page.waitForSelector('.chart-container svg');
    await screenshot(page, 'sources');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('selecting a source lists its sentences with outlet, group and article; Back closes them', async () => {
    await open('/sources');
    await sourcesTable().getByRole('link', { name: 'Maryam Rajavi', exact: true }).click();
    await page.waitForURL(/entity=Maryam\+Rajavi|entity=Maryam%20Rajavi/);
    const panel = page.getByRole('region', { name: /Sentences attributed to Maryam Rajavi/ }).first();
    await panel.waitFor();
    const rows = panel.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    const first = await rows.first().innerText();
    expect(first).toMatch(/Rajavi/);
    expect(await rows.first().locator('a[href^="/articles/"]').count()).toBe(1);
    expect(await rows.first().locator('.stance-badge').count()).toBe(1);
    await screenshot(page, 'sources-entity');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('entity='));
    await expect.poll(() => page.getByRole('region', { name: /Sentences attributed to/ }).count(), { timeout: 10_000 }).toBe(0);
  });

  it('filters by group through the URL', async () => {
    await open('/sources?stance=advocacy');
    const header = await sourcesTable().locator('thead').innerText();
    expect(header).toMatch(/Advocacy share/);
    expect(header).not.toMatch(/Mainstream share/);
    const names = await sourcesTable().locator('tbody tr td:first-child').allInnerTexts();
    expect(names).toContain('Maryam Rajavi');
    expect(names).not.toContain('Diana Eltahawy');
  });
});

describe('phone width', () => {
  it.each(['/compare', '/claims?kind=killed', '/sources?entity=Amnesty+International'])('%s fits 390 px', async (path) => {
    const phone = await newPage(browser, { viewport: { width: 390, height: 844 } });
    await open(path, phone);
    await phone.waitForSelector('.chart-container svg');
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    const name = path.slice(1).replace(/[^a-z]+/gi, '-').replace(/-$/, '');
    await phone.screenshot({ path: `test-artifacts/${name}-phone.png`, fullPage: true });
    await phone.close();
  });
});
