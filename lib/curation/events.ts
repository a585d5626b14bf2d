// Events curators create (origin 'user', matched from their own cues) or promote from a
// discovered candidate cluster, and edits: a user event's cues, dates and text; a catalog
// event's description only (its cues live in data/events.json, compiled at start-up). After a
// change to cues or dates the event's links are recomputed over the corpus.
import { z } from 'zod';
import type { Db } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/actor';
import type { EventFields } from '@/lib/analysis/catalog';
import { userEventProblems, type StoredEvent } from '@/lib/analysis/user-events';
import { slugify } from '@/lib/registry/publishers';
import { changedFields, recordAudit } from './audit';
import { assignUserEvent } from './assign-event';
import { CurationError } from './errors';
import { blankToNull, curate, Id, IsoDay, Lines, Reason, type Tx } from './input';

const Cue = z.string().max(120);

const EventFields = {
  name: z.string().trim().min(3).max(200),
  period: z.string().trim().min(1, 'say when, e.g. "June 2023"').max(80),
  dateStart: z.preprocess(blankToNull, IsoDay.nullable()),
  dateEnd: z.preprocess(blankToNull, IsoDay.nullable()),
  description: z.string().trim().min(40, 'a neutral summary of at least 40 characters').max(3000),
  strong: Lines(Cue),
  support: Lines(Cue),
  minSupport: z.coerce.number().int().min(1).max(6).default(2),
  reason: Reason,
};

export const CreateEventInput = z.object({
  ...EventFields,
  /** Promote this discovered cluster: its articles are linked to the new event by hand. */
  candidateId: z.preprocess(blankToNull, Id.nullable().default(null)),
});

function stored(slug: string, f: Omit<EventFields, 'slug'> & { strong: string[]; support: string[]; minSupport: number }): StoredEvent {
  return {
    slug,
    name: f.name,
    period: f.period,
    dateStart: f.dateStart,
    dateEnd: f.dateEnd,
    description: f.description,
    cues: { strong: f.strong, support: f.support, minSupport: f.minSupport },
  };
}

const day = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);

async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name).replace(/[^a-z0-9-]/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'event';
  const taken = new Set((await tx.event.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((e) => e.slug));
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(slug)) return slug;
  }
}

export async function createEvent(db: Db, actor: Actor | null, input: unknown) {
  return curate(db, actor, CreateEventInput, input, async (tx, f, admin) => {
    const candidate = f.candidateId ? await tx.eventCandidate.findUnique({ where: { id: f.candidateId } }) : null;
    if (f.candidateId && !candidate) throw new CurationError('That candidate is gone (candidates are recomputed by npm run analyze).', 404);
    if (!candidate && f.strong.length + f.support.length === 0) throw new CurationError('Give at least one cue, or promote a candidate cluster.');
    const slug = await freeSlug(tx, f.name);
    const data = stored(slug, f);
    // A promoted cluster may have no cues: its links are manual, and it matches nothing new.
    const problems = f.strong.length + f.support.length > 0 ? userEventProblems(data) : null;
    if (problems) throw new CurationError(problems);
    const event = await tx.event.create({
      data: {
        slug,
        name: f.name,
        period: f.period,
        dateStart: day(f.dateStart),
        dateEnd: day(f.dateEnd),
        description: f.description,
        cues: data.cues as Prisma.InputJsonValue,
        origin: 'user',
        curatedAt: new Date(),
      },
    });
    let manual = 0;
    if (candidate) {
      const r = await tx.articleEvent.createMany({
        data: candidate.articleIds.map((articleId) => ({ articleId, eventId: event.id, score: 1, method: 'manual', role: 'about' })),
        skipDuplicates: true,
      });
      manual = r.count;
      await tx.eventCandidate.delete({ where: { id: candidate.id } });
    }
    const assigned = await assignUserEvent(tx, event.id);
    await recordAudit(tx, admin, {
      entityType: 'event',
      entityId: event.id,
      entityLabel: event.name,
      action: candidate ? 'promote' : 'create',
      before: candidate ? { candidate: { label: candidate.label, topTerms: candidate.topTerms, articleIds: candidate.articleIds } } : null,
      after: { ...data, linkedByCues: assigned.linked, linkedByHand: manual },
      reason: f.reason,
    });
    return { slug, linked: assigned.linked + manual };
  });
}

export const EditEventInput = z.object({
  id: Id,
  description: z.string().trim().min(40, 'a neutral summary of at least 40 characters').max(3000),
  // The rest applies to user events only; a catalog event's cues and dates are in data/events.json.
  name: EventFields.name.optional(),
  period: EventFields.period.optional(),
  dateStart: EventFields.dateStart.optional(),
  dateEnd: EventFields.dateEnd.optional(),
  strong: EventFields.strong.optional(),
  support: EventFields.support.optional(),
  minSupport: EventFields.minSupport.optional(),
  reason: Reason,
});

export async function editEvent(db: Db, actor: Actor | null, input: unknown) {
  return curate(db, actor, EditEventInput, input, async (tx, f, admin) => {
    const row = await tx.event.findUnique({ where: { id: f.id } });
    if (!row) throw new CurationError('No such event.', 404);
    const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
    const cues = (row.cues ?? {}) as { strong?: string[]; support?: string[]; minSupport?: number };
    const before = {
      name: row.name,
      period: row.period,
      dateStart: iso(row.dateStart),
      dateEnd: iso(row.dateEnd),
      description: row.description,
      strong: cues.strong ?? [],
      support: cues.support ?? [],
      minSupport: cues.minSupport ?? 2,
    };
    const user = row.origin === 'user';
    const after = {
      name: f.name ?? before.name,
      period: f.period ?? before.period,
      dateStart: f.dateStart === undefined ? before.dateStart : f.dateStart,
      dateEnd: f.dateEnd === undefined ? before.dateEnd : f.dateEnd,
      description: f.description,
      strong: f.strong ?? before.strong,
      support: f.support ?? before.support,
      minSupport: f.minSupport ?? before.minSupport,
    };
    const diff = changedFields(before, after);
    const changed = Object.keys(diff.after);
    if (!user && changed.some((k) => k !== 'description')) {
      throw new CurationError('A catalog event’s name, dates and cues are edited in data/events.json; only its description can change here.');
    }
    if (changed.length === 0) throw new CurationError('Nothing changed.');
    const data = stored(row.slug, after);
    const hasCues = after.strong.length + after.support.length > 0;
    const problems = user && hasCues ? userEventProblems(data) : null;
    if (problems) throw new CurationError(problems);
    await tx.event.update({
      where: { id: row.id },
      data: {
        name: after.name,
        period: after.period,
        dateStart: day(after.dateStart),
        dateEnd: day(after.dateEnd),
        description: after.description,
        ...(user ? { cues: data.cues as Prisma.InputJsonValue } : {}),
        curatedAt: new Date(),
      },
    });
    const rematch = user && changed.some((k) => ['strong', 'support', 'minSupport', 'dateStart', 'dateEnd'].includes(k));
    const assigned = rematch ? await assignUserEvent(tx, row.id) : null;
    await recordAudit(tx, admin, {
      entityType: 'event',
      entityId: row.id,
      entityLabel: row.name,
      action: 'edit',
      before: diff.before,
      after: assigned ? { ...diff.after, linkedByCues: assigned.linked } : diff.after,
      reason: f.reason,
    });
    return { slug: row.slug, relinked: assigned?.linked ?? null };
  });
}
