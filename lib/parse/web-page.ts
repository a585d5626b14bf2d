// A fetched web page → one article, with every extracted field and where it came from (shown in
// the reader). The page's own metadata comes first: JSON-LD (NewsArticle and its relatives), then
// Open Graph and article: tags and other meta tags, then <time datetime>, then what Readability
// finds; then the URL (a date in its path, its host in the registry); the import list's columns
// (a Media Cloud or GDELT export, a feed item) only fill what the page lacks. Readability gives
// the body. Pure: the network side is lib/web, the database side lib/ingest/web-import.ts.
import { Readability } from '@mozilla/readability';
import { dateFromUrl, parseLooseDate, type LooseDate } from '@/lib/parse/dates';
import { blocksToText, loadUntrustedHtml, normalizeLang, stripSiteSuffix } from '@/lib/parse/html';
import { MAX_ARTICLE_CHARS } from '@/lib/parse/parse-file';
import { cleanText, countWords } from '@/lib/parse/normalize';
import { detectLanguage } from '@/lib/analysis/language';
import { canonicalName, cleanAuthor, deriveTitle, sameOutlet } from '@/lib/parse/text';
import { ImportFileError, type ImportOptions, type ParsedArticle } from '@/lib/parse/types';
import type { UrlHints } from '@/lib/parse/url-list';
import { webUrlOrWarning } from '@/lib/parse/web-url';
import { hostnameOf, resolvePublisher, resolvePublisherByUrl } from '@/lib/registry/publishers';
import { channelOf, siteOf } from '@/lib/registry/channels';

export type FieldSource =
  | 'json-ld'
  | 'open-graph'
  | 'meta'
  | 'time-element'
  | 'link-canonical'
  | 'readability'
  | 'title-element'
  | 'html-lang'
  | 'url'
  | 'registry'
  | 'list'
  | 'option'
  | 'archive'
  | 'text';

/** How each source reads in the reader's "Extracted from the web" card. */
export const FIELD_SOURCE_LABELS: Record<FieldSource, string> = {
  'json-ld': 'the page’s JSON-LD',
  'open-graph': 'the page’s Open Graph / article: tags',
  meta: 'the page’s meta tags',
  'time-element': 'a <time datetime> in the page',
  'link-canonical': 'the page’s <link rel=canonical>',
  readability: 'Readability (the page’s visible text)',
  'title-element': 'the page’s <title>',
  'html-lang': 'the page’s <html lang>',
  url: 'the URL',
  registry: 'the publisher registry',
  list: 'the import list (feed item or export column)',
  option: 'the import’s --publisher / --via option',
  archive: 'the Internet Archive snapshot',
  text: 'the article text',
};

export interface ExtractedField {
  value: string | null;
  from: FieldSource | null;
  /** The tag or property, e.g. "NewsArticle.datePublished", "og:site_name", "date in the path". */
  detail?: string;
}

export interface ExtractedFields {
  title: ExtractedField;
  publishedAt: ExtractedField & { precision: LooseDate['precision'] };
  author: ExtractedField;
  outlet: ExtractedField;
  language: ExtractedField;
  canonicalUrl: ExtractedField;
}

export interface WebPageInput {
  /** The URL the user asked for. */
  requestedUrl: string;
  /** Where the page was finally read from (after redirects; the original URL for an archive copy). */
  pageUrl: string;
  contentType: string;
  text: string;
  hints?: UrlHints;
  options?: ImportOptions;
  /** Set when the text is an Internet Archive snapshot: the archive becomes the article's via. */
  archiveName?: string;
}

export interface WebPage {
  article: ParsedArticle;
  fields: ExtractedFields;
}

/** Fewer words than this is a page around an article (a menu, a teaser), not the article. */
export const MIN_WORDS = 30;

const ARTICLE_TYPES = /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|SocialMediaPosting)$/;

interface Candidate<T = string> {
  value: T | null | undefined;
  from: FieldSource;
  detail?: string;
}

function first(cands: Candidate[]): ExtractedField {
  for (const c of cands) {
    const v = typeof c.value === 'string' ? c.value.trim() : null;
    if (v) return { value: v, from: c.from, ...(c.detail ? { detail: c.detail } : {}) };
  }
  return { value: null, from: null };
}

