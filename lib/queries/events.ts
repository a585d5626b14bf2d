// Events and the per-group comparison behind /events and /events/[slug], and their exports (the
// events and event-comparison datasets read these same functions, narrowed by a slice and
// uncapped). Each function is one aggregate query; the page's per-group lists are capped in SQL
// so a large event never loads whole tables. An article's group is ARTICLE_STANCE (a curator's
// override, else its outlet's) and reprints count once (COUNTED_ONCE): the original stands for
// them.
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma, type Db } from '@/lib/db/prisma';
import type { EventFields } from '@/lib/analysis/catalog';
import { parseSliceFilter, type SliceFilter } from '@/lib/filters/slice';
import type { DatePrecision } from '@/lib/parse/types';
import type { TermRate } from '@/lib/shape/compare';
import type { StanceKey } from '@/lib/stance';
import { cachedQuery, cacheKey } from './cache';
import { HEADLINE_WALK, rankEventArticles } from './event-headlines';
import { topEventSources } from './event-sources';
import { ARTICLE_STANCE, COUNTED_ONCE } from './counting-rules';
import { narrowed, sliceWhere } from './slice';
import { groupAndLanguageOnly, summariesEnabled, summaryFilter, summaryWhere, type SummaryFilter } from './summaries';

export type StanceCounts = Record<StanceKey, number>;

export interface EventCoverageRow extends EventFields {
  id: number;
  /** catalog (data/events.json) or user (created in the app). */
  origin: string;
  articles: number;
  about: number;
  publishers: number;
  advocacy: number;
  mainstream: number;
  critical: number;
  unrated: number;
  firstCoverage: string | null;
  lastCoverage: string | null;
}

/**
 * Every event with its coverage, most covered first: the events table, the overview and the
 * events export. The slice's dates, outlets and groups narrow which articles count; its event
 * keeps only that event's row.
 */
export async function listEventCoverage(f: SliceFilter = parseSliceFilter({}), db: Db = prisma()): Promise<EventCoverageRow[]> {
  // Counted per (event, outlet) first, so outlets per event is a count of groups rather than a
  // count(DISTINCT) that sorts every link; events without coverage keep their zero row. From the
  // event summary when the slice is whole years (docs/summaries.md), else over every link.
  const sf = summariesEnabled() ? summaryFilter(f) : null;
  const perOutlet = sf
    ? Prisma.sql`
          SELECT s.event_id, s.publisher_id, sum(s.articles) AS n, sum(s.about) AS about,
                 coalesce(sum(s.articles) FILTER (WHERE s.stance = 'advocacy'), 0) AS advocacy,
                 coalesce(sum(s.articles) FILTER (WHERE s.stance = 'mainstream'), 0) AS mainstream,
                 coalesce(sum(s.articles) FILTER (WHERE s.stance = 'critical'), 0) AS critical,
                 coalesce(sum(s.articles) FILTER (WHERE s.stance = 'unrated'), 0) AS unrated,
                 min(s.first_day) AS first, max(s.last_day) AS last
          FROM summary_events s
          WHERE ${summaryWhere(sf, { byPublisher: true, byYear: true })}
          GROUP BY 1, 2`
    : Prisma.sql`
          SELECT ae.event_id, a.publisher_id, count(*) AS n,
                 count(*) FILTER (WHERE ae.role = 'about') AS about,
                 count(*) FILTER (WHERE ${ARTICLE_STANCE} = 'advocacy') AS advocacy,
                 count(*) FILTER (WHERE ${ARTICLE_STANCE} = 'mainstream') AS mainstream,
                 count(*) FILTER (WHERE ${ARTICLE_STANCE} = 'critical') AS critical,
                 count(*) FILTER (WHERE ${ARTICLE_STANCE} = 'unrated') AS unrated,
                 min(a.published_at) AS first, max(a.published_at) AS last
          FROM article_events ae
          JOIN articles a ON a.id = ae.article_id AND ${COUNTED_ONCE}
          JOIN publishers p ON p.id = a.publisher_id
          WHERE ${narrowed(f)}
          GROUP BY 1, 2`;
  return cachedQuery(
    cacheKey('listEventCoverage', f, !!sf),
    () =>
      db.$queryRaw<EventCoverageRow[]>`
        WITH per_outlet AS (${perOutlet})
        SELECT e.id, e.slug, e.name, e.period, e.origin, e.description,
               to_char(e.date_start, 'YYYY-MM-DD') AS "dateStart", to_char(e.date_end, 'YYYY-MM-DD') AS "dateEnd",
               coalesce(sum(c.n), 0)::int AS articles,
               coalesce(sum(c.about), 0)::int AS about,
               count(c.publisher_id)::int AS publishers,
               coalesce(sum(c.advocacy), 0)::int AS advocacy,
               coalesce(sum(c.mainstream), 0)::int AS mainstream,
               coalesce(sum(c.critical), 0)::int AS critical,
               coalesce(sum(c.unrated), 0)::int AS unrated,
               to_char(min(c.first), 'YYYY-MM-DD') AS "firstCoverage",
               to_char(max(c.last), 'YYYY-MM-DD') AS "lastCoverage"
        FROM events e
        LEFT JOIN per_outlet c ON c.event_id = e.id
        WHERE ${f.event ? Prisma.sql`e.slug = ${f.event}` : Prisma.sql`TRUE`}
        GROUP BY e.id
        ORDER BY coalesce(sum(c.n), 0) DESC, e.date_start NULLS LAST, e.name, e.id`,
    db,
  );
}

