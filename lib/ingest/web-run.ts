// `npm run import -- --url/--urls/--feed/--sitemap`: gathers the URLs, imports them through
// importUrl with a few in flight at once (the fetcher's pacer keeps each host to two requests and
// its minimum delay), reports each URL (new, duplicate, failed with the reason), and with
// --check compares what was extracted with the list's expected outlet, group and events.
import { loadLanguageDetector } from '@/lib/analysis/language';
import fs from 'node:fs';
import type { Db } from '@/lib/db/prisma';
import { describeArticle, type DryRunArticle } from '@/lib/parse/dry-run';
import { compareExpectation, type ActualOutcome, type CheckRow } from '@/lib/parse/expectations';
import { ImportFileError, type ParsedArticle } from '@/lib/parse/types';
import { parseUrlList, type UrlEntry } from '@/lib/parse/url-list';
import { decodeBody } from '@/lib/web/decode';
import { FeedFormatError, readFeed, readSitemap } from '@/lib/web/feed';
import { FetchError, type Fetcher } from '@/lib/web/fetcher';
import { fetchPage, importUrl, openWebBatch, readPage, type UrlResult } from './web-import';
import { pollFeed } from './feeds';

export interface WebSources {
  urls: string[];
  urlFiles: string[];
  feeds: string[];
  sitemaps: string[];
}

export interface SourceProblem {
  source: string;
  reason: string;
}

const MAX_CHILD_SITEMAPS = 50;

/**
 * URLs from --url, --urls files and --sitemap; feeds too when `readFeeds` (the dry run: an import
 * reads them through runFeeds, which records the poll and the items seen).
 */
export async function collectEntries(fetcher: Fetcher, s: WebSources, readFeeds = false): Promise<{ entries: UrlEntry[]; problems: SourceProblem[] }> {
  const entries: UrlEntry[] = [];
  const problems: SourceProblem[] = [];
  for (const [i, u] of s.urls.entries()) {
    const list = parseUrlList('arguments.txt', u);
    if (list.entries[0]) entries.push({ ...list.entries[0], line: i + 1 });
    else problems.push({ source: u, reason: list.rejected[0]?.reason ?? 'not a URL' });
  }
  for (const file of s.urlFiles) {
    try {
      const list = parseUrlList(file, fs.readFileSync(file, 'utf8'));
      entries.push(...list.entries);
      for (const r of list.rejected) problems.push({ source: `${file}:${r.line}`, reason: `${r.reason} (${r.value})` });
    } catch (err) {
      problems.push({ source: file, reason: err instanceof ImportFileError ? err.message : (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message });
    }
  }
  for (const sitemap of s.sitemaps) {
    const queue = [sitemap];
    let read = 0;
    while (queue.length > 0 && read <= MAX_CHILD_SITEMAPS) {
      const url = queue.shift()!;
      read++;
      try {
        const res = await fetcher.fetch({ url, kind: 'feed' });
        const parsed = readSitemap(decodeBody(res.body, res.headers['content-type']).text);
        entries.push(...parsed.entries);
        queue.push(...parsed.sitemaps);
      } catch (err) {
        problems.push({ source: url, reason: err instanceof FetchError || err instanceof FeedFormatError ? err.message : (err as Error).message });
      }
    }
  }
  for (const url of readFeeds ? s.feeds : []) {
    try {
      const res = await fetcher.fetch({ url, kind: 'feed' });
      entries.push(...readFeed(decodeBody(res.body, res.headers['content-type']).text, res.url).entries);
    } catch (err) {
      problems.push({ source: url, reason: (err as Error).message });
    }
  }
  const seen = new Set<string>();
  return { entries: entries.filter((e) => (seen.has(e.url) ? false : (seen.add(e.url), true))), problems };
}

/** Runs `task` over `items` with at most `limit` in flight, in order of start. */
export async function inPool<T, R>(items: T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i]!, i);
    }
  });
  await Promise.all(lanes);
  return out;
}

export const IN_FLIGHT = 6;

export interface RunOptions {
  publisher?: string;
  via?: string;
  refetch?: boolean;
  onResult?: (r: UrlResult, done: number, total: number) => void;
}

export async function importEntries(db: Db, fetcher: Fetcher, entries: UrlEntry[], opts: RunOptions & { batchId?: number }) {
  const batchId = opts.batchId ?? (await openWebBatch(db, 'cli'));
  let done = 0;
  const results = await inPool(entries, IN_FLIGHT, async (entry) => {
    const r = await importUrl(db, fetcher, entry, { source: 'cli', batchId, publisher: opts.publisher, via: opts.via, refetch: opts.refetch });
    opts.onResult?.(r, ++done, entries.length);
    return r;
  });
  return { batchId, results };
}