export function extractWebPage(input: WebPageInput): WebPage {
  const hints = input.hints ?? {};
  const opts = input.options ?? {};
  if (input.contentType === 'text/plain') return plainText(input, hints, opts);

  // The bounds of an imported HTML file hold for a fetched page too (lib/parse/html.ts).
  const doc = loadUntrustedHtml(input.text, safeBase(input.pageUrl));
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const ld = jsonLdArticle(doc);
  const ldType = ld ? String(typeOf(ld)[0] ?? 'Article') : 'Article';

  // Canonical first: it is the URL the article is stored and deduplicated under.
  const canonical = first([
    { value: absoluteHttp(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), input.pageUrl), from: 'link-canonical', detail: '<link rel=canonical>' },
    { value: absoluteHttp(meta('meta[property="og:url"]'), input.pageUrl), from: 'open-graph', detail: 'og:url' },
    { value: absoluteHttp(str(ld?.url) ?? idOf(ld?.mainEntityOfPage), input.pageUrl), from: 'json-ld', detail: `${ldType}.url` },
    { value: input.pageUrl, from: 'url', detail: input.archiveName ? 'the original URL' : 'the URL after redirects' },
  ]);
  const canonicalUrl = canonical.value!;

  const siteName = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]');
  const ldPublisher = nameOf(ld?.publisher) ?? nameOf(ld?.sourceOrganization);
  const htmlLang = doc.documentElement.getAttribute('lang');
  const ogLocale = meta('meta[property="og:locale"]');
  const ldDate = str(ld?.datePublished) ?? str(ld?.dateCreated);
  const ldAuthor = authorsOf(ld?.author);
  const timeEl = doc.querySelector('article time[datetime], time[datetime][pubdate], time[datetime]')?.getAttribute('datetime') ?? null;
  const docTitle = doc.querySelector('title')?.textContent?.trim() || null;
  const ogTitle = meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]');

  const metaDate: Candidate[] = [
    { value: meta('meta[property="article:published_time"]'), from: 'open-graph', detail: 'article:published_time' },
    { value: meta('meta[itemprop="datePublished"]'), from: 'meta', detail: 'itemprop=datePublished' },
    { value: meta('meta[name="date"]') ?? meta('meta[name="pubdate"]') ?? meta('meta[name="publish-date"]'), from: 'meta', detail: 'meta name=date' },
    { value: meta('meta[name="dc.date"]') ?? meta('meta[name="DC.date.issued"]') ?? meta('meta[name="dcterms.created"]'), from: 'meta', detail: 'Dublin Core date' },
  ];
  const authorMeta = meta('meta[property="article:author"]');
  const metaAuthor: Candidate[] = [
    { value: authorMeta && !/^https?:\/\//i.test(authorMeta) ? authorMeta : null, from: 'open-graph', detail: 'article:author' },
    { value: meta('meta[name="author"]'), from: 'meta', detail: 'meta name=author' },
  ];

  // Readability mutates the document it reads, so every tag above is read first.
  const read = new Readability(doc).parse();
  const body = read?.content ? blocksToText(read.content) : '';
  if (!body) throw new ImportFileError('no article text found in the page');
  const words = countWords(body);
  if (words < MIN_WORDS) {
    throw new ImportFileError(`only ${words} word${words === 1 ? '' : 's'} of text: not an article page (a section front, a video, a paywall?)`);
  }

  // Title: the site's own suffix ("… | Outlet") is dropped from the <title> and og:title.
  const siteForSuffix = siteName ?? ldPublisher;
  const title = first([
    { value: str(ld?.headline) ?? str(ld?.name), from: 'json-ld', detail: `${ldType}.headline` },
    { value: ogTitle ? stripSiteSuffix(ogTitle, siteForSuffix) : null, from: 'open-graph', detail: 'og:title' },
    { value: read?.title ? stripSiteSuffix(read.title, siteForSuffix) : null, from: 'readability', detail: 'the page’s headline' },
    { value: docTitle ? stripSiteSuffix(docTitle, siteForSuffix) : null, from: 'title-element', detail: '<title>' },
    { value: hints.title, from: 'list', detail: 'title' },
    { value: deriveTitle(body), from: 'text', detail: 'the first sentence' },
  ]);

  const date = firstDate([
    { value: ldDate, from: 'json-ld', detail: `${ldType}.datePublished` },
    ...metaDate,
    { value: timeEl, from: 'time-element', detail: '<time datetime>' },
    { value: read?.publishedTime, from: 'readability', detail: 'published time' },
    { value: dateFromUrlText(canonicalUrl) ?? dateFromUrlText(input.requestedUrl), from: 'url', detail: 'date in the URL path' },
    { value: hints.date, from: 'list', detail: 'date' },
  ]);

  const authorField = first([
    { value: ldAuthor, from: 'json-ld', detail: `${ldType}.author` },
    ...metaAuthor,
    { value: read?.byline, from: 'readability', detail: 'byline' },
    { value: hints.author, from: 'list', detail: 'author' },
  ]);
  const author = authorField.value ? { ...authorField, value: cleanAuthor(authorField.value) } : authorField;

  const outlet = opts.publisher
    ? { value: canonicalName(opts.publisher), from: 'option' as const, detail: '--publisher' }
    : outletOf(
        [
          { value: ldPublisher, from: 'json-ld', detail: `${ldType}.publisher` },
          { value: siteName, from: 'open-graph', detail: 'og:site_name' },
          { value: read?.siteName, from: 'readability', detail: 'site name' },
        ],
        [canonicalUrl, input.pageUrl, input.requestedUrl],
        hints.outlet,
      );

  const language = first([
    { value: normalizeLang(str(ld?.inLanguage) ?? nameOf(ld?.inLanguage)), from: 'json-ld', detail: `${ldType}.inLanguage` },
    { value: normalizeLang(htmlLang), from: 'html-lang', detail: '<html lang>' },
    { value: normalizeLang(ogLocale), from: 'open-graph', detail: 'og:locale' },
    { value: normalizeLang(read?.lang ?? null), from: 'readability', detail: 'lang' },
    { value: hints.language, from: 'list', detail: 'language' },
    { value: detectLanguage(body), from: 'text', detail: 'the language detector (eld) on the text' },
  ]);

  return assemble(input, opts, { title, publishedAt: date, author, outlet, language, canonicalUrl: canonical }, body);
}

