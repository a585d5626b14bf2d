// Browser uploads and their files' progress, for /import (never the bytes).
import { prisma, type Db } from '@/lib/db/prisma';

export interface UploadFileStatus {
  id: number;
  name: string;
  size: number;
  status: 'queued' | 'running' | 'imported' | 'failed';
  parsed: number;
  newCount: number;
  duplicateCount: number;
  reason: string | null;
  warnings: string[];
}

export interface UploadStatus {
  id: number;
  createdBy: string;
  createdAt: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  attempts: number;
  error: string | null;
  finishedAt: string | null;
  /** When a curator has since removed the import this upload made: its articles are gone. */
  removed: { by: string; at: string } | null;
  files: UploadFileStatus[];
}

export async function recentUploads(limit = 10, db: Db = prisma()): Promise<UploadStatus[]> {
  const uploads = await db.upload.findMany({
    orderBy: { id: 'desc' },
    take: limit,
    select: {
      id: true,
      createdBy: true,
      createdAt: true,
      status: true,
      attempts: true,
      error: true,
      finishedAt: true,
      importBatchId: true,
      files: {
        orderBy: { position: 'asc' },
        select: { id: true, name: true, size: true, status: true, parsed: true, newCount: true, duplicateCount: true, reason: true, warnings: true },
      },
    },
  });
  const batches = uploads.flatMap((u) => (u.importBatchId === null ? [] : [u.importBatchId]));
  const removals = batches.length
    ? await db.auditLog.findMany({
        where: { entityType: 'import', action: 'remove-import', entityId: { in: batches } },
        orderBy: { at: 'asc' },
        select: { entityId: true, actor: true, at: true },
      })
    : [];
  const removedBy = new Map(removals.map((r) => [r.entityId, { by: r.actor, at: r.at.toISOString() }]));
  return uploads.map(({ importBatchId, ...u }) => ({
    ...u,
    status: u.status as UploadStatus['status'],
    createdAt: u.createdAt.toISOString(),
    finishedAt: u.finishedAt?.toISOString() ?? null,
    removed: (importBatchId !== null && removedBy.get(importBatchId)) || null,
    files: u.files.map((f) => ({ ...f, status: f.status as UploadFileStatus['status'] })),
  }));
}

export function uploadsInProgress(uploads: UploadStatus[]): boolean {
  return uploads.some((u) => u.status === 'queued' || u.status === 'running');
}
