// Link lists as researchers have them: plain text, Media Cloud and GDELT exports (CSV, JSON), the
// starter list's expected columns; feeds and news sitemaps. The rows are made up for the tests.
import { describe, expect, it } from 'vitest';
import { parseUrlList } from '@/lib/parse/url-list';
import { readFeed, readSitemap } from '@/lib/web/feed';
import { nonPublicRange, createAddressGuard } from '@/lib/web/ssrf';
import { backoffMs, retryAfterMs } from '@/lib/web/retry-after';
import { parseAvailability, rawSnapshotUrl, snapshotDate } from '@/lib/web/wayback';
import { decodeBody } from '@/lib/web/decode';
import { compareExpectation, summarizeCheck } from '@/lib/parse/expectations';
import { parseFetchSettings, userAgent } from '@/lib/web/settings';

describe('URL lists', () => {
  it('text: one URL a line, comments and blank lines skipped, bad lines reported, repeats dropped', () => {
    const l = parseUrlList('list.txt', '# my links\nhttps://a.example/1\n\nftp://b.example/x\nnot a url\nhttps://a.example/1#frag\nhttp://c.example/2  some note\n');
    expect(l.entries.map((e) => e.url)).toEqual(['https://a.example/1', 'http://c.example/2']);
    expect(l.rejected).toEqual([
      { line: 4, value: 'ftp://b.example/x', reason: 'only http and https links are imported (ftp)' },
      { line: 5, value: 'not a url', reason: 'not a URL' },
    ]);
  });

  it('a Media Cloud CSV export: its title, date, outlet and language become hints', () => {
    const csv = 'stories_id,publish_date,title,url,language,media_id,media_name,media_url\n1,2022-06-01 10:00:00,A made-up headline,https://news.example/a,en,9,Example News,https://news.example\n';
    const [e] = parseUrlList('mc.csv', csv).entries;
    expect(e).toMatchObject({ url: 'https://news.example/a', hints: { title: 'A made-up headline', date: '2022-06-01 10:00:00', outlet: 'Example News', language: 'en' }, line: 2 });
  });

  it('GDELT exports: the DOC API CSV and JSON (seendate, domain, language names) and GKG DocumentIdentifier', () => {
    const csv = 'URL,MobileURL,Date,Title,Domain,Language,SourceCountry\nhttps://x.example/s,,20240105T134500Z,Invented title,x.example,Persian,Iran\n';
    expect(parseUrlList('gdelt.csv', csv).entries[0]).toMatchObject({ hints: { date: '2024-01-05T13:45:00Z', title: 'Invented title', outlet: 'x.example', language: 'fa' } });
    const json = JSON.stringify({ articles: [{ url: 'https://y.example/t', title: 'Another', seendate: '20230302T000000Z', domain: 'y.example', language: 'English' }] });
    expect(parseUrlList('gdelt.json', json).entries[0]).toMatchObject({ url: 'https://y.example/t', hints: { language: 'en', date: '2023-03-02T00:00:00Z' } });
    const gkg = 'GKGRECORDID\tDATE\tSourceCommonName\tDocumentIdentifier\n1\t20230101\tz.example\thttps://z.example/u\n';
    expect(parseUrlList('gkg.tsv', gkg).entries[0]).toMatchObject({ url: 'https://z.example/u', hints: { outlet: 'z.example' } });
  });

  it('expected_* columns are expectations, never hints', () => {
    const csv = 'url,expected_outlet,expected_group,expected_events_about,expected_events_mention\nhttps://n.example/1,NCRI,advocacy,1988-massacre,operation-mersad|camp-ashraf\n';
    const [e] = parseUrlList('starter.csv', csv).entries;
    expect(e!.hints).toEqual({});
    expect(e!.expected).toEqual({ outlet: 'NCRI', outletDomain: undefined, group: 'advocacy', eventsAbout: ['1988-massacre'], eventsMention: ['operation-mersad', 'camp-ashraf'] });
  });

  it('links through a proxy, an AMP cache or a redirect are fetched from the page’s own site; archive links stay as linked', () => {
    const l = parseUrlList(
      'list.txt',
      [
        'https://www.google.com/url?sa=t&url=https%3A%2F%2Fnews.example.org%2Fa%2F1&usg=x',
        'http://googleweblight.com/i?u=https://news.example.org/a/2',
        'https://news-example-org.translate.goog/a/3?_x_tr_sl=fa&_x_tr_tl=en',
        'https://news.example.org/a/1',
        'https://web.archive.org/web/20190101000000/https://news.example.org/a/4',
      ].join('\n'),
    );
    expect(l.entries.map((e) => e.url)).toEqual([
      'https://news.example.org/a/1',
      'https://news.example.org/a/2',
      'https://news.example.org/a/3',
      'https://web.archive.org/web/20190101000000/https://news.example.org/a/4',
    ]);
  });
  it('a CSV without a url column is refused with the columns it has', () => {
    expect(() => parseUrlList('x.csv', 'title,date\na,b\n')).toThrow(/no url column .*found: title, date/);
  });
});

