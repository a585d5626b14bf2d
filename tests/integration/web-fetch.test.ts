// The fetcher against a local server on loopback (allow-listed through the setting, as a user
// would allow an intranet mirror): robots.txt, per-host pacing and concurrency measured from the
// server's side, 429 with Retry-After, redirect chains and loops, the body cap on a 25 MB page
// and on a gzip bomb, content types, conditional requests, timeouts, and the address guard
// refusing loopback, private and metadata addresses, directly and through redirects. No request
// ever leaves this machine: the refused private addresses are refused before any connection.
import { createGzip } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, Fetcher } from '@/lib/web/fetcher';
import { parseFetchSettings, type FetchSettings } from '@/lib/web/settings';
import { articlePage, fakeDns, html, startFixtureServer, type FixtureServer } from '../helpers/web-fixture';

let srv: FixtureServer;
const fetchers: Fetcher[] = [];

function settings(env: Record<string, string> = {}): FetchSettings {
  return parseFetchSettings({ STANCE_LENS_FETCH_ALLOW: '127.0.0.1', STANCE_LENS_FETCH_DELAY_MS: '0', STANCE_LENS_FETCH_CONTACT: 'tests@example.org', ...env });
}
/** When the fetcher sent each request (its own clock), beside the server's record of arrivals. */
const sent: { url: string; at: number }[] = [];
function fetcher(env: Record<string, string> = {}, dns: Record<string, string> = {}) {
  const f = new Fetcher({ settings: settings(env), lookupAll: fakeDns({ ...dns }), onRequest: ({ url, at }) => sent.push({ url, at }) });
  fetchers.push(f);
  return f;
}
async function failure(p: Promise<unknown>): Promise<FetchError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FetchError);
  return err as FetchError;
}

beforeAll(async () => {
  srv = await startFixtureServer();
});
afterEach(async () => {
  await Promise.all(fetchers.splice(0).map((f) => f.close()));
  srv.hits.length = 0;
  sent.length = 0;
  srv.routes.clear();
});
afterAll(async () => {
  await srv?.close();
});

