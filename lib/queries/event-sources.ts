// Who is quoted in an event, the first `perGroup` entities of each group by mentions, from the
// event's source summary. Aggregating every (group, language, entity) row of a large event to keep
// 15 per group read 157,000 rows for the 1988 massacre at 1M articles (1–1.5 s), on every view
// while an import keeps changing the data version.
//
// Exact pruning. An entity's mentions are the sum of its rows, one per language, so an entity with
// a total of at least m has a row of at least ceil(m / L), where L is the number of the group's
// languages. Take the group's perGroup × L largest rows (the (event_id, stance, mentions DESC)
// index): they belong to at least perGroup entities (an entity has at most L rows), and m, the
// perGroup-th largest of those entities' largest rows, is at most the totals of perGroup entities.
// So the group's first perGroup (by total, then entity) all total at least m, and each has a row
// of at least ceil(m / L): totalling only the entities with such a row, and ranking them, gives
// the same first perGroup in the same order, ties included. When the group has fewer than
// perGroup × L rows, those rows are all of it and their entities are all the candidates.
import { Prisma } from '@/lib/generated/prisma/client';
import type { Db } from '@/lib/db/prisma';
import { STANCES } from '@/lib/stance';
import type { SourceCount } from './events';
import { summaryWhere, type SummaryFilter } from './summaries';

/** The first `perGroup` entities per group (a filter without outlets or years), as sourceCounts gives them. */
export function topEventSources(eventId: number, sf: SummaryFilter, perGroup: number, db: Db): Promise<SourceCount[]> {
  const where = summaryWhere(sf, { byPublisher: false, byYear: false });
  const groups: string[] = sf.stances.length ? STANCES.filter((s) => sf.stances.includes(s)) : [...STANCES];
  // L per group: its distinct languages in the summary, one index probe each (a skip over the
  // (event_id, stance, language, entity) key). Every LATERAL below is a nested loop over a handful
  // of groups or candidates, each an index range; OFFSET 0 keeps the example's attribution a
  // lookup by key (as a join, the planner merged it with the whole attributions index).
  return db.$queryRaw<SourceCount[]>`
    WITH bound AS MATERIALIZED (
      SELECT g.stance, g.langs, t.m, t.entities
      FROM (
        SELECT g.stance, (
          WITH RECURSIVE l(language) AS (
            SELECT min(s.language) FROM summary_event_sources s WHERE s.event_id = ${eventId} AND s.stance = g.stance
            UNION ALL
            SELECT (SELECT min(s.language) FROM summary_event_sources s WHERE s.event_id = ${eventId} AND s.stance = g.stance AND s.language > l.language)
            FROM l WHERE l.language IS NOT NULL
          ) SELECT count(language) FROM l) AS langs
        FROM unnest(${groups}::text[]::"Stance"[]) g(stance) OFFSET 0
      ) g
      CROSS JOIN LATERAL (
        WITH top AS (
          SELECT s.entity, s.mentions FROM summary_event_sources s
          WHERE s.event_id = ${eventId} AND s.stance = g.stance AND ${where}
          ORDER BY s.mentions DESC LIMIT ${perGroup} * g.langs
        )
        SELECT (SELECT min(e.mx) FROM (SELECT max(top.mentions) AS mx FROM top GROUP BY top.entity ORDER BY mx DESC LIMIT ${perGroup}) e
                HAVING count(*) = ${perGroup}) AS m,
               (SELECT array_agg(DISTINCT top.entity) FROM top) AS entities
      ) t
      WHERE g.langs > 0
    ), candidates AS (
      SELECT b.stance, c.entity FROM bound b CROSS JOIN LATERAL (
        SELECT s.entity FROM summary_event_sources s
        WHERE b.m IS NOT NULL AND s.event_id = ${eventId} AND s.stance = b.stance AND ${where}
          AND s.mentions >= ceil(b.m::numeric / b.langs)::int
        UNION
        SELECT unnest(b.entities) WHERE b.m IS NULL
      ) c
    ), kept AS (
      SELECT c.stance, c.entity, t.mentions, t.articles, t.first_id,
             row_number() OVER (PARTITION BY c.stance ORDER BY t.mentions DESC, c.entity) AS rank
      FROM candidates c CROSS JOIN LATERAL (
        SELECT sum(s.mentions)::int AS mentions, sum(s.articles)::int AS articles, min(s.first_id) AS first_id
        FROM summary_event_sources s WHERE s.event_id = ${eventId} AND s.stance = c.stance AND s.entity = c.entity AND ${where}
      ) t
    )
    SELECT k.stance::text AS stance, k.entity,
           (SELECT min(s.entity_type) FROM summary_event_source_types s
            WHERE s.event_id = ${eventId} AND s.stance = k.stance AND s.entity = k.entity AND ${where}) AS "entityType",
           k.mentions, k.articles, q.sentence AS example, q.article_id AS "exampleArticleId", k.rank
    FROM (SELECT * FROM kept WHERE rank <= ${perGroup}) k
    CROSS JOIN LATERAL (SELECT q.sentence, q.article_id FROM attributions q WHERE q.id = k.first_id OFFSET 0) q
    ORDER BY k.stance::text, k.rank`;
}
