// Removing an import: every article a batch brought in goes, with its analysis, links, quotes
// and curators' edits, in one transaction with its audit row. For the class that imported the
// wrong folder, or a trial corpus that should not stay. Deletion runs children first in one
// statement per table (stance_lens_delete_articles), so the summary triggers see the whole
// batch at once and the summaries stay exact.
import { z } from 'zod';
import type { Db } from '@/lib/db/prisma';
import type { Actor } from '@/lib/auth/actor';
import { reanalyzeArticles } from '@/lib/ingest/reanalyze';
import { repoint } from '@/lib/ingest/reprints';
import { recordAudit } from './audit';
import { CurationError } from './errors';
import { curate, Id, RequiredReason, type Tx } from './input';

export const RemoveImportInput = z.object({
  id: Id,
  /** The number of articles the curator was shown, so a batch that grew meanwhile is not removed unseen. */
  expected: z.coerce.number().int().nonnegative(),
  reason: RequiredReason,
});

export interface RemovedImport {
  batchId: number;
  removed: number;
  /** Copies elsewhere whose original went: the earliest of each cluster now stands as the original. */
  clustersTakenOver: number;
  /** Articles elsewhere that quoted a removed text: analysed again, their whole text their own. */
  reanalysed: number;
}

export async function removeImport(db: Db, actor: Actor | null, input: unknown): Promise<RemovedImport> {
  return curate(db, actor, RemoveImportInput, input, async (tx, f, admin) => {
    const batch = await tx.importBatch.findUnique({ where: { id: f.id }, select: { id: true, source: true, startedAt: true, files: true } });
    if (!batch) throw new CurationError('No such import.', 404);
    // Locks the batch's articles: an edit or a second removal waits for this one.
    const ids = (await tx.$queryRaw<{ id: number }[]>`SELECT id FROM articles WHERE import_batch_id = ${f.id} ORDER BY id FOR UPDATE`).map((r) => r.id);
    if (ids.length === 0) throw new CurationError('None of this import’s articles is left in the corpus.');
    if (ids.length !== f.expected) {
      throw new CurationError(`This import now holds ${ids.length} articles, not the ${f.expected} shown: reload the page and check before removing it.`);
    }
    const clustersTakenOver = await handOverClusters(tx, ids);
    const quoting = (
      await tx.$queryRaw<{ id: number }[]>`
        SELECT DISTINCT article_id AS id FROM article_quotes WHERE quoted_id = ANY(${ids}::int4[]) AND NOT article_id = ANY(${ids}::int4[])`
    ).map((r) => r.id);
    const [{ removed }] = await tx.$queryRaw<[{ removed: number }]>`SELECT stance_lens_delete_articles(${ids}::int4[]) AS removed`;
    await reanalyzeArticles(tx, quoting);
    await recordAudit(tx, admin, {
      entityType: 'import',
      entityId: batch.id,
      entityLabel: importLabel(batch),
      action: 'remove-import',
      before: { articles: removed, files: batch.files },
      after: { articles: 0, ...(clustersTakenOver ? { clustersTakenOver } : {}), ...(quoting.length ? { reanalysed: quoting } : {}) },
      reason: f.reason,
    });
    return { batchId: batch.id, removed, clustersTakenOver, reanalysed: quoting.length };
  });
}

function importLabel(b: { id: number; source: string; startedAt: Date }): string {
  return `Import #${b.id} (${b.source}, ${b.startedAt.toISOString().slice(0, 10)})`;
}

/**
 * A removed original whose copies came with other imports: its earliest surviving copy (by date,
 * then by id: the order detection reads) becomes the original and the others follow it, as when
 * an earlier copy arrives (repoint: quotes of the removed text then name the copy). Without this
 * each copy would count on its own.
 */
async function handOverClusters(tx: Tx, ids: number[]): Promise<number> {
  const clusters = await tx.$queryRaw<{ root: number; first: number }[]>`
    SELECT reprint_of_id AS root, (array_agg(id ORDER BY published_at NULLS LAST, id))[1] AS first
    FROM articles WHERE reprint_of_id = ANY(${ids}::int4[]) AND NOT id = ANY(${ids}::int4[])
    GROUP BY reprint_of_id`;
  for (const { root, first } of clusters) {
    // A curator's "reprint of that one" named the article that goes: detection decides again.
    await tx.$executeRaw`UPDATE articles SET reprint_decision = NULL WHERE id = ${first} AND reprint_decision = 'reprint'`;
    await repoint(tx, root, first);
  }
  return clusters.length;
}