export interface EventDetail extends EventFields {
  id: number;
  origin: string;
  cues: { strong?: string[]; support?: string[]; minSupport?: number; [k: string]: unknown };
}

export async function getEvent(slug: string, db: Db = prisma()): Promise<EventDetail | null> {
  const rows = await db.$queryRaw<EventDetail[]>`
    SELECT id, slug, name, period, description, origin, cues,
           to_char(date_start, 'YYYY-MM-DD') AS "dateStart", to_char(date_end, 'YYYY-MM-DD') AS "dateEnd"
    FROM events WHERE slug = ${slug}`;
  return rows[0] ?? null;
}

export interface GroupSummary {
  stance: StanceKey;
  articles: number;
  about: number;
  publishers: number;
  words: number;
}

/** An event's coverage per group; `narrow` keeps only a slice's articles (dates, outlets, groups). */
export async function eventGroupSummary(eventId: number, narrow?: SliceFilter, db: Db = prisma()): Promise<GroupSummary[]> {
  // Per (group, outlet) first: outlets per group without a count(DISTINCT) sort.
  const sf = narrowSummary(narrow);
  if (sf) {
    return cachedQuery(cacheKey('eventGroupSummary', eventId, narrow ?? null, 's'), () =>
      db.$queryRaw<GroupSummary[]>`
        SELECT stance, sum(n)::int AS articles, sum(about)::int AS about, count(*)::int AS publishers, coalesce(sum(w), 0)::int AS words
        FROM (SELECT s.stance::text AS stance, s.publisher_id, sum(s.articles) AS n, sum(s.about) AS about, sum(s.words) AS w
              FROM summary_events s WHERE s.event_id = ${eventId} AND ${summaryWhere(sf, { byPublisher: true, byYear: true })}
              GROUP BY 1, 2) per_outlet
        GROUP BY 1`,
      db,
    );
  }
  return cachedQuery(cacheKey('eventGroupSummary', eventId, narrow ?? null), () =>
    db.$queryRaw<GroupSummary[]>`
      SELECT stance, sum(n)::int AS articles, sum(about)::int AS about, count(*)::int AS publishers,
             coalesce(sum(w), 0)::int AS words
      FROM (
        SELECT ${ARTICLE_STANCE}::text AS stance, p.id, count(*) AS n,
               count(*) FILTER (WHERE ae.role = 'about') AS about, sum(a.word_count) AS w
        FROM article_events ae JOIN articles a ON a.id = ae.article_id JOIN publishers p ON p.id = a.publisher_id
        WHERE ae.event_id = ${eventId} AND ${COUNTED_ONCE} AND ${narrowed(narrow)}
        GROUP BY 1, 2
      ) per_outlet
      GROUP BY 1`,
    db,
  );
}

