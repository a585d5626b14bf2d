// Curation in real Chromium against the built app and its worker: sign in, re-rate a publisher
// with a rationale and see the group counts and the trail follow, then upload two files (one
// broken) on /import and see both results, also after a reload, then remove that import. The database is put back
// afterwards so the other browser tests see the sample corpus as loaded.
import type { Browser, Page } from 'playwright-core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { baseUrl, launchBrowser, newPage, screenshot, seriousA11yViolations } from '../helpers/browser';
import { TEST_ADMIN } from '../helpers/curation';

let browser: Browser;
let page: Page;
let sql: pg.Client;
let reuters: Record<string, unknown>;

const TEST_OUTLET = 'Browser Upload Test Outlet';
const QUEUE_OUTLET = 'Queue Test Outlet';

beforeAll(async () => {
  sql = new pg.Client({ connectionString: inject('appDatabaseUrl') });
  await sql.connect();
  reuters = (await sql.query(`SELECT stance, stance_rationale, kind, curated_at, stance_changed_at FROM publishers WHERE slug = 'reuters'`)).rows[0];
  browser = await launchBrowser();
  page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  if (!sql) return;
  await sql.query(
    `UPDATE publishers SET stance = $1, stance_rationale = $2, kind = $3, curated_at = $4, stance_changed_at = $5 WHERE slug = 'reuters'`,
    [reuters.stance, reuters.stance_rationale, reuters.kind, reuters.curated_at, reuters.stance_changed_at],
  );
  await sql.query(`DELETE FROM audit_log`);
  await sql.query(`DELETE FROM articles WHERE source_file IN ('browser-good.txt', 'browser-broken.json', 'browser-queue.txt')`);
  await sql.query(`DELETE FROM publishers p WHERE p.name = ANY($1) AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.publisher_id = p.id)`, [[TEST_OUTLET, QUEUE_OUTLET]]);
  await sql.query(`DELETE FROM uploads`);
  await sql.query(`DELETE FROM login_attempts`);
  await sql.end();
});

/** Opens a page and waits for `ready` to be visible: a streamed page may still show its loading state at `load`. */
async function open(path: string, ready = 'main h1') {
  const res = await page.goto(baseUrl() + path, { waitUntil: 'load' });
  expect(res?.status(), `${path} status`).toBe(200);
  await page.waitForSelector(ready);
}

async function groupCount(stance: string): Promise<number> {
  const value = `.stat-link[data-stance=${stance}] .stat__value`;
  await open('/', value);
  return Number((await page.locator(value).innerText()).replace(/[^\d]/g, ''));
}

