// Publisher corrections: stance (a new stance needs a new rationale), kind, aliases, domains;
// and merging two rows that are the same outlet. Each writes its audit row in the same
// transaction and marks the row curated, so the registry file no longer overwrites it.
import { z } from 'zod';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Db } from '@/lib/db/prisma';
import type { Actor } from '@/lib/auth/actor';
import { normalizeName, PUBLISHER_KINDS } from '@/lib/registry/publishers';
import { STANCES, STANCE_STYLE } from '@/lib/stance';
import { changedFields, recordAudit } from './audit';
import { CurationError } from './errors';
import { curate, Id, Lines, OptionalText, Reason, RequiredReason, type Tx } from './input';
import { refreshStanceCues } from './stance-cues';

// A host, or a host and a path for a section of a shared site ("bbc.com/persian"). A pasted
// address with its scheme ("https://www.example.org/2023/x") gives its host only.
const Hostname = z
  .string()
  .transform((s) => {
    const t = s.trim().toLowerCase();
    const bare = /^[a-z]+:\/\//.test(t) ? t.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '') : t.replace(/[?#].*$/, '').replace(/\/+$/, '');
    return bare.replace(/^www\d*\./, '');
  })
  .pipe(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/[a-z0-9._~%@-]+)*$/, 'a hostname such as example.org, or example.org/section'));

export const EditPublisherInput = z.object({
  id: Id,
  stance: z.enum(STANCES),
  stanceRationale: OptionalText(400),
  kind: z.enum(PUBLISHER_KINDS),
  aliases: Lines(z.string().max(120)),
  domains: Lines(Hostname),
  reason: Reason,
});

const SNAPSHOT = { id: true, slug: true, name: true, stance: true, stanceRationale: true, kind: true, aliases: true, domains: true } as const;

export async function editPublisher(db: Db, actor: Actor | null, input: unknown) {
  return curate(db, actor, EditPublisherInput, input, async (tx, f, admin) => {
    const before = await tx.publisher.findUnique({ where: { id: f.id }, select: SNAPSHOT });
    if (!before) throw new CurationError('No such publisher.', 404);
    const stanceChanged = f.stance !== before.stance;
    if (stanceChanged) {
      if (!f.stanceRationale || f.stanceRationale.length < 10) {
        throw new CurationError(`A new stance needs its rationale: say in a sentence why this outlet is ${STANCE_STYLE[f.stance].label.toLowerCase()}.`);
      }
      if (f.stanceRationale === before.stanceRationale?.trim()) {
        throw new CurationError('The stance changed but the rationale did not: rewrite it for the new stance.');
      }
    }
    if (f.stance !== 'unrated' && !f.stanceRationale) throw new CurationError('A rated publisher needs a rationale.');
    await assertNamesFree(tx, f.id, f.aliases, f.domains);
    const after = { stance: f.stance, stanceRationale: f.stanceRationale, kind: f.kind, aliases: f.aliases, domains: f.domains };
    const diff = changedFields(before, after);
    if (Object.keys(diff.after).length === 0) throw new CurationError('Nothing changed.');
    const now = new Date();
    await tx.publisher.update({
      where: { id: f.id },
      data: { ...after, curatedAt: now, ...(stanceChanged ? { stanceChangedAt: now } : {}) },
    });
    await recordAudit(tx, admin, {
      entityType: 'publisher',
      entityId: before.id,
      entityLabel: before.name,
      action: stanceChanged ? 'change-stance' : 'edit',
      before: diff.before,
      after: diff.after,
      reason: f.reason ?? (stanceChanged ? f.stanceRationale : null),
    });
    if (stanceChanged) await refreshStanceCues(tx, Prisma.sql`a.publisher_id = ${f.id} OR a.via_id = ${f.id}`);
    return { slug: before.slug };
  });
}

export const RatePublisherInput = z.object({
  id: Id,
  stance: z.enum(['advocacy', 'mainstream', 'critical']),
  stanceRationale: z.string().trim().min(10, 'say in a sentence why this outlet is in that group').max(400),
});

/**
 * The rating queue's one step: give an unrated outlet its group and the rationale, confirming
 * the group the text cues suggest or choosing another. The rationale is the audit trail's reason.
 */
