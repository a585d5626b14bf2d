// The blind reading (/events/<slug>/blind): the event's articles a set may draw from, then the
// drawn articles' stored analysis (passages, figures, quotes, outlet names) and, on reveal
// only, what the answers show. lib/shape/blind.ts draws, masks and explains. Reprints count
// once, as elsewhere (the original stands for them), and an article's group is its own
// override or its outlet's.
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma, type Db } from '@/lib/db/prisma';
import type { RatedStance } from '@/lib/filters/blind';
import type { BlindAnswerSource, BlindSource } from '@/lib/shape/blind';
import { RATED_STANCES } from '@/lib/stance';
import { cachedQuery, cachedRecent, cacheKey, type Recent } from './cache';
import { ARTICLE_STANCE, COUNTED_ONCE } from './counting-rules';

export interface BlindArticleRow {
  id: number;
  stance: RatedStance;
  language: string;
}

/** Every article of the event in a rated group (unrated outlets have no answer to reveal). */
export async function blindArticles(eventId: number, db: Db = prisma()): Promise<BlindArticleRow[]> {
  return cachedQuery(
    cacheKey('blindArticles', eventId),
    () =>
      db.$queryRaw<BlindArticleRow[]>`
        -- The event's links first: the planner cannot estimate the group filter (an expression)
        -- and otherwise scans every article for a large event (1.7 s against 1.3 s at 1M).
        WITH ae AS MATERIALIZED (SELECT article_id FROM article_events WHERE event_id = ${eventId})
        SELECT a.id, ${ARTICLE_STANCE}::text AS stance, a.language
        FROM ae JOIN articles a ON a.id = ae.article_id JOIN publishers p ON p.id = a.publisher_id
        WHERE ${COUNTED_ONCE} AND ${ARTICLE_STANCE}::text IN (${Prisma.join([...RATED_STANCES])})
        ORDER BY a.id`,
    db,
  );
}

/**
 * How long a blind-reading page waits for a recount of the event's articles before drawing from
 * the last one. Shorter than /compare's second: the list takes about as long as the gap between an
 * import's commits at 1M, so with a second's wait nearly every request during an import waited
 * it out (p50 1.2 s at 16 clients); a small corpus reads its list well within this.
 */
export const BLIND_WAIT_MS = 250;

/**
 * The event's articles for drawing a set, as the page reads them: the list at the current data
 * version if it can be had within BLIND_WAIT_MS, else the last list counted (with `countedAt`)
 * while it is counted again. At 1M articles an event's list takes a second or more to read, and
 * while an import commits every few seconds the page would otherwise never catch up (issue 15).
 */
export function recentBlindArticles(eventId: number, db: Db = prisma()): Promise<Recent<BlindArticleRow[]>> {
  return cachedRecent(cacheKey('recentBlindArticles', eventId), () => blindArticles(eventId, db), BLIND_WAIT_MS, db);
}

/** The drawn articles with their text, the event's evidence and figures, their quotes and the outlet's names. */
export async function blindSources(eventId: number, ids: number[], db: Db = prisma()): Promise<BlindSource[]> {
  if (ids.length === 0) return [];
  return db.$queryRaw<BlindSource[]>`
    SELECT a.id, ${ARTICLE_STANCE}::text AS stance, a.language, ae.role, a.title, a.body,
           coalesce((SELECT json_agg(json_build_object('start', (e->>'start')::int, 'end', (e->>'end')::int)) FROM jsonb_array_elements(ae.evidence) e), '[]') AS evidence,
           coalesce((SELECT json_agg(json_build_object('start', c.span_start, 'end', c.span_end) ORDER BY c.span_start) FROM claims c WHERE c.article_id = a.id AND c.event_id = ${eventId}), '[]') AS claims,
           coalesce((SELECT json_agg(json_build_object('start', q.span_start, 'end', q.span_end) ORDER BY q.span_start) FROM attributions q WHERE q.article_id = a.id), '[]') AS quotes,
           array_remove(ARRAY[p.name, v.name] || p.aliases || p.domains || coalesce(v.aliases, '{}') || coalesce(v.domains, '{}'), NULL) AS "outletNames"
    FROM articles a
    JOIN article_events ae ON ae.article_id = a.id AND ae.event_id = ${eventId}
    JOIN publishers p ON p.id = a.publisher_id
    LEFT JOIN publishers v ON v.id = a.via_id
    WHERE a.id IN (${Prisma.join(ids)})
    ORDER BY a.id`;
}

/** What the reveal shows for the drawn articles: outlet, date, terms, figures, quotes, leaning. */
export async function blindAnswers(ids: number[], db: Db = prisma()): Promise<BlindAnswerSource[]> {
  if (ids.length === 0) return [];
  return db.$queryRaw<BlindAnswerSource[]>`
    SELECT a.id, a.title, a.body, to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt",
           p.name AS publisher, p.slug AS "publisherSlug", v.name AS via, ${ARTICLE_STANCE}::text AS stance,
           coalesce((SELECT json_agg(json_build_object('term', t.term, 'offsets', t.offsets) ORDER BY t.term) FROM article_terms t WHERE t.article_id = a.id), '[]') AS terms,
           coalesce((SELECT json_agg(json_build_object('start', c.span_start, 'end', c.span_end, 'label', concat_ws(' ', c.qualifier, c.value_text), 'kind', c.kind, 'source', c.source) ORDER BY c.span_start) FROM claims c WHERE c.article_id = a.id), '[]') AS claims,
           coalesce((SELECT json_agg(json_build_object('start', q.span_start, 'end', q.span_end, 'entity', q.entity, 'verb', q.verb, 'quoted', q.quoted) ORDER BY q.span_start) FROM attributions q WHERE q.article_id = a.id), '[]') AS quotes,
           (SELECT x.stance_leaning FROM article_analysis x WHERE x.article_id = a.id) AS leaning
    FROM articles a
    JOIN publishers p ON p.id = a.publisher_id
    LEFT JOIN publishers v ON v.id = a.via_id
    WHERE a.id IN (${Prisma.join(ids)})
    ORDER BY a.id`;
}
