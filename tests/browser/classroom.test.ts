// The classroom tools in Chromium against the built app and the sample corpus: the blind
// reading (masking holds in the HTML and the RSC payloads, marking by keyboard into the URL, the
// shared link reproducing the set, reveal with cues linked to the reader's sentence, a phone
// width), the printed event sheet (one or two pages, A4 and Letter, charts as vectors), the term
// dictionary and the lesson page, each through axe-core.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Browser, Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isAcronym } from '@/lib/analysis/phrase-matcher';
import { isLexiconName } from '@/lib/shape/blind';
import { STANCES, STANCE_STYLE } from '@/lib/stance';
import { ARTIFACTS, baseUrl, launchBrowser, newPage, screenshot, seriousA11yViolations } from '../helpers/browser';

let browser: Browser;
let page: Page;
const EVENT = 'mek-camps';

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

/** The names, aliases and domains of every outlet (and via site) covering the event: what masking must hide. */
async function outletNames(slug: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: inject('appDatabaseUrl') });
  await client.connect();
  try {
    const { rows } = await client.query<{ names: string[] }>(
      `SELECT array_remove(ARRAY[p.name, v.name] || p.aliases || p.domains || coalesce(v.aliases, '{}') || coalesce(v.domains, '{}'), NULL) AS names
       FROM article_events ae JOIN events e ON e.id = ae.event_id JOIN articles a ON a.id = ae.article_id
       JOIN publishers p ON p.id = a.publisher_id LEFT JOIN publishers v ON v.id = a.via_id
       WHERE e.slug = $1 AND coalesce(a.stance_override, p.stance) <> 'unrated'`,
      [slug],
    );
    return [...new Set(rows.flatMap((r) => r.names))].filter((n) => n.length >= 2 && !isLexiconName(n));
  } finally {
    await client.end();
  }
}

const hex = (c: string) => c.toLowerCase();
const rgb = (c: string) => `rgb(${parseInt(c.slice(1, 3), 16)}, ${parseInt(c.slice(3, 5), 16)}, ${parseInt(c.slice(5, 7), 16)})`;
const STANCE_COLOURS = STANCES.flatMap((s) => [STANCE_STYLE[s].color, STANCE_STYLE[s].tint, STANCE_STYLE[s].text]);

/**
 * What reached the browser for the blind page: its documents, and every RSC payload the router
 * asked for (prefetch or navigation), fetched again with the router's own request headers so the
 * check reads whole payloads whatever became of the original responses.
 */
function collectBodies(p: Page): { bodies: string[]; done: () => Promise<void> } {
  const bodies: string[] = [];
  const pending: Promise<void>[] = [];
  const rsc: { url: string; headers: Record<string, string> }[] = [];
  const onRequest = (req: Request) => {
    if (!new URL(req.url()).pathname.endsWith('/blind')) return;
    pending.push(
      req.allHeaders().then((headers) => {
        if (headers.rsc === '1') rsc.push({ url: req.url(), headers });
      }),
    );
  };
  const onResponse = (res: Response) => {
    const type = res.headers()['content-type'] ?? '';
    if (new URL(res.url()).pathname.endsWith('/blind') && type.includes('text/html')) pending.push(res.text().then((t) => void bodies.push(t)).catch(() => {}));
  };
  p.on('request', onRequest);
  p.on('response', onResponse);
  return {
    bodies,
    done: async () => {
      p.off('request', onRequest);
      p.off('response', onResponse);
      await Promise.all(pending);
      for (const r of rsc) {
        const headers = Object.fromEntries(Object.entries(r.headers).filter(([k]) => !k.startsWith(':') && !['host', 'content-length', 'connection'].includes(k)));
        const res = await p.request.get(r.url, { headers, maxRedirects: 5 });
        bodies.push(`${res.headers()['content-type']}\n${await res.text()}`);
      }
    },
  };
}

/** A name as the masking matches it: whole words, acronyms by case, other names in any case. */
function nameRe(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, isAcronym(name) ? 'u' : 'iu');
}

