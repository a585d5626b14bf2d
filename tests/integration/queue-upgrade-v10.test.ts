// A database whose queue pg-boss 10 created keeps its jobs under pg-boss 12 (lib/jobs/upgrade-v10.ts).
// pg-boss 10 itself (the `pg-boss-v10` alias, used by this test only) builds the old queue in a
// throw-away database and leaves jobs in every pending state the way a running app would: one
// waiting, one that failed once and waits for its retry, one taken by a worker that then died,
// and one done. Starting the app's queue then moves the pending ones, and the worker imports
// their uploads; the finished one is not run again.
import { PgBoss as PgBoss12, type JobWithMetadata } from 'pg-boss';
import PgBossV10 from 'pg-boss-v10';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { IMPORT_QUEUE, startBoss, type ImportJobData } from '@/lib/jobs/boss';
import { createUpload, runImportJob } from '@/lib/jobs/uploads';
import { V10_SCHEMA } from '@/lib/jobs/upgrade-v10';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { text } from '../helpers/curation';

const admin: Actor = { user: 'admin' };
const V10_QUEUE = { retryLimit: 3, retryDelay: 0, retryBackoff: false, expireInSeconds: 600 };
const dbs: TestDatabase[] = [];
const bosses: PgBoss12[] = [];

afterAll(async () => {
  for (const b of bosses) await b.stop({ graceful: false }).catch(() => {});
  for (const d of dbs) await d.drop();
});

const article = (n: number) =>
  text(`v10-${n}.txt`, `Reuters | By Test Reporter | April ${n}, 2021\n\nItem ${n}: a court in Stockholm heard testimony about the 1988 executions of political prisoners in Iran.\n`);

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function startV10(url: string): Promise<PgBossV10> {
  const boss = new PgBossV10({ connectionString: url, schedule: false, supervise: false, max: 2 });
  await boss.start();
  await boss.createQueue(IMPORT_QUEUE, { name: IMPORT_QUEUE, ...V10_QUEUE });
  return boss;
}

async function v10Fetch(boss: PgBossV10): Promise<PgBossV10.JobWithMetadata<ImportJobData>> {
  const [job] = await boss.fetch<ImportJobData>(IMPORT_QUEUE, { includeMetadata: true });
  if (!job) throw new Error('pg-boss 10 handed out no job');
  return job;
}

