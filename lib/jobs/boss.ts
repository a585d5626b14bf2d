// pg-boss: the job queue lives in the same Postgres (schema "pgboss", created by pg-boss itself
// under its own advisory lock). The dashboard only sends jobs; the worker process
// (scripts/worker.ts) runs them and does pg-boss's maintenance (expiring jobs of a worker that
// died, so they are retried). A database whose queue pg-boss 10 created is carried over first
// (upgrade-v10.ts, docs/adr/0004-pg-boss-12.md).
import { PgBoss } from 'pg-boss';
import { startWithV10Upgrade } from './upgrade-v10';

export const IMPORT_QUEUE = 'import-upload';
/** One job per URL of a list (lib/jobs/web.ts). */
export const URL_QUEUE = 'import-url';
/** One job per due feed poll (lib/jobs/web.ts). */
export const FEED_QUEUE = 'poll-feed';

export interface ImportJobData {
  uploadId: number;
}

export interface ImportQueueOptions {
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
  expireInSeconds: number;
  heartbeatSeconds: number;
}

export const IMPORT_QUEUE_OPTIONS: ImportQueueOptions = {
  /** Attempts after the first: a crash or a lost connection is retried, up to three times. */
  retryLimit: 3,
  retryDelay: 5,
  retryBackoff: true,
  /** A job still active after this long is taken to be stuck, and retried. */
  expireInSeconds: 15 * 60,
  /**
   * A working worker refreshes its job's heartbeat (pg-boss does it while the handler runs); a
   * job whose worker was killed or lost its machine misses it and is retried after this long
   * (found by the next worker's supervision, every WORKER_SUPERVISE_SECONDS).
   */
  heartbeatSeconds: 30,
};

/** How often the worker looks for jobs of dead workers (and does pg-boss's other upkeep). */
export const WORKER_SUPERVISE_SECONDS = 15;

export type BossRole = 'producer' | 'worker';

export interface StartBossOptions {
  /** Overrides the queue's retry settings when the queue is first created (tests). */
  queue?: Partial<ImportQueueOptions>;
  log?: (line: string) => void;
}

/** Starts pg-boss on `url` (after carrying a pg-boss 10 queue over, once) and creates the import queue. */
export async function startBoss(url: string, role: BossRole, opts: StartBossOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: role === 'worker' ? 4 : 2,
    application_name: `stance-lens-${role}`,
    instanceName: `stance-lens-${role}`,
    supervise: role === 'worker',
    superviseIntervalSeconds: WORKER_SUPERVISE_SECONDS,
    schedule: false,
    migrate: true,
  });
  boss.on('error', (err: Error) => console.error(`stance-lens: job queue (${role}): ${err.message}`));
  const log = opts.log ?? ((line: string) => console.log(`stance-lens: ${line}`));
  await startWithV10Upgrade(url, boss, IMPORT_QUEUE, log, async () => {
    await boss.start();
    await boss.createQueue(IMPORT_QUEUE, { ...IMPORT_QUEUE_OPTIONS, ...opts.queue });
    // A URL's fetch already retries 429/5xx itself; the job retries what is left (a lost
    // connection, a dead worker). Retries, pacing and Retry-After waits fit in the expiry.
    await boss.createQueue(URL_QUEUE, { ...IMPORT_QUEUE_OPTIONS, retryLimit: 2, ...opts.queue, expireInSeconds: 30 * 60 });
    await boss.createQueue(FEED_QUEUE, { ...IMPORT_QUEUE_OPTIONS, retryLimit: 1, ...opts.queue, expireInSeconds: 10 * 60 });
    // Queues created before heartbeats were used get them (createQueue leaves an existing queue as it is).
    const heartbeatSeconds = opts.queue?.heartbeatSeconds ?? IMPORT_QUEUE_OPTIONS.heartbeatSeconds;
    for (const name of [IMPORT_QUEUE, URL_QUEUE, FEED_QUEUE]) {
      const queue = await boss.getQueue(name);
      if (queue && !queue.heartbeatSeconds) await boss.updateQueue(name, { heartbeatSeconds });
    }
  });
  return boss;
}

const globalForBoss = globalThis as unknown as { __stanceLensBoss?: Promise<PgBoss> };

/** The dashboard's one producer per process (DATABASE_URL). */
export function producerBoss(): Promise<PgBoss> {
  const url = process.env.DATABASE_URL;
  if (!url) return Promise.reject(new Error('DATABASE_URL is not set'));
  if (!globalForBoss.__stanceLensBoss) {
    globalForBoss.__stanceLensBoss = startBoss(url, 'producer').catch((err) => {
      delete globalForBoss.__stanceLensBoss;
      throw err;
    });
  }
  return globalForBoss.__stanceLensBoss;
}

/** Retries, delay and expiry come from the queue (createQueue above). */
export async function enqueueImport(boss: PgBoss, uploadId: number): Promise<string | null> {
  return boss.send(IMPORT_QUEUE, { uploadId } satisfies ImportJobData);
}

/** Stops this process's producer, if one started (tests; Next simply exits). */
export async function stopProducerBoss(): Promise<void> {
  const boss = globalForBoss.__stanceLensBoss;
  delete globalForBoss.__stanceLensBoss;
  if (boss) await (await boss.catch(() => null))?.stop({ graceful: false });
}
