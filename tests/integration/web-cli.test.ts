// `npm run import -- --urls/--url/--sitemap/--feed` as users call it: a real process against a
// loopback server (pages written for the test), per-URL results, the JSON report, --check
// against expected columns, --dry-run writing nothing, the exit code.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { articlePage, html, startFixtureServer, type FixtureServer } from '../helpers/web-fixture';

const root = path.resolve(__dirname, '../..');
let db: TestDatabase;
let srv: FixtureServer;
let tmp: string;

function runImport(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // Asynchronous: the fixture server answers from this process while the import runs.
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: db.url, STANCE_LENS_FETCH_ALLOW: '127.0.0.1', STANCE_LENS_FETCH_DELAY_MS: '50', STANCE_LENS_FETCH_RETRIES: '0', STANCE_LENS_WAYBACK: 'off', STANCE_LENS_FETCH_CONTACT: 'cli-test@example.org' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// Written for this test: an advocacy outlet's and a critical outlet's pages about the 1988 executions.
const ncri = articlePage({
  title: 'Families gather to remember the prisoners executed in 1988',
  meta: '<meta property="og:site_name" content="NCRI"><meta property="article:published_time" content="2023-08-20">',
  paragraphs: [
    'Relatives of political prisoners executed in the summer of 1988 gathered on Sunday to call for an international inquiry into the mass executions.',
    'Speakers said the death commission sent thousands of prisoners, many of them supporters of the PMOI, to the gallows within weeks.',
    'They urged the United Nations to investigate the 1988 massacre of political prisoners as a crime against humanity.',
  ],
});
const unknown = articlePage({
  title: 'A note on the local library',
  meta: '<meta property="og:site_name" content="Library Notes">',
  paragraphs: [
    'The local library extended its opening hours on weekdays and added a reading corner for children, its director said on Friday.',
    'Volunteers will run a homework club twice a week during the school term, and the library hopes to add evening talks in the spring.',
  ],
});

beforeAll(async () => {
  db = await freshDatabase();
  srv = await startFixtureServer();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-lens-webcli-'));
  srv.route('/ncri/remember-1988', (_q, res) => html(res, ncri));
  srv.route('/library/hours', (_q, res) => html(res, unknown));
  srv.route('/sitemap.xml', (_q, res) =>
    res.writeHead(200, { 'content-type': 'application/xml' }).end(`<urlset><url><loc>${srv.origin}/library/hours</loc></url><url><loc>${srv.origin}/library/missing</loc></url></urlset>`),
  );
});
afterAll(async () => {
  await srv?.close();
  await db?.drop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

// Each run starts a process (tsx, the registry, the database): slow on a busy machine.
const RUN_TIMEOUT = 300_000;

describe('npm run import from the web', () => {
  it('--urls with expected columns: per-URL results, JSON, and --check', async () => {
    const list = path.join(tmp, 'list.csv');
    fs.writeFileSync(
      list,
      [
        'url,expected_outlet,expected_outlet_domain,expected_group,expected_events_about,expected_events_mention',
        `${srv.origin}/ncri/remember-1988,NCRI,ncr-iran.org,advocacy,1988-massacre,`,
        `${srv.origin}/library/hours,Library Notes,,critical,hamid-nouri-trial,`,
        `${srv.origin}/nowhere,Someone,,mainstream,,`,
        'ftp://example.org/file,,,,,',
      ].join('\n'),
    );
    const r = await runImport(['--urls', list, '--json', '--check']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.urls.map((u: { url: string; status: string }) => [u.url.replace(srv.origin, ''), u.status])).toEqual([
      ['/ncri/remember-1988', 'new'],
      ['/library/hours', 'new'],
      ['/nowhere', 'failed'],
    ]);
    expect(out.urls[2].reason).toBe('HTTP 404 Not Found');
    expect(out.problems).toEqual([{ source: `${list}:5`, reason: 'only http and https links are imported (ftp) (ftp://example.org/file)' }]);
    expect(out.urlTotals).toEqual({ urls: 3, new: 2, duplicate: 0, failed: 2 });
    expect(out.check).toEqual({ rows: 3, outlet: { match: 2, of: 3 }, group: { match: 1, of: 3 }, events: { match: 1, of: 2 } });
    expect(r.stderr).toMatch(/check: 3 URLs with expectations; outlet matches 2\/3, group 1\/3, events 1\/2/);
    expect(r.stderr).toMatch(/web import: 3 URLs, 2 new, 0 duplicate, 2 failed/);
    const stored = await db.prisma.article.findFirstOrThrow({ where: { url: `${srv.origin}/ncri/remember-1988` }, include: { publisher: true } });
    expect(stored.publisher.slug).toBe('ncri');

    // Again: nothing is fetched, everything is a duplicate.
    const before = srv.hits.length;
    const again = await runImport(['--url', `${srv.origin}/ncri/remember-1988`, '--url', `${srv.origin}/library/hours`]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/duplicate .*\/ncri\/remember-1988: already imported \(article \d+\)/);
    expect(again.stdout).toMatch(/web import: 2 URLs, 0 new, 2 duplicate, 0 failed/);
    expect(srv.hits.length).toBe(before);
  }, RUN_TIMEOUT);

  it('--sitemap reads a sitemap; --dry-run --json fetches and analyses without writing', async () => {
    const articles = await db.prisma.article.count();
    const r = await runImport(['--dry-run', '--json', '--url', `${srv.origin}/ncri/remember-1988`]);
    expect(r.code).toBe(0);
    const [a] = JSON.parse(r.stdout);
    expect(a).toMatchObject({ publisherSlug: 'ncri', stance: 'advocacy', publishedAt: '2023-08-20', extracted: { outlet: { from: 'open-graph' }, publishedAt: { from: 'open-graph' } } });
    expect(a.events).toEqual(expect.arrayContaining([expect.objectContaining({ slug: '1988-massacre', role: 'about' })]));
    expect(await db.prisma.article.count()).toBe(articles);

    const s = await runImport(['--sitemap', `${srv.origin}/sitemap.xml`]);
    expect(s.code).toBe(1);
    expect(s.stdout).toMatch(/duplicate .*\/library\/hours/);
    expect(s.stdout).toMatch(/FAILED .*\/library\/missing: HTTP 404 Not Found/);
  }, RUN_TIMEOUT);

  it('--feed reads a feed once and records it; a second run imports nothing new', async () => {
    srv.route('/feed.xml', (_q, res) =>
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss version="2.0"><channel><title>Library feed</title><item><title>Hours</title><link>${srv.origin}/library/hours</link></item></channel></rss>`),
    );
    const first = await runImport(['--feed', `${srv.origin}/feed.xml`]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/web import: 1 URLs, 0 new, 1 duplicate, 0 failed/);
    const second = await runImport(['--feed', `${srv.origin}/feed.xml`, '--subscribe']);
    expect(second.stdout).toMatch(/web import: 0 URLs/);
    expect(second.stdout).toMatch(/subscribed: .*feed\.xml \(the worker polls every 6 h\)/);
    const feed = await db.prisma.feed.findUniqueOrThrow({ where: { url: `${srv.origin}/feed.xml` }, include: { polls: true } });
    expect(feed.active).toBe(true);
    expect(feed.polls.map((p) => [p.status, p.newCount])).toEqual([
      ['ok', 1],
      ['ok', 0],
    ]);
  }, RUN_TIMEOUT);
});
