// The home page's corpus overview: every figure is one aggregate query. Group figures use the
// article's group (ARTICLE_STANCE) and count reprints once (COUNTED_ONCE).
import { prisma } from '@/lib/db/prisma';
import { cachedQuery, cacheKey } from './cache';
import type { LanguageStanceCount } from '@/lib/shape/languages';
import type { StanceKey } from '@/lib/stance';
import { ARTICLE_STANCE, COUNTED_ONCE } from './counting-rules';
import { summariesEnabled } from './summaries';

export interface StanceCount {
  stance: StanceKey;
  articles: number;
  publishers: number;
  words: number;
}

export async function countsByStance(): Promise<StanceCount[]> {
  // From the summary of articles per outlet, group, language and year (docs/summaries.md); the
  // SQL over every article below it is the definition, kept for STANCE_LENS_SUMMARIES=off.
  if (summariesEnabled()) {
    return cachedQuery(cacheKey('countsByStance', 's'), () =>
      prisma().$queryRaw<StanceCount[]>`
        SELECT stance, sum(n)::int AS articles, count(*)::int AS publishers, coalesce(sum(w), 0)::int AS words
        FROM (SELECT s.stance::text AS stance, s.publisher_id, sum(s.articles) AS n, sum(s.words) AS w
              FROM summary_articles s WHERE s.counted GROUP BY 1, 2) per_outlet
        GROUP BY 1`,
    );
  }
  // Outlets per group as the number of (group, outlet) groups: a hash aggregate, where
  // count(DISTINCT) would sort every article.
  return cachedQuery(cacheKey('countsByStance'), () =>
    prisma().$queryRaw<StanceCount[]>`
      SELECT stance, sum(n)::int AS articles, count(*)::int AS publishers, coalesce(sum(w), 0)::int AS words
      FROM (
        SELECT ${ARTICLE_STANCE}::text AS stance, p.id, count(*) AS n, sum(a.word_count) AS w
        FROM articles a JOIN publishers p ON p.id = a.publisher_id
        WHERE ${COUNTED_ONCE}
        GROUP BY 1, 2
      ) per_outlet
      GROUP BY 1`,
  );
}

/** Articles and words per language and group (reprints once): the overview's corpus by language. */
export async function countsByLanguage(): Promise<LanguageStanceCount[]> {
  if (summariesEnabled()) {
    return cachedQuery(cacheKey('countsByLanguage', 's'), () =>
      prisma().$queryRaw<LanguageStanceCount[]>`
        SELECT s.language, s.stance::text AS stance, sum(s.articles)::int AS articles, coalesce(sum(s.words), 0)::int AS words
        FROM summary_articles s WHERE s.counted
        GROUP BY 1, 2
        ORDER BY 1, 2`,
    );
  }
  return cachedQuery(cacheKey('countsByLanguage'), () =>
    prisma().$queryRaw<LanguageStanceCount[]>`
      SELECT a.language, ${ARTICLE_STANCE}::text AS stance, count(*)::int AS articles, coalesce(sum(a.word_count), 0)::int AS words
      FROM articles a JOIN publishers p ON p.id = a.publisher_id
      WHERE ${COUNTED_ONCE}
      GROUP BY 1, 2
      ORDER BY 1, 2`,
  );
}

/** The outlets with the most articles (reprints included: they are the outlet's articles). */
export async function articlesPerPublisher(limit = 25) {
  type Row = { slug: string; name: string; stance: StanceKey; articles: number };
  if (summariesEnabled()) {
    return cachedQuery(cacheKey('articlesPerPublisher', limit, 's'), () =>
      prisma().$queryRaw<Row[]>`
        SELECT p.slug, p.name, p.stance::text AS stance, n.articles
        FROM (SELECT s.publisher_id, sum(s.articles)::int AS articles FROM summary_articles s GROUP BY 1) n
        JOIN publishers p ON p.id = n.publisher_id
        ORDER BY n.articles DESC, lower(p.name) LIMIT ${limit}`,
    );
  }
  return cachedQuery(cacheKey('articlesPerPublisher', limit), () =>
    prisma().$queryRaw<Row[]>`
      SELECT p.slug, p.name, p.stance::text AS stance, count(*)::int AS articles
      FROM publishers p JOIN articles a ON a.publisher_id = p.id
      GROUP BY p.id ORDER BY articles DESC, lower(p.name) LIMIT ${limit}`,
  );
}

