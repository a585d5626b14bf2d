// Importing from the web into a real Postgres, against a loopback server whose pages are written
// for these tests: the raw response is kept and a URL is never fetched twice, the canonical URL
// deduplicates, the Internet Archive stands in for a page that is gone (a fake availability
// endpoint on the same server), a feed polled twice imports its items once, and stored pages
// can be read again after a parser fix without a request.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { importUrl, openWebBatch, reextractWebArticles } from '@/lib/ingest/web-import';
import { pollFeed, subscribeFeed } from '@/lib/ingest/feeds';
import { runFeedJob, runUrlJob, type SendJobs, type UrlJobData } from '@/lib/jobs/web';
import { URL_QUEUE } from '@/lib/jobs/boss';
import { Fetcher } from '@/lib/web/fetcher';
import { parseFetchSettings } from '@/lib/web/settings';
import { feedPage, recentUrlImports } from '@/lib/queries/web-imports';
import { articleWebSource } from '@/lib/queries/web-imports';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { articlePage, fakeDns, html, startFixtureServer, type FixtureServer } from '../helpers/web-fixture';

let db: TestDatabase;
let srv: FixtureServer;
let fetcher: Fetcher;
let batchId: number;
const admin: Actor = { user: 'admin' };

const story = (title: string, extra = '') =>
  articlePage({
    title,
    meta: extra,
    paragraphs: [
      `${title}: the harbour authority of a coastal town announced on Monday that the northern pier will close for repairs until the spring.`,
      'Fishing crews will move to the southern basin, where the authority has marked out temporary berths and promised extra lighting.',
      'A spokesperson said the repairs follow a survey that found corroded supports beneath the walkway.',
    ],
  });

beforeAll(async () => {
  db = await freshDatabase();
  srv = await startFixtureServer();
  fetcher = new Fetcher({
    settings: parseFetchSettings({ STANCE_LENS_FETCH_ALLOW: '127.0.0.1', STANCE_LENS_FETCH_DELAY_MS: '0', STANCE_LENS_FETCH_RETRIES: '0', STANCE_LENS_WAYBACK_URL: `${srv.origin}/wayback/available` }),
    lookupAll: fakeDns({ 'harbour.test': '127.0.0.1' }),
  });
  batchId = await openWebBatch(db.prisma, 'test');
});
afterEach(() => {
  srv.hits.length = 0;
});
afterAll(async () => {
  await fetcher?.close();
  await srv?.close();
  await db?.drop();
});

const entry = (url: string, hints = {}) => ({ url, hints, line: 1 });
const pageHits = (path: string) => srv.hits.filter((h) => h.path === path).length;

