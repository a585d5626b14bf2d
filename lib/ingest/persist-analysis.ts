// Stores analysis results next to their articles. Called inside the import transaction (so an
// article never exists without its analysis) and by `npm run analyze` to recompute. Manual event
// links are the curators' and survive recomputation.
import type { Prisma } from '@/lib/generated/prisma/client';
import { ANALYSIS_VERSION, type ArticleAnalysis } from '@/lib/analysis';

type Tx = Prisma.TransactionClient;

export interface AnalysedArticle {
  articleId: number;
  analysis: ArticleAnalysis;
}

const flatten = (spans: { start: number; end: number }[]) => spans.flatMap((s) => [s.start, s.end]);

export async function persistAnalysis(tx: Tx, items: AnalysedArticle[], eventIds: Map<string, number>): Promise<void> {
  if (items.length === 0) return;
  const ids = items.map((i) => i.articleId);
  await Promise.all([
    tx.articleEvent.deleteMany({ where: { articleId: { in: ids }, method: { not: 'manual' } } }),
    tx.articleTerm.deleteMany({ where: { articleId: { in: ids } } }),
    tx.claim.deleteMany({ where: { articleId: { in: ids } } }),
    tx.attribution.deleteMany({ where: { articleId: { in: ids } } }),
    tx.articleAnalysis.deleteMany({ where: { articleId: { in: ids } } }),
  ]);
  const manual = new Set(
    (await tx.articleEvent.findMany({ where: { articleId: { in: ids }, method: 'manual' }, select: { articleId: true, eventId: true } })).map(
      (l) => `${l.articleId}:${l.eventId}`,
    ),
  );

  const events: Prisma.ArticleEventCreateManyInput[] = [];
  const terms: Prisma.ArticleTermCreateManyInput[] = [];
  const claims: Prisma.ClaimCreateManyInput[] = [];
  const attributions: Prisma.AttributionCreateManyInput[] = [];
  const rows: Prisma.ArticleAnalysisCreateManyInput[] = [];
  for (const { articleId, analysis: a } of items) {
    for (const e of a.events) {
      const eventId = eventIds.get(e.slug);
      if (eventId === undefined || manual.has(`${articleId}:${eventId}`)) continue;
      events.push({ articleId, eventId, score: e.score, method: e.method, role: e.role, evidence: e.evidence as unknown as Prisma.InputJsonValue });
    }
    for (const t of a.terms) terms.push({ articleId, term: t.term, category: t.category, count: t.count, offsets: flatten(t.offsets) });
    for (const c of a.claims) {
      claims.push({
        articleId,
        eventId: c.eventSlug ? (eventIds.get(c.eventSlug) ?? null) : null,
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
  if (events.length) await tx.articleEvent.createMany({ data: events });
  if (terms.length) await tx.articleTerm.createMany({ data: terms });
  if (claims.length) await tx.claim.createMany({ data: claims });
  if (attributions.length) await tx.attribution.createMany({ data: attributions });
  await tx.articleAnalysis.createMany({ data: rows });
}
