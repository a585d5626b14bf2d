// Hostile content, rendered: XSS vectors (tests/fixtures/xss-vectors.ts) stored in every field a
// user or a file controls — outlet names, author, title, body and URL through the importer;
// aliases and rationale of an outlet, an event's name, period and description through curation;
// and in the query parameters of every page that reads them — then every page shown in
// Chromium to a reader and to a curator, with a dialog hook, the console and the network
// watched: no vector may run. Every export format is read back with a CSV parser and with
// exceljs: no live formula, while the hostile text is there (neutralised).
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { createEvent, editEvent } from '@/lib/curation/events';
import { editPublisher } from '@/lib/curation/publishers';
import { createPrismaClient, type Db } from '@/lib/db/prisma';
import { DATASET_NAMES, getDataset } from '@/lib/export/datasets';
import { isFormulaLike } from '@/lib/export/neutralize';
import { importFiles } from '@/lib/ingest/import-files';
import { baseUrl, launchBrowser, newPage, screenshot } from '../helpers/browser';
import { sessionCookie, TEST_ADMIN } from '../helpers/curation';
import { FORMULA_VECTORS, XSS_VECTORS } from '../fixtures/xss-vectors';

const FILE = 'hostile-content.json';
const CUE = 'lantern harbour tribunal';
const admin: Actor = { user: TEST_ADMIN.user };
let browser: Browser;
let db: Db;
let sql: pg.Client;
let articleIds: number[] = [];
let outletSlugs: string[] = [];
let eventSlug = '';
const ran: string[] = [];

const hostile = [...XSS_VECTORS.map((v) => v.text), ...FORMULA_VECTORS];

