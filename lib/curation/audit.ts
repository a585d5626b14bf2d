// The trail: one audit_log row per change, written with the transaction client of the change
// itself, so a change and its record commit or roll back together.
import { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/actor';

export type EntityType = 'publisher' | 'article' | 'event' | 'import';
export const ENTITY_TYPES: readonly EntityType[] = ['publisher', 'article', 'event', 'import'];

export interface AuditEntry {
  entityType: EntityType;
  entityId: number;
  entityLabel: string;
  action: string;
  before: unknown;
  after: unknown;
  reason?: string | null;
}

// Dates become ISO strings, undefined fields vanish: what is stored is what JSON can say.
const json = (v: unknown) => (v === null || v === undefined ? Prisma.DbNull : (JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue));

export async function recordAudit(tx: Prisma.TransactionClient, actor: Actor, e: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actor: actor.user,
      entityType: e.entityType,
      entityId: e.entityId,
      entityLabel: e.entityLabel.slice(0, 300),
      action: e.action,
      before: json(e.before),
      after: json(e.after),
      reason: e.reason?.trim() || null,
    },
  });
}

/** The fields of `before` and `after` that differ, for a compact record. */
export function changedFields<T extends object>(before: T, after: Partial<T>): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const k of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null)) {
      b[k] = before[k];
      a[k] = after[k] as T[keyof T];
    }
  }
  return { before: b, after: a };
}
