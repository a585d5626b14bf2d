// Browser uploads: the dashboard stores each file's bytes in Postgres (upload_files) and sends
// one pg-boss job per upload; the worker imports the files through the same importer as the
// CLI. A file's outcome is written inside its import transaction, so after a crash a file is
// either fully imported and marked so, or untouched and still queued; the retried job picks up
// the files not yet done.
import path from 'node:path';
import type { JobWithMetadata } from 'pg-boss';
import { prisma, type Db } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import { assertAdmin, type Actor } from '@/lib/auth/actor';
import { CurationError } from '@/lib/curation/errors';
import { importFiles, type ImportRunOptions } from '@/lib/ingest/import-files';
import type { FileResult } from '@/lib/parse/types';
import { refreshCandidates } from '@/lib/ingest/reanalyze';
import { enqueueImport, producerBoss, type ImportJobData } from './boss';

/** What /import accepts: the formats the importer parses. */
export const UPLOAD_EXTENSIONS = ['.txt', '.html', '.htm', '.csv', '.json', '.jsonl', '.ndjson', '.md'] as const;
export const UPLOAD_LIMITS = { files: 20, fileBytes: 20 * 1024 * 1024, totalBytes: 60 * 1024 * 1024 } as const;

export interface UploadInput {
  name: string;
  bytes: Uint8Array;
}

function checkFiles(files: UploadInput[]): UploadInput[] {
  if (files.length === 0) throw new CurationError('Choose at least one file.');
  if (files.length > UPLOAD_LIMITS.files) throw new CurationError(`At most ${UPLOAD_LIMITS.files} files per upload.`);
  let total = 0;
  return files.map((f) => {
    // Only the base name: it is shown and stored as the articles' source file.
    const name = path.basename(f.name.replace(/\\/g, '/')).trim().slice(0, 200);
    const ext = path.extname(name).toLowerCase();
    if (!name || !(UPLOAD_EXTENSIONS as readonly string[]).includes(ext)) {
      throw new CurationError(`${name || 'A file'}: not an importable file (${UPLOAD_EXTENSIONS.join(', ')}).`);
    }
    if (f.bytes.byteLength > UPLOAD_LIMITS.fileBytes) throw new CurationError(`${name}: larger than ${UPLOAD_LIMITS.fileBytes / 1024 / 1024} MB.`);
    total += f.bytes.byteLength;
    if (total > UPLOAD_LIMITS.totalBytes) throw new CurationError(`The upload is larger than ${UPLOAD_LIMITS.totalBytes / 1024 / 1024} MB.`);
    return { name, bytes: f.bytes };
  });
}

/** Stores the files and queues their import. `enqueue` sends the job (pg-boss in the app). */
export async function createUpload(
  db: Db,
  actor: Actor | null,
  files: UploadInput[],
  enqueue: (uploadId: number) => Promise<string | null>,
): Promise<{ uploadId: number; jobId: string | null }> {
  const admin = assertAdmin(actor);
  const checked = checkFiles(files);
  const upload = await db.upload.create({
    data: {
      createdBy: admin.user,
      files: {
        create: checked.map((f, position) => ({ position, name: f.name, size: f.bytes.byteLength, bytes: Buffer.from(f.bytes) })),
      },
    },
    select: { id: true },
  });
  try {
    const jobId = await enqueue(upload.id);
    await db.upload.update({ where: { id: upload.id }, data: { jobId } });
    return { uploadId: upload.id, jobId };
  } catch (err) {
    await db.upload.update({
      where: { id: upload.id },
      data: { status: 'failed', finishedAt: new Date(), error: `could not queue the import: ${(err as Error).message}` },
    });
    throw err;
  }
}

/** A curator's upload from /import: stored in the app's database, queued on its job queue. */
export function queueUpload(actor: Actor | null, files: UploadInput[]): Promise<{ uploadId: number; jobId: string | null }> {
  return createUpload(prisma(), actor, files, async (uploadId) => enqueueImport(await producerBoss(), uploadId));
}

export interface ProcessOptions {
  /** Fault injection for tests: runs inside each file's transaction, before it commits. */
  beforeCommit?: ImportRunOptions['beforeCommit'];
}

/** The worker's work for one upload. Throws when the attempt must be retried. */
export async function processUpload(db: Db, uploadId: number, opts: ProcessOptions = {}) {
  const upload = await db.upload.update({
    where: { id: uploadId },
    data: { status: 'running', attempts: { increment: 1 }, startedAt: new Date(), error: null },
    select: { id: true },
  });
  const pending = await db.uploadFile.findMany({
    where: { uploadId: upload.id, status: { in: ['queued', 'running'] } },
    orderBy: { position: 'asc' },
    select: { id: true, name: true, bytes: true },
  });
  const setFile = (tx: Db | Prisma.TransactionClient, id: number, r: FileResult) =>
    tx.uploadFile.update({
      where: { id },
      data: {
        status: r.status,
        parsed: r.parsed,
        newCount: r.new,
        duplicateCount: r.duplicate,
        reason: r.reason ?? null,
        warnings: r.warnings ?? [],
        bytes: null,
        finishedAt: new Date(),
      },
    });
  const markRunning = (i: number) =>
    pending[i] ? db.uploadFile.update({ where: { id: pending[i]!.id }, data: { status: 'running' } }) : Promise.resolve(null);

  await markRunning(0);
  const report = await importFiles(
    db,
    pending.map((f) => ({ name: f.name, bytes: f.bytes ?? new Uint8Array() })),
    {
      source: 'browser',
      beforeCommit: async (tx, info) => {
        await opts.beforeCommit?.(tx, info);
        await setFile(tx, pending[info.index]!.id, info.result);
      },
      onFileDone: async (result, index) => {
        // Imported files were marked inside their transaction; a failed file has none.
        if (result.status === 'failed') await setFile(db, pending[index]!.id, result);
        await markRunning(index + 1);
      },
    },
  );
  await db.upload.update({
    where: { id: upload.id },
    data: { status: 'done', finishedAt: new Date(), importBatchId: report.batchId },
  });
  // New articles may form clusters the event catalog does not cover yet.
  if (report.totals.new > 0) await refreshCandidates(db);
  return report;
}

/** pg-boss handler: one job, one upload. On the last attempt a failure is recorded on the upload. */
export async function runImportJob(db: Db, job: Pick<JobWithMetadata<ImportJobData>, 'data' | 'retryCount' | 'retryLimit'>, opts: ProcessOptions = {}) {
  try {
    const report = await processUpload(db, job.data.uploadId, opts);
    return report.totals;
  } catch (err) {
    const message = (err as Error).message;
    const last = job.retryCount >= job.retryLimit;
    await db
      .$transaction([
        db.upload.update({
          where: { id: job.data.uploadId },
          data: last ? { status: 'failed', finishedAt: new Date(), error: message } : { status: 'queued', error: `attempt failed, will retry: ${message}` },
        }),
        // No attempt is left for the files not done: say so rather than leave them "importing".
        ...(last
          ? [
              db.uploadFile.updateMany({
                where: { uploadId: job.data.uploadId, status: { in: ['queued', 'running'] } },
                data: { status: 'failed', reason: `not imported: the import job failed (${message})`, finishedAt: new Date() },
              }),
            ]
          : []),
      ])
      .catch(() => {});
    throw err;
  }
}