async function settled(db: TestDatabase, uploadId: number, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const u = await db.prisma.upload.findUniqueOrThrow({ where: { id: uploadId }, include: { files: true } });
    if (u.status === 'done' || u.status === 'failed') return u;
    if (Date.now() > deadline) throw new Error(`upload ${uploadId} still ${u.status}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('upgrading the job queue from pg-boss 10', () => {
  it('moves every pending job, with its id, data and the attempts it has left, and the worker runs them', async () => {
    const db = await freshDatabase();
    dbs.push(db);
    const v10 = await startV10(db.url);
    const enqueue = (id: number) => v10.send(IMPORT_QUEUE, { uploadId: id } satisfies ImportJobData);

    // Done under pg-boss 10: imported and completed.
    const done = await createUpload(db.prisma, admin, [article(1)], enqueue);
    const doneJob = await v10Fetch(v10);
    await runImportJob(db.prisma, doneJob);
    await v10.complete(IMPORT_QUEUE, doneJob.id);
    // Taken by a worker that died: active.
    const active = await createUpload(db.prisma, admin, [article(2)], enqueue);
    expect((await v10Fetch(v10)).id).toBe(active.jobId);
    // Failed once (the worker's own handler recorded it), waiting for its retry.
    const retry = await createUpload(db.prisma, admin, [article(3)], enqueue);
    const retryJob = await v10Fetch(v10);
    await expect(
      runImportJob(db.prisma, retryJob, {
        beforeCommit: async () => {
          throw new Error('lost the connection');
        },
      }),
    ).rejects.toThrow('lost the connection');
    await v10.fail(IMPORT_QUEUE, retryJob.id, { message: 'lost the connection' });
    // Never started.
    const waiting = await createUpload(db.prisma, admin, [article(4), article(5)], enqueue);
    await v10.stop({ graceful: false, wait: true });

    const before = await sql<{ id: string; state: string; retry_count: number }>(
      db.url,
      `SELECT id, state::text, retry_count FROM pgboss.job WHERE name = $1 ORDER BY created_on`,
      [IMPORT_QUEUE],
    );
    expect(before.map((j) => [j.id, j.state])).toEqual([
      [done.jobId, 'completed'],
      [active.jobId, 'active'],
      [retry.jobId, 'retry'],
      [waiting.jobId, 'created'],
    ]);
    expect((await sql<{ version: number }>(db.url, 'SELECT version FROM pgboss.version'))[0]!.version).toBe(24);

    const lines: string[] = [];
    const boss = await startBoss(db.url, 'worker', { log: (l) => lines.push(l) });
    bosses.push(boss);
    expect(lines.join('\n')).toMatch(/moved 3 pending job\(s\) of "import-upload" from pg-boss 10 to pg-boss 12/);
    expect(await boss.schemaVersion()).toBeGreaterThanOrEqual(25);
    expect(await sql(db.url, `SELECT 1 FROM pg_namespace WHERE nspname = $1`, [V10_SCHEMA])).toEqual([]);

    const moved = async (id: string | null) => (await boss.findJobs<ImportJobData>(IMPORT_QUEUE, { id: id! }))[0];
    // Same ids (uploads.job_id still names them), same data; the attempts already used are spent.
    expect(await moved(waiting.jobId)).toMatchObject({ state: 'created', data: { uploadId: waiting.uploadId }, retryLimit: 3, retryDelay: 0, retryBackoff: false, expireInSeconds: 600 });
    expect(await moved(retry.jobId)).toMatchObject({ state: 'created', data: { uploadId: retry.uploadId }, retryLimit: 2 });
    expect(await moved(active.jobId)).toMatchObject({ state: 'created', data: { uploadId: active.uploadId }, retryLimit: 2 });
    expect(await moved(done.jobId)).toBeUndefined();

    await boss.work(IMPORT_QUEUE, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 0.5 }, async (jobs: JobWithMetadata<ImportJobData>[]) => {
      for (const job of jobs) await runImportJob(db.prisma, job);
    });
    for (const { uploadId } of [waiting, retry, active]) expect(await settled(db, uploadId)).toMatchObject({ status: 'done', error: null });
    expect(await db.prisma.upload.findUniqueOrThrow({ where: { id: retry.uploadId } })).toMatchObject({ attempts: 2 });
    expect(await db.prisma.upload.findUniqueOrThrow({ where: { id: done.uploadId } })).toMatchObject({ status: 'done', attempts: 1 });
    for (const n of [1, 2, 3, 4, 5]) expect(await db.prisma.article.count({ where: { sourceFile: `v10-${n}.txt` } })).toBe(1);

    // Starting again finds nothing to move.
    const again: string[] = [];
    bosses.push(await startBoss(db.url, 'producer', { log: (l) => again.push(l) }));
    expect(again).toEqual([]);
  });

  it('finishes an upgrade cut off after the rename, once, when two processes start together', async () => {
    const db = await freshDatabase();
    dbs.push(db);
    const v10 = await startV10(db.url);
    const upload = await createUpload(db.prisma, admin, [article(6)], (id) => v10.send(IMPORT_QUEUE, { uploadId: id }));
    await v10.stop({ graceful: false, wait: true });
    // As if the process died right after step 1.
    await sql(db.url, `ALTER SCHEMA pgboss RENAME TO ${V10_SCHEMA}`);

    const lines: string[] = [];
    const log = (l: string) => lines.push(l);
    const started = await Promise.all([startBoss(db.url, 'worker', { log }), startBoss(db.url, 'producer', { log })]);
    bosses.push(...started);
    expect(lines.filter((l) => l.includes('moved'))).toEqual([
      `job queue: moved 1 pending job(s) of "import-upload" from pg-boss 10 to pg-boss 12; dropped ${V10_SCHEMA}`,
    ]);
    const jobs = await sql<{ id: string }>(db.url, `SELECT id FROM pgboss.job WHERE name = $1`, [IMPORT_QUEUE]);
    expect(jobs.map((j) => j.id)).toEqual([upload.jobId]);
  });
});
