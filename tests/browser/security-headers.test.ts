// The security headers on every response and a Content-Security-Policy that the app itself
// never trips: every route under app/ is visited with real data (the sample corpus, a
// curator's session for the curation screens), in Chromium with a `securitypolicyviolation`
// listener and the console watched; route handlers, exports, error pages and static files
// are checked for their headers. The charts (recharts), the inline styles and Next's own
// scripts must work under the policy: the pages hydrate (a client-side filter works) and the
// charts draw.
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import pg from 'pg';
import { baseUrl, launchBrowser, newPage, screenshot } from '../helpers/browser';
import { sessionCookie } from '../helpers/curation';
import { appRoutes, matchesRoute } from '../helpers/routes';

let browser: Browser;
let reader: Page;
let curator: Page;
let articleId: number;
let feedId: number;
const problems: string[] = [];

/** A page that records CSP violations and console errors, whatever document it shows. */
async function watchedPage(cookie?: string): Promise<Page> {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  if (cookie) {
    const [name, value] = cookie.split(/=(.*)/s) as [string, string];
    await page.context().addCookies([{ name, value, url: baseUrl() }]);
  }
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) sample=${e.sample}`);
    });
  });
  page.on('console', (m) => {
    // The 404 pages' own status is logged as a failed resource; that one is expected.
    if (/status of 404/.test(m.text()) && /no-such/.test(page.url())) return;
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${page.url()}: console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${page.url()}: page error: ${e.message}`));
  return page;
}

const REQUIRED = {
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
  'x-frame-options': /^DENY$/,
  'content-security-policy': /./,
};

function checkHeaders(path: string, headers: Record<string, string>) {
  for (const [name, value] of Object.entries(REQUIRED)) {
    expect(headers[name], `${path}: ${name}`).toMatch(value);
  }
  const csp = headers['content-security-policy']!;
  const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
  expect(directives.get('default-src'), `${path}: default-src`).toEqual(["'self'"]);
  expect(directives.get('object-src'), `${path}: object-src`).toEqual(["'none'"]);
  expect(directives.get('base-uri'), `${path}: base-uri`).toEqual(["'none'"]);
  expect(directives.get('frame-ancestors'), `${path}: frame-ancestors`).toEqual(["'none'"]);
  const scripts = directives.get('script-src') ?? [];
  expect(scripts, `${path}: script-src`).not.toContain("'unsafe-eval'");
  expect(scripts, `${path}: script-src`).not.toContain("'unsafe-inline'");
  expect(scripts.some((s) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(s)), `${path}: script nonce`).toBe(true);
  // Plain http here: no HSTS (it is sent over https, checked below).
  expect(headers['strict-transport-security'], `${path}: HSTS over http`).toBeUndefined();
}

beforeAll(async () => {
  const sql = new pg.Client({ connectionString: inject('appDatabaseUrl') });
  await sql.connect();
  articleId = (await sql.query(`SELECT id FROM articles ORDER BY id LIMIT 1`)).rows[0].id;
  // A feed to show (not subscribed: nothing polls it).
  feedId = (
    await sql.query(
      `INSERT INTO feeds (url, title, created_by, active) VALUES ('https://example.org/headers-test/feed.xml', 'Headers test feed', 'admin', false) RETURNING id`,
    )
  ).rows[0].id;
  await sql.end();
  browser = await launchBrowser();
  reader = await watchedPage();
  curator = await watchedPage(await sessionCookie());
});
afterAll(async () => {
  await browser?.close();
  const sql = new pg.Client({ connectionString: inject('appDatabaseUrl') });
  await sql.connect();
  await sql.query(`DELETE FROM feeds WHERE id = $1`, [feedId]);
  await sql.end();
});

// Every route under app/, with the path that visits it and who visits it.
const visits = () => [
  { path: '/', status: 200 },
  { path: '/events', status: 200 },
  { path: '/events/1988-massacre', status: 200 },
  { path: '/events/new', status: 200, curator: true },
  { path: '/compare', status: 200 },
  { path: '/compare?a=advocacy&b=critical', status: 200 },
  { path: '/claims', status: 200 },
  { path: '/sources', status: 200 },
  { path: '/articles', status: 200 },
  { path: `/articles/${articleId}`, status: 200 },
  { path: `/articles/${articleId}`, status: 200, curator: true },
  { path: '/publishers', status: 200 },
  { path: '/publishers/reuters', status: 200 },
  { path: '/publishers/reuters', status: 200, curator: true },
  { path: '/methodology', status: 200 },
  { path: '/changes', status: 200 },
  { path: '/import', status: 200, curator: true },
  { path: '/feeds', status: 200 },
  { path: '/classroom', status: 200 },
  { path: '/events/1988-massacre/blind', status: 200 },
  { path: '/terms', status: 200 },
  { path: '/terms/mek', status: 200 },
  { path: '/amplification', status: 200 },
  { path: `/feeds/${feedId}`, status: 200 },
  { path: `/feeds/${feedId}`, status: 200, curator: true },
  { path: '/login', status: 200 },
  { path: '/events/no-such-event', status: 404 },
  { path: '/no-such-page', status: 404 },
];