beforeAll(async () => {
  db = createPrismaClient(inject('appDatabaseUrl'), 2);
  sql = new pg.Client({ connectionString: inject('appDatabaseUrl') });
  await sql.connect();
  // One article per hostile string: in its title, author, outlet, body (in a quote and beside a
  // figure, so claims and sources carry it too) and URL.
  const articles = hostile.map((h, i) => ({
    title: `${h} (hostile title ${i})`,
    publisher: i % 3 === 0 ? h.slice(0, 60) : 'Hostile Fixture Outlet',
    author: h.slice(0, 150),
    date: `2022-06-${String((i % 28) + 1).padStart(2, '0')}`,
    url: `https://example.org/item/${i}?q=${encodeURIComponent(h)}#"><script>alert(${i})</script>`,
    body: [
      `Hostile fixture ${i}: the ${CUE} heard that the MEK, also called the PMOI, organised a rally ${h} in the capital.`,
      `"${h} is what we saw," said the spokesman of the council, adding that 30,000 ${h} people attended according to organisers.`,
      `Critics of the group called the ${CUE} account one-sided ${h}.`,
    ].join('\n\n'),
  }));
  const report = await importFiles(db, [{ name: FILE, bytes: new TextEncoder().encode(JSON.stringify(articles)) }], { source: 'test' });
  expect(report.files[0]).toMatchObject({ status: 'imported', new: hostile.length });
  articleIds = (await sql.query(`SELECT id FROM articles WHERE source_file = $1 ORDER BY source_index`, [FILE])).rows.map((r) => r.id);
  outletSlugs = (await sql.query(`SELECT DISTINCT p.slug FROM articles a JOIN publishers p ON p.id = a.publisher_id WHERE a.source_file = $1`, [FILE])).rows.map((r) => r.slug);

  // Through curation: an outlet's aliases and rationale, an event's name, period and description.
  const outlet = (await sql.query(`SELECT id FROM publishers WHERE name = 'Hostile Fixture Outlet'`)).rows[0].id;
  await editPublisher(db, admin, {
    id: outlet,
    stance: 'critical',
    stanceRationale: `Fixture rationale ${hostile.join(' ').slice(0, 360)}`,
    kind: 'news_outlet',
    // Each its own name (an alias may not be another outlet's name, and some outlets are named by a vector).
    aliases: hostile.map((h, i) => `alias ${i} ${h}`.slice(0, 120)).join('\n'),
    domains: '',
    reason: `${XSS_VECTORS[0]!.text} hostile reason`,
  });
  const created = await createEvent(db, admin, {
    name: `${XSS_VECTORS[3]!.text.slice(0, 150)} event`,
    period: XSS_VECTORS[9]!.text.slice(0, 80),
    description: `A fixture event whose text is hostile: ${hostile.join(' ')}`.slice(0, 3000),
    strong: CUE,
    support: '',
    minSupport: 1,
    reason: XSS_VECTORS[1]!.text,
  });
  eventSlug = (created as { slug: string }).slug;
  const eventId = (await sql.query(`SELECT id FROM events WHERE slug = $1`, [eventSlug])).rows[0].id;
  await editEvent(db, admin, {
    id: eventId,
    name: `${XSS_VECTORS[13]!.text.slice(0, 150)} event`,
    period: XSS_VECTORS[16]!.text.slice(0, 80),
    description: `Edited fixture description, still hostile: ${hostile.slice().reverse().join(' ')}`.slice(0, 3000),
    strong: CUE,
    support: '',
    minSupport: 1,
    reason: XSS_VECTORS[24]!.text,
  }).catch((e) => {
    throw new Error(`editEvent: ${(e as Error).message}`);
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (sql) {
    await sql.query(`DELETE FROM articles WHERE source_file = $1`, [FILE]);
    if (eventSlug) await sql.query(`DELETE FROM events WHERE slug = $1`, [eventSlug]);
    await sql.query(`DELETE FROM publishers p WHERE p.slug = ANY($1) AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.publisher_id = p.id OR a.via_id = p.id)`, [outletSlugs]);
    await sql.query(`DELETE FROM audit_log`);
    await sql.end();
  }
  await db?.$disconnect();
});

async function watched(cookie?: string): Promise<Page> {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  if (cookie) {
    const [name, value] = cookie.split(/=(.*)/s) as [string, string];
    await page.context().addCookies([{ name, value, url: baseUrl() }]);
  }
  page.on('dialog', (d) => {
    ran.push(`${page.url()}: dialog ${d.type()} "${d.message()}"`);
    void d.dismiss().catch(() => {});
  });
  page.on('console', (m) => {
    if (/XSS-RAN/.test(m.text())) ran.push(`${page.url()}: console ${m.text()}`);
  });
  page.on('pageerror', (e) => ran.push(`${page.url()}: page error ${e.message}`));
  page.on('request', (r) => {
    // Only a request *for* /__xss__/… (the page URLs themselves carry the vectors' text).
    if (new URL(r.url()).pathname.startsWith('/__xss__')) ran.push(`${page.url()}: request ${r.url()}`);
  });
  return page;
}

/** Elements that only an injected vector would add: event-handler attributes, foreign scripts, frames, objects, base, meta refresh. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.getAttributeNames()) if (/^on/i.test(a)) found.push(`${el.tagName} ${a}`);
      const href = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? el.getAttribute('data') ?? '';
      if (/^\s*(javascript|vbscript|data):/i.test(href.replace(/[\s\u0000-\u001f]/g, ''))) found.push(`${el.tagName} ${href.slice(0, 40)}`);
    }
    for (const s of document.querySelectorAll('script')) {
      const src = s.getAttribute('src');
      if (src ? !src.startsWith('/_next/') : !s.nonce && !s.hasAttribute('nonce')) found.push(`script ${src ?? s.textContent?.slice(0, 40)}`);
    }
    for (const sel of ['iframe', 'object', 'embed', 'base', 'meta[http-equiv]', 'body svg[onload]', 'main style']) {
      for (const el of document.querySelectorAll(sel)) found.push(`${sel}: ${el.outerHTML.slice(0, 60)}`);
    }
    return found;
  });
}

const allVectors = hostile.join(' ');
const q = (v: string) => encodeURIComponent(v);

function pages(): string[] {
  return [
    '/',
    '/events',
    `/events/${eventSlug}`,
    '/events/1988-massacre',
    '/compare',
    `/compare?event=${eventSlug}`,
    '/claims',
    '/sources',
    '/articles',
    ...articleIds.filter((_, i) => i % 6 === 0).map((id) => `/articles/${id}`),
    '/publishers',
    ...outletSlugs.slice(0, 4).map((s) => `/publishers/${s}`),
    '/changes',
    '/methodology',
    '/feeds',
    '/terms',
    '/classroom',
    `/events/${eventSlug}/blind`,
    // Every parameter a page reads, carrying every vector at once.
    `/articles?q=${q(allVectors)}&stance=${q(XSS_VECTORS[0]!.text)}&publisher=${q(XSS_VECTORS[3]!.text)}&sort=${q(XSS_VECTORS[13]!.text)}`,
    `/articles?q=${q('"hostile fixture"')}`,
    `/claims?q=${q(allVectors)}&kind=${q(XSS_VECTORS[9]!.text)}&event=${q(XSS_VECTORS[0]!.text)}`,
    `/sources?q=${q(allVectors)}&stance=${q(XSS_VECTORS[1]!.text)}`,
    `/compare?a=${q(XSS_VECTORS[0]!.text)}&b=${q(XSS_VECTORS[13]!.text)}&event=${q(XSS_VECTORS[3]!.text)}&q=${q(allVectors)}`,
    `/events?q=${q(allVectors)}`,
    `/publishers?q=${q(allVectors)}&stance=${q(XSS_VECTORS[2]!.text)}`,
    `/changes?type=${q(XSS_VECTORS[0]!.text)}&page=${q(XSS_VECTORS[4]!.text)}`,
    `/events/${q(XSS_VECTORS[0]!.text)}`,
    `/articles/${q(XSS_VECTORS[0]!.text)}`,
    `/login?next=${q(XSS_VECTORS[25]!.text)}`,
    `/login?next=${q('//evil.example/x')}`,
  ];
}

describe('hostile content', () => {
  it('is stored as given (the vectors really are in the database)', async () => {
    const { rows } = await sql.query(`SELECT count(*)::int AS n FROM articles WHERE source_file = $1 AND title LIKE '%<script>%' AND author LIKE '%<%'`, [FILE]);
    expect(rows[0].n).toBeGreaterThan(2);
    const event = (await sql.query(`SELECT name, description FROM events WHERE slug = $1`, [eventSlug])).rows[0];
    expect(event.description).toContain('<script>');
    const aliases = (await sql.query(`SELECT aliases FROM publishers WHERE name = 'Hostile Fixture Outlet'`)).rows[0].aliases as string[];
    expect(aliases.some((a) => a.includes('onerror'))).toBe(true);
    expect((await sql.query(`SELECT count(*)::int AS n FROM article_events ae JOIN events e ON e.id = ae.event_id WHERE e.slug = $1`, [eventSlug])).rows[0].n).toBeGreaterThan(0);
  });

  it('runs nowhere: every page, to a reader and to a curator, with every vector in its fields and parameters', async () => {
    const reader = await watched();
    const curator = await watched(await sessionCookie());
    const found: string[] = [];
    // A curator sees the same pages plus edit forms (values in inputs and textareas).
    const curatorPages = pages().filter((p) => /^\/(articles\/\d|publishers\/|events\/|changes|import)/.test(p)).concat(['/events/new', '/import']);
    for (const [page, paths] of [[reader, pages()], [curator, curatorPages]] as const) {
      for (const path of paths) {
        const res = await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
        expect([200, 400, 404], `${path} status`).toContain(res?.status());
        // Hover and focus what is there (onmouseover/onfocus vectors), open every <details>.
        await page.mouse.move(400, 300);
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        await page.waitForTimeout(100);
        for (const f of await injected(page)) found.push(`${path}: ${f}`);
        // The login form's "next" stays on this site.
        if (path.startsWith('/login?next=')) {
          const next = await page.locator('input[name=next]').getAttribute('value').catch(() => null);
          if (next !== null) expect(next.startsWith('/') && !next.startsWith('//'), `next=${next}`).toBe(true);
        }
      }
    }
    await reader.goto(baseUrl() + `/articles/${articleIds[0]}`, { waitUntil: 'networkidle' });
    await screenshot(reader, 'hostile-article');
    await reader.goto(baseUrl() + `/events/${eventSlug}`, { waitUntil: 'networkidle' });
    await screenshot(reader, 'hostile-event');
    expect(ran).toEqual([]);
    expect(found).toEqual([]);
    // The hostile text is shown as text.
    await reader.goto(baseUrl() + `/articles/${articleIds[0]}`, { waitUntil: 'networkidle' });
    expect(await reader.locator('main').innerText()).toContain(XSS_VECTORS[0]!.text.slice(0, 30));
  }, 600_000);

  it('every export is read back without a live formula, with the hostile text neutralised', async () => {
    // A dataset's required filters: the hostile event, a term the hostile bodies use (PMOI), else the documented example.
    const chosen: Record<string, string> = { event: eventSlug, term: 'pmoi' };
    const params = (name: string) =>
      getDataset(name)!
        .params.filter((p) => p.required)
        .map((p) => `${p.name}=${encodeURIComponent(chosen[p.name] ?? String(p.example))}&`)
        .join('');
    let hostileCells = 0;
    const number = /^[-+]?\d+(\.\d+)?(e[-+]?\d+)?$/i;
    for (const name of DATASET_NAMES) {
      const csv = await fetch(`${baseUrl()}/api/export/${name}?${params(name)}format=csv`);
      expect(csv.status, `${name} csv`).toBe(200);
      const parsed = Papa.parse<string[]>((await csv.text()).replace(/^\uFEFF/, ''), { skipEmptyLines: true });
      expect(parsed.errors, `${name} csv parse`).toEqual([]);
      for (const row of parsed.data) {
        for (const cell of row) {
          if (isFormulaLike(cell) && !number.test(cell)) expect.fail(`${name}.csv: a live formula ${JSON.stringify(cell.slice(0, 60))}`);
          if (FORMULA_VECTORS.some((f) => cell.includes(f.trim().slice(0, 12)))) hostileCells++;
        }
      }

      const xlsx = await fetch(`${baseUrl()}/api/export/${name}?${params(name)}format=xlsx`);
      expect(xlsx.status, `${name} xlsx`).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
      book.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.type === ExcelJS.ValueType.Formula) expect.fail(`${name}.xlsx ${cell.address}: a formula`);
            const v = cell.value as unknown;
            if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) expect.fail(`${name}.xlsx ${cell.address}: a formula`);
            if (typeof v === 'string' && isFormulaLike(v)) expect.fail(`${name}.xlsx ${cell.address}: formula-like text ${JSON.stringify(v.slice(0, 60))}`);
          }),
        ),
      );
    }
    // Not vacuous: the formula vectors went through the exports (as neutralised text).
    expect(hostileCells).toBeGreaterThan(FORMULA_VECTORS.length);
  }, 300_000);
});
