// The imports whose articles are in the corpus, for /import's removal list (curators only).
import { prisma, type Db } from '@/lib/db/prisma';

export interface ImportInCorpus {
  id: number;
  source: string;
  startedAt: string;
  /** Who uploaded it, for browser uploads. */
  uploadedBy: string | null;
  files: string[];
  /** Its articles still in the corpus. */
  articles: number;
  /** Of those, articles a curator has edited (their edits go with them). */
  edited: number;
}

export async function importsInCorpus(limit = 50, db: Db = prisma()): Promise<ImportInCorpus[]> {
  // Newest imports first, each counted on the articles' import index until `limit` still hold
  // articles; the curators' edits are few, so they are read from the trail in one pass.
  return db.$queryRaw<ImportInCorpus[]>`
    WITH e AS (SELECT a.import_batch_id AS id, count(DISTINCT a.id)::int AS edited
               FROM audit_log l JOIN articles a ON a.id = l.entity_id WHERE l.entity_type = 'article' GROUP BY a.import_batch_id)
    SELECT b.id, b.source, to_char(b.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "startedAt",
           (SELECT u.created_by FROM uploads u WHERE u.import_batch_id = b.id ORDER BY u.id DESC LIMIT 1) AS "uploadedBy",
           b.files, n.articles, coalesce(e.edited, 0) AS edited
    FROM import_batches b
    CROSS JOIN LATERAL (SELECT count(*)::int AS articles FROM articles a WHERE a.import_batch_id = b.id) n
    LEFT JOIN e ON e.id = b.id
    WHERE n.articles > 0
    ORDER BY b.id DESC LIMIT ${limit}`;
}

export interface RemovedImportNotice {
  id: number;
  label: string;
  actor: string;
  at: string;
  articles: number;
  reason: string | null;
}

/** The latest removal of an import, from the trail: what /import confirms after the form redirects. */
export async function removedImport(batchId: number, db: Db = prisma()): Promise<RemovedImportNotice | null> {
  const rows = await db.$queryRaw<RemovedImportNotice[]>`
    SELECT entity_id AS id, entity_label AS label, actor, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS at,
           coalesce((before->>'articles')::int, 0) AS articles, reason
    FROM audit_log WHERE entity_type = 'import' AND entity_id = ${batchId} AND action = 'remove-import'
    ORDER BY at DESC, id DESC LIMIT 1`;
  return rows[0] ?? null;
}
