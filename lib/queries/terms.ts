// The term dictionary (/terms, /terms/<id>) and its exports: every lexicon term's rate per group
// over the corpus, and for one term its rate per group and year, example sentences from each
// group's articles and the events where it is used most. Aggregates in SQL; an article's group
// is ARTICLE_STANCE and a reprint counts once (COUNTED_ONCE), as in every comparison. Rates
// divide by all the words of the group's articles in scope, so a group that never uses a term
// has 0. The counts come from the summary tables when they are on (docs/summaries.md), the
// examples from a walk over the newest articles (term-examples.ts): while an import commits,
// each data version costs milliseconds, not a pass over every article using the term.
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma, type Db } from '@/lib/db/prisma';
import { parseSliceFilter } from '@/lib/filters/slice';
import type { TermRate } from '@/lib/shape/compare';
import type { StanceKey } from '@/lib/stance';
import { cachedQuery, cacheKey } from './cache';
import { compareTermRates, sliceGroupCounts, type SliceGroupCount } from './compare';
import { ARTICLE_STANCE, COUNTED_ONCE } from './counting-rules';
import { summariesEnabled } from './summaries';

export interface TermIndex {
  /** One row per group × term the group uses. */
  rates: TermRate[];
  /** Articles and words per group: the rates' denominators. */
  groups: SliceGroupCount[];
}

/** Every term's rate per group over the whole corpus (the /terms table). */
export async function termIndex(db: Db = prisma()): Promise<TermIndex> {
  const all = parseSliceFilter({});
  const [rates, groups] = await Promise.all([compareTermRates(all, db), sliceGroupCounts(all, db)]);
  return { rates, groups };
}

export interface TermUsageRow {
  stance: StanceKey;
  /** Publication year; null for undated articles. */
  year: number | null;
  /** Occurrences of the term. */
  count: number;
  /** The group's articles that year using the term. */
  articles: number;
  /** All the group's articles that year, and their words (the rate's denominator). */
  groupArticles: number;
  words: number;
  /** Occurrences per 1,000 words, to 3 decimals. */
  rate: number;
}

/** One term per group and year, every (group, year) with articles included, zeros too. */
export async function termUsage(term: string, db: Db = prisma()): Promise<TermUsageRow[]> {
  // From the summaries (docs/summaries.md), when on: words per group and year are the counted
  // articles' (summary_articles), occurrences the counted articles' term rows (summary_terms),
  // both by the article's own group; year 0 there is undated. The casts give the numbers the
  // types they have over the articles, so that the rates round alike.
  const fromSummaries = summariesEnabled();
  const [words, used] = fromSummaries
    ? [
        Prisma.sql`SELECT s.stance::text AS stance, nullif(s.year, 0) AS year, sum(s.articles)::bigint AS n, sum(s.words)::bigint AS w
                   FROM summary_articles s WHERE s.counted GROUP BY 1, 2`,
        Prisma.sql`SELECT s.stance::text AS stance, nullif(s.year, 0) AS year, sum(s.count)::bigint AS c, sum(s.articles)::bigint AS k
                   FROM summary_terms s WHERE s.term = ${term} GROUP BY 1, 2`,
      ]
    : [
        Prisma.sql`SELECT stance, year, count(*) AS n, sum(word_count) AS w FROM scope GROUP BY 1, 2`,
        Prisma.sql`SELECT s.stance, s.year, sum(t.count) AS c, count(*) AS k
                   FROM scope s JOIN article_terms t ON t.article_id = s.id AND t.term = ${term}
                   GROUP BY 1, 2`,
      ];
  const scope = fromSummaries
    ? Prisma.empty
    : Prisma.sql`scope AS (
          SELECT a.id, a.word_count, ${ARTICLE_STANCE}::text AS stance, extract(year FROM a.published_at)::int AS year
          FROM articles a JOIN publishers p ON p.id = a.publisher_id
          WHERE ${COUNTED_ONCE}
        ),`;
  return cachedQuery(
    cacheKey('termUsage', term, fromSummaries),
    () =>
      db.$queryRaw<TermUsageRow[]>`
        WITH ${scope} words AS (${words}), used AS (${used})
        SELECT w.stance, w.year, coalesce(u.c, 0)::int AS count, coalesce(u.k, 0)::int AS articles,
               w.n::int AS "groupArticles", coalesce(w.w, 0)::int AS words,
               round((coalesce(u.c, 0) * 1000.0 / nullif(w.w, 0))::numeric, 3)::float8 AS rate
        FROM words w LEFT JOIN used u ON u.stance = w.stance AND u.year IS NOT DISTINCT FROM w.year
        ORDER BY w.year NULLS LAST, array_position(ARRAY['advocacy', 'mainstream', 'critical', 'unrated'], w.stance)`,
    db,
  );
}