describe('robots.txt and identification', () => {
  it('skips what robots.txt disallows, fetches the rest, and says who it is', async () => {
    srv.route('/robots.txt', (_q, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n\nUser-agent: stance-lens\nDisallow: /members/\nAllow: /members/open\n'));
    srv.route('/public/a', (_q, res) => html(res, articlePage({ title: 'Open page' })));
    srv.route('/private/b', (_q, res) => html(res, articlePage({ title: 'Closed page' })));
    srv.route('/members/open', (_q, res) => html(res, articlePage({ title: 'Members open' })));
    const f = fetcher();
    const ok = await f.fetch({ url: `${srv.origin}/public/a`, kind: 'page' });
    expect(ok.status).toBe(200);
    // Our own group replaces the * group (RFC 9309): /private/ is allowed for us, /members/ is not.
    expect((await f.fetch({ url: `${srv.origin}/private/b`, kind: 'page' })).status).toBe(200);
    const err = await failure(f.fetch({ url: `${srv.origin}/members/secret`, kind: 'page' }));
    expect(err.kind).toBe('robots');
    expect(err.message).toMatch(/disallowed by http:\/\/127\.0\.0\.1:\d+\/robots\.txt/);
    expect((await f.fetch({ url: `${srv.origin}/members/open`, kind: 'page' })).status).toBe(200);
    expect(srv.hits.map((h) => h.path)).toEqual(['/robots.txt', '/public/a', '/private/b', '/members/open']);
    for (const h of srv.hits) expect(h.headers['user-agent']).toBe('stance-lens/0.1 (media-research importer; contact: tests@example.org)');
  });

  it('a robots.txt of the * group is honoured; a missing one allows all; a failing one disallows', async () => {
    srv.route('/robots.txt', (_q, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /drafts/\n'));
    srv.route('/drafts/x', (_q, res) => html(res, articlePage({ title: 'Draft' })));
    const f = fetcher({}, { 'gone.test': '127.0.0.1', 'broken.test': '127.0.0.1' });
    expect((await failure(f.fetch({ url: `${srv.origin}/drafts/x`, kind: 'page' }))).kind).toBe('robots');
    expect(srv.hits.some((h) => h.path === '/drafts/x')).toBe(false);
  });

  it('a robots.txt answering 5xx disallows the host for now', async () => {
    srv.route('/robots.txt', (_q, res) => res.writeHead(503, { 'retry-after': '0' }).end());
    srv.route('/page', (_q, res) => html(res, articlePage({ title: 'Page' })));
    const f = fetcher({ STANCE_LENS_FETCH_RETRIES: '1' });
    const err = await failure(f.fetch({ url: `${srv.origin}/page`, kind: 'page' }));
    expect(err.kind).toBe('robots');
    expect(err.message).toMatch(/robots\.txt could not be read \(HTTP 503/);
    expect(srv.hits.filter((h) => h.path === '/page')).toHaveLength(0);
  });
});

describe('pacing', () => {
  it('keeps a host to 2 requests at a time, starting at least the minimum delay apart; other hosts are not held up', async () => {
    let active = 0;
    let maxActive = 0;
    const slow = (_q: unknown, res: import('node:http').ServerResponse) => {
      active++;
      maxActive = Math.max(maxActive, active);
      setTimeout(() => {
        active--;
        html(res, articlePage({ title: 'Slow page' }));
      }, 400);
    };
    for (let i = 0; i < 6; i++) srv.route(`/slow/${i}`, slow);
    srv.route('/other', (_q, res) => html(res, articlePage({ title: 'Other host' })));
    const delay = 250;
    const f = fetcher({ STANCE_LENS_FETCH_DELAY_MS: String(delay) }, { 'paced.test': '127.0.0.1', 'other.test': '127.0.0.1' });
    const t0 = Date.now();
    const paced = Promise.all(Array.from({ length: 6 }, (_, i) => f.fetch({ url: `${srv.at('paced.test')}/slow/${i}`, kind: 'page' })));
    // The second host gets its robots.txt and its page while the first is busy.
    await new Promise((r) => setTimeout(r, 50));
    await f.fetch({ url: `${srv.at('other.test')}/other`, kind: 'page' });
    const otherDone = Date.now() - t0;
    await paced;
    const gapsOf = (t: number[]) => t.slice(1).map((x, i) => x - t[i]!);
    // As sent by the fetcher: the pacer grants slots exactly the delay apart (tests/unit/web/
    // pacer.test.ts, on a simulated clock); the send time is read a few event-loop turns after the
    // slot, so on a loaded machine one request can go out a few milliseconds later than its slot
    // and the next gap looks that much shorter. 25 ms covers that jitter, not a pacing fault.
    const sentGaps = gapsOf(sent.filter((s) => s.url.includes('paced.test')).map((s) => s.at));
    expect(sentGaps).toHaveLength(6); // robots.txt + 6 pages
    expect(Math.min(...sentGaps)).toBeGreaterThanOrEqual(delay - 25);
    // As the server saw them arrive: one gap can shrink by however long this busy process took to
    // read the earlier request (78 ms at load 13), but the run as a whole cannot go faster than the
    // pace: six requests span at least five delays, less that jitter once.
    const arrivalTimes = srv.hits.filter((h) => h.host.startsWith('paced.test')).map((h) => h.at);
    const arrivals = gapsOf(arrivalTimes);
    expect(arrivalTimes.at(-1)! - arrivalTimes[0]!).toBeGreaterThanOrEqual(delay * (arrivalTimes.length - 1) - 100);
    expect(maxActive).toBe(2);
    expect(otherDone).toBeLessThan(1500);
    console.info(`pacing: ${delay} ms minimum delay; gaps between requests as sent ${sentGaps.join(', ')} ms, as arrived ${arrivals.join(', ')} ms; at most ${maxActive} at a time; the other host done after ${otherDone} ms`);
  });
});

describe('retries', () => {
  it('waits as long as Retry-After says on 429, then succeeds', async () => {
    let n = 0;
    srv.route('/busy', (_q, res) => (n++ === 0 ? res.writeHead(429, { 'retry-after': '1', 'content-type': 'text/plain' }).end('slow down') : html(res, articlePage({ title: 'Finally' }))));
    const f = fetcher();
    const r = await f.fetch({ url: `${srv.origin}/busy`, kind: 'page' });
    expect(r.status).toBe(200);
    expect(r.attempts).toBe(2);
    const [first, second] = srv.hits.filter((h) => h.path === '/busy');
    const waited = second!.at - first!.at;
    expect(waited).toBeGreaterThanOrEqual(1000);
    expect(waited).toBeLessThan(2500);
    console.info(`retries: 429 with Retry-After: 1 → second attempt ${waited} ms later`);
  });

  it('honours an HTTP-date Retry-After on 503, and gives up after the configured retries', async () => {
    srv.route('/down', (_q, res) => res.writeHead(503, { 'retry-after': new Date(Date.now() + 1000).toUTCString() }).end());
    const f = fetcher({ STANCE_LENS_FETCH_RETRIES: '1' });
    const err = await failure(f.fetch({ url: `${srv.origin}/down`, kind: 'page' }));
    expect(err.message).toBe('HTTP 503 after 2 attempts');
    const hits = srv.hits.filter((h) => h.path === '/down');
    expect(hits).toHaveLength(2);
    // An HTTP date has one-second resolution: the wait is between 0 and 1 s after rounding.
    expect(hits[1]!.at - hits[0]!.at).toBeGreaterThanOrEqual(0);
  });

  it('backs off exponentially without Retry-After (1 s, then 2 s)', async () => {
    let n = 0;
    srv.route('/flaky', (_q, res) => (n++ < 2 ? res.writeHead(502).end() : html(res, articlePage({ title: 'Up again' }))));
    const f = fetcher();
    const r = await f.fetch({ url: `${srv.origin}/flaky`, kind: 'page' });
    expect(r.attempts).toBe(3);
    const t = srv.hits.filter((h) => h.path === '/flaky').map((h) => h.at);
    expect(t[1]! - t[0]!).toBeGreaterThanOrEqual(1000);
    expect(t[2]! - t[1]!).toBeGreaterThanOrEqual(2000);
    console.info(`retries: backoff without Retry-After ${t[1]! - t[0]!} ms, then ${t[2]! - t[1]!} ms`);
  }, 20_000);

  it('refuses to wait longer than the Retry-After limit, and does not retry a 404', async () => {
    srv.route('/later', (_q, res) => res.writeHead(429, { 'retry-after': '86400' }).end());
    srv.route('/missing', (_q, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('gone'));
    const f = fetcher();
    expect((await failure(f.fetch({ url: `${srv.origin}/later`, kind: 'page' }))).message).toMatch(/retry after 86400 s, more than the 120 s limit/);
    expect((await failure(f.fetch({ url: `${srv.origin}/missing`, kind: 'page' }))).details.status).toBe(404);
    expect(srv.hits.filter((h) => h.path === '/missing')).toHaveLength(1);
  });
});

describe('redirects', () => {
  it('follows a chain within the limit and records each hop', async () => {
    srv.route('/r1', (_q, res) => res.writeHead(301, { location: '/r2' }).end());
    srv.route('/r2', (_q, res) => res.writeHead(302, { location: `${srv.origin}/r3` }).end());
    srv.route('/r3', (_q, res) => res.writeHead(308, { location: '/final?x=1' }).end());
    srv.route('/final', (_q, res) => html(res, articlePage({ title: 'End of the chain' })));
    const r = await fetcher().fetch({ url: `${srv.origin}/r1`, kind: 'page' });
    expect(r.url).toBe(`${srv.origin}/final?x=1`);
    expect(r.redirects).toEqual([`${srv.origin}/r2`, `${srv.origin}/r3`, `${srv.origin}/final?x=1`]);
  });

  it('stops a loop and a chain longer than the limit', async () => {
    srv.route('/loop-a', (_q, res) => res.writeHead(302, { location: '/loop-b' }).end());
    srv.route('/loop-b', (_q, res) => res.writeHead(302, { location: '/loop-a' }).end());
    for (let i = 0; i < 8; i++) srv.route(`/hop/${i}`, (_q, res) => res.writeHead(302, { location: `/hop/${i + 1}` }).end());
    const f = fetcher({ STANCE_LENS_FETCH_MAX_REDIRECTS: '5' });
    const loop = await failure(f.fetch({ url: `${srv.origin}/loop-a`, kind: 'page' }));
    expect(loop.kind).toBe('redirects');
    expect(loop.message).toMatch(/redirect loop at .*\/loop-a after 2 redirects/);
    const long = await failure(f.fetch({ url: `${srv.origin}/hop/0`, kind: 'page' }));
    expect(long.message).toMatch(/more than 5 redirects/);
    expect(srv.hits.filter((h) => h.path.startsWith('/hop/'))).toHaveLength(6);
  });
});

describe('size, type and time limits', () => {
  it('cuts a 25 MB page at the cap: reading stops, the rest is never sent', async () => {
    const total = 25 * 1024 * 1024;
    let written = 0;
    srv.route('/huge', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = () => {
        while (written < total) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => res.removeAllListeners('drain'));
      pump();
    });
    const cap = 10 * 1024 * 1024;
    const err = await failure(fetcher().fetch({ url: `${srv.origin}/huge`, kind: 'page' }));
    expect(err.kind).toBe('too-large');
    expect(err.message).toMatch(/larger than the 10 MB cap after decompression; stopped reading at 10 MB/);
    expect(err.details.bytesRead!).toBeGreaterThan(cap);
    expect(err.details.bytesRead!).toBeLessThan(cap + 1024 * 1024);
    await new Promise((r) => setTimeout(r, 100));
    expect(written).toBeLessThan(total);
    console.info(`cap: a 25 MB page stopped after ${err.details.bytesRead} bytes read (cap ${cap}); the server had written ${written} of ${total}`);
  });

  it('refuses a declared Content-Length over the cap without reading it', async () => {
    srv.route('/declared', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      res.write('<html>');
    });
    const err = await failure(fetcher().fetch({ url: `${srv.origin}/declared`, kind: 'page' }));
    expect(err.message).toMatch(/declares 50 MB\); not read/);
  });

  it('stops a gzip bomb at the cap after decompression', async () => {
    // 1 GiB of zeros, gzip-compressed on the fly to about 1 MB on the wire.
    const inflated = 1024 * 1024 * 1024;
    let sent = 0;
    srv.route('/bomb', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      const gz = createGzip({ level: 9 });
      gz.on('data', (c: Buffer) => (sent += c.length));
      gz.pipe(res);
      const zeros = Buffer.alloc(1024 * 1024);
      let produced = 0;
      const pump = () => {
        while (produced < inflated) {
          produced += zeros.length;
          if (!gz.write(zeros)) return void gz.once('drain', pump);
        }
        gz.end();
      };
      res.on('close', () => gz.destroy());
      pump();
    });
    const cap = 2 * 1024 * 1024;
    const before = process.memoryUsage().rss;
    const err = await failure(fetcher({ STANCE_LENS_FETCH_MAX_BYTES: String(cap) }).fetch({ url: `${srv.origin}/bomb`, kind: 'page' }));
    const grew = process.memoryUsage().rss - before;
    expect(err.kind).toBe('too-large');
    expect(err.details.bytesRead!).toBeLessThan(cap + 1024 * 1024);
    expect(grew).toBeLessThan(200 * 1024 * 1024);
    console.info(`cap: gzip bomb (1 GiB inflated) stopped after ${err.details.bytesRead} decompressed bytes (cap ${cap}); ${sent} compressed bytes produced by the server; RSS grew ${Math.round(grew / 1024 / 1024)} MB`);
  });

  it('refuses content types other than HTML, XML feeds and plain text', async () => {
    srv.route('/image', (_q, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47])));
    srv.route('/doc', (_q, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'));
    srv.route('/text', (_q, res) => res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Plain words.'));
    srv.route('/feed', (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss version="2.0"><channel></channel></rss>'));
    const f = fetcher();
    for (const path of ['/image', '/doc']) {
      const err = await failure(f.fetch({ url: `${srv.origin}${path}`, kind: 'page' }));
      expect(err.kind).toBe('content-type');
      expect(err.message).toMatch(/refused: content type (image\/png|application\/pdf) \(only HTML, XML feeds and plain text are imported\)/);
    }
    expect((await f.fetch({ url: `${srv.origin}/text`, kind: 'page' })).contentType).toBe('text/plain');
    expect((await f.fetch({ url: `${srv.origin}/feed`, kind: 'feed' })).contentType).toBe('application/rss+xml');
    // A feed is not a page: the page fetcher refuses XML it was not asked for.
    expect((await failure(f.fetch({ url: `${srv.origin}/feed`, kind: 'page' }))).kind).toBe('content-type');
  });

  it('times out a server that never answers', async () => {
    srv.route('/hang', () => {});
    const err = await failure(fetcher({ STANCE_LENS_FETCH_TIMEOUT_MS: '400', STANCE_LENS_FETCH_RETRIES: '0' }).fetch({ url: `${srv.origin}/hang`, kind: 'page' }));
    expect(err.kind).toBe('timeout');
    expect(err.message).toMatch(/timed out after 0\.4 s/);
  });

  it('sends the last validators and reads 304 as not modified', async () => {
    srv.route('/feed.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Tue, 01 Dec 2026 10:00:00 GMT' }).end('<rss version="2.0"><channel><title>T</title></channel></rss>');
    });
    const f = fetcher();
    const first = await f.fetch({ url: `${srv.origin}/feed.xml`, kind: 'feed' });
    expect(first.headers.etag).toBe('"v1"');
    const second = await f.fetch({ url: `${srv.origin}/feed.xml`, kind: 'feed', etag: first.headers.etag, lastModified: first.headers['last-modified'] });
    expect(second.notModified).toBe(true);
    const last = srv.hits.filter((h) => h.path === '/feed.xml').pop()!;
    expect(last.headers['if-none-match']).toBe('"v1"');
    expect(last.headers['if-modified-since']).toBe('Tue, 01 Dec 2026 10:00:00 GMT');
  });
});

describe('the address guard', () => {
  it('refuses loopback, private and metadata addresses unless allow-listed; no request is made', async () => {
    srv.route('/inside', (_q, res) => html(res, articlePage({ title: 'Inside' })));
    const strict = new Fetcher({ settings: settings({ STANCE_LENS_FETCH_ALLOW: '' }), lookupAll: fakeDns({ 'intranet.test': '10.20.30.40', 'meta.test': '169.254.169.254', 'loop.test': '127.0.0.1', 'v6.test': '::1' }) });
    fetchers.push(strict);
    const cases: [string, RegExp][] = [
      [`${srv.origin}/inside`, /127\.0\.0\.1, a loopback address/],
      ['http://10.1.2.3/', /10\.1\.2\.3, a private address/],
      ['http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254, a link-local \(incl\. the cloud metadata address\) address/],
      ['http://[::1]/', /::1, a loopback address/],
      ['http://[::ffff:127.0.0.1]/', /loopback/],
      ['http://0.0.0.0/', /unspecified/],
      [`http://intranet.test:${srv.port}/`, /intranet\.test resolves to 10\.20\.30\.40, a private address/],
      [`http://meta.test/`, /meta\.test resolves to 169\.254\.169\.254, a link-local/],
      [`http://loop.test:${srv.port}/inside`, /loop\.test resolves to 127\.0\.0\.1, a loopback address/],
      [`http://v6.test:${srv.port}/`, /resolves to ::1, a loopback/],
    ];
    for (const [url, reason] of cases) {
      const err = await failure(strict.fetch({ url, kind: 'page' }));
      expect(err.kind, url).toBe('blocked');
      expect(err.message, url).toMatch(reason);
    }
    for (const url of ['file:///etc/passwd', 'ftp://example.org/x', 'gopher://example.org/', 'http://user:pw@example.org/']) {
      expect((await failure(strict.fetch({ url, kind: 'page' }))).message, url).toMatch(/refused: (only http and https|URLs with credentials)/);
    }
    expect(srv.hits).toHaveLength(0);
  });

  it('checks every redirect: an allowed host cannot redirect into loopback, 10.x or the metadata address', async () => {
    const targets = {
      '/to-loopback': `${srv.origin}/inside`,
      '/to-private': 'http://10.0.0.5/admin',
      '/to-metadata': 'http://169.254.169.254/latest/meta-data/iam/',
      '/to-name': `http://intranet.test:${srv.port}/inside`,
    };
    for (const [from, to] of Object.entries(targets)) srv.route(from, (_q, res) => res.writeHead(302, { location: to }).end());
    srv.route('/inside', (_q, res) => html(res, articlePage({ title: 'Inside' })));
    // Only the name public.test is allow-listed (it stands for a public site here).
    const f = new Fetcher({ settings: settings({ STANCE_LENS_FETCH_ALLOW: 'public.test' }), lookupAll: fakeDns({ 'public.test': '127.0.0.1', 'intranet.test': '10.9.9.9' }) });
    fetchers.push(f);
    for (const from of Object.keys(targets)) {
      const err = await failure(f.fetch({ url: `${srv.at('public.test')}${from}`, kind: 'page' }));
      expect(err.kind, from).toBe('blocked');
      expect(err.message, from).toMatch(/refused: .* a (loopback|private|link-local)/);
    }
    expect(srv.hits.map((h) => h.path).filter((p) => p !== '/robots.txt')).toEqual(Object.keys(targets));
  });

  it('lets CIDR ranges and host names through when the setting lists them', async () => {
    srv.route('/inside', (_q, res) => html(res, articlePage({ title: 'Inside' })));
    const f = new Fetcher({ settings: settings({ STANCE_LENS_FETCH_ALLOW: '127.0.0.0/8, mirror.test' }), lookupAll: fakeDns({ 'mirror.test': '127.0.0.1' }) });
    fetchers.push(f);
    expect((await f.fetch({ url: `${srv.origin}/inside`, kind: 'page' })).status).toBe(200);
    expect((await f.fetch({ url: `${srv.at('mirror.test')}/inside`, kind: 'page' })).status).toBe(200);
  });
});
