// Article corrections: metadata (title, date and its precision, author, outlet, via), a stance
// override for this one article, its reprint decision (a reprint of another, its own text, or
// detection's call) and its 'quotes' links. Each writes its audit row in the same transaction. Edits that move analysis offsets or inputs (title, date,
// outlet, via) recompute the article's analysis there too; the content hash stays the one of
// the imported text, so re-importing the original file still finds it a duplicate.
import { z } from 'zod';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Db } from '@/lib/db/prisma';
import type { Actor } from '@/lib/auth/actor';
import { reanalyzeArticles } from '@/lib/ingest/reanalyze';
import { detectReprints, refreshSimilarities, storeQuotes, type StoredNew } from '@/lib/ingest/reprints';
import { fingerprint } from '@/lib/analysis/reprints';
import { overlap, sharedSpans, textShingles } from '@/lib/analysis/reprints/compare';
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
  /** The original; empty: not a reprint (its own text, whatever detection finds). */
  originalId: z.preprocess(blankToNull, Id.nullable()),
  reason: Reason,
});

/**
 * A curator's reprint decision, which detection then never overrides (reprint_decision): a
 * reprint of the given article (linked to its cluster's original), or, with no original, its
 * own text. Reprints of the article follow it to the original.
 */
export async function markReprint(db: Db, actor: Actor | null, input: unknown) {
  return curate(db, actor, ReprintInput, input, async (tx, f, admin) => {
    const article = await tx.article.findUnique({ where: { id: f.id }, select: { id: true, title: true, reprintOfId: true, reprintDecision: true } });
    if (!article) throw new CurationError('No such article.', 404);
    let rootId: number | null = null;
    if (f.originalId !== null) {
      const original = await tx.article.findUnique({ where: { id: f.originalId }, select: { id: true, reprintOfId: true } });
      if (!original) throw new CurationError(`No article #${f.originalId}.`, 404);
      // Always point at the first publication, so a reprint of a reprint is still counted once.
      rootId = original.reprintOfId ?? original.id;
      if (rootId === f.id) {
        throw new CurationError(
          'An article cannot be a reprint of itself or of its own reprint. To make the other one the original, first mark it as not a reprint, then mark this one.',
        );
      }
    }
    const decision = rootId ? 'reprint' : 'own';
    if (article.reprintOfId === rootId && article.reprintDecision === decision) {
      throw new CurationError(rootId ? 'Already marked as that reprint.' : 'It is already marked as not a reprint.');
    }
    await tx.article.update({ where: { id: f.id }, data: { reprintOfId: rootId, reprintDecision: decision, reprintSimilarity: null } });
    if (rootId) await refreshSimilarities(tx, [f.id]);
    // Its own reprints now follow it to the original.
    const repointed = rootId
      ? await tx.$queryRaw<{ id: number }[]>`UPDATE articles SET reprint_of_id = ${rootId} WHERE reprint_of_id = ${f.id} RETURNING id`
      : [];
    await refreshSimilarities(tx, repointed.map((r) => r.id));
    await recordAudit(tx, admin, {
      entityType: 'article',
      entityId: f.id,
      entityLabel: article.title,
      action: rootId ? 'mark-reprint' : 'unmark-reprint',
      before: { reprintOfId: article.reprintOfId, reprintDecision: article.reprintDecision },
      after: { reprintOfId: rootId, reprintDecision: decision, ...(repointed.length ? { reprintsRepointed: repointed.map((r) => r.id) } : {}) },
      reason: f.reason,
    });
    return { id: f.id, reprintOfId: rootId };
  });
}

export const ReprintResetInput = z.object({ id: Id, reason: Reason });

