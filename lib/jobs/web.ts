// URL lists from /import (pasted, uploaded) and feed polls, run by the worker on the pg-boss
// queue: each URL is its own job (URL_QUEUE), so a list of 300 links makes progress link by link,
// survives a restart, and shows each link's result (new, duplicate, failed with the reason) on
// /import after a reload. A feed poll (FEED_QUEUE) records the poll and queues its new items the
// same way. Fetching is lib/web (polite and guarded); importing is lib/ingest/web-import.ts.
import type { JobWithMetadata, PgBoss } from 'pg-boss';
import { prisma, type Db } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import { assertAdmin, type Actor } from '@/lib/auth/actor';
import { CurationError } from '@/lib/curation/errors';
import { ImportFileError } from '@/lib/parse/types';
import { parseUrlList, type UrlEntry, type UrlHints } from '@/lib/parse/url-list';
import { importUrl } from '@/lib/ingest/web-import';
import { pollFeed, subscribeFeed } from '@/lib/ingest/feeds';
import { refreshCandidates } from '@/lib/ingest/reanalyze';
import type { Fetcher } from '@/lib/web/fetcher';
import { FEED_QUEUE, producerBoss, URL_QUEUE } from './boss';

export const URL_LIST_LIMITS = { urls: 1000, bytes: 5 * 1024 * 1024 } as const;

export interface UrlJobData {
  itemId: number;
}
export interface FeedJobData {
  feedId: number;
}

export type SendJobs = (queue: string, data: object[]) => Promise<void>;

/** pg-boss in the app: one insert for the whole list. */
export function bossSender(boss: PgBoss): SendJobs {
  return async (queue, data) => {
    if (data.length > 0) await boss.insert(queue, data.map((d) => ({ data: d })));
  };
}

/** The URLs a curator pasted, or the list file they chose: text, CSV or JSON (Media Cloud, GDELT). */
export function readUrlList(input: { text?: string | null; file?: { name: string; bytes: Uint8Array } | null }): { entries: UrlEntry[]; rejected: { line: number; value: string; reason: string }[]; name: string } {
  const file = input.file && input.file.bytes.byteLength > 0 ? input.file : null;
  const text = input.text?.trim() ?? '';
  if (!file && !text) throw new CurationError('Paste at least one URL, or choose a list file.');
  if (file && file.bytes.byteLength > URL_LIST_LIMITS.bytes) throw new CurationError(`${file.name}: larger than ${URL_LIST_LIMITS.bytes / 1024 / 1024} MB.`);
  const parts: ReturnType<typeof parseUrlList>[] = [];
  try {
    if (text) parts.push(parseUrlList('pasted.txt', text));
    if (file) parts.push(parseUrlList(file.name, new TextDecoder('utf-8').decode(file.bytes)));
  } catch (err) {
    if (err instanceof ImportFileError) throw new CurationError(`${file && !text ? file.name : 'The list'}: ${err.message}.`);
    throw err;
  }
  const seen = new Set<string>();
  const entries = parts.flatMap((p) => p.entries).filter((e) => (seen.has(e.url) ? false : (seen.add(e.url), true)));
  const rejected = parts.flatMap((p) => p.rejected);
  if (entries.length === 0) throw new CurationError(`No http(s) URL found${rejected[0] ? ` (line ${rejected[0].line}: ${rejected[0].reason})` : ''}.`);
  if (entries.length > URL_LIST_LIMITS.urls) throw new CurationError(`At most ${URL_LIST_LIMITS.urls} URLs per list (this one has ${entries.length}).`);
  const name = file ? file.name.replace(/\\/g, '/').split('/').pop()!.slice(0, 200) : 'pasted list';
  return { entries, rejected, name: text && file ? `${name} + pasted list` : name };
}

/** Stores the list and queues one job per URL. */
export async function createUrlImport(
  db: Db,
  actor: Actor | null,
  input: { name: string; entries: UrlEntry[]; publisher?: string | null; via?: string | null },
  send: SendJobs,
): Promise<{ urlImportId: number; urls: number }> {
  const admin = assertAdmin(actor);
  if (input.entries.length === 0) throw new CurationError('The list has no URL.');
  if (input.entries.length > URL_LIST_LIMITS.urls) throw new CurationError(`At most ${URL_LIST_LIMITS.urls} URLs per list.`);
  const batch = await db.importBatch.create({ data: { source: 'browser', files: [] }, select: { id: true } });
  const imp = await db.urlImport.create({
    data: {
      createdBy: admin.user,
      source: 'list',
      name: input.name.slice(0, 200),
      publisher: input.publisher?.trim() || null,
      via: input.via?.trim() || null,
      importBatchId: batch.id,
      items: { create: input.entries.map((e, position) => ({ position, url: e.url, hints: e.hints as Prisma.InputJsonValue })) },
    },
    select: { id: true, items: { select: { id: true }, orderBy: { position: 'asc' } } },
  });
  await queueItems(db, imp.items.map((i) => i.id), send);
  return { urlImportId: imp.id, urls: imp.items.length };
}

