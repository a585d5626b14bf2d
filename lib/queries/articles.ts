// Article list and detail. Aggregates and filters run in SQL; one query for the page of rows and
// one for the count, whatever the filters. An article's group is ARTICLE_STANCE: a curator's
// override when set, else its outlet's. The list shows reprints too (they are articles); only
// comparisons count them once.
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db/prisma';
import { cachedQuery, cacheKey } from './cache';
import type { ArticleFilter, ArticleSort } from '@/lib/filters/articles';
import type { StanceKey } from '@/lib/stance';
import { ARTICLE_STANCE } from './curation-sql';

export interface ArticleRow {
  id: number;
  title: string;
  author: string | null;
  publishedAt: string | null;
  datePrecision: 'day' | 'month' | 'year' | 'unknown';
  wordCount: number;
  url: string | null;
  publisher: string;
  publisherSlug: string;
  stance: StanceKey;
  via: string | null;
  viaSlug: string | null;
}

export function articleWhere(f: ArticleFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.stances.length) parts.push(Prisma.sql`${ARTICLE_STANCE}::text IN (${Prisma.join(f.stances)})`);
  if (f.publishers.length) parts.push(Prisma.sql`p.slug IN (${Prisma.join(f.publishers)})`);
  if (f.via) parts.push(Prisma.sql`v.slug = ${f.via}`);
  if (f.from) parts.push(Prisma.sql`a.published_at >= ${f.from}::date`);
  if (f.to) parts.push(Prisma.sql`a.published_at <= ${f.to}::date`);
  if (f.event) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM article_events ae JOIN events e ON e.id = ae.event_id WHERE ae.article_id = a.id AND e.slug = ${f.event})`);
  }
  if (f.q) {
    // English stemming for English text, plain words for the rest (the column indexes both ways).
    parts.push(Prisma.sql`a.search @@ (websearch_to_tsquery('english', ${f.q}) || websearch_to_tsquery('simple', ${f.q}))`);
  }
  return Prisma.join(parts, ' AND ');
}

const ORDER: Record<ArticleSort, Prisma.Sql> = {
  publishedAt: Prisma.sql`a.published_at`,
  title: Prisma.sql`lower(a.title)`,
  publisher: Prisma.sql`lower(p.name)`,
  wordCount: Prisma.sql`a.word_count`,
  stance: ARTICLE_STANCE,
};

export const ARTICLE_FROM = Prisma.sql`articles a JOIN publishers p ON p.id = a.publisher_id LEFT JOIN publishers v ON v.id = a.via_id`;

export const ARTICLE_COLUMNS = Prisma.sql`
  a.id, a.title, a.author, to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt",
  a.date_precision::text AS "datePrecision", a.word_count AS "wordCount", a.url,
  p.name AS publisher, p.slug AS "publisherSlug", ${ARTICLE_STANCE}::text AS stance,
  v.name AS via, v.slug AS "viaSlug"`;

export async function listArticles(
  f: ArticleFilter,
  page: { offset: number; limit: number; sort: ArticleSort; desc: boolean },
): Promise<{ rows: ArticleRow[]; total: number }> {
  return cachedQuery(cacheKey('listArticles', f, page), async () => {
    const where = articleWhere(f);
    const dir = page.desc ? Prisma.sql`DESC NULLS LAST` : Prisma.sql`ASC NULLS LAST`;
    const rowsQuery = Prisma.sql`
      SELECT ${ARTICLE_COLUMNS} FROM ${ARTICLE_FROM}
      WHERE ${where}
      ORDER BY ${ORDER[page.sort]} ${dir}, a.id ${page.desc ? Prisma.sql`DESC` : Prisma.sql`ASC`}
      LIMIT ${page.limit} OFFSET ${page.offset}`;
    const countQuery = Prisma.sql`SELECT count(*) AS n FROM ${ARTICLE_FROM} WHERE ${where}`;
    if (f.q) {
      // A common word matches a third of the corpus. In the default 4 MB of work_mem the bitmap of
      // matches goes lossy, and the planner prefers reading every article's tsvector out of TOAST
      // (5.5 s at 1M articles); with room for an exact bitmap it visits only the matches (0.4 s).
      const [, rows, count] = await prisma().$transaction([
        prisma().$executeRaw`SET LOCAL work_mem = '32MB'`,
        prisma().$queryRaw<ArticleRow[]>(rowsQuery),
        prisma().$queryRaw<[{ n: bigint }]>(countQuery),
      ]);
      return { rows, total: Number(count[0].n) };
    }
    const [rows, count] = await Promise.all([prisma().$queryRaw<ArticleRow[]>(rowsQuery), prisma().$queryRaw<[{ n: bigint }]>(countQuery)]);
    return { rows, total: Number(count[0].n) };
  });
}

export interface ArticleDetail extends ArticleRow {
  body: string;
  language: string;
  contentHash: string;
  sourceFile: string;
  sourceIndex: number;
  importBatchId: number;
  importedAt: Date;
  publisherRationale: string | null;
  viaStance: StanceKey | null;
  /** The outlet's own group; `stance` differs from it when a curator overrode this article's. */
  publisherStance: StanceKey;
  stanceOverride: StanceKey | null;
  stanceOverrideReason: string | null;
  reprintOf: { id: number; title: string; publisher: string } | null;
  reprints: { id: number; title: string; publisher: string }[];
  /** Where the title came from (lib/import/types.ts TITLE_SOURCES); null for older imports. */
  titleSource: string | null;
}

export async function getArticle(id: number): Promise<ArticleDetail | null> {
  const rows = await prisma().$queryRaw<ArticleDetail[]>`
    SELECT ${ARTICLE_COLUMNS}, a.body, a.language, a.content_hash AS "contentHash",
           a.source_file AS "sourceFile", a.source_index AS "sourceIndex",
           a.import_batch_id AS "importBatchId", a.created_at AS "importedAt",
           p.stance_rationale AS "publisherRationale", v.stance::text AS "viaStance",
           p.stance::text AS "publisherStance", a.stance_override::text AS "stanceOverride",
           a.stance_override_reason AS "stanceOverrideReason", a.title_source AS "titleSource",
           (SELECT json_build_object('id', o.id, 'title', o.title, 'publisher', op.name)
              FROM articles o JOIN publishers op ON op.id = o.publisher_id WHERE o.id = a.reprint_of_id) AS "reprintOf",
           coalesce((SELECT json_agg(json_build_object('id', r.id, 'title', r.title, 'publisher', rp.name) ORDER BY r.id)
              FROM articles r JOIN publishers rp ON rp.id = r.publisher_id WHERE r.reprint_of_id = a.id), '[]') AS reprints
    FROM ${ARTICLE_FROM} WHERE a.id = ${id}`;
  return rows[0] ?? null;
}

/** Options for the filter controls: every publisher and via host that has articles. */
export async function articleFilterOptions() {
  return cachedQuery(cacheKey('articleFilterOptions'), async () => {
    const [publishers, vias] = await Promise.all([
      prisma().$queryRaw<{ slug: string; name: string; stance: StanceKey; n: number }[]>`
        SELECT p.slug, p.name, p.stance::text AS stance, count(*)::int AS n
        FROM publishers p JOIN articles a ON a.publisher_id = p.id
        GROUP BY p.id ORDER BY lower(p.name)`,
      prisma().$queryRaw<{ slug: string; name: string; n: number }[]>`
        SELECT v.slug, v.name, count(*)::int AS n
        FROM publishers v JOIN articles a ON a.via_id = v.id
        GROUP BY v.id ORDER BY lower(v.name)`,
    ]);
    return { publishers, vias };
  });
}