function expectMasked(text: string, names: string[], where: string) {
  for (const n of names) expect(nameRe(n).test(text), `${where}: "${n}"`).toBe(false);
  expect(text, `${where}: an article link`).not.toMatch(/\/articles\/\d/);
  expect(text, `${where}: a publisher link`).not.toMatch(/\/publishers\//);
  for (const c of STANCE_COLOURS) expect(text.toLowerCase().includes(hex(c)), `${where}: colour ${c}`).toBe(false);
}

describe('blind reading', () => {
  it('gives a link a seed, and hides every outlet and group colour before reveal, in the HTML and the RSC payload', async () => {
    const names = await outletNames(EVENT);
    expect(names.length).toBeGreaterThan(2);

    // Straight to the page: the redirect that adds a seed, then the document.
    const first = collectBodies(page);
    await page.goto(`${baseUrl()}/events/${EVENT}/blind`, { waitUntil: 'load' });
    expect(page.url()).toMatch(/\/blind\?seed=[a-z0-9]{5}$/);
    await first.done();
    expect(first.bodies.length).toBeGreaterThan(0);
    for (const b of first.bodies) expectMasked(b, names, 'document');

    // From the event page by a client-side navigation: the RSC payload (prefetched with the
    // event page or fetched on the click, so collected from the start).
    const nav = collectBodies(page);
    await page.goto(`${baseUrl()}/events/${EVENT}`, { waitUntil: 'load' });
    await page.getByRole('link', { name: 'Blind reading' }).click();
    await page.waitForURL(/\/blind\?seed=/);
    await page.locator('.blind-card').first().waitFor();
    await nav.done();
    const payloads = nav.bodies.filter((b) => b.startsWith('text/x-component'));
    expect(payloads.length, 'RSC requests for the blind page').toBeGreaterThan(0);
    expect(payloads.some((b) => b.includes('blind-card__text'))).toBe(true);
    for (const b of nav.bodies) expectMasked(b, names, 'RSC payload');

    // On screen: no passage carries a group, a colour from the palette, or an outlet.
    const list = page.locator('.blind-list');
    expect(await list.locator('[data-stance], .stance-badge').count()).toBe(0);
    expectMasked(await list.innerText(), names, 'visible text');
    expect(await page.locator('.masked').count()).toBeGreaterThan(0);
    const colours = await list.evaluate((el) => {
      const out = new Set<string>();
      for (const n of [el, ...el.querySelectorAll('*')]) {
        const s = getComputedStyle(n);
        for (const v of [s.color, s.backgroundColor, s.borderTopColor, s.borderLeftColor, s.outlineColor]) out.add(v);
      }
      return [...out];
    });
    for (const c of STANCE_COLOURS) expect(colours).not.toContain(rgb(c));
  });

  it('marks by keyboard into the URL, keeps the marks on reload, and reproduces the set from the shared link', async () => {
    await page.goto(`${baseUrl()}/events/${EVENT}/blind?seed=class1`, { waitUntil: 'load' });
    const texts = await page.locator('.blind-card__text').allInnerTexts();
    expect(texts.length).toBeGreaterThanOrEqual(3);
    const code = await page.locator('.blind-code').innerText();

    // Passage 1: focus its first choice, Space marks advocacy, → moves the mark to mainstream.
    await page.locator('input[name=m1]').first().focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/m1=a/);
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/m1=m/);
    // Passage 2 by Tab from passage 1's group.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.waitForURL(/m2=a/);
    await expect.poll(() => page.locator('.blind-progress').innerText()).toBe(`Marked 2 of ${texts.length}`);
    expect(new URL(page.url()).searchParams.get('reveal')).toBeNull();

    await page.reload({ waitUntil: 'load' });
    expect(await page.locator('input[name=m1][value=m]').isChecked()).toBe(true);
    expect(await page.locator('input[name=m2][value=a]').isChecked()).toBe(true);

    // The link the teacher shares carries the selection only; another browser sees the same set.
    const shared = await page.locator('#blind-share-url').inputValue();
    expect(new URL(shared).search).toBe('?seed=class1');
    const student = await newPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await student.goto(shared, { waitUntil: 'load' });
    expect(await student.locator('.blind-card__text').allInnerTexts()).toEqual(texts);
    expect(await student.locator('.blind-code').innerText()).toBe(code);
    expect(await student.locator('input[type=radio]:checked').count()).toBe(0);
    // A phone: nothing wider than the screen, choices large enough to tap.
    expect(await student.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = await student.locator('.blind-choice').first().boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await screenshot(student, 'blind-reading-phone');
    expect(await seriousA11yViolations(student)).toEqual([]);
    await student.close();

    // Another seed, another set.
    await page.goto(`${baseUrl()}/events/${EVENT}/blind?seed=class2`, { waitUntil: 'load' });
    expect(await page.locator('.blind-card__text').allInnerTexts()).not.toEqual(texts);
  });

  it('reveals the answers with the outlet and the cues, each linked to its sentence in the reader', async () => {
    await page.goto(`${baseUrl()}/events/${EVENT}/blind?seed=class1&m1=m&m2=a`, { waitUntil: 'load' });
    await screenshot(page, 'blind-reading');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Reveal the answers' }).click();
    await page.waitForURL(/reveal=1/);
    await page.locator('.blind-card--answer').first().waitFor();
    expect(new URL(page.url()).searchParams.get('m1')).toBe('m');

    const cards = page.locator('.blind-card--answer');
    const n = await cards.count();
    expect(n).toBeGreaterThanOrEqual(3);
    const groups = await cards.locator('.stance-badge').allInnerTexts();
    expect(new Set(groups.map((g) => g.trim()))).toEqual(new Set(['Advocacy', 'Mainstream', 'Critical']));
    expect((await cards.locator('.blind-card__outlet').allInnerTexts()).every((o) => o.trim().length > 0)).toBe(true);
    expect(await page.locator('.blind-score').innerText()).toMatch(/You marked 2 of \d+ passages/);
    expect(await page.locator('.blind-key tbody tr').count()).toBe(n);
    expect(await page.getByRole('button', { name: 'Print the answer key' }).count()).toBe(1);
    await screenshot(page, 'blind-reading-reveal');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A cue's sentence, highlighted in the reader.
    const cue = page.locator('.blind-cues a', { hasText: 'see the sentence' }).first();
    const href = (await cue.getAttribute('href'))!;
    expect(href).toMatch(/^\/articles\/\d+\?at=\d+-\d+#at$/);
    await cue.click();
    await page.waitForURL(/\/articles\/\d+\?at=/);
    const mark = page.locator('mark#at');
    await mark.waitFor();
    expect((await mark.innerText()).length).toBeGreaterThan(0);
    expect(await mark.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)).toBe(true);
  });
});