export { TERM_EXAMPLES, termExamples, type TermExampleRow } from './term-examples';

export interface TermEventRow {
  slug: string;
  name: string;
  period: string;
  /** Occurrences in the event's articles, all groups. */
  count: number;
  /** The event's articles using the term. */
  articles: number;
  /** All the event's articles, and their words. */
  eventArticles: number;
  words: number;
  /** Occurrences per 1,000 words of the event's articles, to 3 decimals. */
  rate: number;
  /** Occurrences per group. */
  advocacy: number;
  mainstream: number;
  critical: number;
  unrated: number;
}

/** Events shown on a term's page. */
export const TERM_EVENTS = 10;

/** The events whose coverage uses the term most (occurrences), at most `limit` (null: all). */
export async function termEvents(term: string, limit: number | null = TERM_EVENTS, db: Db = prisma()): Promise<TermEventRow[]> {
  // From the event summaries when on: occurrences per event and group are the counted linked
  // articles' term rows (summary_event_terms), words and articles per event all its counted
  // links (summary_events), as below over the links.
  const fromSummaries = summariesEnabled();
  const used = fromSummaries
    ? Prisma.sql`
          SELECT s.event_id, s.stance::text AS stance, sum(s.count)::bigint AS c, sum(s.articles)::bigint AS k
          FROM summary_event_terms s WHERE s.term = ${term}
          GROUP BY 1, 2`
    : Prisma.sql`
          SELECT ae.event_id, ${ARTICLE_STANCE}::text AS stance, sum(t.count) AS c, count(*) AS k
          FROM article_terms t
          JOIN article_events ae ON ae.article_id = t.article_id
          JOIN articles a ON a.id = t.article_id JOIN publishers p ON p.id = a.publisher_id
          WHERE t.term = ${term} AND ${COUNTED_ONCE}
          GROUP BY 1, 2`;
  const words = fromSummaries
    ? Prisma.sql`
          SELECT s.event_id, sum(s.articles)::bigint AS n, sum(s.words)::bigint AS w
          FROM summary_events s WHERE s.event_id IN (SELECT event_id FROM per_event)
          GROUP BY 1`
    : Prisma.sql`
          SELECT ae.event_id, count(*) AS n, sum(a.word_count) AS w
          FROM article_events ae JOIN articles a ON a.id = ae.article_id
          WHERE ae.event_id IN (SELECT event_id FROM per_event) AND ${COUNTED_ONCE}
          GROUP BY 1`;
  return cachedQuery(
    cacheKey('termEvents', term, limit, fromSummaries),
    () =>
      db.$queryRaw<TermEventRow[]>`
        WITH used AS (${used}),
        per_event AS (
          SELECT event_id, sum(c) AS c, sum(k) AS k,
                 coalesce(sum(c) FILTER (WHERE stance = 'advocacy'), 0) AS advocacy,
                 coalesce(sum(c) FILTER (WHERE stance = 'mainstream'), 0) AS mainstream,
                 coalesce(sum(c) FILTER (WHERE stance = 'critical'), 0) AS critical,
                 coalesce(sum(c) FILTER (WHERE stance = 'unrated'), 0) AS unrated
          FROM used GROUP BY 1
          ORDER BY sum(c) DESC, event_id
          LIMIT ${limit === null ? null : limit}
        ),
        words AS (${words})
        SELECT e.slug, e.name, e.period, pe.c::int AS count, pe.k::int AS articles, w.n::int AS "eventArticles", w.w::int AS words,
               round((pe.c * 1000.0 / nullif(w.w, 0))::numeric, 3)::float8 AS rate,
               pe.advocacy::int AS advocacy, pe.mainstream::int AS mainstream, pe.critical::int AS critical, pe.unrated::int AS unrated
        FROM per_event pe JOIN events e ON e.id = pe.event_id JOIN words w ON w.event_id = pe.event_id
        ORDER BY pe.c DESC, e.date_start NULLS LAST, e.slug`,
    db,
  );
}
