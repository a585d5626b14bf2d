// Every extracted figure (/claims): the page of rows, the counts per group, the points of the
// values chart and the filter choices. Each is one aggregate query over the same WHERE
// (claimWhere in lib/queries/slice.ts), so the table, the chart and an export of the same query
// string describe exactly the same claims. A claim's group is its article's (ARTICLE_STANCE).
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db/prisma';
import { cachedQuery, cacheKey } from './cache';
import type { ClaimFilter, ClaimSort } from '@/lib/filters/slice';
import { ARTICLE_STANCE } from '@/lib/queries/counting-rules';
import { claimWhere } from '@/lib/queries/slice';
import type { StanceKey } from '@/lib/stance';

export interface ClaimListRow {
  id: number;
  articleId: number;
  title: string;
  publisher: string;
  publisherSlug: string;
  stance: StanceKey;
  publishedAt: string | null;
  datePrecision: 'day' | 'month' | 'year' | 'unknown';
  value: number | null;
  valueText: string;
  vague: boolean;
  qualifier: string | null;
  kind: string;
  sentence: string;
  /** The cited source, normalised (e.g. "Amnesty International"). */
  source: string | null;
  /** The source as the sentence words it. */
  sourceText: string | null;
  eventSlug: string | null;
  eventName: string | null;
}

const CLAIM_FROM = Prisma.sql`claims c JOIN articles a ON a.id = c.article_id JOIN publishers p ON p.id = a.publisher_id`;

const ORDER: Record<ClaimSort, Prisma.Sql> = {
  value: Prisma.sql`c.value`,
  kind: Prisma.sql`c.kind`,
  publishedAt: Prisma.sql`a.published_at`,
  publisher: Prisma.sql`lower(p.name)`,
};

/** One page of claims. Vague figures ("thousands") have no value and sort last either way. */
export async function listClaims(f: ClaimFilter, page: { offset: number; limit: number; sort: ClaimSort; desc: boolean }): Promise<ClaimListRow[]> {
  const dir = page.desc ? Prisma.sql`DESC NULLS LAST` : Prisma.sql`ASC NULLS LAST`;
  return cachedQuery(cacheKey('listClaims', f, page), () => prisma().$queryRaw<ClaimListRow[]>`
    SELECT c.id, c.article_id AS "articleId", a.title, p.name AS publisher, p.slug AS "publisherSlug",
           ${ARTICLE_STANCE}::text AS stance, to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt",
           a.date_precision::text AS "datePrecision",
           c.value, c.value_text AS "valueText", c.vague, c.qualifier, c.kind, c.sentence,
           c.source, c.source_text AS "sourceText", e.slug AS "eventSlug", e.name AS "eventName"
    FROM ${CLAIM_FROM} LEFT JOIN events e ON e.id = c.event_id
    WHERE ${claimWhere(f)}
    ORDER BY ${ORDER[page.sort]} ${dir}, c.id ${page.desc ? Prisma.sql`DESC` : Prisma.sql`ASC`}
    LIMIT ${page.limit} OFFSET ${page.offset}`);
}

export interface ClaimGroupCount {
  stance: StanceKey;
  claims: number;
  /** Claims with a numeric value (not vague), the ones the chart can place. */
  numeric: number;
  articles: number;
}

/** Claims per group for the filter; their sum is the table's row count. */
export async function claimCounts(f: ClaimFilter): Promise<ClaimGroupCount[]> {
  return cachedQuery(cacheKey('claimCounts', f), () => prisma().$queryRaw<ClaimGroupCount[]>`
    SELECT ${ARTICLE_STANCE}::text AS stance, count(*)::int AS claims,
           count(*) FILTER (WHERE NOT c.vague AND c.value >= 1)::int AS numeric,
           count(DISTINCT c.article_id)::int AS articles
    FROM ${CLAIM_FROM}
    WHERE ${claimWhere(f)}
    GROUP BY 1`);
}

export interface ClaimValuePoint {
  stance: StanceKey;
  value: number;
  /** Kinds stated with this value in this group, e.g. "executed, killed". */
  kinds: string;
  /** How many claims state it. */
  claims: number;
  outlets: string;
  /** The first claim's wording, e.g. "more than 30,000". */
  example: string;
  exampleArticleId: number;
}

/**
 * The values of the filtered, non-vague claims for the dot plot: one point per group and value
 * (a figure repeated by five outlets is one dot that says so), at most `perGroup` per group,
 * the most repeated first. Values below 1 have no place on a log scale and are left out.
 */
export async function claimValuePoints(f: ClaimFilter, perGroup = 150): Promise<ClaimValuePoint[]> {
  return cachedQuery(cacheKey('claimValuePoints', f, perGroup), () => prisma().$queryRaw<ClaimValuePoint[]>`
    SELECT stance, value, kinds, claims, outlets, example, "exampleArticleId" FROM (
      SELECT ${ARTICLE_STANCE}::text AS stance, c.value,
             string_agg(DISTINCT c.kind, ', ' ORDER BY c.kind) AS kinds, count(*)::int AS claims,
             string_agg(DISTINCT p.name, ', ' ORDER BY p.name) AS outlets,
             (array_agg(concat_ws(' ', c.qualifier, c.value_text) ORDER BY c.id))[1] AS example,
             (array_agg(c.article_id ORDER BY c.id))[1] AS "exampleArticleId",
             row_number() OVER (PARTITION BY ${ARTICLE_STANCE} ORDER BY count(*) DESC, c.value DESC) AS rank
      FROM ${CLAIM_FROM}
      WHERE ${claimWhere(f)} AND NOT c.vague AND c.value >= 1
      GROUP BY ${ARTICLE_STANCE}, c.value
    ) points WHERE rank <= ${perGroup}
    ORDER BY stance, value`);
}

/** The cited sources for the source filter, most cited first. */
export async function claimSourceOptions(limit = 200): Promise<{ source: string; n: number }[]> {
  return cachedQuery(cacheKey('claimSourceOptions', limit), () => prisma().$queryRaw<{ source: string; n: number }[]>`
    SELECT c.source, count(*)::int AS n FROM claims c
    WHERE c.source IS NOT NULL
    GROUP BY c.source ORDER BY n DESC, c.source LIMIT ${limit}`);
}
