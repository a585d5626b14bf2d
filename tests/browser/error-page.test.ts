// The error page (app/error.tsx) tries again by itself: a page whose render fails while the
// proxy's health probe still says "up" (Postgres going away, or a restarted one still replaying
// its log) comes back without the reader doing anything once its queries work again. Here the
// failure is a summary table /terms reads, renamed away and back on the app's test database.
import type { Browser } from 'playwright-core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { baseUrl, launchBrowser, newPage, screenshot } from '../helpers/browser';

let browser: Browser;
let db: pg.Client;
beforeAll(async () => {
  browser = await launchBrowser();
  db = new pg.Client({ connectionString: inject('appDatabaseUrl') });
  await db.connect();
});
afterAll(async () => {
  await db?.query('ALTER TABLE IF EXISTS summary_terms_away RENAME TO summary_terms').catch(() => {});
  await db?.end();
  await browser?.close();
});

describe('the error page', () => {
  it('says it tries again by itself, and shows the page once its queries work again', async () => {
    const page = await newPage(browser, { viewport: { width: 1000, height: 700 } });
    await db.query('ALTER TABLE summary_terms RENAME TO summary_terms_away');
    let renamed = true;
    try {
      await page.goto(baseUrl() + '/terms?error-page-test=1');
      await page.waitForSelector('h1:has-text("This page could not be loaded")', { timeout: 30_000 });
      await expect.poll(() => page.locator('.error-state__auto').innerText(), { timeout: 10_000 }).toMatch(/tries again by itself every 5 seconds \(try \d+ of 24\)/);
      await screenshot(page, 'error-page-retrying');
      await db.query('ALTER TABLE summary_terms_away RENAME TO summary_terms');
      renamed = false;
      await page.waitForSelector('main h1:has-text("Term dictionary")', { timeout: 30_000 });
      expect(await page.locator('.error-state').count()).toBe(0);
    } finally {
      if (renamed) await db.query('ALTER TABLE summary_terms_away RENAME TO summary_terms');
    }
  }, 90_000);
});
