// The data version the render cache keys pages on: data_versions' 'corpus' row, bumped in the
// writing transaction by a trigger on every table the cached pages read (migrations
// add_summaries and add_render_versions). It becomes visible exactly when the change does, so a
// page rendered after reading version v shows data at least as new as v.
import { visitorPrisma, type Db } from '@/lib/db/prisma';

/**
 * The 'corpus' version where a visitor's page reads: on the standby with DATABASE_REPLICA_URL
 * (its row follows what it replayed, so a page rendered there after reading version v shows at
 * least v), else on the primary.
 */
export async function corpusVersion(db: Db = visitorPrisma()): Promise<string> {
  const rows = await db.$queryRaw<{ v: string }[]>`SELECT version::text AS v FROM data_versions WHERE scope = 'corpus'`;
  return rows[0]?.v ?? '0';
}