describe('security headers and the Content-Security-Policy', () => {
  it('every page route under app/ has a visit below', () => {
    const visited = visits().map((v) => new URL(v.path, 'http://x').pathname);
    const pages = appRoutes().filter((r) => r.kind === 'page');
    expect(pages.length).toBeGreaterThanOrEqual(15);
    for (const r of pages) expect(visited.some((p) => matchesRoute(r.pattern, p)), `no visit for ${r.pattern}`).toBe(true);
  });

  it('every page answers with the headers, hydrates and draws without a CSP violation or console error', async () => {
    for (const v of visits()) {
      const page = v.curator ? curator : reader;
      const res = (await page.goto(baseUrl() + v.path, { waitUntil: 'networkidle' })) as Response;
      expect(res.status(), v.path).toBe(v.status);
      checkHeaders(v.path, await res.allHeaders());
      // Every script and style element Next wrote into the HTML carries this response's nonce (the
      // chunks those scripts load later need none: 'strict-dynamic').
      const nonce = /'nonce-([^']+)'/.exec((await res.allHeaders())['content-security-policy']!)![1];
      const html = await res.text();
      const tags = [...html.matchAll(/<(script|style)\b([^>]*)>/g)].map((m) => /\bnonce="([^"]*)"/.exec(m[2]!)?.[1] ?? '');
      expect(tags.length, `${v.path}: scripts`).toBeGreaterThan(0);
      expect(new Set(tags), `${v.path}: every script and style has this response's nonce`).toEqual(new Set([nonce]));
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('the charts, inline styles and client components work under the policy', async () => {
    await reader.goto(baseUrl() + '/', { waitUntil: 'networkidle' });
    // recharts draws its bars as SVG paths and positions its wrapper with inline styles.
    await reader.waitForSelector('.chart-container svg path');
    expect(await reader.locator('.chart-container svg path').count()).toBeGreaterThan(3);
    expect(await reader.locator('body').evaluate((b) => getComputedStyle(b).getPropertyValue('--stance-advocacy-color').trim())).not.toBe('');
    await screenshot(reader, 'csp-overview');
    // A client-side filter change needs the hydrated page (React's scripts ran under the nonce).
    await reader.goto(baseUrl() + '/articles', { waitUntil: 'networkidle' });
    await reader.locator('input[type=checkbox][value=advocacy]').check();
    await reader.waitForURL(/stance=advocacy/);
    await reader.goto(baseUrl() + '/compare', { waitUntil: 'networkidle' });
    await reader.waitForSelector('.chart-container svg');
    await screenshot(reader, 'csp-compare');
    expect(problems).toEqual([]);
  }, 120_000);

  it('route handlers, exports, error answers and static files carry the headers too', async () => {
    const paths = [
      '/api/v1/openapi.json',
      '/api/v1/articles?limit=2',
      '/api/v1/no-such-dataset',
      '/api/v1/articles?limit=abc',
      '/api/export/articles?format=csv',
      '/api/export/claims?format=xlsx',
      '/api/export/publishers?format=json',
      '/import/uploads',
      '/import/urls',
      '/import/feeds',
      `/feeds/${feedId}/poll`,
    ];
    for (const p of paths) {
      const res = await fetch(baseUrl() + p);
      checkHeaders(p, Object.fromEntries(res.headers));
      await res.arrayBuffer();
    }
    // Route handlers: every one under app/ is in the list above.
    for (const r of appRoutes().filter((x) => x.kind === 'route')) {
      expect(paths.some((p) => matchesRoute(r.pattern, new URL(p, 'http://x').pathname)), `no request for ${r.pattern}`).toBe(true);
    }
    const html = await (await fetch(baseUrl() + '/')).text();
    const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
    const res = await fetch(baseUrl() + asset);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    await res.arrayBuffer();
  });

  it('sends HSTS when the request came over https (through a reverse proxy that says so)', async () => {
    const res = await fetch(baseUrl() + '/methodology', { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}/);
    await res.text();
  });

  it('cannot be framed by another site', async () => {
    const page = await newPage(browser);
    await page.setContent(`<iframe src="${baseUrl()}/login" title="x"></iframe>`);
    await page.waitForTimeout(1500);
    const frame = page.frames().find((f) => f.url().includes('/login'));
    // A refused frame never gets the page's content.
    const text = frame ? await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '') : '';
    expect(text).not.toMatch(/Sign in/);
    await page.close();
  });
});
