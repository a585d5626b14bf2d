// The render cache (lib/http/render-cache.ts, proxy.ts) against the built app: an anonymous page
// whose data did not change is served again without rendering, byte for byte; any write to what
// the page shows makes the next view render afresh and show it; a curator's view, a client-side
// navigation and the API are never served from it; and the page still works in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { createPrismaClient, type Db } from '@/lib/db/prisma';
import { baseUrl, launchBrowser, newPage } from '../helpers/browser';
import { sessionCookie } from '../helpers/curation';

let db: Db;
let browser: Browser;
beforeAll(async () => {
  db = createPrismaClient(inject('appDatabaseUrl'), 2);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(baseUrl() + path, { headers });
const state = (res: Response) => res.headers.get('x-stance-lens-render-cache');

describe('render cache', () => {
  it('serves an unchanged page again without rendering, the same bytes', async () => {
    const first = await get('/compare?stance=advocacy,critical');
    const a = await first.text();
    expect(first.status).toBe(200);
    const again = await get('/compare?stance=advocacy,critical');
    expect(state(again)).toBe('hit');
    // The same page but for the per-request CSP nonce, which is this response's own.
    const nonce = (r: Response) => r.headers.get('content-security-policy')?.match(/'nonce-([^']+)'/)?.[1] ?? null;
    const [n1, n2] = [nonce(first), nonce(again)];
    const b = await again.text();
    if (n1 && n2) {
      expect(n2).not.toBe(n1);
      expect(b).toContain(`nonce="${n2}"`);
      expect(b).not.toContain(n1);
      expect(b.split(n2).join(n1)).toBe(a);
    } else {
      expect(b).toBe(a);
    }
  });

  it('renders afresh after a write, and shows it', async () => {
    const article = await db.article.findFirstOrThrow({ orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }] });
    await get('/articles');
    expect(state(await get('/articles'))).toBe('hit');
    const title = `${article.title} (render cache test)`;
    await db.article.update({ where: { id: article.id }, data: { title } });
    try {
      const res = await get('/articles');
      expect(state(res)).toBe('miss');
      expect(await res.text()).toContain('(render cache test)');
    } finally {
      await db.article.update({ where: { id: article.id }, data: { title: article.title } });
    }
    const back = await get('/articles');
    expect(await back.text()).not.toContain('(render cache test)');
  });

  it('keeps /amplification, and renders it afresh when a text becomes a reprint', async () => {
    const withoutNonces = (html: string) => html.replace(/nonce="[^"]*"/g, '');
    await get('/amplification');
    const hit = await get('/amplification');
    expect(state(hit)).toBe('hit');
    const before = withoutNonces(await hit.text());
    const [original, copy] = await db.article.findMany({ where: { reprintOfId: null }, orderBy: { id: 'asc' }, take: 2 });
    await db.article.update({ where: { id: copy!.id }, data: { reprintOfId: original!.id } });
    try {
      const res = await get('/amplification');
      expect(state(res)).toBe('miss');
      expect(withoutNonces(await res.text())).not.toBe(before); // one more republication counted
    } finally {
      await db.article.update({ where: { id: copy!.id }, data: { reprintOfId: null } });
    }
  });

  it('keeps a blind-reading set, and gives a link without a seed a new set every time', async () => {
    const event = await db.event.findFirstOrThrow({ where: { articles: { some: {} } }, orderBy: { id: 'asc' } });
    const path = `/events/${encodeURIComponent(event.slug)}/blind`;
    await get(`${path}?seed=cachetest`);
    const hit = await get(`${path}?seed=cachetest`);
    expect(state(hit)).toBe('hit');
    expect(hit.status).toBe(200);
    // Another seed is another set, rendered for itself.
    expect(state(await get(`${path}?seed=cachetest2`))).toBe('miss');
    const seeds = new Set<string | null>();
    for (let k = 0; k < 2; k++) {
      const res = await fetch(baseUrl() + path, { redirect: 'manual' });
      expect(res.status).toBeGreaterThanOrEqual(300);
      expect(res.status).toBeLessThan(400);
      seeds.add(new URL(res.headers.get('location')!, baseUrl()).searchParams.get('seed'));
    }
    expect(seeds.size).toBe(2);
  });

  it('never answers a curator, a client-side navigation or the API from the cache', async () => {
    await get('/');
    expect(state(await get('/'))).toBe('hit');
    const cookie = await sessionCookie();
    expect(state(await get('/', { cookie }))).toBeNull();
    const rsc = await get('/?_rsc=abc', { rsc: '1' });
    expect(state(rsc)).toBeNull();
    expect(rsc.headers.get('content-type')).toMatch(/text\/x-component/);
    expect(state(await get('/api/v1/openapi.json'))).toBeNull();
  });

  it('keeps the page working in a browser (scripts, client-side navigation)', async () => {
    await get('/events');
    const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The client-side navigation's RSC payloads, which must never be a cached HTML page.
    const payloads: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('_rsc=')) payloads.push(r.headers()['content-type'] ?? '');
    });
    const res = await page.goto(baseUrl() + '/events', { waitUntil: 'load' });
    expect(res?.headers()['x-stance-lens-render-cache']).toBe('hit');
    await page.locator('main a[href^="/events/"]').first().click();
    await page.waitForURL(/\/events\/[^/]+$/);
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    expect(payloads.length).toBeGreaterThan(0);
    expect(payloads.every((t) => t.startsWith('text/x-component'))).toBe(true);
    expect(errors).toEqual([]);
  });
});
