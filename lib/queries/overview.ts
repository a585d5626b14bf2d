// The home page's corpus overview: every figure is one aggregate query. Group figures use the
// article's group (ARTICLE_STANCE) and count reprints once (COUNTED_ONCE).
import { prisma } from '@/lib/db/prisma';
import type { StanceKey } from '@/lib/stance';
import { ARTICLE_STANCE, COUNTED_ONCE } from './curation-sql';

export interface StanceCount {
  stance: StanceKey;
  articles: number;
  publishers: number;
  words: number;
}

export async function countsByStance(): Promise<StanceCount[]> {
  return prisma().$queryRaw<StanceCount[]>`
    SELECT ${ARTICLE_STANCE}::text AS stance, count(a.id)::int AS articles,
           count(DISTINCT p.id)::int AS publishers, coalesce(sum(a.word_count), 0)::int AS words
    FROM articles a JOIN publishers p ON p.id = a.publisher_id
    WHERE ${COUNTED_ONCE}
    GROUP BY 1`;
}

export async function articlesPerPublisher(limit = 25) {
  return prisma().$queryRaw<{ slug: string; name: string; stance: StanceKey; articles: number }[]>`
    SELECT p.slug, p.name, p.stance::text AS stance, count(a.id)::int AS articles
    FROM publishers p JOIN articles a ON a.publisher_id = p.id
    GROUP BY p.id ORDER BY articles DESC, lower(p.name) LIMIT ${limit}`;
}

export async function articlesPerYear() {
  return prisma().$queryRaw<{ year: number | null; stance: StanceKey; articles: number }[]>`
    SELECT extract(year FROM a.published_at)::int AS year, ${ARTICLE_STANCE}::text AS stance, count(*)::int AS articles
    FROM articles a JOIN publishers p ON p.id = a.publisher_id
    WHERE ${COUNTED_ONCE}
    GROUP BY 1, 2 ORDER BY 1 NULLS LAST`;
}

export async function publishersNeedingRating() {
  return prisma().$queryRaw<{ slug: string; name: string; articles: number; viaArticles: number }[]>`
    SELECT p.slug, p.name,
      (SELECT count(*) FROM articles a WHERE a.publisher_id = p.id)::int AS articles,
      (SELECT count(*) FROM articles a WHERE a.via_id = p.id)::int AS "viaArticles"
    FROM publishers p
    WHERE p.stance = 'unrated'
      AND EXISTS (SELECT 1 FROM articles a WHERE a.publisher_id = p.id OR a.via_id = p.id)
    ORDER BY articles DESC, lower(p.name)`;
}

export async function recentImports(limit = 5) {
  return prisma().importBatch.findMany({
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
  });
}
