// Extraction from fetched pages (written for these tests): which source wins for each field, and
// that each field says where it came from.
import { describe, expect, it } from 'vitest';
import { extractWebPage } from '@/lib/parse/web-page';
import { articlePage } from '../../helpers/web-fixture';

const jsonLd = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const og = `<meta property="og:title" content="Headline from Open Graph">
<meta property="og:site_name" content="Open Graph Gazette">
<meta property="article:published_time" content="2020-01-15T08:00:00Z">
<meta property="article:author" content="Olga Graph">
<meta property="og:locale" content="fr_FR">`;
const ld = jsonLd({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'WebSite', name: 'Not the article' },
    {
      '@type': 'NewsArticle',
      headline: 'Headline from JSON-LD',
      datePublished: '2021-03-04T23:30:00-05:00',
      author: [{ '@type': 'Person', name: 'Jay Ellde' }, { '@type': 'Person', name: 'Second Writer' }],
      publisher: { '@type': 'Organization', name: 'Linked Data Ledger' },
      inLanguage: 'en-GB',
    },
  ],
});
const url = 'https://news.example.org/2019/05/06/ferry-committee';
const read = (meta: string, extra: Partial<Parameters<typeof extractWebPage>[0]> = {}) =>
  extractWebPage({ requestedUrl: url, pageUrl: url, contentType: 'text/html', text: articlePage({ title: 'Title element text', meta }), ...extra });

