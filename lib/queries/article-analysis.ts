// Everything the article reader shows beside the text: events with evidence, term hits with
// offsets, claims, attributions and stance cues. Five small indexed lookups by article id.
import { prisma } from '@/lib/db/prisma';
import type { LinkSignal } from '@/lib/analysis';
import type { EvidencePassage } from './events';

export async function articleAnalysis(articleId: number) {
  const db = prisma();
  const [events, terms, claims, attributions, stance] = await Promise.all([
    db.$queryRaw<{ slug: string; name: string; role: string; score: number; method: string; evidence: EvidencePassage[]; signals: LinkSignal[] }[]>`
      SELECT e.slug, e.name, ae.role, ae.score, ae.method, ae.evidence, ae.signals
      FROM article_events ae JOIN events e ON e.id = ae.event_id
      WHERE ae.article_id = ${articleId} ORDER BY ae.score DESC`,
    db.articleTerm.findMany({ where: { articleId }, orderBy: [{ category: 'asc' }, { count: 'desc' }] }),
    db.claim.findMany({ where: { articleId }, orderBy: { spanStart: 'asc' }, include: { event: { select: { slug: true, name: true } } } }),
    db.attribution.findMany({ where: { articleId }, orderBy: { spanStart: 'asc' } }),
    db.articleAnalysis.findUnique({ where: { articleId } }),
  ]);
  return { events, terms, claims, attributions, stance };
}

/** What the reader page shows beside an article's text (articleAnalysis's result). */
export type ArticleAnalysisRows = Awaited<ReturnType<typeof articleAnalysis>>;
