import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { dateFromUrl, parseLooseDate, type LooseDate } from '@/lib/parse/dates';
import { cleanText } from '@/lib/parse/normalize';
import { detectLanguage, primaryLanguage } from '@/lib/analysis/language';
import { canonicalName, cleanAuthor, deriveTitle, sameOutlet } from '@/lib/parse/text';
import { ImportFileError, type ImportOptions, type ParsedArticle } from '@/lib/parse/types';
import { webUrlOrWarning } from '@/lib/parse/web-url';
import { hostnameOf, normalizeName, resolvePublisher, resolvePublisherByUrl } from '@/lib/registry/publishers';
import { channelOf } from '@/lib/registry/channels';

// A saved web page is one article. Readability finds the main text (dropping navigation,
// footers and share widgets); the metadata comes from the tags publishers write for
// social cards and search engines, which are more reliable than anything in the text.

const UNKNOWN_DATE: LooseDate = { date: null, precision: 'unknown' };
// Readability's cost grows much faster than the nesting depth (1,000 nested elements: more than
// a minute), so a page nested deeper than real pages are (a few dozen levels) is refused before
// it gets there.
export const MAX_HTML_DEPTH = 128;
// jsdom's HTML parser itself slows down with the square of the depth (6,000 levels: seconds;
// 100,000: many minutes), so the markup is measured before it is parsed, generously: tags the
// parser closes by itself (p, li, td…) and void elements are not counted.
const MAX_RAW_DEPTH = 1000;
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd option optgroup tr td th thead tbody tfoot colgroup rb rt rp'.split(' '),
);
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

/**
 * Untrusted HTML (a saved file, a fetched page) as a document, or ImportFileError when it nests
 * deeper than real pages do. jsdom's defaults run no scripts and fetch nothing, which is what
 * untrusted input needs; the silent console keeps stylesheet parse errors out of the import log.
 * `url` is the document's base for relative links.
 */
export function loadUntrustedHtml(html: string, url?: string): Document {
  const tooDeep = () => new ImportFileError(`HTML nested more than ${MAX_HTML_DEPTH} elements deep; real pages nest a few dozen`);
  if (rawNestingDepth(html, MAX_RAW_DEPTH + 1) > MAX_RAW_DEPTH) throw tooDeep();
  const doc = new JSDOM(html, { virtualConsole: new VirtualConsole(), ...(url ? { url } : {}) }).window.document;
  if (nestingDepth(doc.documentElement, MAX_HTML_DEPTH + 1) > MAX_HTML_DEPTH) throw tooDeep();
  return doc;
}

export function parseHtml(fileName: string, html: string, opts: ImportOptions = {}): ParsedArticle[] {
  const doc = loadUntrustedHtml(html);

  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const { url, warning: urlWarning } = webUrlOrWarning(
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]') ?? opts.url,
    "the page's canonical URL",
  );
  const siteName = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]');
  const ogTitle = meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]');
  const lang = doc.documentElement.getAttribute('lang')?.trim() || null;
  const publishedRaw =
    meta('meta[property="article:published_time"]') ??
    meta('meta[itemprop="datePublished"]') ??
    meta('meta[name="date"]') ??
    meta('meta[name="pubdate"]') ??
    meta('meta[name="dc.date"]') ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const authorRaw = meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  const docTitle = doc.querySelector('title')?.textContent?.trim() || null;

  // Readability mutates the document it reads, so metadata is collected first.
  const article = new Readability(doc).parse();
  const body = article?.content ? blocksToText(article.content) : '';
  if (!body) throw new ImportFileError('no article text found');

  // A registry match from either the site name or the URL beats an unknown site name.
  const siteNames = [siteName, article?.siteName ?? null].filter((n): n is string => !!n);
  const publisherName = opts.publisher
    ? canonicalName(opts.publisher)
    : (siteNames.map((n) => resolvePublisher(n)?.name).find(Boolean) ??
      (url ? resolvePublisherByUrl(url)?.name : undefined) ??
      // On a platform of channels the site name is the platform's ("Telegram"): the channel is the outlet.
      (url ? channelOf(url) : null) ??
      (siteNames[0] ? canonicalName(siteNames[0]) : null));

  const dateCandidates: LooseDate[] = [
    ...[publishedRaw, article?.publishedTime].filter((d): d is string => !!d).map(parseLooseDate),
    url ? dateFromUrl(url) : UNKNOWN_DATE,
  ];
  const date = dateCandidates.find((d) => d.precision !== 'unknown') ?? UNKNOWN_DATE;

  const metaTitle = stripSiteSuffix(ogTitle ?? article?.title ?? docTitle ?? '', [siteName, publisherName, url ? hostnameOf(url) : null]);
  const title = metaTitle || deriveTitle(body);
  // article:author is often a profile URL rather than a name.
  const authorName = authorRaw && !/^https?:\/\//i.test(authorRaw) ? authorRaw : article?.byline;
  const author = authorName ? cleanAuthor(authorName) : null;
  const via = opts.via ? canonicalName(opts.via) : null;

  return [
    {
      title: cleanText(title),
      titleSource: metaTitle ? 'html' : 'first-sentence',
      publisherName,
      via: via && publisherName && sameOutlet(via, publisherName) ? null : via,
      author,
      publishedAt: date.date,
      datePrecision: date.precision,
      url,
      language: primaryLanguage(lang ?? article?.lang ?? null) ?? detectLanguage(body),
      languageSource: primaryLanguage(lang ?? article?.lang ?? null) ? 'metadata' : 'detected',
      body,
      sourceFile: fileName,
      sourceIndex: 0,
      ...(urlWarning ? { warnings: [urlWarning] } : {}),
    },
  ];
}

