// RSS and Atom feeds (read with @rowanmanning/feed-parser) and news sitemaps (fast-xml-parser:
// <urlset> with optional <news:news> metadata, and <sitemapindex> listing child sitemaps). Both
// become URL entries with the item's title, date, author and outlet as hints.
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { checkHttpUrl, languageCode, type UrlEntry } from '@/lib/parse/url-list';

export interface ParsedFeed {
  title: string | null;
  entries: UrlEntry[];
}

export class FeedFormatError extends Error {}

export function readFeed(xml: string, feedUrl: string): ParsedFeed {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (err) {
    throw new FeedFormatError(`not an RSS or Atom feed (${(err as Error).message})`);
  }
  const entries: UrlEntry[] = [];
  const seen = new Set<string>();
  for (const [i, item] of feed.items.entries()) {
    const raw = item.url ?? (item.id && /^https?:\/\//.test(item.id) ? item.id : null);
    if (!raw) continue;
    let abs: string;
    try {
      abs = new URL(raw, feedUrl).toString();
    } catch {
      continue;
    }
    const checked = checkHttpUrl(abs);
    if ('reason' in checked || seen.has(checked.url)) continue;
    seen.add(checked.url);
    const published = item.published ?? item.updated;
    entries.push({
      url: checked.url,
      line: i,
      hints: {
        ...(item.title ? { title: item.title } : {}),
        ...(published ? { date: published.toISOString() } : {}),
        ...(item.authors[0]?.name ? { author: item.authors[0].name } : {}),
        ...(feed.title ? { outlet: feed.title } : {}),
        ...(languageCode(feed.language ?? undefined) ? { language: languageCode(feed.language ?? undefined)! } : {}),
      },
    });
  }
  return { title: feed.title, entries };
}

export interface ParsedSitemap {
  /** Article URLs (a <urlset>). */
  entries: UrlEntry[];
  /** Child sitemaps (a <sitemapindex>). */
  sitemaps: string[];
}

const xml = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, isArray: (name) => name === 'url' || name === 'sitemap', processEntities: true, htmlEntities: true });

export function readSitemap(text: string): ParsedSitemap {
  let doc: Record<string, unknown>;
  try {
    doc = xml.parse(text) as Record<string, unknown>;
  } catch (err) {
    throw new FeedFormatError(`not a sitemap (${(err as Error).message})`);
  }
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : undefined);
  const index = doc.sitemapindex as { sitemap?: { loc?: unknown }[] } | undefined;
  if (index) {
    return { entries: [], sitemaps: (index.sitemap ?? []).map((s) => str(s.loc)).filter((u): u is string => !!u && 'url' in checkHttpUrl(u)) };
  }
  const urlset = doc.urlset as { url?: Record<string, unknown>[] } | undefined;
  if (!urlset) throw new FeedFormatError('not a sitemap (no <urlset> or <sitemapindex>)');
  const entries: UrlEntry[] = [];
  for (const [i, u] of (urlset.url ?? []).entries()) {
    const loc = str(u.loc);
    const checked = loc ? checkHttpUrl(loc) : null;
    if (!checked || 'reason' in checked) continue;
    const news = (u.news ?? {}) as Record<string, unknown>;
    const publication = (news.publication ?? {}) as Record<string, unknown>;
    const title = str(news.title);
    const date = str(news.publication_date) ?? str(u.lastmod);
    const outlet = str(publication.name);
    const language = languageCode(str(publication.language));
    entries.push({
      url: checked.url,
      line: i,
      hints: { ...(title ? { title } : {}), ...(date ? { date } : {}), ...(outlet ? { outlet } : {}), ...(language ? { language } : {}) },
    });
  }
  return { entries, sitemaps: [] };
}