export async function ratePublisher(db: Db, actor: Actor | null, input: unknown) {
  return curate(db, actor, RatePublisherInput, input, async (tx, f, admin) => {
    const before = await tx.publisher.findUnique({ where: { id: f.id }, select: SNAPSHOT });
    if (!before) throw new CurationError('No such publisher.', 404);
    if (before.stance !== 'unrated') throw new CurationError(`${before.name} is already rated (${STANCE_STYLE[before.stance].label}); edit it on its page.`, 409);
    const now = new Date();
    await tx.publisher.update({
      where: { id: f.id },
      data: { stance: f.stance, stanceRationale: f.stanceRationale, curatedAt: now, stanceChangedAt: now },
    });
    await recordAudit(tx, admin, {
      entityType: 'publisher',
      entityId: before.id,
      entityLabel: before.name,
      action: 'change-stance',
      before: { stance: before.stance, stanceRationale: before.stanceRationale },
      after: { stance: f.stance, stanceRationale: f.stanceRationale },
      reason: f.stanceRationale,
    });
    await refreshStanceCues(tx, Prisma.sql`a.publisher_id = ${f.id} OR a.via_id = ${f.id}`);
    return { slug: before.slug, stance: f.stance };
  });
}

/** An alias or domain names one outlet only (as the registry loader insists for the file). */
async function assertNamesFree(tx: Tx, id: number, aliases: string[], domains: string[]) {
  const others = await tx.publisher.findMany({ where: { id: { not: id } }, select: { name: true, slug: true, aliases: true, domains: true } });
  const owner = new Map<string, string>();
  for (const p of others) for (const n of [p.name, ...p.aliases]) owner.set(normalizeName(n), p.name);
  const domainOwner = new Map(others.flatMap((p) => p.domains.map((d) => [d, p.name] as const)));
  for (const a of aliases) {
    const taken = owner.get(normalizeName(a));
    if (taken) throw new CurationError(`"${a}" already names ${taken}. Merge the two publishers instead.`, 409);
  }
  for (const d of domains) {
    const taken = domainOwner.get(d);
    if (taken) throw new CurationError(`${d} is already a domain of ${taken}.`, 409);
  }
}

export const MergePublishersInput = z.object({
  /** The row that goes away. */
  sourceId: Id,
  /** The row that stays and receives its articles, aliases and domains. */
  targetId: Id,
  reason: RequiredReason,
});

export async function mergePublishers(db: Db, actor: Actor | null, input: unknown) {
  return curate(db, actor, MergePublishersInput, input, async (tx, f, admin) => {
    if (f.sourceId === f.targetId) throw new CurationError('A publisher cannot be merged into itself.');
    const [source, target] = await Promise.all([
      tx.publisher.findUnique({ where: { id: f.sourceId }, select: SNAPSHOT }),
      tx.publisher.findUnique({ where: { id: f.targetId }, select: SNAPSHOT }),
    ]);
    if (!source || !target) throw new CurationError('No such publisher.', 404);
    const moved = await tx.$queryRaw<{ id: number }[]>`
      UPDATE articles SET publisher_id = ${target.id},
        via_id = CASE WHEN via_id = ${target.id} THEN NULL ELSE via_id END
      WHERE publisher_id = ${source.id} RETURNING id`;
    // An article the survivor published that came via the merged site now came "via" itself.
    const rehosted = await tx.$queryRaw<{ id: number }[]>`
      UPDATE articles SET via_id = CASE WHEN publisher_id = ${target.id} THEN NULL ELSE ${target.id}::int END
      WHERE via_id = ${source.id} RETURNING id`;
    const targetKey = normalizeName(target.name);
    const aliases = [...new Set([...target.aliases, source.name, ...source.aliases])].filter((a) => normalizeName(a) !== targetKey);
    const domains = [...new Set([...target.domains, ...source.domains])];
    await tx.publisherRedirect.updateMany({ where: { publisherId: source.id }, data: { publisherId: target.id } });
    await tx.publisherRedirect.upsert({
      where: { slug: source.slug },
      create: { slug: source.slug, publisherId: target.id },
      update: { publisherId: target.id },
    });
    await tx.publisher.delete({ where: { id: source.id } });
    await tx.publisher.update({ where: { id: target.id }, data: { aliases, domains, curatedAt: new Date() } });
    const summary = { merged: source, articlesMoved: moved.length, hostedMoved: rehosted.length };
    await recordAudit(tx, admin, {
      entityType: 'publisher',
      entityId: target.id,
      entityLabel: target.name,
      action: 'merge',
      before: { aliases: target.aliases, domains: target.domains },
      after: { aliases, domains, ...summary },
      reason: f.reason,
    });
    await recordAudit(tx, admin, {
      entityType: 'publisher',
      entityId: source.id,
      entityLabel: source.name,
      action: 'merged-into',
      before: source,
      after: { into: { id: target.id, slug: target.slug, name: target.name }, articlesMoved: moved.length, hostedMoved: rehosted.length },
      reason: f.reason,
    });
    if (source.stance !== target.stance) {
      const ids = [...moved, ...rehosted].map((r) => r.id);
      if (ids.length) await refreshStanceCues(tx, Prisma.sql`a.id IN (${Prisma.join(ids)})`);
    }
    return { slug: target.slug, articlesMoved: moved.length, hostedMoved: rehosted.length };
  });
}