/** Open minus closed tags along the markup (comments, scripts and styles skipped), up to `limit`. */
function rawNestingDepth(html: string, limit: number): number {
  const tag = /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/gi;
  let depth = 0;
  let max = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[3]?.toLowerCase();
    if (!name || NOT_NESTING.has(name) || m[4]) continue;
    depth = m[2] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max && (max = depth) >= limit) return max;
  }
  return max;
}

/** How deep elements nest under `root`, counting no further than `limit` (iterative: no recursion to overflow). */
function nestingDepth(root: Element, limit: number): number {
  let max = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    if (d > max) max = d;
    if (max >= limit) return max;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return max;
}

/** Readability returns HTML; paragraphs become blank-line-separated text. */
export function blocksToText(contentHtml: string): string {
  const doc = new JSDOM(contentHtml, { virtualConsole: new VirtualConsole() }).window.document;
  const blocks = [...doc.querySelectorAll(BLOCKS)]
    // Nested blocks (p inside li/blockquote) would otherwise be emitted twice.
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => cleanText(el.textContent ?? '').replace(/\n+/g, ' '))
    .filter(Boolean);
  // Readability keeps the visible byline when the page also has author metadata.
  if (blocks.length > 1 && /^(?:written\s+)?by\s+\S.{0,80}$/i.test(blocks[0]!)) blocks.shift();
  const text = blocks.length > 0 ? blocks.join('\n\n') : cleanText(doc.body.textContent ?? '');
  return cleanText(text);
}

/**
 * "Iran bans vaccines - Reuters" → "Iran bans vaccines", "Title | Site" → "Title": the suffix
 * goes when it names the site — its og:site_name, the publisher found for the page, its host
 * ("Example.org"), or any outlet of the registry. Repeated ("Title | Section | Site"), every
 * trailing site or section part after a site name goes too.
 */
export function stripSiteSuffix(title: string, siteNames: string | null | ReadonlyArray<string | null>): string {
  let t = title.trim();
  const names = (typeof siteNames === 'string' || siteNames === null ? [siteNames] : siteNames).filter((n): n is string => !!n);
  const isSite = (part: string) =>
    names.some((n) => sameOutlet(part, n) || normalizeName(part) === normalizeName(n)) || resolvePublisher(part) !== null;
  for (let i = 0; i < 3; i++) {
    const m = /^(.+?)\s+[|–—-]\s+([^|–—]+?)\s*$/.exec(t);
    if (!m || !isSite(m[2]!) || m[1]!.trim().length < 10) break;
    t = m[1]!.trim();
  }
  return t;
}


/** "en-US" → "en"; the app stores primary language subtags (lib/analysis/language.ts primaryLanguage). */
export const normalizeLang = (lang: string | null): string | null => primaryLanguage(lang);
