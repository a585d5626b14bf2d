// Debian's Chromium through playwright-core (its own browser download does not work here).
// bootstrap.mjs refuses to run the suite when Chromium is missing, so there is no silent skip.
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/**
 * A page in a context of its own (what browser.newPage() gives), made through newContext():
 * @axe-core/playwright opens a second page in the page's context to merge frame results, which
 * a browser.newPage() context refuses.
 */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.once('close', () => void context.close().catch(() => {}));
  return page;
}

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Runs axe-core (@axe-core/playwright: the page and its frames) and returns serious and critical violations.
 *
 * It first waits (up to `titleWaitMs`) for the document to have a title: after a server action
 * re-renders a page, Next streams its metadata in a boundary of its own, and for a moment the old
 * <title> is gone and the new one not yet hoisted. A check in that window reported a missing title
 * on a page that has one (a fresh-clone run on fbe48ed). A page that never gets a title is still
 * reported: the wait ends quietly and axe sees the page as it is.
 */
export async function seriousA11yViolations(page: Page, { titleWaitMs = 5_000 } = {}): Promise<AxeViolation[]> {
  await page.waitForFunction(() => document.title.trim() !== '', undefined, { timeout: titleWaitMs }).catch(() => {});
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
}
