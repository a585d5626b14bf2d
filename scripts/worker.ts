// `npm run worker` (and the second child of `npm start`): runs the browser-upload import jobs
// from the pg-boss queue in Postgres. Uses DATABASE_URL when set, otherwise the embedded
// database. SIGINT/SIGTERM stop taking jobs, let the current one finish (up to 20 s; after that
// it is failed and pg-boss retries it later), then disconnect.
import type { JobWithMetadata, PgBoss } from 'pg-boss';
import { IMPORT_QUEUE, startBoss, type ImportJobData } from '@/lib/jobs/boss';
import { runImportJob } from '@/lib/jobs/uploads';
import { prepareDatabase } from '@/lib/server/prepare-database';
import { onStopSignal } from '@/lib/db/embedded-exit-hooks';

const log = (line: string) => console.log(`stance-lens worker: ${line}`);

async function main() {
  const db = await prepareDatabase(log);
  let boss: PgBoss | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
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
  log('waiting for uploads');
}

main().catch((err) => {
  console.error(`stance-lens worker: ${(err as Error).message}`);
  process.exit(1);
});
