// Browser uploads through the real queue: pg-boss in the test database, the worker's own
// handler (runImportJob, as scripts/worker.ts registers it). Two files, one broken, give one
// imported and one failed with its reason; a crash inside a file's transaction leaves none of
// that file's rows, and pg-boss's retry imports it without importing the others twice.
import type { JobWithMetadata, PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { enqueueImport, IMPORT_QUEUE, startBoss, type ImportJobData } from '@/lib/jobs/boss';
import { createUpload, runImportJob, type ProcessOptions } from '@/lib/jobs/uploads';
import { recentUploads } from '@/lib/queries/uploads';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { text } from '../helpers/curation';

let db: TestDatabase;
let boss: PgBoss;
const admin: Actor = { user: 'admin' };
// The test decides per attempt whether the worker "crashes".
let faults: ProcessOptions['beforeCommit'] | undefined;
const attempts: { uploadId: number; retryCount: number }[] = [];

beforeAll(async () => {
  db = await freshDatabase();
  boss = await startBoss(db.url, 'worker', { queue: { retryDelay: 0, retryBackoff: false, retryLimit: 2 } });
  await boss.work(IMPORT_QUEUE, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 0.5 }, async (jobs: JobWithMetadata<ImportJobData>[]) => {
    for (const job of jobs) {
      attempts.push({ uploadId: job.data.uploadId, retryCount: job.retryCount });
      await runImportJob(db.prisma, job, { beforeCommit: faults });
    }
  });
});
afterAll(async () => {
  await boss?.stop({ graceful: false });
  await db?.drop();
});

async function settled(uploadId: number, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const u = await db.prisma.upload.findUniqueOrThrow({ where: { id: uploadId }, include: { files: { orderBy: { position: 'asc' } } } });
    if (u.status === 'done' || u.status === 'failed') return u;
    if (Date.now() > deadline) throw new Error(`upload ${uploadId} still ${u.status}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const good = (n: number) =>
  text(`good-${n}.txt`, `Reuters | By Test Reporter | March ${n}, 2022\n\nItem ${n}: a court in Stockholm heard testimony about the 1988 executions of political prisoners in Iran.\n`);

describe('the upload worker', () => {
  it('imports a good file and reports a broken one with its reason', async () => {
    const broken = text('broken.json', '[{"title": "unterminated');
    const { uploadId, jobId } = await createUpload(db.prisma, admin, [good(1), broken], (id) => enqueueImport(boss, id));
    expect(jobId).toBeTruthy();
    const u = await settled(uploadId);
    expect(u).toMatchObject({ status: 'done', attempts: 1, error: null });
    expect(u.files.map((f) => [f.name, f.status, f.newCount])).toEqual([
      ['good-1.txt', 'imported', 1],
      ['broken.json', 'failed', 0],
    ]);
    expect(u.files[1]!.reason).toMatch(/json/i);
    expect(u.files.every((f) => f.bytes === null && f.finishedAt !== null)).toBe(true);
    expect(await db.prisma.article.count({ where: { sourceFile: 'good-1.txt' } })).toBe(1);
    const batch = await db.prisma.importBatch.findUniqueOrThrow({ where: { id: u.importBatchId! } });
    expect(batch).toMatchObject({ source: 'browser', newCount: 1, failedCount: 1 });
    const [status] = await recentUploads(1, db.prisma);
    expect(status!.files.map((f) => f.status)).toEqual(['imported', 'failed']);
  });

  it('a crash inside a file’s transaction leaves none of its rows, and the retry finishes the upload', async () => {
    let crashed = false;
    faults = async (_tx, info) => {
      // The first attempt dies while writing the second file, after the first committed.
      if (!crashed && info.index === 1) {
        crashed = true;
        const rows = await _tx.article.count({ where: { sourceFile: 'good-3.txt' } });
        expect(rows).toBe(1);
        throw new Error('simulated worker crash');
      }
    };
    const { uploadId } = await createUpload(db.prisma, admin, [good(2), good(3)], (id) => enqueueImport(boss, id));
    const u = await settled(uploadId);
    expect(crashed).toBe(true);
    faults = undefined;
    expect(u).toMatchObject({ status: 'done', attempts: 2 });
    expect(attempts.filter((a) => a.uploadId === uploadId).map((a) => a.retryCount)).toEqual([0, 1]);
    expect(u.files.map((f) => [f.name, f.status, f.newCount])).toEqual([
      ['good-2.txt', 'imported', 1],
      ['good-3.txt', 'imported', 1],
    ]);
    expect(await db.prisma.article.count({ where: { sourceFile: 'good-2.txt' } })).toBe(1);
    expect(await db.prisma.article.count({ where: { sourceFile: 'good-3.txt' } })).toBe(1);
    // The crashed attempt kept the file it had committed and nothing of the one it was writing.
    const batches = await db.prisma.importBatch.findMany({ where: { source: 'browser' }, orderBy: { id: 'asc' } });
    const [crashedBatch, retryBatch] = batches.slice(-2);
    expect(crashedBatch).toMatchObject({ finishedAt: null, files: ['good-2.txt', 'good-3.txt'] });
    expect(await db.prisma.article.count({ where: { importBatchId: crashedBatch!.id } })).toBe(1);
    expect(await db.prisma.article.count({ where: { importBatchId: crashedBatch!.id, sourceFile: 'good-3.txt' } })).toBe(0);
    expect(retryBatch).toMatchObject({ files: ['good-3.txt'], newCount: 1 });
  });

  it('records the failure on the upload once the retries are spent', async () => {
    faults = async () => {
      throw new Error('disk on fire');
    };
    const { uploadId } = await createUpload(db.prisma, admin, [good(4)], (id) => enqueueImport(boss, id));
    const u = await settled(uploadId);
    faults = undefined;
    expect(u).toMatchObject({ status: 'failed', attempts: 3, error: 'disk on fire' });
    expect(u.files[0]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/disk on fire/) });
    expect(await db.prisma.article.count({ where: { sourceFile: 'good-4.txt' } })).toBe(0);
  });
});