describe('metadata precedence', () => {
  it('JSON-LD wins over Open Graph, which wins over the URL', () => {
    const all = read(ld + og);
    expect(all.article).toMatchObject({ title: 'Headline from JSON-LD', publishedAt: '2021-03-04', datePrecision: 'day', author: 'Jay Ellde, Second Writer', publisherName: 'Linked Data Ledger', language: 'en' });
    expect(all.fields.title).toEqual({ value: 'Headline from JSON-LD', from: 'json-ld', detail: 'NewsArticle.headline' });
    expect(all.fields.publishedAt).toMatchObject({ from: 'json-ld', detail: 'NewsArticle.datePublished' });
    expect(all.fields.outlet).toMatchObject({ from: 'json-ld', detail: 'NewsArticle.publisher' });

    const ogOnly = read(og);
    expect(ogOnly.article).toMatchObject({ title: 'Headline from Open Graph', publishedAt: '2020-01-15', author: 'Olga Graph', publisherName: 'Open Graph Gazette' });
    expect(ogOnly.fields.publishedAt).toMatchObject({ from: 'open-graph', detail: 'article:published_time' });
    // <html lang> comes before og:locale.
    expect(ogOnly.fields.language).toMatchObject({ value: 'en', from: 'html-lang' });

    const bare = read('');
    expect(bare.article).toMatchObject({ publishedAt: '2019-05-06', datePrecision: 'day' });
    expect(bare.fields.publishedAt).toMatchObject({ from: 'url', detail: 'date in the URL path' });
    expect(bare.fields.title).toMatchObject({ value: 'Title element text', from: 'readability' });
  });

  it('a <time datetime> comes after meta tags and before the URL; list columns only fill gaps', () => {
    const withTime = extractWebPage({
      requestedUrl: url,
      pageUrl: url,
      contentType: 'text/html',
      text: articlePage({ title: 'Timed' }).replace('<article><h1>Timed</h1>', '<article><h1>Timed</h1><time datetime="2018-07-08">8 July</time>'),
      hints: { date: '2001-01-01', outlet: 'List Outlet', title: 'List title', author: 'List Author' },
    });
    expect(withTime.fields.publishedAt).toMatchObject({ value: '2018-07-08', from: 'time-element' });
    expect(withTime.fields.outlet).toMatchObject({ value: 'List Outlet', from: 'list' });
    expect(withTime.fields.author).toMatchObject({ value: 'List Author', from: 'list' });
    expect(withTime.fields.title.from).toBe('readability');
  });

  it('the registry names a known outlet by its host when the page names none it knows', () => {
    const page = extractWebPage({
      requestedUrl: 'https://www.bbc.com/news/world-middle-east-12345678',
      pageUrl: 'https://www.bbc.com/news/world-middle-east-12345678',
      contentType: 'text/html',
      text: articlePage({ title: 'A page', meta: '<meta property="og:site_name" content="Some Unknown Name">' }),
    });
    expect(page.fields.outlet).toMatchObject({ value: 'BBC', from: 'registry', detail: 'the host bbc.com' });
  });

  it('canonical URL: <link rel=canonical> first, then og:url, then the URL after redirects', () => {
    const c = read('<link rel="canonical" href="/2019/05/06/ferry-committee?ref=canon"><meta property="og:url" content="https://news.example.org/og">');
    expect(c.fields.canonicalUrl).toMatchObject({ value: 'https://news.example.org/2019/05/06/ferry-committee?ref=canon', from: 'link-canonical' });
    expect(c.article.url).toBe('https://news.example.org/2019/05/06/ferry-committee?ref=canon');
    expect(read('<meta property="og:url" content="https://news.example.org/og">').fields.canonicalUrl).toMatchObject({ value: 'https://news.example.org/og', from: 'open-graph' });
    expect(read('<link rel="canonical" href="javascript:alert(1)">').fields.canonicalUrl).toMatchObject({ value: url, from: 'url' });
  });

  it('an archive copy names the archive as via; --publisher and --via win over the page', () => {
    expect(read(ld, { archiveName: 'Internet Archive' }).article.via).toBe('Internet Archive');
    const forced = read(ld + og, { options: { publisher: 'Reuters', via: 'Iran Interlink' } });
    expect(forced.article).toMatchObject({ publisherName: 'Reuters', via: 'Iran Interlink' });
    expect(forced.fields.outlet).toMatchObject({ from: 'option' });
  });

  it('a page with no text is refused with a reason', () => {
    expect(() => extractWebPage({ requestedUrl: url, pageUrl: url, contentType: 'text/html', text: '<html><head><title>x</title></head><body></body></html>' })).toThrow(/no article text/);
  });

  it("a fetched page is held to an imported file's bounds: nesting depth and text length", () => {
    const page = (html: string, contentType = 'text/html') => () => extractWebPage({ requestedUrl: url, pageUrl: url, contentType, text: html });
    // Deep enough to take jsdom minutes if it were parsed (the raw measure refuses it first) …
    expect(page(articlePage({ title: 'Deep', paragraphs: ['<div>'.repeat(50_000) + 'x' + '</div>'.repeat(50_000)] }))).toThrow(/nested more than 128 elements deep/);
    // … and deeper than real pages once parsed.
    expect(page(articlePage({ title: 'Deep', paragraphs: ['<span>'.repeat(200) + 'x' + '</span>'.repeat(200)] }))).toThrow(/nested more than 128 elements deep/);
    const long = 'A long sentence about the ferry committee and its hearing on the river crossing. '.repeat(13_000);
    expect(page(articlePage({ title: 'Long', paragraphs: [long] }))).toThrow(/at most 1,000,000/);
    expect(page(long, 'text/plain')).toThrow(/at most 1,000,000/);
  });

  it('a plain-text page: the text is the body; date from the URL, the rest from the list', () => {
    const p = extractWebPage({ requestedUrl: url, pageUrl: url, contentType: 'text/plain', text: 'First line of a plain statement.\n\nSecond paragraph.', hints: { outlet: 'Plain Outlet' } });
    expect(p.article).toMatchObject({ publishedAt: '2019-05-06', publisherName: 'Plain Outlet', body: 'First line of a plain statement.\n\nSecond paragraph.' });
  });
});

describe('the page’s own host for a host rule', () => {
  const irUrl = 'https://www.shahr-nemouneh-news.ir/news/1';
  const page = (meta: string) => extractWebPage({ requestedUrl: irUrl, pageUrl: irUrl, contentType: 'text/html', text: articlePage({ title: 'Title element text', meta }) });

  it('keeps the site’s own name and gives its host, which rates it by the .ir rule', async () => {
    const { resolveSource } = await import('@/lib/parse/resolve');
    const { article } = page('<meta property="og:site_name" content="خبرگزاری شهر نمونه">');
    expect(article).toMatchObject({ publisherName: 'خبرگزاری شهر نمونه', publisherHost: 'shahr-nemouneh-news.ir' });
    const { publisher } = resolveSource(article.publisherName, article.via, article.publisherHost);
    expect(publisher).toMatchObject({ name: 'خبرگزاری شهر نمونه', stance: 'critical', registry: null });
    expect(publisher.rule?.host).toBe('shahr-nemouneh-news.ir');
  });

  it('gives no host when the page names a registry outlet', () => {
    expect(page('<meta property="og:site_name" content="Tasnim News Agency">').article.publisherHost).toBeNull();
  });

  it('gives the host of an unlisted site elsewhere too; only the rule decides what it means', () => {
    expect(read(og).article.publisherHost).toBe('news.example.org');
  });
});
