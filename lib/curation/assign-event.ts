// Re-runs the matching of one user event over the corpus after it is created or its cues
// change. SQL first keeps only texts containing at least one cue word (a sound pre-filter: the
// matcher varies only separators, apostrophes and full stops, never letters), plus the articles
// linked now; the event's matcher then decides, in id batches. Manual links and links a
// curator removed are left as they are.
import { Prisma } from '@/lib/generated/prisma/client';
import { cueWords, matchUserEvents, userCatalog, userEventProblems } from '@/lib/analysis/user-events';
import { storedUserEvents } from '@/lib/ingest/user-catalog';
import type { Tx } from './input';

const BATCH = 500;

export async function assignUserEvent(tx: Tx, eventId: number): Promise<{ linked: number; scanned: number }> {
  const [event] = await storedUserEvents(tx, { ids: [eventId] });
  if (!event || userEventProblems(event) !== null) return { linked: 0, scanned: 0 };
  const catalog = userCatalog([event]);
  const cues = event.cues as { strong: string[]; support: string[] };
  const patterns = cueWords(cues).map((w) => `%${w}%`);
  await tx.articleEvent.deleteMany({ where: { eventId, method: { not: 'manual' } } });
  if (patterns.length === 0) return { linked: 0, scanned: 0 };
  const candidates = await tx.$queryRaw<{ id: number }[]>`
    SELECT a.id FROM articles a
    WHERE lower(a.title || ' ' || a.body) LIKE ANY (${patterns}::text[])
      AND NOT EXISTS (SELECT 1 FROM article_events ae WHERE ae.article_id = a.id AND ae.event_id = ${eventId})
      AND NOT EXISTS (SELECT 1 FROM article_event_overrides o WHERE o.article_id = a.id AND o.event_id = ${eventId})
    ORDER BY a.id`;
  let linked = 0;
  for (let i = 0; i < candidates.length; i += BATCH) {
    const ids = candidates.slice(i, i + BATCH).map((c) => c.id);
    const rows = await tx.$queryRaw<{ id: number; title: string; body: string; publishedAt: string | null }[]>`
      SELECT id, title, body, to_char(published_at, 'YYYY-MM-DD') AS "publishedAt" FROM articles WHERE id IN (${Prisma.join(ids)})`;
    const links: Prisma.ArticleEventCreateManyInput[] = [];
    for (const r of rows) {
      const m = matchUserEvents(catalog, r.title, r.body, r.publishedAt)[0];
      if (m) links.push({ articleId: r.id, eventId, score: m.score, method: m.method, role: m.role, evidence: m.evidence as unknown as Prisma.InputJsonValue });
    }
    if (links.length) await tx.articleEvent.createMany({ data: links });
    linked += links.length;
  }
  return { linked, scanned: candidates.length };
}