async function queueItems(db: Db, itemIds: number[], send: SendJobs) {
  try {
    await send(URL_QUEUE, itemIds.map((itemId) => ({ itemId }) satisfies UrlJobData));
  } catch (err) {
    await db.urlImportItem.updateMany({
      where: { id: { in: itemIds } },
      data: { status: 'failed', reason: `could not queue the import: ${(err as Error).message}`, finishedAt: new Date() },
    });
    throw err;
  }
}

/** A curator's list from /import, on the app's queue. */
export async function queueUrlList(actor: Actor | null, input: { text?: string | null; file?: { name: string; bytes: Uint8Array } | null; publisher?: string | null; via?: string | null }) {
  assertAdmin(actor);
  const list = readUrlList(input);
  const result = await createUrlImport(prisma(), actor, { name: list.name, entries: list.entries, publisher: input.publisher, via: input.via }, bossSender(await producerBoss()));
  return { ...result, rejected: list.rejected };
}

/** Subscribes from /import and queues the first poll at once. */
export async function subscribeAndPoll(db: Db, actor: Actor | null, input: { url: string; publisher?: string | null }, send: SendJobs) {
  const sub = await subscribeFeed(db, actor, input);
  await send(FEED_QUEUE, [{ feedId: sub.feedId } satisfies FeedJobData]);
  return sub;
}

export async function queueFeedSubscription(actor: Actor | null, input: { url: string; publisher?: string | null }) {
  return subscribeAndPoll(prisma(), actor, input, bossSender(await producerBoss()));
}

/** "Poll now" on a feed's page. */
export async function requestFeedPoll(db: Db, actor: Actor | null, feedId: number, send: SendJobs) {
  assertAdmin(actor);
  const feed = await db.feed.findUnique({ where: { id: feedId }, select: { id: true } });
  if (!feed) throw new CurationError('No such feed.', 404);
  await send(FEED_QUEUE, [{ feedId } satisfies FeedJobData]);
  return { feedId };
}

export async function queueFeedPoll(actor: Actor | null, feedId: number) {
  return requestFeedPoll(prisma(), actor, feedId, bossSender(await producerBoss()));
}

type Job<T> = Pick<JobWithMetadata<T>, 'data' | 'retryCount' | 'retryLimit'>;

/** The worker's handler for one URL. Throws (so pg-boss retries) only when the database failed. */
export async function runUrlJob(db: Db, fetcher: Fetcher, job: Job<UrlJobData>) {
  const item = await db.urlImportItem.update({
    where: { id: job.data.itemId },
    data: { status: 'running', attempts: { increment: 1 } },
    include: { urlImport: true },
  });
  if (item.urlImport.importBatchId === null) throw new Error(`URL import ${item.urlImportId} has no import batch`);
  try {
    const r = await importUrl(db, fetcher, { url: item.url, hints: item.hints as UrlHints, line: item.position + 1 }, {
      source: 'browser',
      batchId: item.urlImport.importBatchId,
      publisher: item.urlImport.publisher ?? undefined,
      via: item.urlImport.via ?? undefined,
    });
    await db.urlImportItem.update({
      where: { id: item.id },
      data: { status: r.status, reason: r.reason ?? null, articleId: r.articleId ?? null, fetchId: r.fetchId ?? null, archivedAt: r.archivedAt ?? null, finishedAt: new Date() },
    });
    await afterItem(db, item.urlImportId, r.status === 'new');
    return r;
  } catch (err) {
    const message = (err as Error).message;
    const last = job.retryCount >= job.retryLimit;
    await db.urlImportItem
      .update({
        where: { id: item.id },
        data: last ? { status: 'failed', reason: `not imported: the job failed (${message})`, finishedAt: new Date() } : { status: 'queued', reason: `attempt failed, will retry: ${message}` },
      })
      .catch(() => {});
    throw err;
  }
}

/** When a list's last URL is done and something new came in, candidate events are refreshed once. */
async function afterItem(db: Db, urlImportId: number, added: boolean) {
  if (!added) return;
  const open = await db.urlImportItem.count({ where: { urlImportId, status: { in: ['queued', 'running'] } } });
  if (open === 0) await refreshCandidates(db);
}

/** The worker's handler for one feed poll: records it and queues the new items. */
export async function runFeedJob(db: Db, fetcher: Fetcher, job: Job<FeedJobData>, send: SendJobs) {
  const result = await pollFeed(db, fetcher, job.data.feedId, { createdBy: 'feed poll' });
  if (result.urlImportId !== null) {
    const items = await db.urlImportItem.findMany({ where: { urlImportId: result.urlImportId }, select: { id: true }, orderBy: { position: 'asc' } });
    await queueItems(db, items.map((i) => i.id), send);
  }
  return result;
}
