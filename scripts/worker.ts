// `npm run worker` (and the second child of `npm start`): runs the browser-upload import jobs,
// the URL-list jobs (one per URL) and the feed polls from the pg-boss queue in Postgres; every
// minute it claims the feeds whose poll is due (STANCE_LENS_FEED_POLL_HOURS) and queues them. Uses DATABASE_URL when set, otherwise the embedded
// database. SIGINT/SIGTERM stop taking jobs, let the current one finish (up to 20 s; after that
// it is failed and pg-boss retries it later), then disconnect.
import type { JobWithMetadata, PgBoss } from 'pg-boss';
import { FEED_QUEUE, IMPORT_QUEUE, startBoss, URL_QUEUE, type ImportJobData } from '@/lib/jobs/boss';
import { runImportJob } from '@/lib/jobs/uploads';
import { bossSender, runFeedJob, runUrlJob, type FeedJobData, type UrlJobData } from '@/lib/jobs/web';
import { claimDueFeeds } from '@/lib/ingest/feeds';
import { Fetcher } from '@/lib/web/fetcher';
import { prepareDatabase } from '@/lib/server/prepare-database';
import { onStopSignal } from '@/lib/db/embedded-exit-hooks';

const log = (line: string) => console.log(`stance-lens worker: ${line}`);

async function main() {
  const db = await prepareDatabase(log);
  let boss: PgBoss | null = null;
  let stopping = false;
  // One fetcher for every job: its pacer spaces all of this worker's requests to a host.
  const fetcher = new Fetcher();
  let feedTimer: NodeJS.Timeout | null = null;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (feedTimer) clearInterval(feedTimer);
    await boss?.stop({ graceful: true, timeout: 20_000 }).catch((err) => log(`stopping the queue: ${(err as Error).message}`));
    await db.close().catch(() => {});
    log('stopped');
    process.exit(code);
  };
  onStopSignal(() => void stop(0));

  boss = await startBoss(db.url, 'worker', { log });
  await boss.work(IMPORT_QUEUE, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 1 }, async (jobs: JobWithMetadata<ImportJobData>[]) => {
    for (const job of jobs) {
      log(`upload ${job.data.uploadId}: importing (attempt ${job.retryCount + 1} of ${job.retryLimit + 1})`);
      try {
        const t = await runImportJob(db.prisma, job);
        log(`upload ${job.data.uploadId}: ${t.files} files, ${t.new} new, ${t.duplicate} duplicate, ${t.failed} failed`);
      } catch (err) {
        log(`upload ${job.data.uploadId}: attempt failed: ${(err as Error).message}`);
        throw err;
      }
    }
  });
  const send = bossSender(boss);
  // Several URLs at once (different hosts proceed in parallel; the pacer keeps each host to two).
  await boss.work(URL_QUEUE, { batchSize: 1, localConcurrency: 4, includeMetadata: true, pollingIntervalSeconds: 1 }, async (jobs: JobWithMetadata<UrlJobData>[]) => {
    for (const job of jobs) {
      const r = await runUrlJob(db.prisma, fetcher, job);
      log(`url ${r.url}: ${r.status}${r.reason ? ` (${r.reason})` : ''}`);
    }
  });
  await boss.work(FEED_QUEUE, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 2 }, async (jobs: JobWithMetadata<FeedJobData>[]) => {
    for (const job of jobs) {
      const r = await runFeedJob(db.prisma, fetcher, job, send);
      log(`feed ${job.data.feedId}: ${r.status}, ${r.itemCount} items, ${r.newCount} new${r.error ? ` (${r.error})` : ''}`);
    }
  });
  const queueDueFeeds = async () => {
    try {
      const due = await claimDueFeeds(db.prisma, fetcher.settings.feedPollHours);
      await send(FEED_QUEUE, due.map((feedId) => ({ feedId }) satisfies FeedJobData));
    } catch (err) {
      log(`feed schedule: ${(err as Error).message}`);
    }
  };
  await queueDueFeeds();
  feedTimer = setInterval(() => void queueDueFeeds(), 60_000);
  log(`waiting for uploads, URL lists and feed polls (feeds every ${fetcher.settings.feedPollHours} h; ${fetcher.userAgent})`);
}

main().catch((err) => {
  console.error(`stance-lens worker: ${(err as Error).message}`);
  process.exit(1);
});