describe('feeds and sitemaps', () => {
  it('RSS: item links (relative ones resolved), titles, dates and the feed title as outlet', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Fixture Wire</title><language>en-us</language>
<item><title>First item</title><link>https://wire.example/1</link><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate></item>
<item><title>Second item</title><link>/2</link></item>
<item><title>No link</title></item></channel></rss>`;
    const f = readFeed(rss, 'https://wire.example/feed.xml');
    expect(f.title).toBe('Fixture Wire');
    expect(f.entries.map((e) => e.url)).toEqual(['https://wire.example/1', 'https://wire.example/2']);
    expect(f.entries[0]!.hints).toMatchObject({ title: 'First item', date: '2026-12-01T10:00:00.000Z', outlet: 'Fixture Wire', language: 'en' });
  });

  it('Atom entries', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Entry one</title><link href="https://atom.example/e1"/><id>urn:x:1</id><published>2025-02-03T00:00:00Z</published><author><name>Ann Atom</name></author></entry></feed>`;
    expect(readFeed(atom, 'https://atom.example/feed').entries[0]).toMatchObject({ url: 'https://atom.example/e1', hints: { author: 'Ann Atom', title: 'Entry one' } });
  });

  it('news sitemaps and sitemap indexes', () => {
    const news = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://site.example/a</loc><news:news><news:publication><news:name>Site Daily</news:name><news:language>fa</news:language></news:publication><news:publication_date>2024-04-05</news:publication_date><news:title>Sitemap title</news:title></news:news></url>
<url><loc>https://site.example/b</loc><lastmod>2024-04-06</lastmod></url></urlset>`;
    const s = readSitemap(news);
    expect(s.entries).toEqual([
      { url: 'https://site.example/a', line: 0, hints: { title: 'Sitemap title', date: '2024-04-05', outlet: 'Site Daily', language: 'fa' } },
      { url: 'https://site.example/b', line: 1, hints: { date: '2024-04-06' } },
    ]);
    const index = readSitemap('<sitemapindex><sitemap><loc>https://site.example/s1.xml</loc></sitemap><sitemap><loc>file:///x</loc></sitemap></sitemapindex>');
    expect(index.sitemaps).toEqual(['https://site.example/s1.xml']);
  });
});

describe('policy pieces', () => {
  it('classifies addresses', () => {
    expect(nonPublicRange('93.184.216.34')).toBeNull();
    expect(nonPublicRange('2606:4700::1')).toBeNull();
    expect(nonPublicRange('10.0.0.1')).toBe('private');
    expect(nonPublicRange('172.16.5.4')).toBe('private');
    expect(nonPublicRange('192.168.1.1')).toBe('private');
    expect(nonPublicRange('127.0.0.1')).toBe('loopback');
    expect(nonPublicRange('169.254.169.254')).toMatch(/link-local/);
    expect(nonPublicRange('fd00:ec2::254')).toMatch(/unique-local/);
    expect(nonPublicRange('::ffff:10.1.1.1')).toBe('private');
    expect(nonPublicRange('100.64.0.1')).toMatch(/carrier-grade/);
    expect(() => createAddressGuard(['10.0.0.0/33'])).toThrow(/not a CIDR range/);
  });

  it('reads Retry-After and backs off', () => {
    expect(retryAfterMs('5')).toBe(5000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(10_000);
    expect(retryAfterMs('soon')).toBeNull();
    expect(backoffMs(0, 1000, () => 0)).toBe(1000);
    expect(backoffMs(3, 1000, () => 0)).toBe(8000);
  });

  it('reads the availability API and asks for the raw snapshot', () => {
    const hit = parseAvailability({ archived_snapshots: { closest: { available: true, status: '200', url: 'http://web.archive.org/web/20190304123456/https://x.example/a', timestamp: '20190304123456' } } });
    expect(hit).toEqual({ url: 'http://web.archive.org/web/20190304123456/https://x.example/a', timestamp: '20190304123456' });
    expect(rawSnapshotUrl(hit!.url)).toBe('http://web.archive.org/web/20190304123456id_/https://x.example/a');
    expect(snapshotDate('20190304123456')!.toISOString()).toBe('2019-03-04T12:34:56.000Z');
    expect(parseAvailability({ archived_snapshots: {} })).toBeNull();
  });

  it('decodes declared and in-page charsets (windows-1256 for older Persian sites)', () => {
    const bytes = Buffer.from([0xe1, 0xc7]); // "لا" in windows-1256
    expect(decodeBody(bytes, 'text/html; charset=windows-1256').text).toBe('لا');
    expect(decodeBody(Buffer.concat([Buffer.from('<meta charset="windows-1256">'), bytes]), 'text/html').text).toMatch(/لا$/);
  });

  it('settings: defaults, validation and the User-Agent', () => {
    const s = parseFetchSettings({});
    expect(s).toMatchObject({ minDelayMs: 2000, perHostConcurrency: 2, maxBytes: 10 * 1024 * 1024, retries: 3, maxRedirects: 5, feedPollHours: 6, waybackUrl: 'https://archive.org/wayback/available', contact: null });
    expect(() => parseFetchSettings({ STANCE_LENS_FETCH_DELAY_MS: '-1' })).toThrow(/STANCE_LENS_FETCH_DELAY_MS/);
    expect(parseFetchSettings({ STANCE_LENS_WAYBACK: 'off' }).waybackUrl).toBeNull();
    expect(userAgent('ops@example.org')).toBe('stance-lens/0.1 (media-research importer; contact: ops@example.org)');
  });

  it('compares extraction with expectations', () => {
    const row = compareExpectation('u', { outlet: 'NCRI', group: 'advocacy', eventsAbout: ['1988-massacre'], eventsMention: [] }, { outletName: 'NCRI', outletSlug: 'ncri', group: 'advocacy', eventsAbout: ['1988-massacre'], eventsMention: [] });
    expect(row).toMatchObject({ outlet: true, group: true, events: true });
    const miss = compareExpectation('v', { outlet: 'NCRI', group: 'advocacy', eventsAbout: ['1988-massacre'], eventsMention: [] }, null);
    expect(summarizeCheck([row, miss])).toEqual({ rows: 2, outlet: { match: 1, of: 2 }, group: { match: 1, of: 2 }, events: { match: 1, of: 2 } });
  });
});
