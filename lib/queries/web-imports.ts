// URL lists, feeds and what each web-imported article was read from: for /import, /feeds,
// /feeds/[id] and the reader's "Extracted from the web" card (never the stored bodies).
import { prisma, type Db } from '@/lib/db/prisma';
import type { ExtractedFields } from '@/lib/parse/web-page';

export type UrlItemStatus = 'queued' | 'running' | 'new' | 'duplicate' | 'failed';

export interface UrlItemRow {
  id: number;
  url: string;
  status: UrlItemStatus;
  reason: string | null;
  articleId: number | null;
  title: string | null;
  archivedAt: string | null;
}

export interface Tally {
  total: number;
  queued: number;
  running: number;
  new: number;
  duplicate: number;
  failed: number;
}

export interface UrlImportRow {
  id: number;
  createdBy: string;
  createdAt: string;
  source: 'list' | 'feed';
  name: string;
  feedId: number | null;
  tally: Tally;
  items: UrlItemRow[];
}

const emptyTally = (): Tally => ({ total: 0, queued: 0, running: 0, new: 0, duplicate: 0, failed: 0 });

function tallyOf(items: { status: string }[]): Tally {
  const t = emptyTally();
  for (const i of items) {
    t.total++;
    if (i.status in t) t[i.status as keyof Omit<Tally, 'total'>]++;
  }
  return t;
}