/** Withdraws a curator's reprint decision: detection decides again, at once (as if the article were imported now). */
export async function resetReprintDecision(db: Db, actor: Actor | null, input: unknown) {
  return curate(db, actor, ReprintResetInput, input, async (tx, f, admin) => {
    const rows = await tx.$queryRaw<(StoredNew & { reprintDecision: string | null })[]>`
      SELECT id, title, body, to_char(published_at, 'YYYY-MM-DD') AS "publishedAt", date_precision::text AS "datePrecision",
             publisher_id AS "publisherId", via_id IS NOT NULL AS via, reprint_of_id AS "reprintOfId", reprint_decision AS "reprintDecision"
      FROM articles WHERE id = ${f.id}`;
    const article = rows[0];
    if (!article) throw new CurationError('No such article.', 404);
    if (article.reprintDecision === null) throw new CurationError('Detection already decides for this article.');
    const before = await tx.article.findUniqueOrThrow({ where: { id: f.id }, select: { title: true, reprintOfId: true, reprintDecision: true } });
    await tx.article.update({ where: { id: f.id }, data: { reprintOfId: null, reprintDecision: null, reprintSimilarity: null } });
    await detectReprints(tx, [{ ...article, reprintOfId: null, decision: null, fingerprint: fingerprint(article.body, article.title) }]);
    const after = await tx.article.findUniqueOrThrow({ where: { id: f.id }, select: { reprintOfId: true } });
    await recordAudit(tx, admin, {
      entityType: 'article',
      entityId: f.id,
      entityLabel: before.title,
      action: 'reprint-automatic',
      before: { reprintOfId: before.reprintOfId, reprintDecision: before.reprintDecision },
      after: { reprintOfId: after.reprintOfId, reprintDecision: null },
      reason: f.reason,
    });
    return { id: f.id, reprintOfId: after.reprintOfId };
  });
}

export const QuoteInput = z.object({ id: Id, quotedId: Id, reason: Reason });

/**
 * Links an article as quoting another in full by hand: the passages they share are found as
 * detection finds them, and the article then counts its own text only. Refused when they share
 * no passage.
 */
export async function addQuote(db: Db, actor: Actor | null, input: unknown) {
  return curate(db, actor, QuoteInput, input, async (tx, f, admin) => {
    if (f.id === f.quotedId) throw new CurationError('An article cannot quote itself.');
    const texts = await tx.$queryRaw<{ id: number; title: string; body: string; root: number }[]>`
      SELECT id, title, body, coalesce(reprint_of_id, id) AS root FROM articles WHERE id IN (${f.id}, ${f.quotedId})`;
    const quoting = texts.find((t) => t.id === f.id);
    const quoted = texts.find((t) => t.id === f.quotedId);
    if (!quoting) throw new CurationError('No such article.', 404);
    if (!quoted) throw new CurationError(`No article #${f.quotedId}.`, 404);
    const spans = sharedSpans(textShingles(quoting.body, quoting.title), textShingles(quoted.body, quoted.title).set);
    if (spans.length === 0) throw new CurationError(`Article #${f.id} shares no passage with #${f.quotedId}: nothing to mark as quoted.`);
    const containment = overlap(textShingles(quoted.body, quoted.title).set, textShingles(quoting.body, quoting.title).set).aInB;
    await tx.articleQuoteOverride.deleteMany({ where: { articleId: f.id, quotedId: quoted.root } });
    await storeQuotes(tx, [{ articleId: f.id, quotedId: quoted.root, containment: Math.round(containment * 1000) / 1000, spans }], 'manual');
    await reanalyzeArticles(tx, [f.id]);
    await recordAudit(tx, admin, {
      entityType: 'article',
      entityId: f.id,
      entityLabel: quoting.title,
      action: 'add-quote',
      before: null,
      after: { quotedId: quoted.root },
      reason: f.reason,
    });
    return { id: f.id, quotedId: quoted.root };
  });
}

/** Removes a 'quotes' link; detection will not make it again. The article counts all of its text again. */
export async function removeQuote(db: Db, actor: Actor | null, input: unknown) {
  return curate(db, actor, QuoteInput, input, async (tx, f, admin) => {
    const link = await tx.articleQuote.findUnique({ where: { articleId_quotedId: { articleId: f.id, quotedId: f.quotedId } }, include: { article: { select: { title: true } } } });
    if (!link) throw new CurationError(`Article #${f.id} is not linked as quoting #${f.quotedId}.`, 404);
    await tx.articleQuote.delete({ where: { articleId_quotedId: { articleId: f.id, quotedId: f.quotedId } } });
    await tx.articleQuoteOverride.upsert({
      where: { articleId_quotedId: { articleId: f.id, quotedId: f.quotedId } },
      create: { articleId: f.id, quotedId: f.quotedId },
      update: {},
    });
    await reanalyzeArticles(tx, [f.id]);
    await recordAudit(tx, admin, {
      entityType: 'article',
      entityId: f.id,
      entityLabel: link.article.title,
      action: 'remove-quote',
      before: { quotedId: f.quotedId, method: link.method },
      after: null,
      reason: f.reason,
    });
    return { id: f.id, quotedId: f.quotedId };
  });
}
