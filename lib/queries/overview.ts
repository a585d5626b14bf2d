// The home page's corpus overview: every figure is one aggregate query. Group figures use the
// article's group (ARTICLE_STANCE) and count reprints once (COUNTED_ONCE).
import { prisma } from '@/lib/db/prisma';
import { cachedQuery, cacheKey } from './cache';
import type { StanceKey } from '@/lib/stance';
import { ARTICLE_STANCE, COUNTED_ONCE } from './counting-rules';

export interface StanceCount {
  stance: StanceKey;
  articles: number;
  publishers: number;
  words: number;
}

export async function countsByStance(): Promise<StanceCount[]> {
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

export async function articlesPerPublisher(limit = 25) {
  return cachedQuery(cacheKey('articlesPerPublisher', limit), () =>
    prisma().$queryRaw<{ slug: string; name: string; stance: StanceKey; articles: number }[]>`
      SELECT p.slug, p.name, p.stance::text AS stance, count(*)::int AS articles
      FROM publishers p JOIN articles a ON a.publisher_id = p.id
      GROUP BY p.id ORDER BY articles DESC, lower(p.name) LIMIT ${limit}`,
  );
}

export async function articlesPerYear() {
  return cachedQuery(cacheKey('articlesPerYear'), () =>
    prisma().$queryRaw<{ year: number | null; stance: StanceKey; articles: number }[]>`
      SELECT extract(year FROM a.published_at)::int AS year, ${ARTICLE_STANCE}::text AS stance, count(*)::int AS articles
      FROM articles a JOIN publishers p ON p.id = a.publisher_id
      WHERE ${COUNTED_ONCE}
      GROUP BY 1, 2 ORDER BY 1 NULLS LAST`,
  );
}

export async function publishersNeedingRating() {
  return cachedQuery(cacheKey('publishersNeedingRating'), () =>
    prisma().$queryRaw<{ slug: string; name: string; articles: number; viaArticles: number }[]>`
      SELECT p.slug, p.name,
        (SELECT count(*) FROM articles a WHERE a.publisher_id = p.id)::int AS articles,
        (SELECT count(*) FROM articles a WHERE a.via_id = p.id)::int AS "viaArticles"
      FROM publishers p
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
