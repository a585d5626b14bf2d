// Every extracted figure: the claims list (/claims, its exports and the API read the same rows
// through listClaims and countClaims), an event's figures (the event page and its comparison
// export), the counts per group, the points of the values chart and the filter choices. Each is
// one query over the same WHERE (claimWhere in lib/queries/slice.ts), so the table, the chart
// and an export of the same query string describe exactly the same claims. A claim's group is
// its article's (ARTICLE_STANCE).
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma, type Db } from '@/lib/db/prisma';
import type { Order } from '@/lib/filters/search-params';
import type { ClaimFilter, ClaimSort, SliceFilter } from '@/lib/filters/slice';
import type { StanceKey } from '@/lib/stance';
import { ARTICLE_REF_COLUMNS, type ArticleRef } from './articles';
import { cachedPage, cachedQuery, cacheKey } from './cache';
import { ARTICLE_STANCE, COUNTED_ONCE } from './counting-rules';
import { countRows, readRows, selectOn, type ListRequest, type RowPage, type RowQuery, type SortPart } from './keyset';
import { claimWhere, sliceWhere } from './slice';

/** One figure stated in one article, as every claims view reads it. */
export interface ClaimRow extends ArticleRef {
  id: number;
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

const CLAIM_ROW_FROM = Prisma.sql`${CLAIM_FROM} LEFT JOIN events e ON e.id = c.event_id`;

const CLAIM_COLUMNS = Prisma.sql`
  c.id, ${ARTICLE_REF_COLUMNS}, c.value, c.value_text AS "valueText", c.vague, c.qualifier, c.kind, c.sentence,
  c.source, c.source_text AS "sourceText", e.slug AS "eventSlug", e.name AS "eventName"`;

/** The table's sort columns, empty values last either way; the claim id follows in the same direction. */
const ORDER: Record<ClaimSort, Omit<SortPart, 'desc'>> = {
  value: { expr: Prisma.sql`c.value`, type: 'float8', nullable: true },
  kind: { expr: Prisma.sql`c.kind`, type: 'text' },
  publishedAt: { expr: Prisma.sql`a.published_at`, type: 'date', nullable: true },
  publisher: { expr: Prisma.sql`lower(p.name)`, type: 'text' },
};

/** The claims list as one query: its rows (ClaimRow), filters and order. Vague figures ("thousands") have no value and sort last. */
export function claimQuery(f: ClaimFilter, order: Order<ClaimSort>): RowQuery {
  return {
    select: CLAIM_COLUMNS,
    from: CLAIM_ROW_FROM,
    where: claimWhere(f),
    sort: [
      { ...ORDER[order.sort], desc: order.desc },
      { expr: Prisma.sql`c.id`, type: 'int', desc: order.desc },
    ],
  };
}

/** A page of the claims list, or the batch after a cursor (exports, the API). */
export async function listClaims(f: ClaimFilter, page: ListRequest<ClaimSort>, db: Db = prisma()): Promise<RowPage<ClaimRow>> {
  return cachedPage(cacheKey('listClaims', f, page), page, () => readRows<ClaimRow>(selectOn(db), claimQuery(f, page), page), db);
}

/** The claims the filter matches: the list's row count. */
export async function countClaims(f: ClaimFilter, db: Db = prisma()): Promise<number> {
  return cachedQuery(cacheKey('countClaims', f), () => countRows(selectOn(db), CLAIM_FROM, claimWhere(f)), db);
}

/**
 * The figures placed on an event, by kind and largest first: the event page's (at most `limit`)
 * and its comparison export's (all, `limit: null`). `narrow` keeps only the articles of a slice
 * (dates, outlets, groups). A reprint's figures are its original's.
 */
export async function eventClaims(eventId: number, opts: { narrow?: SliceFilter; limit?: number | null } = {}, db: Db = prisma()): Promise<ClaimRow[]> {
  const { narrow, limit = 300 } = opts;
  return cachedQuery(
    cacheKey('eventClaims', eventId, narrow ?? null, limit),
    () =>
      db.$queryRaw<ClaimRow[]>`
        SELECT ${CLAIM_COLUMNS} FROM ${CLAIM_ROW_FROM}
        WHERE c.event_id = ${eventId} AND ${COUNTED_ONCE} AND ${narrow ? sliceWhere({ ...narrow, event: null }) : Prisma.sql`TRUE`}
        ORDER BY c.kind, c.value DESC NULLS LAST, c.id
        LIMIT ${limit}`,
    db,
  );
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
