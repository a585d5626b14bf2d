// Feed subscriptions: a poll fetches the feed with the last answer's validators (If-None-Match /
// If-Modified-Since: an unchanged feed costs the site a 304), reads its items, and turns the
// item URLs this feed has never listed into a URL import (one job per URL in the worker, or
// imported at once by the CLI). Every poll is recorded: when, what came back, how many items,
// how many new, and why it failed.
import type { Db } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import { assertAdmin, type Actor } from '@/lib/auth/actor';
import { CurationError } from '@/lib/curation/errors';
import { checkHttpUrl, type UrlEntry } from '@/lib/parse/url-list';
import { FetchError, type Fetcher } from '@/lib/web/fetcher';
import { decodeBody } from '@/lib/web/decode';
import { FeedFormatError, readFeed } from '@/lib/web/feed';
import { resolveName } from '@/lib/parse/resolve';

export interface PollResult {
  pollId: number;
  status: 'ok' | 'not-modified' | 'failed';
  itemCount: number;
  newCount: number;
  error?: string;
  /** The URL import holding the new items (null when none). */
  urlImportId: number | null;
}

/** Subscribes to a feed (or re-activates a known one). `publisher` forces the items' outlet. */
export async function subscribeFeed(db: Db, actor: Actor | null, input: { url: string; publisher?: string | null }): Promise<{ feedId: number; created: boolean }> {
  const admin = assertAdmin(actor);
  const checked = checkHttpUrl(String(input.url ?? ''));
  if ('reason' in checked) throw new CurationError(`Feed URL: ${checked.reason}.`);
  let publisherId: number | null = null;
  const name = input.publisher?.trim();
  if (name) {
    const ref = resolveName(name);
    const pub = await db.publisher.findFirst({ where: { OR: [{ slug: ref.slug }, { name: { equals: name, mode: 'insensitive' } }] }, select: { id: true } });
    if (!pub) throw new CurationError(`No publisher called “${name}”. Choose one from /publishers, or leave it empty to take the outlet from each page.`);
    publisherId = pub.id;
  }
  const existing = await db.feed.findUnique({ where: { url: checked.url }, select: { id: true } });
  if (existing) {
    await db.feed.update({ where: { id: existing.id }, data: { active: true, nextPollAt: new Date(), ...(publisherId ? { publisherId } : {}) } });
    return { feedId: existing.id, created: false };
  }
  const feed = await db.feed.create({ data: { url: checked.url, createdBy: admin.user, publisherId, nextPollAt: new Date() }, select: { id: true } });
  return { feedId: feed.id, created: true };
}

/** Feeds whose next poll is due, claimed so that no other worker polls them too. */
export async function claimDueFeeds(db: Db, pollHours: number, limit = 20): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    UPDATE feeds SET next_poll_at = now() + make_interval(secs => ${pollHours * 3600})
    WHERE id IN (
      SELECT id FROM feeds WHERE active AND next_poll_at <= now()
      ORDER BY next_poll_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING id`;
  return rows.map((r) => r.id);
}

export async function pollFeed(db: Db, fetcher: Fetcher, feedId: number, opts: { createdBy: string; batchSource?: 'cli' | 'browser' | 'test' }): Promise<PollResult> {
  const feed = await db.feed.findUniqueOrThrow({ where: { id: feedId }, include: { publisher: { select: { name: true } } } });
  const startedAt = new Date();
  const next = new Date(Date.now() + fetcher.settings.feedPollHours * 3600_000);
  const record = async (data: Omit<Prisma.FeedPollUncheckedCreateInput, 'feedId' | 'startedAt'>, feedData: Prisma.FeedUpdateInput = {}) => {
    const [poll] = await db.$transaction([
      db.feedPoll.create({ data: { ...data, feedId, startedAt, finishedAt: new Date() }, select: { id: true } }),
      db.feed.update({ where: { id: feedId }, data: { lastPolledAt: startedAt, nextPollAt: feed.active ? next : feed.nextPollAt, ...feedData } }),
    ]);
    return poll.id;
  };

  let res;
  try {
    res = await fetcher.fetch({ url: feed.url, kind: 'feed', etag: feed.etag, lastModified: feed.lastModified });
  } catch (err) {
    const error = err instanceof FetchError ? err.message : `fetch failed: ${(err as Error).message}`;
    const pollId = await record({ status: 'failed', httpStatus: (err as FetchError).details?.status ?? null, error });
    return { pollId, status: 'failed', itemCount: 0, newCount: 0, error, urlImportId: null };
  }
  if (res.notModified) {
    const pollId = await record({ status: 'not-modified', httpStatus: 304 });
    return { pollId, status: 'not-modified', itemCount: 0, newCount: 0, urlImportId: null };
  }
  let entries: UrlEntry[];
  let title: string | null;
  try {
    const parsed = readFeed(decodeBody(res.body, res.headers['content-type']).text, res.url);
    entries = parsed.entries;
    title = parsed.title;
  } catch (err) {
    const error = err instanceof FeedFormatError ? err.message : `could not be read: ${(err as Error).message}`;
    const pollId = await record({ status: 'failed', httpStatus: res.status, error });
    return { pollId, status: 'failed', itemCount: 0, newCount: 0, error, urlImportId: null };
  }

  const validators = { etag: res.headers.etag ?? null, lastModified: res.headers['last-modified'] ?? null, ...(title ? { title } : {}) };
  const seen = new Set(
    (await db.feedItem.findMany({ where: { feedId, url: { in: entries.map((e) => e.url) } }, select: { url: true } })).map((r) => r.url),
  );
  const fresh = entries.filter((e) => !seen.has(e.url));
  if (fresh.length === 0) {
    const pollId = await record({ status: 'ok', httpStatus: res.status, itemCount: entries.length, newCount: 0 }, validators);
    return { pollId, status: 'ok', itemCount: entries.length, newCount: 0, urlImportId: null };
  }

  // The new items, their import list and the poll go in together: a crash leaves them all unseen.
  const result = await db.$transaction(async (tx) => {
    const batch = await tx.importBatch.create({ data: { source: opts.batchSource ?? 'browser', files: [] }, select: { id: true } });
    const imp = await tx.urlImport.create({
      data: {
        createdBy: opts.createdBy,
        source: 'feed',
        name: title ?? feed.title ?? feed.url,
        feedId,
        publisher: feed.publisher?.name ?? null,
        importBatchId: batch.id,
        items: { create: fresh.map((e, position) => ({ position, url: e.url, hints: e.hints as Prisma.InputJsonValue })) },
      },
      select: { id: true, items: { select: { id: true, url: true } } },
    });
    const itemIds = new Map(imp.items.map((i) => [i.url, i.id]));
    await tx.feedItem.createMany({
      data: fresh.map((e) => ({ feedId, url: e.url, title: e.hints.title ?? null, urlImportItemId: itemIds.get(e.url) ?? null })),
      skipDuplicates: true,
    });
    const poll = await tx.feedPoll.create({
      data: { feedId, startedAt, finishedAt: new Date(), status: 'ok', httpStatus: res.status, itemCount: entries.length, newCount: fresh.length, urlImportId: imp.id },
      select: { id: true },
    });
    await tx.feed.update({ where: { id: feedId }, data: { lastPolledAt: startedAt, nextPollAt: feed.active ? next : feed.nextPollAt, ...validators } });
    return { pollId: poll.id, urlImportId: imp.id };
  });
  return { ...result, status: 'ok', itemCount: entries.length, newCount: fresh.length };
}