export interface EvidencePassage {
  start: number;
  end: number;
  text: string;
  cues: string[];
}

export interface EventArticle {
  id: number;
  title: string;
  /** The article's language (ISO 639-1): its title and passages are shown in their direction. */
  language: string;
  publishedAt: string | null;
  datePrecision: DatePrecision;
  publisher: string;
  publisherSlug: string;
  stance: StanceKey;
  via: string | null;
  role: 'about' | 'mention';
  score: number;
  method: string;
  evidence: EvidencePassage[];
  /** Reprints of this text elsewhere in the corpus (counted once, as this one). */
  copies: number;
}

/**
 * Headlines per group on an event page. Each costs server rendering on every view (twice: HTML and
 * the RSC payload); the rest are one link away in the article list filtered to the event.
 */
export const EVENT_HEADLINES = 12;

/** The highest-scoring articles of each group (at most `perGroup` each). */
export async function eventArticles(eventId: number, perGroup = EVENT_HEADLINES, narrow?: SliceFilter): Promise<EventArticle[]> {
  // Ranks on the sort keys alone, then fetches titles and evidence for the few rows kept; the
  // ranking reads only the best-ranked links when that is exact (./event-headlines).
  return cachedQuery(cacheKey('eventArticles', eventId, perGroup, narrow ?? null), () => rankEventArticles(eventId, perGroup, narrow, perGroup * HEADLINE_WALK));
}

/** A narrowing slice in summary terms (its event aside), or null when the summaries cannot answer it. */
function narrowSummary(narrow: SliceFilter | undefined): SummaryFilter | null {
  if (!summariesEnabled()) return null;
  return narrow ? summaryFilter(narrow) : summaryFilter({});
}

/**
 * Which articles an aggregate covers: an event's (narrowed by the slice's other filters when
 * both are given: the event comparison export), a slice's (the /compare page) or the corpus.
 */
export interface Scope {
  eventId?: number;
  slice?: SliceFilter;
}

/**
 * Term rates per group over a scope. Rates divide by all words of the group's articles in scope
 * (not only those using the term), so a group that never says a word has 0.
 */
export async function termRates(scope: Scope = {}, db: Db = prisma()): Promise<TermRate[]> {
  const fromSummary = termRatesFromSummaries(scope, db);
  if (fromSummary) return fromSummary;
  const inScope = scope.eventId
    ? Prisma.sql`SELECT a.id, a.word_count, ${ARTICLE_STANCE} AS stance FROM article_events ae JOIN articles a ON a.id = ae.article_id JOIN publishers p ON p.id = a.publisher_id WHERE ae.event_id = ${scope.eventId} AND ${COUNTED_ONCE} AND ${narrowed(scope.slice)}`
    : Prisma.sql`SELECT a.id, a.word_count, ${ARTICLE_STANCE} AS stance FROM articles a JOIN publishers p ON p.id = a.publisher_id WHERE ${scope.slice ? sliceWhere(scope.slice) : Prisma.sql`TRUE`} AND ${COUNTED_ONCE}`;
  return cachedQuery(cacheKey('termRates', scope), () =>
    db.$queryRaw<TermRate[]>`
      WITH scope AS (${inScope}),
           words AS (SELECT stance, sum(word_count) AS w FROM scope GROUP BY stance)
      -- An article has one article_terms row per term (primary key) and is in scope once, so
      -- count(*) counts articles: count(DISTINCT) gave the same numbers through a sort of every
      -- term row (30 s instead of 6.5 s over 1M articles; 2–3 s instead of 0.9 s for one event).
      SELECT s.stance::text AS stance, t.term, t.category, sum(t.count)::int AS count,
             count(*)::int AS articles,
             round((sum(t.count) * 1000.0 / nullif(max(w.w), 0))::numeric, 3)::float8 AS rate
      FROM scope s JOIN article_terms t ON t.article_id = s.id JOIN words w ON w.stance = s.stance
      GROUP BY s.stance, t.term, t.category
      ORDER BY t.category, t.term, s.stance`,
    db,
  );
}

