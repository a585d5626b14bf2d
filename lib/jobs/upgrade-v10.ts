// Carries a job queue created by pg-boss 10 over to pg-boss 12 (docs/adr/0004-pg-boss-12.md).
// pg-boss 10 leaves its schema at version 24; pg-boss 11 rewrote the schema (version 25) and
// neither 11 nor 12 migrates from 24, so this module does it, once, at start-up:
//   1. under an advisory lock, rename pg-boss 10's schema `pgboss` to `pgboss_v10`;
//   2. let pg-boss 12 create its own schema in `pgboss` and the queue (the caller's `start`);
//   3. in ONE transaction, send every pending job of the queue (created, retry, active) again
//      through pg-boss 12's own `send`, on that transaction's connection, with its id, data,
//      priority, start time, singleton key, retry settings and expiry, and the attempts it has
//      left; then drop `pgboss_v10`.
// A crash anywhere leaves either the renamed schema (step 3 runs again on the next start) or
// the finished result; step 3 commits its inserts and the drop together, so no job is moved
// twice or lost. Processes starting together wait on the lock; afterwards the check is two
// catalog lookups.
import type { PgBoss, Db as BossDb } from 'pg-boss';
import pg from 'pg';

export const BOSS_SCHEMA = 'pgboss';
export const V10_SCHEMA = 'pgboss_v10';
/** The schema version pg-boss 11 introduced; 12 migrates from it onwards. pg-boss 10.x is at 24. */
export const FIRST_SUPPORTED_SCHEMA_VERSION = 25;
const LOCK = `hashtextextended('stance-lens: pg-boss 10 upgrade', 0)`;

interface QueueState {
  /** pg-boss's schema version in `pgboss`, or null when there is none. */
  version: number | null;
  /** A renamed pg-boss 10 schema still waiting for its jobs to be moved. */
  leftover: boolean;
}

async function inspect(client: pg.Client): Promise<QueueState> {
  const { rows } = await client.query<{ installed: boolean; leftover: boolean }>(
    `SELECT to_regclass($1) IS NOT NULL AS installed, to_regclass($2) IS NOT NULL AS leftover`,
    [`${BOSS_SCHEMA}.version`, `${V10_SCHEMA}.job`],
  );
  const { installed, leftover } = rows[0]!;
  if (!installed) return { version: null, leftover };
  const v = await client.query<{ version: number }>(`SELECT version FROM ${BOSS_SCHEMA}.version`);
  return { version: v.rows[0] ? Number(v.rows[0].version) : null, leftover };
}

const needsUpgrade = (s: QueueState) => s.leftover || (s.version !== null && s.version < FIRST_SUPPORTED_SCHEMA_VERSION);

interface V10Job {
  id: string;
  data: object | null;
  priority: number;
  state: 'created' | 'retry' | 'active';
  retry_limit: number;
  retry_count: number;
  retry_delay: number;
  retry_backoff: boolean;
  start_after: Date;
  started_on: Date | null;
  singleton_key: string | null;
  expire_in_seconds: number;
}

/**
 * Attempts a pg-boss 10 job has left, as a pg-boss 12 retry limit. pg-boss 10 counts a retry
 * when a job that was started before is fetched again, so a started job (retry: failed; active:
 * its worker is gone or was stopped for the upgrade) has used retry_count + 1 attempts. A job
 * whose last attempt was cut off still gets one.
 */
export function remainingRetryLimit(job: Pick<V10Job, 'retry_limit' | 'retry_count' | 'started_on'>): number {
  const used = job.retry_count + (job.started_on ? 1 : 0);
  return Math.max(0, job.retry_limit - used);
}

async function moveJobs(client: pg.Client, boss: PgBoss, queue: string, log: (line: string) => void): Promise<void> {
  // pg-boss 12 runs `send` on whatever executes its SQL: here, this transaction's connection.
  const db: BossDb = { executeSql: (text, values) => client.query(text, values) };
  await client.query('BEGIN');
  try {
    const { rows: jobs } = await client.query<V10Job>(
      `SELECT id, data, priority, state, retry_limit, retry_count, retry_delay, retry_backoff, start_after, started_on,
              singleton_key, greatest(1, extract(epoch FROM expire_in))::int AS expire_in_seconds
         FROM ${V10_SCHEMA}.job
        WHERE name = $1 AND state IN ('created', 'retry', 'active')
        ORDER BY created_on, id`,
      [queue],
    );
    for (const job of jobs) {
      await boss.send(queue, job.data, {
        id: job.id,
        priority: job.priority,
        // A retry keeps its back-off; an interrupted active job may run again at once.
        startAfter: job.state === 'active' ? undefined : job.start_after,
        singletonKey: job.singleton_key ?? undefined,
        retryLimit: remainingRetryLimit(job),
        retryDelay: job.retry_delay,
        retryBackoff: job.retry_backoff,
        expireInSeconds: job.expire_in_seconds,
        db,
      });
    }
    const { rows: others } = await client.query<{ name: string; n: number }>(
      `SELECT name, count(*)::int AS n FROM ${V10_SCHEMA}.job
        WHERE name <> $1 AND name NOT LIKE '\\_\\_pgboss%' AND state IN ('created', 'retry', 'active') GROUP BY name`,
      [queue],
    );
    await client.query(`DROP SCHEMA ${V10_SCHEMA} CASCADE`);
    await client.query('COMMIT');
    log(`job queue: moved ${jobs.length} pending job(s) of "${queue}" from pg-boss 10 to pg-boss 12; dropped ${V10_SCHEMA}`);
    for (const o of others) log(`job queue: ${o.n} pending job(s) of queue "${o.name}", unknown to stance-lens, were not carried over`);
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  }
}

/**
 * Runs `start` (pg-boss 12's start and queue creation), carrying a pg-boss 10 queue over
 * around it when the database has one.
 */
export async function startWithV10Upgrade(
  url: string,
  boss: PgBoss,
  queue: string,
  log: (line: string) => void,
  start: () => Promise<void>,
): Promise<void> {
  const client = new pg.Client({ connectionString: url, application_name: 'stance-lens-queue-upgrade' });
  await client.connect();
  let started = false;
  try {
    if (needsUpgrade(await inspect(client))) {
      await client.query(`SELECT pg_advisory_lock(${LOCK})`);
      try {
        // Another process may have finished (or begun) the upgrade while this one waited.
        const state = await inspect(client);
        if (state.version !== null && state.version < FIRST_SUPPORTED_SCHEMA_VERSION) {
          if (state.leftover) {
            throw new Error(
              `the database has a pg-boss schema "${BOSS_SCHEMA}" at version ${state.version} and a "${V10_SCHEMA}" schema not yet carried over; ` +
                `was an older stance-lens started after the upgrade began? Move or drop one of them by hand.`,
            );
          }
          await client.query(`ALTER SCHEMA ${BOSS_SCHEMA} RENAME TO ${V10_SCHEMA}`);
          log(`job queue: pg-boss 10's schema (version ${state.version}) renamed to ${V10_SCHEMA}; pg-boss 12 creates its own`);
        }
        await start();
        started = true;
        if ((await inspect(client)).leftover) await moveJobs(client, boss, queue, log);
      } finally {
        await client.query(`SELECT pg_advisory_unlock(${LOCK})`).catch(() => {});
      }
    }
  } finally {
    await client.end().catch(() => {});
  }
  if (!started) await start();
}
