// Reprints in the browser: the reader says what a copy reprints and marks the passage an article
// reproduces in full, the event page counts copies once and says how many, and /amplification
// shows who republished whom, with its three tables exportable. The articles are TEST articles,
// imported through the real importer into the browser tests' throw-away database and removed
// again afterwards: copies of a sample article made the way republishing sites make them (a
// digest header, a credit and share footer, re-wrapped lines), a commentary written here that
// reproduces it in full, and the generated labelled reprint corpus (lib/devset/reprint-corpus.ts,
// its outlets mapped onto registry outlets of every group). The screenshots
// (test-artifacts/reprints-*.png, copied to docs/screenshots/) are captioned so.
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/prisma';
import { importFiles } from '@/lib/ingest/import-files';
import { reprintCorpus } from '@/lib/devset/reprint-corpus';
import { registry } from '@/lib/registry/publishers';
import type { StanceKey } from '@/lib/stance';
import { ARTIFACTS, baseUrl, launchBrowser, newPage, screenshot, seriousA11yViolations } from '../helpers/browser';

let browser: Browser;
let page: Page;
let db: Db;

const FILES = ['test-reprints-copies.jsonl', 'test-reprints-corpus.jsonl'];
/** A registry outlet of the group (an unrated one: a name no registry lists). */
const outletOf = (stance: StanceKey, k = 0) => (stance === 'unrated' ? `Test Digest ${k + 1}` : registry.filter((p) => p.stance === stance)[k]!.name);

interface Sample {
  id: number;
  title: string;
  body: string;
  day: string;
  publisher: string;
  stance: StanceKey;
}
let sample: Sample;
const EVENT_PAGE = '/events/1988-massacre';
/** An anonymous view of the event page just before and just after the import (the render cache's state and the HTML). */
const cached: Record<'before' | 'after', { state: string | null; html: string }> = { before: { state: null, html: '' }, after: { state: null, html: '' } };

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Lines of at most 72 characters, as a site that re-wraps a text makes them. */
const rewrap = (body: string) =>
  body
    .split(/\n\n+/)
    .map((p) => p.split(' ').reduce((out, w) => (out.length - out.lastIndexOf('\n') + w.length > 72 ? `${out}\n${w}` : out ? `${out} ${w}` : w), ''))
    .join('\n\n');

// A commentary written for this test around the sample article, which it reproduces in full.
const COMMENTARY_BEFORE = [
  'Every summer the same argument returns: how should the killings of 1988 be remembered, and who gets to tell the story? Families who lost relatives in the prisons that year still ask for the names of the dead and the places where they were buried. Governments that trade with Tehran prefer to speak of other things, and the organisations that speak loudest about the executions are themselves part of a long political quarrel.',
  'We do not take a side in that quarrel here. What we can do is show readers how the events are described by the people who write about them, and let them compare the words used. Below is a report that another outlet published on the subject, which we reproduce in full so that the comparison can be made on the original wording.',
];
const COMMENTARY_AFTER = [
  'Read closely, the report chooses its sources with care and says little about the disputes over numbers. Other accounts give different figures, and several researchers have said that no count will be reliable until the archives are opened. Until then, each new statement about 1988 is also a statement about the present, and it is worth asking who is speaking and why.',
  'Readers who want to follow the question further can compare the coverage of the anniversary across outlets of different leanings on this site, where each group’s headlines, figures and sources are set side by side.',
];

