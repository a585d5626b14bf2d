// The accessibility check every page test relies on (@axe-core/playwright through
// seriousA11yViolations) must itself fail on what it is there to catch: a page with a serious
// and a critical violation is reported with both, a page without a title with that, and a clean page with none.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, seriousA11yViolations } from '../helpers/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the accessibility check', () => {
  it('reports serious and critical violations, in frames too', async () => {
    const page = await newPage(browser);
    await page.setContent(
      `<!doctype html><html lang="en"><head><title>bad</title></head><body><main>
         <p style="color:#777;background:#888">low contrast text</p>
         <iframe title="inner" srcdoc="<!doctype html><html lang='en'><title>i</title><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='></html>"></iframe>
       </main></body></html>`,
    );
    const found = await seriousA11yViolations(page);
    expect(found.map((v) => [v.id, v.impact]).sort()).toEqual([
      ['color-contrast', 'serious'],
      ['image-alt', 'critical'],
    ]);
    await page.close();
  });

  it('still reports a page that never gets a title, after waiting for one', async () => {
    const page = await newPage(browser);
    await page.setContent(`<!doctype html><html lang="en"><head></head><body><main><h1>Untitled</h1></main></body></html>`);
    const found = await seriousA11yViolations(page, { titleWaitMs: 300 });
    expect(found.map((v) => [v.id, v.impact])).toEqual([['document-title', 'serious']]);
    await page.close();
  });

  it('waits for a title that arrives late (a streamed metadata boundary) instead of reporting it missing', async () => {
    const page = await newPage(browser);
    await page.setContent(
      `<!doctype html><html lang="en"><head></head><body><main><h1>Late title</h1></main>
         <script>setTimeout(() => { const t = document.createElement('title'); t.textContent = 'Late'; document.head.append(t); }, 400);</script>
       </body></html>`,
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });

  it('reports nothing on a clean page', async () => {
    const page = await newPage(browser);
    await page.setContent(`<!doctype html><html lang="en"><head><title>ok</title></head><body><main><h1>Fine</h1><p>Readable.</p></main></body></html>`);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });
});
