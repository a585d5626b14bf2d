// Stores analysis results next to their articles. Called inside the import transaction (so an
// article never exists without its analysis) and by `npm run analyze` to recompute. Curators'
// decisions survive recomputation: manual event links are kept, and links they removed
// (article_event_overrides 'suppress') are not recreated, nor are figures placed on them.
import type { Prisma } from '@/lib/generated/prisma/client';
import { ANALYSIS_VERSION, type ArticleAnalysis } from '@/lib/analysis';
import { insertArticleAnalysis, insertArticleEvents, insertArticleTerms, insertAttributions, insertClaims } from './bulk-insert';

type Tx = Prisma.TransactionClient;

export interface AnalysedArticle {
  articleId: number;
  analysis: ArticleAnalysis;
}

const flatten = (spans: { start: number; end: number }[]) => spans.flatMap((s) => [s.start, s.end]);

export async function persistAnalysis(
  tx: Tx,
  items: AnalysedArticle[],
  eventIds: Map<string, number>,
  /** fresh: the articles were inserted in this transaction, so there is nothing to replace or keep. */
  opts: { fresh?: boolean } = {},
): Promise<void> {
  if (items.length === 0) return;
  const ids = items.map((i) => i.articleId);
  if (!opts.fresh) await Promise.all([
    tx.articleEvent.deleteMany({ where: { articleId: { in: ids }, method: { not: 'manual' } } }),
    tx.articleTerm.deleteMany({ where: { articleId: { in: ids } } }),
    tx.claim.deleteMany({ where: { articleId: { in: ids } } }),
    tx.attribution.deleteMany({ where: { articleId: { in: ids } } }),
    tx.articleAnalysis.deleteMany({ where: { articleId: { in: ids } } }),
  ]);
  const pair = (l: { articleId: number; eventId: number }) => `${l.articleId}:${l.eventId}`;
  const [manualLinks, suppressedLinks] = opts.fresh ? [[], []] : await Promise.all([
    tx.articleEvent.findMany({ where: { articleId: { in: ids }, method: 'manual' }, select: { articleId: true, eventId: true } }),
    tx.articleEventOverride.findMany({ where: { articleId: { in: ids }, action: 'suppress' }, select: { articleId: true, eventId: true } }),
  ]);
  const { events, terms, claims, attributions, rows } = analysisRows(items, eventIds, new Set(manualLinks.map(pair)), new Set(suppressedLinks.map(pair)));
  await insertArticleEvents(tx, events);
  await insertArticleTerms(tx, terms);
  await insertClaims(tx, claims);
  await insertAttributions(tx, attributions);
  await insertArticleAnalysis(tx, rows);
}

export interface AnalysisRows {
  events: Prisma.ArticleEventCreateManyInput[];
  terms: Prisma.ArticleTermCreateManyInput[];
  claims: Prisma.ClaimCreateManyInput[];
  attributions: Prisma.AttributionCreateManyInput[];
  rows: Prisma.ArticleAnalysisCreateManyInput[];
}

/**
 * The rows of the five analysis tables for these articles. `manual`, `suppressed`: the
 * "article:event" pairs a curator linked by hand or removed, which the analysis does not write.
 */
export function analysisRows(items: AnalysedArticle[], eventIds: Map<string, number>, manual: ReadonlySet<string>, suppressed: ReadonlySet<string>): AnalysisRows {
  const events: Prisma.ArticleEventCreateManyInput[] = [];
  const terms: Prisma.ArticleTermCreateManyInput[] = [];
  const claims: Prisma.ClaimCreateManyInput[] = [];
  const attributions: Prisma.AttributionCreateManyInput[] = [];
  const rows: Prisma.ArticleAnalysisCreateManyInput[] = [];
  for (const { articleId, analysis: a } of items) {
    for (const e of a.events) {
      const eventId = eventIds.get(e.slug);
      if (eventId === undefined || manual.has(`${articleId}:${eventId}`) || suppressed.has(`${articleId}:${eventId}`)) continue;
      events.push({
        articleId,
        eventId,
        score: e.score,
        method: e.method,
        role: e.role,
        evidence: e.evidence as unknown as Prisma.InputJsonValue,
        signals: e.signals as unknown as Prisma.InputJsonValue,
      });
    }
    for (const t of a.terms) terms.push({ articleId, term: t.term, category: t.category, count: t.count, offsets: flatten(t.offsets) });
    for (const c of a.claims) {
      const eventId = c.eventSlug ? (eventIds.get(c.eventSlug) ?? null) : null;
      claims.push({
        articleId,
        eventId: eventId !== null && suppressed.has(`${articleId}:${eventId}`) ? null : eventId,
        value: c.value,
        valueText: c.valueText,
        vague: c.vague,
        qualifier: c.qualifier,
        kind: c.kind,
        sentence: c.sentence,
        spanStart: c.span.start,
        spanEnd: c.span.end,
        source: c.source,
        sourceText: c.sourceText,
      });
    }
    for (const q of a.attributions) {
      attributions.push({
        articleId,
        entity: q.entity,
        entityType: q.entityType,
        verb: q.verb,
        sentence: q.sentence,
        spanStart: q.span.start,
        spanEnd: q.span.end,
        quoted: q.quoted,
      });
    }
    rows.push({
      articleId,
      stanceScore: a.stance.score,
      stanceLeaning: a.stance.leaning,
      suggestedStance: a.stance.suggestedStance,
      inferred: a.stance.inferred,
      divergent: a.stance.divergent,
      fallbackFromVia: a.stance.fallbackFromVia,
      cues: a.stance.cues as unknown as Prisma.InputJsonValue,
      lexiconVersion: ANALYSIS_VERSION.lexicon,
      eventsVersion: ANALYSIS_VERSION.events,
      methodVersion: ANALYSIS_VERSION.method,
    });
  }
  return { events, terms, claims, attributions, rows };
}