describe('importing a URL', () => {
  it('stores the article with its extracted fields and the raw response; a second import makes no request', async () => {
    srv.route('/2024/03/09/pier', (_q, res) =>
      html(res, story('Northern pier to close', '<meta property="og:site_name" content="Harbour Herald"><meta name="author" content="Pat Quay">'), { etag: '"p1"' }),
    );
    const url = `${srv.at('harbour.test')}/2024/03/09/pier`;
    const r = await importUrl(db.prisma, fetcher, entry(url), { source: 'test', batchId });
    expect(r).toMatchObject({ status: 'new', title: 'Northern pier to close', outlet: 'Harbour Herald' });
    const article = await db.prisma.article.findUniqueOrThrow({ where: { id: r.articleId! }, include: { publisher: true } });
    expect(article).toMatchObject({ url, author: 'Pat Quay', datePrecision: 'day', sourceFile: url, importBatchId: batchId });
    expect(article.publishedAt?.toISOString().slice(0, 10)).toBe('2024-03-09');
    expect(article.publisher.name).toBe('Harbour Herald');
    const stored = await db.prisma.webFetch.findFirstOrThrow({ where: { url } });
    expect(stored).toMatchObject({ status: 200, contentType: 'text/html', articleId: article.id, canonicalUrl: url, archiveUrl: null });
    expect(Buffer.from(stored.body!).toString('utf8')).toContain('Northern pier to close');
    expect((stored.headers as Record<string, string>).etag).toBe('"p1"');
    expect((stored.fields as any).publishedAt).toMatchObject({ value: '2024-03-09', from: 'url' });

    const source = await articleWebSource(article.id, db.prisma);
    expect(source).toMatchObject({ url, status: 200, fields: { author: { value: 'Pat Quay', from: 'meta' } } });

    const again = await importUrl(db.prisma, fetcher, entry(url), { source: 'test', batchId });
    expect(again).toMatchObject({ status: 'duplicate', articleId: article.id, offline: true });
    expect(pageHits('/2024/03/09/pier')).toBe(1);
  });

  it('deduplicates by canonical URL: a tracking variant is a duplicate, the canonical itself is not even fetched', async () => {
    const canonical = `${srv.at('harbour.test')}/story/lighthouse`;
    const withCanonical = (note: string) => story('Lighthouse keeper retires', `<link rel="canonical" href="${canonical}">`).replace('</article>', `<p>${note}</p></article>`);
    srv.route('/story/lighthouse', (_q, res) => html(res, withCanonical('Shared from the front page.')));
    const a = await importUrl(db.prisma, fetcher, entry(`${canonical}?utm_source=feed`), { source: 'test', batchId });
    expect(a).toMatchObject({ status: 'new', canonicalUrl: canonical });
    expect((await db.prisma.article.findUniqueOrThrow({ where: { id: a.articleId! } })).url).toBe(canonical);
    // Same canonical, slightly different text (another share note): still the same article.
    const b = await importUrl(db.prisma, fetcher, entry(`${canonical}?utm_source=mail`), { source: 'test', batchId });
    expect(b).toMatchObject({ status: 'duplicate', articleId: a.articleId });
    expect(b.reason).toMatch(/same canonical URL as article/);
    const before = srv.hits.length;
    const c = await importUrl(db.prisma, fetcher, entry(canonical), { source: 'test', batchId });
    expect(c).toMatchObject({ status: 'duplicate', articleId: a.articleId, offline: true });
    expect(srv.hits.length).toBe(before);
    expect(await db.prisma.article.count({ where: { url: canonical } })).toBe(1);
  });

  it('reports a failure with its reason and keeps what came back', async () => {
    srv.route('/empty', (_q, res) => html(res, '<html><head><title>Nothing</title></head><body><nav>menu</nav></body></html>'));
    srv.route('/picture', (_q, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.alloc(10)));
    const empty = await importUrl(db.prisma, fetcher, entry(`${srv.origin}/empty`), { source: 'test', batchId });
    expect(empty).toMatchObject({ status: 'failed', reason: 'only 1 word of text: not an article page (a section front, a video, a paywall?)' });
    const picture = await importUrl(db.prisma, fetcher, entry(`${srv.origin}/picture`), { source: 'test', batchId });
    expect(picture.reason).toMatch(/refused: content type image\/jpeg/);
    // The empty page was kept: reading it again needs no request.
    const again = await importUrl(db.prisma, fetcher, entry(`${srv.origin}/empty`), { source: 'test', batchId });
    expect(again).toMatchObject({ status: 'failed', offline: true });
    expect(pageHits('/empty')).toBe(1);
    expect(await db.prisma.webFetch.count({ where: { url: `${srv.origin}/picture`, body: null } })).toBe(1);
  });

  it('falls back to the archive’s closest snapshot when the page is gone, and records the archive as via with the snapshot date', async () => {
    const gone = `${srv.origin}/2016/05/01/old-report`;
    srv.route('/2016/05/01/old-report', (_q, res) => res.writeHead(410, { 'content-type': 'text/html' }).end('gone'));
    const snapshot = `${srv.origin}/web/20160502093000/${gone}`;
    srv.route('/wayback/available', (req, res) => {
      const asked = new URL(req.url!, 'http://x').searchParams.get('url');
      const closest = asked === gone ? { available: true, status: '200', url: snapshot, timestamp: '20160502093000' } : undefined;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ url: asked, archived_snapshots: closest ? { closest } : {} }));
    });
    srv.route(`/web/20160502093000id_/${gone}`, (_q, res) => html(res, story('Old report about the pier', '<meta property="og:site_name" content="Harbour Herald">')));
    const r = await importUrl(db.prisma, fetcher, entry(gone), { source: 'test', batchId });
    expect(r).toMatchObject({ status: 'new', title: 'Old report about the pier' });
    expect(r.archivedAt?.toISOString()).toBe('2016-05-02T09:30:00.000Z');
    const a = await db.prisma.article.findUniqueOrThrow({ where: { id: r.articleId! }, include: { via: true, publisher: true } });
    expect(a.via?.name).toBe('Internet Archive');
    expect(a.publisher.name).toBe('Harbour Herald');
    expect(a.url).toBe(gone);
    const f = await db.prisma.webFetch.findFirstOrThrow({ where: { url: gone, articleId: a.id } });
    expect(f).toMatchObject({ archiveUrl: snapshot, finalUrl: `${srv.origin}/web/20160502093000id_/${gone}`, error: 'HTTP 410 Gone' });
    expect(f.archivedAt?.toISOString()).toBe('2016-05-02T09:30:00.000Z');

    srv.route('/never-archived', (_q, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('no'));
    const none = await importUrl(db.prisma, fetcher, entry(`${srv.origin}/never-archived`), { source: 'test', batchId });
    expect(none).toMatchObject({ status: 'failed', reason: 'HTTP 404 Not Found; the Internet Archive has no snapshot' });
  });

  it('refuses a private address when it is not allow-listed, and says so', async () => {
    const strict = new Fetcher({ settings: parseFetchSettings({ STANCE_LENS_FETCH_DELAY_MS: '0' }) });
    const r = await importUrl(db.prisma, strict, entry('http://169.254.169.254/latest/meta-data/'), { source: 'test', batchId });
    await strict.close();
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(/refused: 169\.254\.169\.254 resolves to 169\.254\.169\.254, a link-local/);
  });

  it('re-reads stored pages after a parser fix without fetching', async () => {
    const before = srv.hits.length;
    const r = await reextractWebArticles(db.prisma);
    expect(r.pages).toBeGreaterThanOrEqual(3);
    expect(r.updated).toBe(r.pages);
    expect(srv.hits.length).toBe(before);
  });
});

