// Exports in real Chromium against the built app: the Export menu on a filtered page downloads
// every matching row, with its group; the API and its OpenAPI description answer.
import fs from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newPage, seriousA11yViolations } from '../helpers/browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('Export menu', () => {
  it('downloads every article of the filtered view as CSV, each with its group', async () => {
    const res = await page.goto(`${baseUrl()}/articles?stance=critical`, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);
    const meta = await page.locator('.page-header__meta').innerText();
    const total = Number(/([\d,]+) articles? match/.exec(meta)![1]!.replace(/,/g, ''));
    expect(total).toBeGreaterThan(0);

    // Opens from the keyboard, closes with Escape.
    const summary = page.locator('.export-menu summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.export-menu').getAttribute('open')).resolves.not.toBeNull();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.locator('.export-menu').getAttribute('open')).resolves.toBeNull();

    await summary.click();
    const csvLink = page.locator('.export-menu a[data-format=csv]');
    expect(await csvLink.getAttribute('href')).toBe('/api/export/articles?stance=critical&format=csv');
    const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^stance-lens-articles-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(total);
    expect(parsed.data.every((r) => r.Group === 'critical')).toBe(true);
    expect(parsed.meta.fields).toEqual(expect.arrayContaining(['Group', 'Outlet', 'Date', 'URL', 'Title']));
  });

  it('puts an event comparison export on the event page', async () => {
    await page.goto(`${baseUrl()}/events/1988-massacre`, { waitUntil: 'networkidle' });
    const href = await page.locator('.export-menu a[data-format=xlsx]').getAttribute('href');
    expect(href).toBe('/api/export/event-comparison?event=1988-massacre&format=xlsx');
    const res = await page.request.get(`${baseUrl()}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await res.body()).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('read-only API', () => {
  it('serves its OpenAPI 3.1 description', async () => {
    const res = await page.request.get(`${baseUrl()}/api/v1/openapi.json`);
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toBe('no-store');
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    for (const name of ['articles', 'publishers', 'events', 'event-comparison', 'terms', 'distinctive-words', 'claims', 'attributions']) {
      expect(doc.paths[`/api/v1/${name}`]?.get, name).toBeTruthy();
      expect(doc.paths[`/api/export/${name}`]?.get, name).toBeTruthy();
    }
  });

  it('pages articles with a cursor', async () => {
    const res = await page.request.get(`${baseUrl()}/api/v1/articles?limit=5`);
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toBe('no-store');
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(['data', 'nextCursor', 'total']);
    expect(body.data).toHaveLength(5);
    expect(body.total).toBeGreaterThan(5);
    expect(typeof body.nextCursor).toBe('string');
    for (const row of body.data) expect(row).toEqual(expect.objectContaining({ id: expect.any(Number), title: expect.any(String), group: expect.any(String) }));
    const next = await (await page.request.get(`${baseUrl()}/api/v1/articles?limit=5&cursor=${body.nextCursor}`)).json();
    expect(next.data[0].id).not.toBe(body.data[4].id);
    expect((await page.request.get(`${baseUrl()}/api/v1/articles?limit=501`)).status()).toBe(400);
    expect((await page.request.post(`${baseUrl()}/api/v1/articles`)).status()).toBe(405);
  });
});
