// Article corrections: metadata (title, date and its precision, author, outlet, via), a stance
// override for this one article, and marking it as a reprint of another. Each writes its audit
// row in the same transaction. Edits that move analysis offsets or inputs (title, date,
// outlet, via) recompute the article's analysis there too; the content hash stays the one of
// the imported text, so re-importing the original file still finds it a duplicate.
import { z } from 'zod';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Db } from '@/lib/db/prisma';
import type { Actor } from '@/lib/auth/actor';
import { reanalyzeArticles } from '@/lib/ingest/reanalyze';
import { STANCES } from '@/lib/stance';
import { changedFields, recordAudit } from './audit';
import { CurationError } from './errors';
import { blankToNull, curate, Id, IsoDay, OptionalText, Reason, type Tx } from './input';
import { checkWebUrl } from '@/lib/parse/web-url';
import { refreshStanceCues } from './stance-cues';

const PRECISIONS = ['day', 'month', 'year', 'unknown'] as const;
const Slug = z.string().trim().min(1).max(200);

/** The article's URL: an absolute http(s) address (the import's rule), empty for none; absent leaves it as it is. */
const WebUrl = z.preprocess(
  (v) => (v === undefined ? undefined : blankToNull(v)),
  z
    .string()
    .transform((v, ctx) => {
      const r = checkWebUrl(v);
      if (r.ok) return r.url;
      ctx.addIssue({ code: 'custom', message: `not a web address (${r.reason})` });
      return z.NEVER;
    })
    .nullable()
    .optional(),
);

export const EditArticleInput = z
  .object({
    id: Id,
    title: z.string().trim().min(1, 'a title is required').max(500),
    publishedAt: z.preprocess(blankToNull, IsoDay.nullable()),
    datePrecision: z.enum(PRECISIONS),
    author: OptionalText(200),
    url: WebUrl,
    publisher: Slug,
    via: z.preprocess(blankToNull, Slug.nullable()),
    reason: Reason,
  })
  .superRefine((f, ctx) => {
    if ((f.publishedAt === null) !== (f.datePrecision === 'unknown')) {
      ctx.addIssue({ code: 'custom', path: ['datePrecision'], message: 'a date needs a precision (day, month or year); no date means unknown' });
    }
  });

/** A month- or year-precision date is stored as the first day of its month or year. */
function truncate(day: string | null, precision: (typeof PRECISIONS)[number]): string | null {
  if (!day) return null;
  if (precision === 'month') return `${day.slice(0, 7)}-01`;
  if (precision === 'year') return `${day.slice(0, 4)}-01-01`;
  return day;
}

interface ArticleSnapshot {
  id: number;
  title: string;
  publishedAt: string | null;
  datePrecision: string;
  author: string | null;
  url: string | null;
  publisher: string;
  via: string | null;
}

async function snapshot(tx: Tx, id: number): Promise<ArticleSnapshot | null> {
  const rows = await tx.$queryRaw<ArticleSnapshot[]>`
    SELECT a.id, a.title, to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt", a.date_precision::text AS "datePrecision",
           a.author, a.url, p.slug AS publisher, v.slug AS via
    FROM articles a JOIN publishers p ON p.id = a.publisher_id LEFT JOIN publishers v ON v.id = a.via_id
    WHERE a.id = ${id}`;
  return rows[0] ?? null;
}

export async function editArticle(db: Db, actor: Actor | null, input: unknown) {
  return curate(db, actor, EditArticleInput, input, async (tx, f, admin) => {
    const before = await snapshot(tx, f.id);
    if (!before) throw new CurationError('No such article.', 404);
    const publisher = await tx.publisher.findUnique({ where: { slug: f.publisher }, select: { id: true } });
    if (!publisher) throw new CurationError(`No publisher "${f.publisher}".`, 404);
    const via = f.via ? await tx.publisher.findUnique({ where: { slug: f.via }, select: { id: true } }) : null;
    if (f.via && !via) throw new CurationError(`No publisher "${f.via}".`, 404);
    if (via && via.id === publisher.id) throw new CurationError('The outlet is not "via" itself: leave Via empty.');
    const after = {
      title: f.title,
      publishedAt: truncate(f.publishedAt, f.datePrecision),
      datePrecision: f.datePrecision,
      author: f.author,
      url: f.url === undefined ? before.url : f.url,
      publisher: f.publisher,
      via: f.via,
    };
    const diff = changedFields(before, after);
    const changed = Object.keys(diff.after);
    if (changed.length === 0) throw new CurationError('Nothing changed.');
    await tx.article.update({
      where: { id: f.id },
      data: {
        title: after.title,
        publishedAt: after.publishedAt ? new Date(`${after.publishedAt}T00:00:00Z`) : null,
        datePrecision: after.datePrecision,
        author: after.author,
        url: after.url,
        publisherId: publisher.id,
        viaId: via?.id ?? null,
      },
    });
    await recordAudit(tx, admin, {
      entityType: 'article',
      entityId: f.id,
      entityLabel: before.title,
      action: 'edit',
      before: diff.before,
      after: diff.after,
      reason: f.reason,
    });
    if (changed.some((k) => k !== 'author' && k !== 'url')) await reanalyzeArticles(tx, [f.id]);
    return { id: f.id };
  });
}

