// Curators' confirmed links as labelled examples for the event matcher: every article a curator
// linked to an event by hand (article_events.method = 'manual', which is also what confirming an
// automatic link makes it) contributes its term vector to that event. Loaded once per import run
// or recomputation, so what curators teach applies to everything analysed afterwards; the pure
// matcher (lib/analysis/events.ts) takes them as input.
import type { Db } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import { analysedText, type EventExamples } from '@/lib/analysis';
import { articleExampleVector } from '@/lib/analysis/events';
import type { TermVector } from '@/lib/analysis/event-similarity';

/** The most recent confirmations per event that are used (similarity is computed against each). */
export const MAX_EXAMPLES_PER_EVENT = 200;

export async function loadEventExamples(db: Db | Prisma.TransactionClient): Promise<EventExamples> {
  const rows = await db.$queryRaw<{ slug: string; id: number; title: string; body: string }[]>`
    SELECT slug, id, title, body FROM (
      SELECT e.slug, a.id, a.title, a.body,
             row_number() OVER (PARTITION BY ae.event_id ORDER BY a.id DESC) AS n
      FROM article_events ae
      JOIN events e ON e.id = ae.event_id
      JOIN articles a ON a.id = ae.article_id
      WHERE ae.method = 'manual'
    ) x WHERE n <= ${MAX_EXAMPLES_PER_EVENT}`;
  const out = new Map<string, TermVector[]>();
  for (const r of rows) {
    const list = out.get(r.slug) ?? [];
    list.push(articleExampleVector(analysedText(r.title, r.body)));
    out.set(r.slug, list);
  }
  return out;
}
