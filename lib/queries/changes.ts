// The audit trail as pages read it: the whole log (/changes, newest first, by entity type) and
// one entity's history (the History card on its page). Links resolve to the entity as it is now,
// or to nothing when it was merged away.
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db/prisma';
import type { AuditEntry, EntityType } from '@/lib/curation/audit';

/** An audit_log row as pages read it: the entry as recorded, when and by whom, and a link to its entity. */
export interface ChangeRow extends Required<AuditEntry> {
  id: number;
  at: string;
  actor: string;
  reason: string | null;
  href: string | null;
}

const SELECT = Prisma.sql`
  SELECT l.id, to_char(l.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at, l.actor,
         l.entity_type AS "entityType", l.entity_id AS "entityId", l.entity_label AS "entityLabel",
         l.action, l.before, l.after, l.reason,
         CASE l.entity_type
           WHEN 'publisher' THEN '/publishers/' || p.slug
           WHEN 'event' THEN '/events/' || e.slug
           WHEN 'article' THEN CASE WHEN a.id IS NOT NULL THEN '/articles/' || a.id END
         END AS href
  FROM audit_log l
  LEFT JOIN publishers p ON l.entity_type = 'publisher' AND p.id = l.entity_id
  LEFT JOIN events e ON l.entity_type = 'event' AND e.id = l.entity_id
  LEFT JOIN articles a ON l.entity_type = 'article' AND a.id = l.entity_id`;

export async function listChanges(
  f: { type: EntityType | null },
  page: { offset: number; limit: number; desc: boolean },
): Promise<{ rows: ChangeRow[]; total: number }> {
  const where = f.type ? Prisma.sql`l.entity_type = ${f.type}` : Prisma.sql`TRUE`;
  const order = page.desc ? Prisma.sql`l.at DESC, l.id DESC` : Prisma.sql`l.at ASC, l.id ASC`;
  const [rows, count] = await Promise.all([
    prisma().$queryRaw<ChangeRow[]>`${SELECT} WHERE ${where} ORDER BY ${order} LIMIT ${page.limit} OFFSET ${page.offset}`,
    prisma().$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n FROM audit_log l WHERE ${where}`,
  ]);
  return { rows, total: count[0].n };
}

export async function historyOf(entityType: EntityType, entityId: number, limit = 20): Promise<ChangeRow[]> {
  return prisma().$queryRaw<ChangeRow[]>`
    ${SELECT} WHERE l.entity_type = ${entityType} AND l.entity_id = ${entityId}
    ORDER BY l.at DESC, l.id DESC LIMIT ${limit}`;
}