/** Pages in a PDF Chromium wrote: its page objects (the page tree's own /Pages excluded). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('printed event sheet', () => {
  it.each(['mek-camps', '1988-massacre'])('%s fits one or two A4 and Letter pages, charts as vectors, with its provenance', async (slug) => {
    await page.goto(`${baseUrl()}/events/${slug}`, { waitUntil: 'load' });
    await page.waitForSelector('.chart-container svg');
    expect(await page.getByRole('button', { name: 'Print / save as PDF' }).count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    try {
      const footer = page.locator('.event-sheet-footer');
      expect(await footer.isVisible()).toBe(true);
      expect(await footer.innerText()).toContain(`${baseUrl()}/events/${slug}`);
      expect(await footer.innerText()).toMatch(/stance-lens corpus of \d+ articles/);
      expect(await page.locator('.page-header__actions').isVisible()).toBe(false);
      expect(await page.locator('.history-card').isVisible()).toBe(false);
      // The charts that print are SVG drawings with a size, not bitmaps.
      const charts = await page.locator('.chart-frame:visible .chart-container').evaluateAll((els) =>
        els.map((el) => {
          const svg = el.querySelector('svg.recharts-surface');
          const r = svg?.getBoundingClientRect();
          return { svg: !!svg, canvas: !!el.querySelector('canvas'), w: r?.width ?? 0, h: r?.height ?? 0 };
        }),
      );
      expect(charts.length).toBeGreaterThan(0);
      for (const c of charts) expect(c).toMatchObject({ svg: true, canvas: false });
      for (const c of charts) expect(c.w * c.h).toBeGreaterThan(0);
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, printBackground: true });
        const pages = pdfPages(pdf);
        expect(pages, `${slug} ${format}`).toBeGreaterThanOrEqual(1);
        expect(pages, `${slug} ${format}`).toBeLessThanOrEqual(2);
        // No bitmap anywhere on the sheet: charts, badges and bars are all vector.
        expect(pdf.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
        fs.mkdirSync(ARTIFACTS, { recursive: true });
        fs.writeFileSync(path.join(ARTIFACTS, `event-sheet-${slug}-${format}.pdf`), pdf);
      }
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

describe('term dictionary', () => {
  it('lists every term with its meaning and rates, each linking to its page', async () => {
    const res = await page.goto(`${baseUrl()}/terms`, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    await page.waitForSelector('main .loading-page', { state: 'detached' });
    const rows = page.locator('tr[data-term]');
    expect(await rows.count()).toBeGreaterThanOrEqual(50);
    for (const id of ['mek-acronym', 'mko', 'pmoi', 'cult', 'resistance', 'regime']) {
      expect(await page.locator(`tr[data-term="${id}"] a[href="/terms/${id}"]`).count(), id).toBe(1);
    }
    expect(await page.locator('tr[data-term="mko"]').innerText()).toMatch(/Mojahedin Khalq Organization/);
    expect(await page.locator('.export-menu[data-dataset="glossary"]').count()).toBe(1);
    await screenshot(page, 'terms');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('shows a term: meaning, forms, rate per group and year, examples linked to their sentence, events', async () => {
    await page.goto(`${baseUrl()}/terms/mko`, { waitUntil: 'load' });
    expect(await page.locator('h1').innerText()).toBe('MKO (acronym)');
    expect(await page.locator('.term-meaning').innerText()).toMatch(/Mojahedin Khalq Organization/);
    expect(await page.locator('.term-forms__list li[lang="en"][dir="ltr"]').allInnerTexts()).toEqual(['MKO']);
    const critical = page.locator('.term-usage tr[data-stance="critical"]');
    expect(Number((await critical.locator('td').first().innerText()).trim())).toBeGreaterThan(0);
    await page.waitForSelector('.chart-container svg .recharts-line');
    const examples = page.locator('.term-example');
    expect(await examples.count()).toBeGreaterThan(0);
    expect(await examples.locator('mark').first().innerText()).toBe('MKO');
    expect(await page.locator('table', { hasText: 'Occurrences' }).last().locator('a[href^="/events/"]').count()).toBeGreaterThan(0);
    for (const d of ['term-usage', 'term-examples', 'term-events']) expect(await page.locator(`.export-menu[data-dataset="${d}"]`).count(), d).toBe(1);
    await screenshot(page, 'term-mko');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const link = examples.locator('a[href*="?at="]').first();
    await link.click();
    await page.waitForURL(/\/articles\/\d+\?at=/);
    // The sentence may be cut into pieces by the term marks inside it; the first carries the anchor.
    await page.locator('mark#at').waitFor();
    expect((await page.locator('mark.focus-span').allInnerTexts()).join('')).toContain('MKO');

    const missing = await page.goto(`${baseUrl()}/terms/not-a-term`);
    expect(missing?.status()).toBe(404);
  });
});

describe('lesson starter and links', () => {
  it('sets out the 45 minutes, the outcomes and the cautions, with events to use', async () => {
    await page.goto(`${baseUrl()}/classroom`, { waitUntil: 'load' });
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Learning outcomes/);
    expect(text).toMatch(/not the truth of a claim|not whether a passage is accurate/);
    expect(text).toMatch(/Automated cues can be wrong/);
    expect(await page.locator('.classroom-plan > li').count()).toBe(5);
    expect(await page.locator(`a[href="/events/${EVENT}/blind"]`).count()).toBe(1);
    await screenshot(page, 'classroom');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('reaches the tools from the nav, the overview and the event page', async () => {
    await page.goto(`${baseUrl()}/`, { waitUntil: 'load' });
    await page.waitForSelector('main .loading-page', { state: 'detached' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Terms' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Classroom' }).count()).toBe(1);
    expect(await page.locator('main a[href="/classroom"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href="/terms"]').count()).toBeGreaterThan(0);
    await page.goto(`${baseUrl()}/events/${EVENT}`, { waitUntil: 'load' });
    expect(await page.locator(`.page-header__actions a[href="/events/${EVENT}/blind"]`).count()).toBe(1);
  });
});