beforeAll(async () => {
  db = createPrismaClient(inject('appDatabaseUrl'), 2);
  // The shortest sample article about the 1988 executions: copied three times and quoted once.
  const [row] = await db.$queryRaw<Sample[]>`
    SELECT a.id, a.title, a.body, to_char(a.published_at, 'YYYY-MM-DD') AS day, p.name AS publisher, p.stance::text AS stance
    FROM articles a JOIN publishers p ON p.id = a.publisher_id JOIN article_events ae ON ae.article_id = a.id JOIN events e ON e.id = ae.event_id
    WHERE e.slug = '1988-massacre' AND ae.role = 'about' AND a.published_at IS NOT NULL AND a.reprint_of_id IS NULL AND a.word_count > 150
    ORDER BY a.word_count LIMIT 1`;
  sample = row!;
  const others = (['advocacy', 'mainstream', 'critical'] as const).filter((s) => s !== sample.stance);
  const copies = [
    { title: sample.title, publisher: outletOf(others[0]!), date: addDays(sample.day, 1), body: `${outletOf(others[0]!)} | Staff | ${addDays(sample.day, 1)}\n\n${sample.body}\n\nThis article was originally published by ${sample.publisher}.\n\nShare this: Facebook Twitter Email` },
    { title: `${sample.title} (republished)`, publisher: outletOf(others[1]!), date: addDays(sample.day, 2), body: `${rewrap(sample.body)}\n\nSource: ${sample.publisher}` },
    { title: sample.title, publisher: sample.publisher, via: outletOf('unrated'), date: addDays(sample.day, 3), body: `Latest news\n\n${sample.body}\n\nTags: Iran, 1988, prisons` },
    {
      title: 'Remembering 1988: whose account?',
      publisher: outletOf(others[1]!, 1),
      date: addDays(sample.day, 5),
      body: [...COMMENTARY_BEFORE, sample.body, ...COMMENTARY_AFTER].join('\n\n'),
    },
  ];
  // The labelled corpus with its outlets spread over registry outlets of every group.
  const groups: StanceKey[] = ['advocacy', 'mainstream', 'critical', 'unrated'];
  const corpus = reprintCorpus({ seed: 11, originalsPerEvent: 3 }).map((a) => {
    const n = Number(/\d+$/.exec(a.publisher)?.[0] ?? 0);
    return { title: a.title, publisher: outletOf(groups[n % 4]!, Math.floor(n / 4) % 3), date: a.publishedAt, body: a.body };
  });
  const jsonl = (rows: object[]) => new TextEncoder().encode(rows.map((r) => JSON.stringify(r)).join('\n'));
  // The event page as a visitor sees it before the import, kept by the render cache.
  await fetch(baseUrl() + EVENT_PAGE);
  const warm = await fetch(baseUrl() + EVENT_PAGE);
  cached.before = { state: warm.headers.get('x-stance-lens-render-cache'), html: await warm.text() };
  const report = await importFiles(db, [{ name: FILES[0]!, bytes: jsonl(copies) }, { name: FILES[1]!, bytes: jsonl(corpus) }], { source: 'test' });
  expect(report.totals.failed).toBe(0);
  const after = await fetch(baseUrl() + EVENT_PAGE);
  cached.after = { state: after.headers.get('x-stance-lens-render-cache'), html: await after.text() };
  browser = await launchBrowser();
  page = await newPage(browser, { viewport: { width: 1400, height: 1000 } });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  // The other browser tests count the sample corpus: the test articles go again.
  await db?.article.deleteMany({ where: { sourceFile: { in: FILES } } });
  await db?.$disconnect();
});

async function open(path: string) {
  const res = await page.goto(baseUrl() + path, { waitUntil: 'load' });
  expect(res?.status(), `${path} status`).toBe(200);
  await page.waitForSelector('main .loading-page', { state: 'detached' });
  await page.locator('main h1', { hasNotText: 'Loading…' }).first().waitFor();
}

/** A caption over the page, so a screenshot can never be taken for real coverage. */
async function captionTestCorpus() {
  await page.evaluate(() => {
    const note = document.createElement('div');
    note.textContent = 'TEST CORPUS: the copies, the commentary and the republished texts on this page were made for stance-lens’s tests, not real coverage.';
    note.setAttribute('style', 'position:sticky;top:0;z-index:99;background:#7a1f1f;color:#fff;padding:6px 12px;font:600 14px system-ui;text-align:center');
    document.body.prepend(note);
  });
}

async function articleId(sourceFile: string, sourceIndex: number): Promise<number> {
  const a = await db.article.findFirstOrThrow({ where: { sourceFile, sourceIndex }, select: { id: true } });
  return a.id;
}

