// Curators' article–event links. A manual link (method 'manual') is kept by every
// recomputation and wins over the automatic one it replaces; a removed link is remembered
// (article_event_overrides 'suppress') so recomputation does not bring it back, and the
// article's figures are no longer placed on that event.
import { z } from 'zod';
import type { Db } from '@/lib/db/prisma';
import type { Actor } from '@/lib/auth/actor';
import { recordAudit } from './audit';
import { CurationError } from './errors';
import { curate, Id, Reason, type Tx } from './input';

export const AddLinkInput = z.object({
  articleId: Id,
  event: z.string().trim().min(1),
  role: z.enum(['about', 'mention']).default('about'),
  reason: Reason,
});

async function load(tx: Tx, articleId: number, event: string) {
  const [article, ev] = await Promise.all([
    tx.article.findUnique({ where: { id: articleId }, select: { id: true, title: true } }),
    tx.event.findUnique({ where: { slug: event }, select: { id: true, slug: true, name: true } }),
  ]);
  if (!article) throw new CurationError('No such article.', 404);
  if (!ev) throw new CurationError(`No event "${event}".`, 404);
  return { article, ev };
}

export async function addEventLink(db: Db, actor: Actor | null, input: unknown) {
  return curate(db, actor, AddLinkInput, input, async (tx, f, admin) => {
    const { article, ev } = await load(tx, f.articleId, f.event);
    const key = { articleId_eventId: { articleId: article.id, eventId: ev.id } };
    const existing = await tx.articleEvent.findUnique({ where: key, select: { method: true, role: true, score: true } });
    if (existing?.method === 'manual' && existing.role === f.role) throw new CurationError('That link is already there.');
    await tx.articleEvent.upsert({
      where: key,
      // The matcher's evidence and score stay when a curator confirms an automatic link.
      create: { articleId: article.id, eventId: ev.id, score: 1, method: 'manual', role: f.role, evidence: [] },
      update: { method: 'manual', role: f.role },
    });
    await tx.articleEventOverride.deleteMany({ where: { articleId: article.id, eventId: ev.id } });
    await recordAudit(tx, admin, {
      entityType: 'article',
      entityId: article.id,
      entityLabel: article.title,
      action: 'link-event',
      before: existing ? { event: ev.slug, ...existing } : null,
      after: { event: ev.slug, method: 'manual', role: f.role },
      reason: f.reason,
    });
    return { id: article.id, event: ev.slug };
  });
}

export const RemoveLinkInput = z.object({ articleId: Id, event: z.string().trim().min(1), reason: Reason });

export async function removeEventLink(db: Db, actor: Actor | null, input: unknown) {
  return curate(db, actor, RemoveLinkInput, input, async (tx, f, admin) => {
    const { article, ev } = await load(tx, f.articleId, f.event);
    const key = { articleId_eventId: { articleId: article.id, eventId: ev.id } };
    const existing = await tx.articleEvent.findUnique({ where: key, select: { method: true, role: true, score: true } });
    if (!existing) throw new CurationError('The article is not linked to that event.', 404);
    await tx.articleEvent.delete({ where: key });
    await tx.articleEventOverride.upsert({
      where: key,
      create: { articleId: article.id, eventId: ev.id, action: 'suppress' },
      update: { action: 'suppress' },
    });
    await tx.claim.updateMany({ where: { articleId: article.id, eventId: ev.id }, data: { eventId: null } });
    await recordAudit(tx, admin, {
      entityType: 'article',
      entityId: article.id,
      entityLabel: article.title,
      action: 'unlink-event',
      before: { event: ev.slug, ...existing },
      after: { event: ev.slug, suppressed: true },
      reason: f.reason,
    });
    return { id: article.id, event: ev.slug };
  });
}
