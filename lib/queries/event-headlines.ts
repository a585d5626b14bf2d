// An event page's headlines: the best-ranked articles of each group among the event's links
// (role 'about' first, then score, then the most recent, then id). Ranking every link of a large
// event sorts all of them with their articles' dates and groups (67,000 links of the 1988 massacre
// at 1M articles: 0.6–0.9 s), paid on every view while an import keeps changing the data version.
//
// Exact bound: a group's first `perGroup` in the full ranking are its first `perGroup` among any
// set of links that contains every link ranked above the set's last one. Such a set is "the links
// whose (about, score) is at least that of the event's `walk`-th link in (about, score) order",
// ties included: every link left out has a strictly lower (about, score) and so ranks after all of
// them, whatever its date. It is read from the (event_id, role, score, article_id) index, and only
// its links' articles are read. A group is then complete when it has `perGroup` links in the set,
// or as many as it has in the whole event (summary_events, in the same statement and so the same
// snapshot); when the summaries cannot say (turned off, or a slice they do not answer), a group
// short of `perGroup` is not known to be complete. Any group not known complete: the full ranking.
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma, type Db } from '@/lib/db/prisma';
import type { SliceFilter } from '@/lib/filters/slice';
import { STANCES } from '@/lib/stance';
import { ARTICLE_STANCE, COUNTED_ONCE } from './counting-rules';
import { narrowed } from './slice';
import { summariesEnabled, summaryFilter, summaryWhere } from './summaries';
import type { EventArticle } from './events';

/**
 * Links walked per headline before the bound (×perGroup): the smallest group must have
 * `perGroup` links among the walked ones, and at 1M articles the unrated group holds about 3% of
 * an event's links. Ties on the bound's (about, score) come along whatever this is (10,697 links
 * of the 1988 massacre have role 'about' and score 1).
 */
export const HEADLINE_WALK = 50;

/** The event's counted links per group within the slice, where the summaries know it; else each group that may appear, at perGroup. */
function groupTotals(eventId: number, perGroup: number, narrow: SliceFilter | undefined): Prisma.Sql {
  const sf = summariesEnabled() ? summaryFilter(narrow ?? {}) : null;
  if (sf) {
    return Prisma.sql`SELECT s.stance::text AS stance, sum(s.articles) AS total FROM summary_events s
                      WHERE s.event_id = ${eventId} AND ${summaryWhere(sf, { byPublisher: true, byYear: true })} GROUP BY 1`;
  }
  const groups: string[] = narrow?.stances.length ? narrow.stances : [...STANCES];
  return Prisma.sql`SELECT unnest(${groups}::text[]) AS stance, ${perGroup}::bigint AS total`;
}

/** A headline's columns for the first `perGroup` of each group of a relation `ranked` (article_id, stance, rank). */
function headlineRows(eventId: number, perGroup: number): Prisma.Sql {
  return Prisma.sql`
    SELECT a.id, a.title, a.language, to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt",
           a.date_precision::text AS "datePrecision", p.name AS publisher, p.slug AS "publisherSlug",
           ranked.stance, v.name AS via, ae.role, ae.score, ae.method, ae.evidence, ranked.rank,
           (SELECT count(*)::int FROM articles c WHERE c.reprint_of_id = a.id) AS copies
    FROM ranked
    JOIN article_events ae ON ae.article_id = ranked.article_id AND ae.event_id = ${eventId}
    JOIN articles a ON a.id = ranked.article_id
    JOIN publishers p ON p.id = a.publisher_id
    LEFT JOIN publishers v ON v.id = a.via_id
    WHERE ranked.rank <= ${perGroup}`;
}

/** The full ranking over every link of the event: the definition, and the fallback. */
export function rankAllEventArticles(eventId: number, perGroup: number, narrow: SliceFilter | undefined, db: Db): Promise<EventArticle[]> {
  return db.$queryRaw<EventArticle[]>`
    WITH ranked AS (
      SELECT ae.article_id, ${ARTICLE_STANCE}::text AS stance,
             row_number() OVER (PARTITION BY ${ARTICLE_STANCE} ORDER BY ae.role = 'about' DESC, ae.score DESC, a.published_at DESC NULLS LAST, a.id) AS rank
      FROM article_events ae
      JOIN articles a ON a.id = ae.article_id
      JOIN publishers p ON p.id = a.publisher_id
      WHERE ae.event_id = ${eventId} AND ${COUNTED_ONCE} AND ${narrowed(narrow)}
    )
    ${headlineRows(eventId, perGroup)}
    ORDER BY stance, rank`;
}

