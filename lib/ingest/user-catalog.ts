// The events curators created in the app, compiled for matching (lib/analysis/user-events.ts).
// Loaded once per import run or recomputation, so a new user event applies to what comes next.
import type { Db } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ArticleAnalysis } from '@/lib/analysis';
import type { Catalog } from '@/lib/analysis/catalog';
import { matchUserEvents, userCatalog, userEventProblems, type StoredEvent } from '@/lib/analysis/user-events';

export async function storedUserEvents(db: Db | Prisma.TransactionClient, where?: { ids: number[] }): Promise<(StoredEvent & { id: number })[]> {
  const rows = await db.$queryRaw<(StoredEvent & { id: number })[]>`
    SELECT id, slug, name, period, description, cues,
           to_char(date_start, 'YYYY-MM-DD') AS "dateStart", to_char(date_end, 'YYYY-MM-DD') AS "dateEnd"
    FROM events WHERE origin = 'user' ORDER BY id`;
  return where ? rows.filter((r) => where.ids.includes(r.id)) : rows;
}

/** The stored user events a catalog is compiled from (what the import's worker thread is sent). */
export async function loadUserEventRows(db: Db | Prisma.TransactionClient): Promise<StoredEvent[]> {
  // A row made invalid outside the app is skipped rather than failing every import.
  return (await storedUserEvents(db)).filter((e) => userEventProblems(e) === null);
}

export async function loadUserCatalog(db: Db | Prisma.TransactionClient): Promise<Catalog | null> {
  return userCatalog(await loadUserEventRows(db));
}

/** The analysis with the user events' matches added to the catalog's. */
export function withUserEvents(
  analysis: ArticleAnalysis,
  catalog: Catalog | null,
  a: { title: string; body: string; publishedAt: string | null },
): ArticleAnalysis {
  const extra = matchUserEvents(catalog, a.title, a.body, a.publishedAt);
  return extra.length ? { ...analysis, events: [...analysis.events, ...extra] } : analysis;
}