describe('curation', () => {
  it('shows no edit control to a reader, and /import asks to sign in', async () => {
    await open('/publishers/reuters', '.history-card');
    expect(await page.getByText('Edit publisher').count()).toBe(0);
    expect(await page.locator('.history-card').innerText()).toMatch(/No change made in the app yet/);
    await page.goto(baseUrl() + '/import');
    await page.waitForURL(/\/login\?next=(%2F|\/)import$/);
  });

  it('signs in', async () => {
    await open('/login?next=/publishers/reuters', 'form[aria-label="Sign in"]');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('User name').fill(TEST_ADMIN.user);
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('form[aria-label="Sign in"] [role=alert]').innerText(), { timeout: 15_000 }).toMatch(/Wrong user name or password/);
    await page.getByLabel('Password').fill(TEST_ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/publishers\/reuters$/);
    await page.waitForSelector('text=Curating as');
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'stance_lens_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false });
  });

  it('re-rates a publisher with a rationale; the comparison and the trail follow', async () => {
    const mainstreamBefore = await groupCount('mainstream');
    const criticalBefore = await groupCount('critical');
    await open('/publishers/reuters', '.curator-bar');
    await page.getByText('Edit publisher').click();
    const form = page.getByRole('form', { name: 'Edit publisher' });
    await form.getByLabel('Stance group').selectOption('critical');
    // Same rationale, new stance: refused with the reason.
    await form.getByRole('button', { name: 'Save publisher' }).click();
    await expect.poll(() => form.getByRole('status').innerText(), { timeout: 15_000 }).toMatch(/rationale/i);
    await form.getByLabel('Rationale (why this group)').fill('Browser test: a curator re-rates this outlet to check the trail.');
    await form.getByLabel('Why (kept in the history)').fill('Browser test of the curation trail');
    await form.getByRole('button', { name: 'Save publisher' }).click();
    await expect.poll(() => form.getByRole('status').innerText(), { timeout: 15_000 }).toMatch(/Saved/);
    await expect.poll(() => page.locator('.history-card').innerText(), { timeout: 15_000 }).toMatch(/changed the stance/);
    const history = await page.locator('.history-card').innerText();
    expect(history).toMatch(/Browser test of the curation trail/);
    expect(history).toMatch(/stance: mainstream → critical/);
    expect(await page.locator('.page-header').innerText()).toMatch(/Critical/);
    await screenshot(page, 'curation-publisher');
    expect(await seriousA11yViolations(page)).toEqual([]);

    expect(await groupCount('critical')).toBeGreaterThan(criticalBefore);
    expect(await groupCount('mainstream')).toBeLessThan(mainstreamBefore);
    expect((await groupCount('critical')) - criticalBefore).toBe(mainstreamBefore - (await groupCount('mainstream')));

    await open('/changes', 'tbody tr');
    const row = page.locator('tbody tr', { hasText: 'Reuters' });
    expect(await row.innerText()).toMatch(/changed the stance[\s\S]*Browser test of the curation trail/);
    await page.getByLabel('Kind of thing changed').selectOption('article');
    await page.waitForURL(/type=article/);
    await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).toMatch(/No change of this kind yet/);
    await screenshot(page, 'curation-changes');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('imports two dropped files in the background, one broken, and shows both results after a reload', async () => {
    await open('/import', '.drop-zone');
    const files = [
      {
        name: 'browser-good.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(`${TEST_OUTLET} | By Test Reporter | March 3, 2022\n\nA court in Stockholm heard testimony about the 1988 executions of political prisoners in Iran.\n`),
      },
      { name: 'browser-broken.json', mimeType: 'application/json', buffer: Buffer.from('[{"title": "never closed') },
    ];
    // Choosing files needs the hydrated page; choosing them again is harmless (same names).
    await expect
      .poll(
        async () => {
          await page.getByLabel('Files to import').setInputFiles(files);
          return page.getByRole('button', { name: 'Upload 2 files' }).count();
        },
        { timeout: 15_000 },
      )
      .toBe(1);
    await page.getByRole('button', { name: 'Upload 2 files' }).click();
    // The message appears (with data-ok) once the server answered the upload.
    await expect.poll(() => page.locator('[role=status][data-ok]').innerText(), { timeout: 15_000 }).toMatch(/queued: 2 files/);
    const good = page.locator('li[data-file="browser-good.txt"]').first();
    const broken = page.locator('li[data-file="browser-broken.json"]').first();
    await expect.poll(() => good.getAttribute('data-status'), { timeout: 30_000 }).toBe('imported');
    await expect.poll(() => broken.getAttribute('data-status'), { timeout: 30_000 }).toBe('failed');
    expect(await good.innerText()).toMatch(/1 new, 0 duplicate/);
    expect(await broken.innerText()).toMatch(/json/i);

    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('li[data-file="browser-good.txt"]');
    expect(await page.locator('li[data-file="browser-good.txt"]').first().getAttribute('data-status')).toBe('imported');
    expect(await page.locator('li[data-file="browser-broken.json"]').first().innerText()).toMatch(/failed/);
    await screenshot(page, 'curation-import');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await open('/articles?q=%22Stockholm+heard+testimony%22', 'tbody tr');
    expect(await page.locator('tbody tr', { hasText: TEST_OUTLET }).count()).toBe(1);
  });

  it('lists an unknown outlet in the rating queue with the suggested group, and rates it in one step', async () => {
    // An outlet nobody listed, whose text leans one way (written for this test).
    await open('/import', '.drop-zone');
    const file = {
      name: 'browser-queue.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        `${QUEUE_OUTLET} | By Test Reporter | March 4, 2022\n\n` +
          'Supporters of the Iranian Resistance gathered for the Free Iran rally, where the PMOI called on Europe to back its ten-point plan ' +
          'and said the Resistance Units inside the country keep growing despite the clerical regime.\n',
      ),
    };
    await expect
      .poll(
        async () => {
          await page.getByLabel('Files to import').setInputFiles([file]);
          return page.getByRole('button', { name: 'Upload 1 file' }).count();
        },
        { timeout: 15_000 },
      )
      .toBe(1);
    await page.getByRole('button', { name: 'Upload 1 file' }).click();
    await expect.poll(() => page.locator('li[data-file="browser-queue.txt"]').first().getAttribute('data-status'), { timeout: 30_000 }).toBe('imported');

    const unratedBefore = await groupCount('unrated');
    const advocacyBefore = await groupCount('advocacy');
    // The overview lists it with its suggestion; its article counts as unrated meanwhile.
    const overviewRow = page.locator('.rating-queue li[data-slug="queue-test-outlet"]');
    expect(await overviewRow.innerText()).toMatch(/Suggested:\s*Advocacy\s*\(inferred\)/);

    await open('/publishers', '#rating-queue');
    const row = page.locator('#rating-queue li[data-slug="queue-test-outlet"]');
    expect(await row.innerText()).toMatch(/1 article[\s\S]*Suggested:\s*Advocacy\s*\(inferred\)[\s\S]*1 of 1 article leans advocacy[\s\S]*Cues: “the Iranian Resistance” ×\d/);
    const form = row.getByRole('form', { name: `Rate ${QUEUE_OUTLET}` });
    expect(await form.getByLabel('Group', { exact: true }).inputValue()).toBe('advocacy');
    await screenshot(page, 'rating-queue');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A rationale is required (the field, and the server for a token one); then one click rates it.
    expect(await form.getByLabel('Rationale (why this group)').getAttribute('required')).not.toBeNull();
    await form.getByLabel('Rationale (why this group)').fill('ok');
    await form.getByRole('button', { name: 'Rate' }).click();
    await expect.poll(() => form.getByRole('status').innerText(), { timeout: 15_000 }).toMatch(/sentence/i);
    await form.getByLabel('Rationale (why this group)').fill('Browser test: its own text relays the NCRI’s campaign in the group’s words.');
    await form.getByRole('button', { name: 'Rate' }).click();
    // Rated, the outlet leaves the queue (the page is revalidated).
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(0);

    expect(await groupCount('unrated')).toBe(unratedBefore - 1);
    expect(await groupCount('advocacy')).toBe(advocacyBefore + 1);
    await open('/publishers/queue-test-outlet', '.history-card');
    expect(await page.locator('.history-card').innerText()).toMatch(/changed the stance[\s\S]*its own text relays/);
    expect(await page.locator('.page-header').innerText()).toMatch(/Advocacy/);
  });

  it('removes an import: its articles leave every page, and the trail records it', async () => {
    await open('/import', '.drop-zone');
    const row = page.locator('tr', { hasText: 'browser-good.txt' });
    // The list streams in: until React moves it into place its row sits in a hidden template,
    // whose innerText has no cell separators. Wait for the row as drawn.
    await expect
      .poll(() => row.innerText(), { timeout: 15_000 })
      .toMatch(/#\d+[\s\S]*browser[\s\S]*browser-good\.txt, browser-broken\.json\s+1\s+0/);
    await row.getByText(/^Remove import #\d+…$/).click();
    const form = row.getByRole('form', { name: /^Remove import #\d+$/ });
    // A reason is required before anything goes.
    expect(await form.getByLabel('Why (kept in the history)').getAttribute('required')).not.toBeNull();
    await form.getByLabel('Why (kept in the history)').fill('Browser test: the wrong file was uploaded.');
    await screenshot(page, 'remove-import');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Remove 1 article' }).click();
    // The row leaves the list with its import; the page confirms the removal from the trail.
    await page.waitForURL(/\/import\?removed=\d+/, { timeout: 15_000 });
    await expect
      .poll(() => page.locator('#in-the-corpus .import-removed').innerText(), { timeout: 15_000 })
      .toMatch(/Import #\d+ \(browser, [\d-]+\) was removed by admin at [\d-]+ [\d:]+ UTC: 1 article \(“Browser test: the wrong file was uploaded\.”\)/);
    expect(await page.locator('tr', { hasText: 'browser-good.txt' }).count()).toBe(0);
    // The upload that made it says so under "Recent uploads", rather than only "imported".
    const upload = page.locator('li[data-upload]', { has: page.locator('li[data-file="browser-good.txt"]') });
    expect(await upload.locator('[data-removed]').innerText()).toMatch(/^Its articles were removed from the corpus by admin, [\d-]+ [\d:]+ UTC: see the history\.$/);
    await screenshot(page, 'removed-import');

    await open('/articles?q=%22Stockholm+heard+testimony%22', 'main h1');
    await expect.poll(() => page.locator('tbody tr', { hasText: TEST_OUTLET }).count(), { timeout: 15_000 }).toBe(0);
    await open('/changes?type=import', 'main h1');
    // The trail streams in after its loading state.
    await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).toMatch(/Import: Import #\d+ \(browser, \d{4}-\d{2}-\d{2}\)[\s\S]*removed the import and its articles[\s\S]*the wrong file was uploaded/);
  });
});