/** --feed in the database: the feed is recorded (subscribed with --subscribe), polled, its new items imported now. */
export async function runFeeds(db: Db, fetcher: Fetcher, feeds: string[], opts: RunOptions & { subscribe: boolean; batchId: number }) {
  const results: UrlResult[] = [];
  const problems: SourceProblem[] = [];
  for (const url of feeds) {
    const feed = await db.feed.upsert({
      where: { url },
      create: { url, createdBy: 'cli', active: opts.subscribe },
      update: opts.subscribe ? { active: true } : {},
      select: { id: true },
    });
    const poll = await pollFeed(db, fetcher, feed.id, { createdBy: 'cli', batchSource: 'cli' });
    if (poll.status === 'failed') {
      problems.push({ source: url, reason: poll.error ?? 'failed' });
      continue;
    }
    if (poll.urlImportId === null) continue;
    const items = await db.urlImportItem.findMany({ where: { urlImportId: poll.urlImportId }, orderBy: { position: 'asc' } });
    const imp = await db.urlImport.findUniqueOrThrow({ where: { id: poll.urlImportId } });
    let done = 0;
    const got = await inPool(items, IN_FLIGHT, async (item) => {
      const r = await importUrl(db, fetcher, { url: item.url, hints: item.hints as UrlEntry['hints'], line: item.position + 1 }, {
        source: 'cli',
        batchId: imp.importBatchId ?? opts.batchId,
        publisher: opts.publisher ?? imp.publisher ?? undefined,
        via: opts.via,
        refetch: opts.refetch,
      });
      await db.urlImportItem.update({
        where: { id: item.id },
        data: { status: r.status, reason: r.reason ?? null, articleId: r.articleId ?? null, fetchId: r.fetchId ?? null, archivedAt: r.archivedAt ?? null, attempts: 1, finishedAt: new Date() },
      });
      opts.onResult?.(r, ++done, items.length);
      return r;
    });
    results.push(...got);
  }
  return { results, problems };
}

/** --dry-run: fetch, read and analyse each URL; nothing is written anywhere. */
export async function previewEntries(fetcher: Fetcher, entries: UrlEntry[], opts: RunOptions) {
  await loadLanguageDetector();
  let done = 0;
  return inPool(entries, IN_FLIGHT, async (entry) => {
    let out: { url: string; status: 'parsed' | 'failed'; reason?: string; article?: DryRunArticle & { extracted: unknown; archivedAt: string | null }; parsed?: ParsedArticle };
    try {
      const f = await fetchPage(fetcher, entry.url);
      const page = readPage(
        { url: entry.url, finalUrl: f.response.url, contentType: f.response.contentType, headers: f.response.headers, body: f.response.body, snapshot: f.snapshot !== null },
        entry.hints,
        opts,
      );
      out = { url: entry.url, status: 'parsed', article: { ...describeArticle(page.article), extracted: page.fields, archivedAt: f.snapshot?.takenAt.toISOString() ?? null }, parsed: page.article };
    } catch (err) {
      out = { url: entry.url, status: 'failed', reason: err instanceof FetchError || err instanceof ImportFileError ? err.message : (err as Error).message };
    }
    opts.onResult?.(
      { url: out.url, status: out.status === 'failed' ? 'failed' : 'new', reason: out.reason, title: out.article?.title, outlet: out.article?.publisher },
      ++done,
      entries.length,
    );
    return out;
  });
}

/** What the database holds for each imported article: outlet, group, event links. */
export async function outcomesFromDb(db: Db, articleIds: number[]): Promise<Map<number, ActualOutcome>> {
  if (articleIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: number; name: string; slug: string; grp: string; about: string[]; mention: string[] }[]>`
    SELECT a.id, p.name, p.slug, coalesce(a.stance_override, p.stance)::text AS grp,
      coalesce(array_agg(e.slug) FILTER (WHERE ae.role = 'about'), '{}') AS about,
      coalesce(array_agg(e.slug) FILTER (WHERE ae.role = 'mention'), '{}') AS mention
    FROM articles a JOIN publishers p ON p.id = a.publisher_id
    LEFT JOIN article_events ae ON ae.article_id = a.id LEFT JOIN events e ON e.id = ae.event_id
    WHERE a.id = ANY(${articleIds}::int[])
    GROUP BY a.id, p.name, p.slug, grp`;
  return new Map(rows.map((r) => [r.id, { outletName: r.name, outletSlug: r.slug, group: r.grp, eventsAbout: r.about, eventsMention: r.mention }]));
}

export function outcomeFromDryRun(a: DryRunArticle): ActualOutcome {
  return {
    outletName: a.publisher,
    outletSlug: a.publisherSlug,
    group: a.stance,
    eventsAbout: a.events.filter((e) => e.role === 'about').map((e) => e.slug),
    eventsMention: a.events.filter((e) => e.role === 'mention').map((e) => e.slug),
  };
}

export function checkRows(entries: UrlEntry[], actual: (url: string) => ActualOutcome | null): CheckRow[] {
  return entries.filter((e) => e.expected).map((e) => compareExpectation(e.url, e.expected!, actual(e.url)));
}