/**
 * termRates from the term summaries, when the scope is one the summaries answer: an event (or a
 * slice's event) narrowed by groups and languages only, or the corpus narrowed by groups,
 * languages and whole years. Null otherwise.
 */
function termRatesFromSummaries(scope: Scope, db: Db): Promise<TermRate[]> | null {
  if (!summariesEnabled()) return null;
  const sf = scope.slice ? summaryFilter(scope.slice) : summaryFilter({});
  if (!sf) return null;
  const eventId = scope.eventId ?? null;
  const eventSlug = scope.eventId ? null : (scope.slice?.event ?? null);
  let words: Prisma.Sql;
  let terms: Prisma.Sql;
  if (eventId !== null || eventSlug !== null) {
    if (!groupAndLanguageOnly(sf)) return null;
    const event = eventId !== null ? Prisma.sql`${eventId}::int` : Prisma.sql`(SELECT id FROM events WHERE slug = ${eventSlug})`;
    const where = summaryWhere(sf, { byPublisher: false, byYear: false });
    words = Prisma.sql`SELECT s.stance, sum(s.words) AS w FROM summary_events s WHERE s.event_id = ${event} AND ${where} GROUP BY 1`;
    terms = Prisma.sql`SELECT s.stance, s.term, s.category, s.count, s.articles FROM summary_event_terms s WHERE s.event_id = ${event} AND ${where}`;
  } else {
    if (sf.publishers.length) return null;
    const where = summaryWhere(sf, { byPublisher: false, byYear: true });
    words = Prisma.sql`SELECT s.stance, sum(s.words) AS w FROM summary_articles s WHERE s.counted AND ${where} GROUP BY 1`;
    terms = Prisma.sql`SELECT s.stance, s.term, s.category, s.count, s.articles FROM summary_terms s WHERE ${where}`;
  }
  return cachedQuery(cacheKey('termRates', scope, 's'), () =>
    db.$queryRaw<TermRate[]>`
      WITH words AS (${words}), terms AS (${terms})
      SELECT t.stance::text AS stance, t.term, t.category, sum(t.count)::int AS count, sum(t.articles)::int AS articles,
             round((sum(t.count) * 1000.0 / nullif(max(w.w), 0))::numeric, 3)::float8 AS rate
      FROM terms t JOIN words w ON w.stance = t.stance
      GROUP BY t.stance, t.term, t.category
      ORDER BY t.category, t.term, t.stance`,
    db,
  );
}

export interface SourceCount {
  stance: StanceKey;
  entity: string;
  entityType: string;
  mentions: number;
  articles: number;
  example: string;
  exampleArticleId: number;
}

/**
 * Who is quoted or cited in a scope's articles, by group, most mentioned first: at most
 * `perGroup` per group (null: all of them).
 */