function assemble(input: WebPageInput, opts: ImportOptions, fields: ExtractedFields, body: string): WebPage {
  if (body.length > MAX_ARTICLE_CHARS) {
    throw new ImportFileError(
      `the page's text has ${body.length.toLocaleString('en')} characters; an article may have at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} (is it several articles run together?)`,
    );
  }
  const publisherName = fields.outlet.value;
  const viaName = input.archiveName ?? (opts.via ? canonicalName(opts.via) : null);
  // The stored-URL rule every importer follows (lib/parse/web-url.ts): http(s), no credentials, bounded length.
  const stored = webUrlOrWarning(fields.canonicalUrl.value, "the page's URL");
  return {
    fields,
    article: {
      title: cleanText(fields.title.value ?? '') || deriveTitle(body),
      // Where the title came from, in the article's own terms (the field's source is kept too).
      titleSource: !fields.title.value || fields.title.from === 'text' ? 'first-sentence' : fields.title.from === 'list' ? 'given' : 'html',
      publisherName,
      publisherHost: ownSiteHost(fields.outlet, [fields.canonicalUrl.value, input.pageUrl, input.requestedUrl]),
      via: viaName && publisherName && sameOutlet(viaName, publisherName) ? null : viaName,
      author: fields.author.value,
      publishedAt: fields.publishedAt.value,
      datePrecision: fields.publishedAt.value ? fields.publishedAt.precision : 'unknown',
      url: stored.url,
      language: fields.language.value ?? 'und',
      // The page's or the list's own language is metadata; the detector's reading of the text is not.
      languageSource: fields.language.value && fields.language.from !== 'text' ? 'metadata' : 'detected',
      body,
      sourceFile: input.requestedUrl,
      sourceIndex: 0,
      ...(stored.warning ? { warnings: [stored.warning] } : {}),
    },
  };
}

/** A page served as text/plain: the text is the body; the rest comes from the URL and the list. */
function plainText(input: WebPageInput, hints: UrlHints, opts: ImportOptions): WebPage {
  const body = cleanText(input.text);
  if (!body) throw new ImportFileError('the page is empty');
  const canonical: ExtractedField = { value: input.pageUrl, from: 'url', detail: input.archiveName ? 'the original URL' : 'the URL after redirects' };
  const fields: ExtractedFields = {
    canonicalUrl: canonical,
    title: first([
      { value: hints.title, from: 'list', detail: 'title' },
      { value: deriveTitle(body), from: 'text', detail: 'the first sentence' },
    ]),
    publishedAt: firstDate([
      { value: dateFromUrlText(input.pageUrl), from: 'url', detail: 'date in the URL path' },
      { value: hints.date, from: 'list', detail: 'date' },
    ]),
    author: first([{ value: hints.author, from: 'list', detail: 'author' }]),
    outlet: opts.publisher ? { value: canonicalName(opts.publisher), from: 'option', detail: '--publisher' } : outletOf([], [input.pageUrl, input.requestedUrl], hints.outlet),
    language: first([
      { value: hints.language, from: 'list', detail: 'language' },
      { value: detectLanguage(body), from: 'text', detail: 'the language detector (eld) on the text' },
    ]),
  };
  return assemble(input, opts, fields, body);
}