async function itemRows(db: Db, where: { urlImportId: { in: number[] } }) {
  const items = await db.urlImportItem.findMany({
    where,
    orderBy: [{ urlImportId: 'desc' }, { position: 'asc' }],
    select: { id: true, urlImportId: true, url: true, status: true, reason: true, articleId: true, archivedAt: true },
  });
  const ids = [...new Set(items.flatMap((i) => (i.articleId ? [i.articleId] : [])))];
  const titles = new Map((await db.article.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((a) => [a.id, a.title]));
  return items.map((i) => ({
    urlImportId: i.urlImportId,
    row: {
      id: i.id,
      url: i.url,
      status: i.status as UrlItemStatus,
      reason: i.reason,
      articleId: i.articleId,
      title: i.articleId ? (titles.get(i.articleId) ?? null) : null,
      archivedAt: i.archivedAt?.toISOString() ?? null,
    },
  }));
}

export async function recentUrlImports(limit = 8, db: Db = prisma()): Promise<UrlImportRow[]> {
  const lists = await db.urlImport.findMany({ orderBy: { id: 'desc' }, take: limit });
  const items = await itemRows(db, { urlImportId: { in: lists.map((l) => l.id) } });
  return lists.map((l) => {
    const rows = items.filter((i) => i.urlImportId === l.id).map((i) => i.row);
    return {
      id: l.id,
      createdBy: l.createdBy,
      createdAt: l.createdAt.toISOString(),
      source: l.source as UrlImportRow['source'],
      name: l.name,
      feedId: l.feedId,
      tally: tallyOf(rows),
      items: rows,
    };
  });
}

export function urlImportsInProgress(lists: UrlImportRow[]): boolean {
  return lists.some((l) => l.tally.queued + l.tally.running > 0);
}

export interface FeedRow {
  id: number;
  url: string;
  title: string | null;
  publisher: { name: string; slug: string } | null;
  active: boolean;
  lastPolledAt: string | null;
  nextPollAt: string | null;
  lastPoll: { status: string; httpStatus: number | null; itemCount: number; newCount: number; error: string | null } | null;
  itemCount: number;
  failedItems: number;
  failedPolls: number;
}

export async function feedList(db: Db = prisma()): Promise<FeedRow[]> {
  const rows = await db.$queryRaw<
    { id: number; url: string; title: string | null; pname: string | null; pslug: string | null; active: boolean; last_polled_at: Date | null; next_poll_at: Date; items: number; failed_items: number; failed_polls: number }[]
  >`
    SELECT f.id, f.url, f.title, p.name AS pname, p.slug AS pslug, f.active, f.last_polled_at, f.next_poll_at,
      (SELECT count(*)::int FROM feed_items fi WHERE fi.feed_id = f.id) AS items,
      (SELECT count(*)::int FROM feed_items fi JOIN url_import_items ui ON ui.id = fi.url_import_item_id WHERE fi.feed_id = f.id AND ui.status = 'failed') AS failed_items,
      (SELECT count(*)::int FROM feed_polls fp WHERE fp.feed_id = f.id AND fp.status = 'failed') AS failed_polls
    FROM feeds f LEFT JOIN publishers p ON p.id = f.publisher_id
    ORDER BY f.active DESC, f.id`;
  const last = await db.$queryRaw<{ feed_id: number; status: string; http_status: number | null; item_count: number; new_count: number; error: string | null }[]>`
    SELECT DISTINCT ON (feed_id) feed_id, status, http_status, item_count, new_count, error FROM feed_polls ORDER BY feed_id, id DESC`;
  const lastBy = new Map(last.map((l) => [l.feed_id, l]));
  return rows.map((r) => {
    const l = lastBy.get(r.id);
    return {
      id: r.id,
      url: r.url,
      title: r.title,
      publisher: r.pname && r.pslug ? { name: r.pname, slug: r.pslug } : null,
      active: r.active,
      lastPolledAt: r.last_polled_at?.toISOString() ?? null,
      nextPollAt: r.active ? r.next_poll_at.toISOString() : null,
      lastPoll: l ? { status: l.status, httpStatus: l.http_status, itemCount: l.item_count, newCount: l.new_count, error: l.error } : null,
      itemCount: r.items,
      failedItems: r.failed_items,
      failedPolls: r.failed_polls,
    };
  });
}

export interface FeedPollRow {
  id: number;
  startedAt: string;
  status: 'ok' | 'not-modified' | 'failed';
  httpStatus: number | null;
  itemCount: number;
  newCount: number;
  error: string | null;
  /** What became of this poll's new items. */
  results: Tally;
}

export interface FeedItemRow extends UrlItemRow {
  firstSeenAt: string;
}

export interface FeedPage {
  feed: FeedRow;
  polls: FeedPollRow[];
  items: FeedItemRow[];
}

export async function feedPage(id: number, db: Db = prisma(), limits = { polls: 50, items: 200 }): Promise<FeedPage | null> {
  const feed = (await feedList(db)).find((f) => f.id === id);
  if (!feed) return null;
  const polls = await db.feedPoll.findMany({ where: { feedId: id }, orderBy: { id: 'desc' }, take: limits.polls });
  const importIds = polls.flatMap((p) => (p.urlImportId ? [p.urlImportId] : []));
  const items = await itemRows(db, { urlImportId: { in: importIds } });
  const feedItems = await db.feedItem.findMany({ where: { feedId: id }, orderBy: { id: 'desc' }, take: limits.items });
  const byItemId = new Map(items.map((i) => [i.row.id, i.row]));
  return {
    feed,
    polls: polls.map((p) => ({
      id: p.id,
      startedAt: p.startedAt.toISOString(),
      status: p.status as FeedPollRow['status'],
      httpStatus: p.httpStatus,
      itemCount: p.itemCount,
      newCount: p.newCount,
      error: p.error,
      results: tallyOf(items.filter((i) => i.urlImportId === p.urlImportId).map((i) => i.row)),
    })),
    items: feedItems.map((fi) => {
      const row = fi.urlImportItemId ? byItemId.get(fi.urlImportItemId) : undefined;
      return {
        id: fi.id,
        url: fi.url,
        status: row?.status ?? 'queued',
        reason: row?.reason ?? null,
        articleId: row?.articleId ?? null,
        title: row?.title ?? fi.title,
        archivedAt: row?.archivedAt ?? null,
        firstSeenAt: fi.firstSeenAt.toISOString(),
      };
    }),
  };
}

export interface WebSource {
  url: string;
  finalUrl: string | null;
  canonicalUrl: string | null;
  status: number | null;
  contentType: string | null;
  fetchedAt: string;
  attempts: number;
  redirects: string[];
  archiveUrl: string | null;
  archivedAt: string | null;
  /** With an archive copy: why the live page was not used. */
  error: string | null;
  fields: ExtractedFields | null;
}

/** The response an article's text was read from (the first fetch linked to it), or null for file imports. */
export async function articleWebSource(articleId: number, db: Db = prisma()): Promise<WebSource | null> {
  const f = await db.webFetch.findFirst({
    where: { articleId },
    orderBy: { id: 'asc' },
    select: { url: true, finalUrl: true, canonicalUrl: true, status: true, contentType: true, fetchedAt: true, attempts: true, redirects: true, archiveUrl: true, archivedAt: true, error: true, fields: true },
  });
  if (!f) return null;
  return { ...f, fetchedAt: f.fetchedAt.toISOString(), archivedAt: f.archivedAt?.toISOString() ?? null, fields: (f.fields as unknown as ExtractedFields | null) ?? null };
}