export const StanceOverrideInput = z
  .object({
    id: Id,
    /** Empty clears the override: the article follows its outlet again. */
    stance: z.preprocess(blankToNull, z.enum(STANCES).nullable()),
    reason: Reason,
  })
  .superRefine((f, ctx) => {
    if (f.stance !== null && (!f.reason || f.reason.length < 3)) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'an override needs its reason' });
    }
  });

export async function setStanceOverride(db: Db, actor: Actor | null, input: unknown) {
  return curate(db, actor, StanceOverrideInput, input, async (tx, f, admin) => {
    const before = await tx.article.findUnique({ where: { id: f.id }, select: { id: true, title: true, stanceOverride: true, stanceOverrideReason: true } });
    if (!before) throw new CurationError('No such article.', 404);
    if (before.stanceOverride === f.stance) throw new CurationError(f.stance ? 'That is already the override.' : 'There is no override to clear.');
    const after = { stanceOverride: f.stance, stanceOverrideReason: f.stance ? f.reason : null };
    await tx.article.update({ where: { id: f.id }, data: after });
    await recordAudit(tx, admin, {
      entityType: 'article',
      entityId: f.id,
      entityLabel: before.title,
      action: f.stance ? 'override-stance' : 'clear-override',
      before: { stanceOverride: before.stanceOverride, stanceOverrideReason: before.stanceOverrideReason },
      after,
      reason: f.reason,
    });
    await refreshStanceCues(tx, Prisma.sql`a.id = ${f.id}`);
    return { id: f.id };
  });
}

export const ReprintInput = z.object({
  id: Id,
  /** The original; empty clears the mark. */
  originalId: z.preprocess(blankToNull, Id.nullable()),
  reason: Reason,
});

export async function markReprint(db: Db, actor: Actor | null, input: unknown) {
  return curate(db, actor, ReprintInput, input, async (tx, f, admin) => {
    const article = await tx.article.findUnique({ where: { id: f.id }, select: { id: true, title: true, reprintOfId: true } });
    if (!article) throw new CurationError('No such article.', 404);
    let rootId: number | null = null;
    if (f.originalId !== null) {
      const original = await tx.article.findUnique({ where: { id: f.originalId }, select: { id: true, reprintOfId: true } });
      if (!original) throw new CurationError(`No article #${f.originalId}.`, 404);
      // Always point at the first publication, so a reprint of a reprint is still counted once.
      rootId = original.reprintOfId ?? original.id;
      if (rootId === f.id) throw new CurationError('An article cannot be a reprint of itself or of its own reprint.');
    }
    if (article.reprintOfId === rootId) throw new CurationError(rootId ? 'Already marked as that reprint.' : 'It is not marked as a reprint.');
    await tx.article.update({ where: { id: f.id }, data: { reprintOfId: rootId } });
    // Its own reprints now follow it to the original.
    const repointed = rootId
      ? await tx.$queryRaw<{ id: number }[]>`UPDATE articles SET reprint_of_id = ${rootId} WHERE reprint_of_id = ${f.id} RETURNING id`
      : [];
    await recordAudit(tx, admin, {
      entityType: 'article',
      entityId: f.id,
      entityLabel: article.title,
      action: rootId ? 'mark-reprint' : 'unmark-reprint',
      before: { reprintOfId: article.reprintOfId },
      after: { reprintOfId: rootId, ...(repointed.length ? { reprintsRepointed: repointed.map((r) => r.id) } : {}) },
      reason: f.reason,
    });
    return { id: f.id, reprintOfId: rootId };
  });
}