/**
 * The outlet: the first name the page gives that the registry knows; else the registry's outlet
 * for the URL's host (bbc.com/persian and the like resolve by host and path there); else the
 * page's own first name (on a platform of channels, the channel instead); else the list's; else
 * the host name itself.
 */
function outletOf(pageNames: Candidate[], urls: string[], listName: string | undefined): ExtractedField {
  const named = pageNames.filter((c): c is Candidate & { value: string } => typeof c.value === 'string' && !!c.value.trim());
  for (const c of named) {
    const known = resolvePublisher(c.value);
    if (known) return { value: known.name, from: c.from, detail: `${c.detail} “${c.value.trim()}”, in the registry` };
  }
  for (const u of urls) {
    const known = resolvePublisherByUrl(u);
    if (known) return { value: known.name, from: 'registry', detail: `the host ${hostnameOf(u)}` };
  }
  // On a platform of channels the page's site name is the platform's ("Telegram"): the channel is the outlet.
  const channel = channelOf(urls[0] ?? '');
  if (channel) return { value: channel, from: 'url', detail: 'the channel (an outlet the registry does not know)' };
  if (named[0]) return { value: canonicalName(named[0].value), from: named[0].from, detail: named[0].detail };
  if (listName) return { value: canonicalName(listName), from: 'list', detail: 'outlet' };
  const host = hostnameOf(urls[0] ?? '');
  return host ? { value: host, from: 'url', detail: 'the host name (an outlet the registry does not know)' } : { value: null, from: null };
}

/** The page's host when the outlet is the page's own site and the registry does not know it. */
function ownSiteHost(outlet: ExtractedField, urls: Array<string | null | undefined>): string | null {
  const own = outlet.from === 'json-ld' || outlet.from === 'open-graph' || outlet.from === 'readability' || outlet.from === 'url';
  if (!own || !outlet.value || resolvePublisher(outlet.value)) return null;
  const url = urls.find((u): u is string => !!u);
  return url ? siteOf(url) : null;
}

function firstDate(cands: Candidate[]): ExtractedFields['publishedAt'] {
  for (const c of cands) {
    const v = typeof c.value === 'string' ? c.value.trim() : '';
    if (!v) continue;
    const d = /^\d{4}-\d{2}-\d{2}$|^\d{4}-\d{2}$|^\d{4}$/.test(v) && c.from === 'url' ? looseFromUrl(v) : parseLooseDate(v);
    if (d.precision !== 'unknown' && d.date) return { value: d.date, precision: d.precision, from: c.from, ...(c.detail ? { detail: c.detail } : {}) };
  }
  return { value: null, precision: 'unknown', from: null };
}

function looseFromUrl(v: string): LooseDate {
  return v.length === 10 ? { date: v, precision: 'day' } : v.length === 7 ? { date: `${v}-01`, precision: 'month' } : { date: `${v}-01-01`, precision: 'year' };
}

function dateFromUrlText(url: string): string | null {
  const d = dateFromUrl(url);
  if (!d.date || d.precision === 'unknown') return null;
  return d.precision === 'day' ? d.date : d.precision === 'month' ? d.date.slice(0, 7) : d.date.slice(0, 4);
}

// ---- JSON-LD -------------------------------------------------------------------------------

type Node = Record<string, unknown>;

function jsonLdArticle(doc: Document): Node | null {
  const nodes: Node[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const n = v as Node;
      nodes.push(n);
      if (n['@graph']) visit(n['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken block is skipped; the page's other metadata still counts.
    }
  }
  const articles = nodes.filter((n) => typeOf(n).some((t) => ARTICLE_TYPES.test(t)));
  return articles.find((n) => typeOf(n).some((t) => /NewsArticle$/.test(t))) ?? articles[0] ?? null;
}

function typeOf(n: Node): string[] {
  const t = n['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === 'object') return str((v as Node).name) ?? str((v as Node).alternateName);
  return null;
}

function idOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') return str((v as Node)['@id']) ?? str((v as Node).url);
  return null;
}

function authorsOf(v: unknown): string | null {
  const list = (Array.isArray(v) ? v : [v]).map(nameOf).filter((n): n is string => !!n && !/^https?:\/\//i.test(n));
  return list.length ? [...new Set(list)].join(', ') : null;
}

function absoluteHttp(href: string | null | undefined, base: string): string | null {
  if (!href?.trim()) return null;
  try {
    const u = new URL(href.trim(), base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.toString();
  } catch {
    return null;
  }
}

function safeBase(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : undefined;
  } catch {
    return undefined;
  }
}