describe('feeds', () => {
  it('a feed polled twice imports its items once; a changed feed brings only its new items', async () => {
    let version = 1;
    const item = (n: number) => `<item><title>Pier notice ${n}</title><link>${srv.origin}/notices/${n}</link><pubDate>Mon, 0${n} Dec 2025 09:00:00 GMT</pubDate></item>`;
    srv.route('/feed.xml', (req, res) => {
      const etag = `"v${version}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
      const items = version === 1 ? [1, 2] : [1, 2, 3];
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour notices</title>${items.map(item).join('')}</channel></rss>`);
    });
    for (const n of [1, 2, 3]) srv.route(`/notices/${n}`, (_q, res) => html(res, story(`Pier notice number ${n}`)));

    const { feedId } = await subscribeFeed(db.prisma, admin, { url: `${srv.origin}/feed.xml` });
    // The worker's path: the poll queues one job per new item; here the "queue" runs them at once.
    const ran: number[] = [];
    const send: SendJobs = async (queue, data) => {
      expect(queue).toBe(URL_QUEUE);
      for (const d of data as UrlJobData[]) {
        ran.push(d.itemId);
        await runUrlJob(db.prisma, fetcher, { data: d, retryCount: 0, retryLimit: 0 });
      }
    };
    const first = await runFeedJob(db.prisma, fetcher, { data: { feedId }, retryCount: 0, retryLimit: 0 }, send);
    expect(first).toMatchObject({ status: 'ok', itemCount: 2, newCount: 2 });
    const second = await runFeedJob(db.prisma, fetcher, { data: { feedId }, retryCount: 0, retryLimit: 0 }, send);
    expect(second).toMatchObject({ status: 'not-modified', newCount: 0 });
    expect(srv.hits.filter((h) => h.path === '/feed.xml').pop()!.headers['if-none-match']).toBe('"v1"');
    version = 2;
    const third = await runFeedJob(db.prisma, fetcher, { data: { feedId }, retryCount: 0, retryLimit: 0 }, send);
    expect(third).toMatchObject({ status: 'ok', itemCount: 3, newCount: 1 });
    expect(ran).toHaveLength(3);
    for (const n of [1, 2, 3]) expect(pageHits(`/notices/${n}`)).toBe(1);
    expect(await db.prisma.article.count({ where: { title: { startsWith: 'Pier notice number' } } })).toBe(3);

    // Without validators the same items are still imported once.
    await db.prisma.feed.update({ where: { id: feedId }, data: { etag: null, lastModified: null } });
    const fourth = await pollFeed(db.prisma, fetcher, feedId, { createdBy: 'test' });
    expect(fourth).toMatchObject({ status: 'ok', itemCount: 3, newCount: 0, urlImportId: null });

    const page = await feedPage(feedId, db.prisma);
    expect(page!.polls.map((p) => [p.status, p.newCount])).toEqual([
      ['ok', 0],
      ['ok', 1],
      ['not-modified', 0],
      ['ok', 2],
    ]);
    expect(page!.polls[1]!.results).toMatchObject({ new: 1, duplicate: 0, failed: 0 });
    expect(page!.items.map((i) => i.status)).toEqual(['new', 'new', 'new']);
    const lists = await recentUrlImports(10, db.prisma);
    expect(lists.filter((l) => l.source === 'feed').map((l) => l.items.length)).toEqual([1, 2]);
  });

  it('records a failing poll with its reason', async () => {
    srv.route('/broken-feed.xml', (_q, res) => res.writeHead(200, { 'content-type': 'application/xml' }).end('<html>not a feed</html>'));
    const { feedId } = await subscribeFeed(db.prisma, admin, { url: `${srv.origin}/broken-feed.xml` });
    const r = await pollFeed(db.prisma, fetcher, feedId, { createdBy: 'test' });
    expect(r.status).toBe('failed');
    expect(r.error).toMatch(/not an RSS or Atom feed/);
    await expect(subscribeFeed(db.prisma, null, { url: `${srv.origin}/x.xml` })).rejects.toThrow(/Sign in/);
    await expect(subscribeFeed(db.prisma, admin, { url: 'file:///etc/passwd' })).rejects.toThrow(/only http and https/);
  });
});