type Bounded = Omit<EventArticle, 'id'> & { id: number | null; complete: boolean };

/**
 * The first `perGroup` articles of each group, walking `walk` links (and their ties) before
 * falling back to the full ranking. `walk` is a parameter for the tests, which make it small.
 */
export async function rankEventArticles(eventId: number, perGroup: number, narrow: SliceFilter | undefined, walk: number, db: Db = prisma()): Promise<EventArticle[]> {
  const bounded = await boundedEventArticles(eventId, perGroup, narrow, walk, db);
  return bounded.complete ? bounded.rows : rankAllEventArticles(eventId, perGroup, narrow, db);
}

/** The ranking among the walked links, and whether it is known to be every group's first `perGroup`. */
export async function boundedEventArticles(
  eventId: number,
  perGroup: number,
  narrow: SliceFilter | undefined,
  walk: number,
  db: Db = prisma(),
): Promise<{ rows: EventArticle[]; complete: boolean }> {
  const n = Math.max(1, Math.floor(walk));
  // The bound's (about, score): from the 'about' links alone when there are n of them (an index
  // range), else the (n - abouts)-th other link. Links at or above it are read from the index, each
  // article by its key (a LATERAL subquery: the planner, not knowing how few there are, would
  // otherwise hash every counted article of the corpus).
  const rows = await db.$queryRaw<Bounded[]>`
    WITH about_nth AS MATERIALIZED (
      SELECT ae.score FROM article_events ae WHERE ae.event_id = ${eventId} AND ae.role = 'about'
      ORDER BY ae.score DESC OFFSET ${n - 1} LIMIT 1
    ), bound AS MATERIALIZED (
      SELECT true AS about, score FROM about_nth
      UNION ALL
      SELECT false, x.score FROM (
        SELECT ae.score FROM article_events ae WHERE ae.event_id = ${eventId} AND ae.role <> 'about' ORDER BY ae.score DESC
        OFFSET ${n - 1} - (SELECT count(*) FROM article_events ae WHERE ae.event_id = ${eventId} AND ae.role = 'about') LIMIT 1) x
      WHERE NOT EXISTS (SELECT FROM about_nth)
    ), links AS (
      SELECT ae.article_id, ae.role, ae.score FROM article_events ae
      WHERE ae.event_id = ${eventId} AND ae.role = 'about'
        AND ae.score >= coalesce((SELECT b.score FROM bound b WHERE b.about), '-Infinity')
      UNION ALL
      SELECT ae.article_id, ae.role, ae.score FROM article_events ae
      WHERE ae.event_id = ${eventId} AND ae.role <> 'about' AND NOT coalesce((SELECT b.about FROM bound b), false)
        AND ae.score >= coalesce((SELECT b.score FROM bound b), '-Infinity')
    ), ranked AS MATERIALIZED (
      SELECT l.article_id, a.stance,
             row_number() OVER (PARTITION BY a.stance ORDER BY l.role = 'about' DESC, l.score DESC, a.published_at DESC NULLS LAST, a.id) AS rank
      FROM links l CROSS JOIN LATERAL (
        SELECT a.id, a.published_at, ${ARTICLE_STANCE}::text AS stance
        FROM articles a JOIN publishers p ON p.id = a.publisher_id
        WHERE a.id = l.article_id AND ${COUNTED_ONCE} AND ${narrowed(narrow)} OFFSET 0) a
    ), walked AS (
      SELECT stance, count(*) AS n FROM ranked GROUP BY 1
    ), complete AS (
      SELECT NOT EXISTS (SELECT FROM bound) OR NOT EXISTS (
        SELECT FROM (${groupTotals(eventId, perGroup, narrow)}) t LEFT JOIN walked w ON w.stance = t.stance
        WHERE coalesce(w.n, 0) < least(${perGroup}::bigint, t.total)) AS ok
    )
    SELECT h.*, c.ok AS complete
    FROM complete c LEFT JOIN (${headlineRows(eventId, perGroup)}) h ON TRUE
    ORDER BY h.stance, h.rank`;
  return { rows: rows.filter((r) => r.id !== null).map(({ complete: _, ...r }) => r as EventArticle), complete: rows[0]?.complete === true };
}