export async function sourceCounts(scope: Scope = {}, perGroup: number | null = 15, db: Db = prisma()): Promise<SourceCount[]> {
  const sf = scope.eventId ? narrowSummary(scope.slice) : null;
  if (scope.eventId && groupAndLanguageOnly(sf)) {
    // From the event's source summary; the example is the first attribution by id, as below. The
    // page's capped lists read only the entities that can rank (./event-sources); the export's
    // uncapped one totals them all.
    const eventId = scope.eventId;
    if (perGroup !== null) return cachedQuery(cacheKey('sourceCounts', scope, perGroup, 's'), () => topEventSources(eventId, sf, perGroup, db), db);
    const where = summaryWhere(sf, { byPublisher: false, byYear: false });
    return cachedQuery(cacheKey('sourceCounts', scope, perGroup, 's'), () =>
      db.$queryRaw<SourceCount[]>`
        WITH per AS (
          SELECT s.stance, s.entity, sum(s.mentions)::int AS mentions, sum(s.articles)::int AS articles, min(s.first_id) AS first_id,
                 row_number() OVER (PARTITION BY s.stance ORDER BY sum(s.mentions) DESC, s.entity) AS rank
          FROM summary_event_sources s WHERE s.event_id = ${scope.eventId} AND ${where}
          GROUP BY s.stance, s.entity
        )
        SELECT k.stance::text AS stance, k.entity,
               (SELECT min(s.entity_type) FROM summary_event_source_types s
                WHERE s.event_id = ${scope.eventId} AND s.stance = k.stance AND s.entity = k.entity AND ${where}) AS "entityType",
               k.mentions, k.articles, q.sentence AS example, q.article_id AS "exampleArticleId", k.rank
        FROM per k JOIN attributions q ON q.id = k.first_id
        ORDER BY k.stance::text, k.rank`,
      db,
    );
  }
  const filter = scope.eventId
    ? Prisma.sql`WHERE EXISTS (SELECT 1 FROM article_events ae WHERE ae.article_id = q.article_id AND ae.event_id = ${scope.eventId}) AND ${COUNTED_ONCE} AND ${narrowed(scope.slice)}`
    : scope.slice
      ? Prisma.sql`WHERE ${sliceWhere(scope.slice)} AND ${COUNTED_ONCE}`
      : Prisma.sql`WHERE ${COUNTED_ONCE}`;
  return cachedQuery(cacheKey('sourceCounts', scope, perGroup), () =>
    db.$queryRaw<SourceCount[]>`
      SELECT * FROM (
        SELECT ${ARTICLE_STANCE}::text AS stance, q.entity, min(q.entity_type) AS "entityType",
               count(*)::int AS mentions, count(DISTINCT q.article_id)::int AS articles,
               (array_agg(q.sentence ORDER BY q.id))[1] AS example,
               (array_agg(q.article_id ORDER BY q.id))[1] AS "exampleArticleId",
               row_number() OVER (PARTITION BY ${ARTICLE_STANCE} ORDER BY count(*) DESC, q.entity) AS rank
        FROM attributions q JOIN articles a ON a.id = q.article_id JOIN publishers p ON p.id = a.publisher_id
        ${filter}
        GROUP BY ${ARTICLE_STANCE}, q.entity
      ) ranked WHERE ${perGroup === null ? Prisma.sql`TRUE` : Prisma.sql`rank <= ${perGroup}`}
      ORDER BY stance, rank`,
    db,
  );
}

/**
 * The event's articles that count once, as another (within the narrowing slice): reprints, and the
 * articles that quote another in full (their own words count).
 */
export async function eventReprintCounts(eventId: number, narrow?: SliceFilter, db: Db = prisma()): Promise<{ reprints: number; quoting: number }> {
  if (!narrow && summariesEnabled()) {
    // Counting them over the event's links read every article of the corpus (a merge with the
    // covering index by outlet: 1–1.5 s for the 1988 massacre at 1M, on each data version). The
    // reprints are the event's links less its counted ones (summary_events), and the quoting
    // articles are found from the few quotes links; one statement, so one snapshot.
    return cachedQuery(
      cacheKey('eventReprintCounts', eventId, null, 's'),
      async () => {
        const rows = await db.$queryRaw<{ reprints: number; quoting: number }[]>`
          SELECT ((SELECT count(*) FROM article_events ae WHERE ae.event_id = ${eventId})
                  - (SELECT coalesce(sum(s.articles), 0) FROM summary_events s WHERE s.event_id = ${eventId}))::int AS reprints,
                 (SELECT count(*) FROM articles a
                  WHERE a.id IN (SELECT q.article_id FROM article_quotes q) AND ${COUNTED_ONCE}
                    AND EXISTS (SELECT 1 FROM article_events ae WHERE ae.article_id = a.id AND ae.event_id = ${eventId}))::int AS quoting`;
        return rows[0]!;
      },
      db,
    );
  }
  return cachedQuery(
    cacheKey('eventReprintCounts', eventId, narrow ?? null),
    async () => {
      const rows = await db.$queryRaw<{ reprints: number; quoting: number }[]>`
        SELECT count(*) FILTER (WHERE a.reprint_of_id IS NOT NULL)::int AS reprints,
               count(*) FILTER (WHERE a.reprint_of_id IS NULL AND EXISTS (SELECT 1 FROM article_quotes q WHERE q.article_id = a.id))::int AS quoting
        FROM article_events ae JOIN articles a ON a.id = ae.article_id JOIN publishers p ON p.id = a.publisher_id
        WHERE ae.event_id = ${eventId} AND ${narrowed(narrow)}`;
      return rows[0] ?? { reprints: 0, quoting: 0 };
    },
    db,
  );
}