describe('reprints in the browser', () => {
  it('the reader says what a copy reprints, found automatically, with its similarity', async () => {
    const copy = await articleId(FILES[0]!, 0);
    await open(`/articles/${copy}`);
    const note = page.locator('.reprint-note').first();
    await expect(note.innerText()).resolves.toMatch(/Reprint of [\s\S]+: \d+% of this text is in the original\. Found automatically/);
    await expect(note.locator(`a[href="/articles/${sample.id}"]`).count()).resolves.toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await captionTestCorpus();
    // The top of the page, where the note is (for docs/screenshots).
    await page.screenshot({ path: `${ARTIFACTS}/reprints-reader-copy.png` });
  });

  it('the original lists its copies', async () => {
    await open(`/articles/${sample.id}`);
    for (const i of [0, 1, 2]) await expect(page.locator(`main a[href="/articles/${await articleId(FILES[0]!, i)}"]`).count(), `copy ${i}`).resolves.toBeGreaterThan(0);
  });

  it('the reader marks the passage a commentary reproduces in full, and counts its own words', async () => {
    const quoting = await articleId(FILES[0]!, 3);
    await open(`/articles/${quoting}`);
    const note = page.locator('.reprint-note', { hasText: 'Quotes in full' });
    await expect(note.innerText()).resolves.toMatch(/The shared passage is marked below/);
    const shared = (await page.locator('.article-text .shared-span').allInnerTexts()).join(' ');
    const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
    expect(words(shared)).toBeGreaterThan(words(sample.body) * 0.8);
    // Its own words only: the commentary, not the reproduced article.
    const stored = await db.article.findFirstOrThrow({ where: { id: quoting }, select: { wordCount: true } });
    const own = words([...COMMENTARY_BEFORE, ...COMMENTARY_AFTER].join(' '));
    expect(stored.wordCount).toBeGreaterThan(own * 0.8);
    expect(stored.wordCount).toBeLessThan(own + words(sample.body) * 0.2);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await captionTestCorpus();
    await page.locator('.article-text .shared-span').first().scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -250));
    await page.screenshot({ path: `${ARTIFACTS}/reprints-reader-quoting.png` });
  });

  it('the event page counts the copies once and says so', async () => {
    const [n] = await db.$queryRaw<{ reprints: number; quoting: number }[]>`
      SELECT count(*) FILTER (WHERE a.reprint_of_id IS NOT NULL)::int AS reprints,
             count(*) FILTER (WHERE a.reprint_of_id IS NULL AND EXISTS (SELECT 1 FROM article_quotes q WHERE q.article_id = a.id))::int AS quoting
      FROM article_events ae JOIN events e ON e.id = ae.event_id JOIN articles a ON a.id = ae.article_id WHERE e.slug = '1988-massacre'`;
    expect(n!.reprints).toBeGreaterThanOrEqual(3);
    await open('/events/1988-massacre');
    const meta = await page.locator('.page-header__meta').innerText();
    expect(meta).toContain(`${n!.reprints} reprints counted once, as their originals`);
    expect(meta).toContain(`${n!.quoting} quoting another text in full`);
    // The copies are not headlines of their own; the original says it was republished.
    for (const i of [0, 1, 2]) await expect(page.locator(`main a[href="/articles/${await articleId(FILES[0]!, i)}"]`).count()).resolves.toBe(0);
    const original = page.locator('.headline-list li', { has: page.locator(`a[href="/articles/${sample.id}"]`) }).first();
    await expect(original.innerText()).resolves.toMatch(/republished 3×/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await captionTestCorpus();
    await page.screenshot({ path: `${ARTIFACTS}/reprints-event.png` });
  });

  it('the render cache serves no stale event page after a detection', async () => {
    // Kept before the import; the import's detected links moved the data version in its own
    // transaction, so the next visitor's view rendered afresh and showed the copies counted once.
    expect(cached.before.state).toBe('hit');
    expect(cached.after.state).toBe('miss');
    const reprints = (html: string) => Number(/(\d+) reprints? counted once/.exec(html.replace(/<!-- -->/g, ''))?.[1] ?? 0);
    expect(reprints(cached.after.html)).toBeGreaterThanOrEqual(reprints(cached.before.html) + 3);
    const again = await fetch(baseUrl() + EVENT_PAGE);
    expect(again.headers.get('x-stance-lens-render-cache')).toBe('hit');
    expect(reprints(await again.text())).toBe(reprints(cached.after.html));
  });

  it('/methodology explains the method with its parameters and measured figures', async () => {
    await open('/methodology');
    const card = page.locator('.card', { has: page.locator('#reprints') });
    const text = await card.innerText();
    expect(text).toMatch(/10 bands of 2 values/);
    expect(text).toMatch(/at least 80% of S/);
    expect(text).toMatch(/583 of 583/);
    await card.screenshot({ path: `${ARTIFACTS}/reprints-methodology.png` });
  });

  it('/amplification shows who republishes whom, and its tables export', async () => {
    await open('/amplification');
    const matrix = page.locator('.amplification-matrix');
    await expect(matrix.locator('tbody tr').count()).resolves.toBeGreaterThanOrEqual(3);
    // The sample article is among the republished texts, with its three copies.
    await expect(page.locator(`main a[href="/articles/${sample.id}"]`).count()).resolves.toBeGreaterThan(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await captionTestCorpus();
    await screenshot(page, 'reprints-amplification');

    for (const dataset of ['amplification', 'outlet-originality', 'republished-texts']) {
      const res = await page.request.get(`${baseUrl()}/api/export/${dataset}?format=csv`);
      expect(res.status(), dataset).toBe(200);
      const parsed = Papa.parse<Record<string, string>>((await res.text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
      expect(parsed.errors, dataset).toEqual([]);
      expect(parsed.data.length, dataset).toBeGreaterThan(0);
    }
    const res = await page.request.get(`${baseUrl()}/api/export/republished-texts?format=csv`);
    const rows = Papa.parse<Record<string, string>>((await res.text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const ours = rows.find((r) => r['Original ID'] === String(sample.id))!;
    expect(ours.Copies).toBe('3');
  });
});