export async function articlesPerYear() {
  type Row = { year: number | null; stance: StanceKey; articles: number };
  if (summariesEnabled()) {
    return cachedQuery(cacheKey('articlesPerYear', 's'), () =>
      prisma().$queryRaw<Row[]>`
        SELECT nullif(s.year, 0) AS year, s.stance::text AS stance, sum(s.articles)::int AS articles
        FROM summary_articles s WHERE s.counted
        GROUP BY 1, 2 ORDER BY 1 NULLS LAST`,
    );
  }
  return cachedQuery(cacheKey('articlesPerYear'), () =>
    prisma().$queryRaw<Row[]>`
      SELECT extract(year FROM a.published_at)::int AS year, ${ARTICLE_STANCE}::text AS stance, count(*)::int AS articles
      FROM articles a JOIN publishers p ON p.id = a.publisher_id
      WHERE ${COUNTED_ONCE}
      GROUP BY 1, 2 ORDER BY 1 NULLS LAST`,
  );
}

export interface RatingQueueRow {
  id: number;
  slug: string;
  name: string;
  articles: number;
  viaArticles: number;
  /** Its own articles the suggestion reads: all of them, or its RATING_SAMPLE newest. */
  read: number;
  /** Of those, the articles whose text cues lean each way (article_analysis.suggested_stance, inferred). */
  leanAdvocacy: number;
  leanCritical: number;
  /** Mean text-cue score of those articles (−1 critical … +1 advocacy), null without any. */
  meanScore: number | null;
  /** The leaning terms behind the suggestion, most weighty first: [{ term, count, weight }]. */
  cues: Array<{ term: string; count: number; weight: number }>;
}

/**
 * The articles of an outlet the rating suggestion reads: its newest dated ones, then undated. A
 * suggestion needs a few hundred texts, not all of them, and reading every article's cues made
 * the overview cost a second per 50,000 unrated articles whenever the data changed (issue 15).
 */
export const RATING_SAMPLE = 500;

/** The rating queue: unrated outlets with articles, their text-cue suggestions and the cues behind them. */
export async function publishersNeedingRating(sample = RATING_SAMPLE) {
  return cachedQuery(cacheKey('publishersNeedingRating', sample), () =>
    prisma().$queryRaw<RatingQueueRow[]>`
      SELECT p.id, p.slug, p.name,
        (SELECT count(*) FROM articles a WHERE a.publisher_id = p.id)::int AS articles,
        (SELECT count(*) FROM articles a WHERE a.via_id = p.id)::int AS "viaArticles",
        s.read, s."leanAdvocacy", s."leanCritical", s."meanScore", s.cues
      FROM publishers p
      CROSS JOIN LATERAL (
        -- Two index scans on (publisher_id, published_at), newest first, so that a large outlet
        -- costs its sample and not its size.
        WITH sampled AS (
          SELECT an.inferred, an.suggested_stance, an.stance_score, an.cues
          FROM (
            SELECT x.id FROM (
              (SELECT a.id, 0 AS part, a.published_at FROM articles a
               WHERE a.publisher_id = p.id AND a.published_at IS NOT NULL ORDER BY a.published_at DESC, a.id DESC LIMIT ${sample})
              UNION ALL
              (SELECT a.id, 1 AS part, NULL FROM articles a
               WHERE a.publisher_id = p.id AND a.published_at IS NULL ORDER BY a.id DESC LIMIT ${sample})
            ) x ORDER BY x.part, x.published_at DESC, x.id DESC LIMIT ${sample}
          ) a JOIN article_analysis an ON an.article_id = a.id
        )
        SELECT count(*)::int AS read,
          (count(*) FILTER (WHERE inferred AND suggested_stance = 'advocacy'))::int AS "leanAdvocacy",
          (count(*) FILTER (WHERE inferred AND suggested_stance = 'critical'))::int AS "leanCritical",
          avg(stance_score)::float8 AS "meanScore",
          coalesce((SELECT json_agg(t ORDER BY t.weight * t.count DESC, t.term) FROM (
              SELECT c->>'term' AS term, sum((c->>'count')::int)::int AS count, max((c->>'weight')::float8) AS weight
              FROM sampled l, jsonb_array_elements(l.cues) c GROUP BY 1) t), '[]') AS cues
        FROM sampled
      ) s
      WHERE p.stance = 'unrated'
        AND EXISTS (SELECT 1 FROM articles a WHERE a.publisher_id = p.id OR a.via_id = p.id)
      ORDER BY articles DESC, lower(p.name)`,
  );
}

export async function recentImports(limit = 5) {
  return cachedQuery(cacheKey('recentImports', limit), () =>
    prisma().importBatch.findMany({
      orderBy: { startedAt: 'desc' },
      take: limit,
      select: {
        id: true,
        source: true,
        startedAt: true,
        finishedAt: true,
        files: true,
        newCount: true,
        duplicateCount: true,
        failedCount: true,
        errors: true,
      },
    }),
  );
}