/** Articles per group and language linked to an event (reprints once), within the narrowing slice. */
export async function eventLanguages(eventId: number, narrow?: SliceFilter): Promise<Array<{ stance: StanceKey; language: string; articles: number }>> {
  const sf = narrowSummary(narrow);
  if (sf) {
    return cachedQuery(cacheKey('eventLanguages', eventId, narrow ?? null, 's'), () =>
      prisma().$queryRaw<Array<{ stance: StanceKey; language: string; articles: number }>>`
        SELECT s.stance::text AS stance, s.language, sum(s.articles)::int AS articles
        FROM summary_events s WHERE s.event_id = ${eventId} AND ${summaryWhere(sf, { byPublisher: true, byYear: true })}
        GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2`,
    );
  }
  return cachedQuery(cacheKey('eventLanguages', eventId, narrow ?? null), () =>
    prisma().$queryRaw<Array<{ stance: StanceKey; language: string; articles: number }>>`
      SELECT ${ARTICLE_STANCE}::text AS stance, a.language, count(*)::int AS articles
      FROM article_events ae JOIN articles a ON a.id = ae.article_id JOIN publishers p ON p.id = a.publisher_id
      WHERE ae.event_id = ${eventId} AND ${COUNTED_ONCE} AND ${narrowed(narrow)}
      GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2`,
  );
}

export async function eventTimeline(eventId: number) {
  if (summariesEnabled()) {
    return cachedQuery(cacheKey('eventTimeline', eventId, 's'), () =>
      prisma().$queryRaw<{ year: number | null; stance: StanceKey; articles: number }[]>`
        SELECT nullif(s.year, 0) AS year, s.stance::text AS stance, sum(s.articles)::int AS articles
        FROM summary_events s WHERE s.event_id = ${eventId}
        GROUP BY 1, 2 ORDER BY 1 NULLS LAST`,
    );
  }
  return cachedQuery(cacheKey('eventTimeline', eventId), () =>
    prisma().$queryRaw<{ year: number | null; stance: StanceKey; articles: number }[]>`
      SELECT extract(year FROM a.published_at)::int AS year, ${ARTICLE_STANCE}::text AS stance, count(*)::int AS articles
      FROM article_events ae JOIN articles a ON a.id = ae.article_id JOIN publishers p ON p.id = a.publisher_id
      WHERE ae.event_id = ${eventId} AND ${COUNTED_ONCE}
      GROUP BY 1, 2 ORDER BY 1 NULLS LAST`,
  );
}

export async function listCandidates() {
  return prisma().eventCandidate.findMany({ orderBy: [{ cohesion: 'desc' }, { id: 'asc' }] });
}

/** One discovered cluster (the "promote to event" form), or null when it is gone. */
export async function getCandidate(id: number) {
  return prisma().eventCandidate.findUnique({ where: { id } });
}

export async function articleTitles(ids: number[]) {
  if (ids.length === 0) return [];
  return prisma().$queryRaw<{ id: number; title: string; publisher: string; stance: StanceKey }[]>`
    SELECT a.id, a.title, p.name AS publisher, ${ARTICLE_STANCE}::text AS stance
    FROM articles a JOIN publishers p ON p.id = a.publisher_id WHERE a.id IN (${Prisma.join(ids)})`;
}

/**
 * Events with at least one linked article, in catalog order, for the article list's filter: one
 * index probe per event, not a count over every link (a second at 1M articles without the cache).
 */
export async function linkedEvents() {
  return prisma().$queryRaw<{ slug: string; name: string }[]>`
    SELECT e.slug, e.name FROM events e
    WHERE EXISTS (SELECT 1 FROM article_events ae WHERE ae.event_id = e.id)
    ORDER BY e.date_start NULLS LAST, e.name`;
}

/** Every event, for the link form's choices. */
export async function eventChoices() {
  return prisma().$queryRaw<{ slug: string; name: string; origin: string }[]>`
    SELECT slug, name, origin FROM events ORDER BY date_start NULLS LAST, name`;
}
