// Attributions: the sentences that quote or cite someone ("…, Amnesty said"). The sentences
// behind one source on /sources, the attributions export and the API read the same rows through
// listAttributions and countAttributions, in one order: group by group in display order, newest
// first, then in reading order. A reprint's quotes are its original's and are listed once
// (COUNTED_ONCE); an attribution's group is its article's (ARTICLE_STANCE).
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma, type Db } from '@/lib/db/prisma';
import type { SourceFilter } from '@/lib/filters/slice';
import { STANCES } from '@/lib/stance';
import { ARTICLE_REF_COLUMNS, withArticleEvents, type ArticleRef } from './articles';
import { cachedPage, cachedQuery, cacheKey } from './cache';
import { ARTICLE_STANCE, COUNTED_ONCE } from './counting-rules';
import { countRows, readRows, selectOn, type PageRequest, type QueryScope, type RowPage, type RowQuery, type SortPart } from './keyset';
import { sliceWhere } from './slice';

export interface AttributionRow extends ArticleRef {
  id: number;
  entity: string;
  entityType: string;
  verb: string;
  sentence: string;
  /** Direct quotation rather than reported speech. */
  quoted: boolean;
  /** Slugs of the events the article is linked to, "; "-separated. */
  events: string | null;
}

export const ATTRIBUTION_FROM = Prisma.sql`attributions q JOIN articles a ON a.id = q.article_id JOIN publishers p ON p.id = a.publisher_id`;

const SCOPES = withArticleEvents(ATTRIBUTION_FROM, (events) => Prisma.sql`
  q.id, q.entity, q.entity_type AS "entityType", q.verb, q.sentence, q.quoted, ${ARTICLE_REF_COLUMNS}, ${events} AS events`);

/** Position of a stance group in the display order (advocacy, mainstream, critical, unrated). */
const GROUP_ORDER = Prisma.sql`array_position(ARRAY[${Prisma.join([...STANCES])}]::text[], ${ARTICLE_STANCE}::text)`;

const SORT: SortPart[] = [
  { expr: GROUP_ORDER, type: 'int' },
  { expr: Prisma.sql`a.published_at`, type: 'date', desc: true, nullable: true },
  { expr: Prisma.sql`q.article_id`, type: 'int' },
  { expr: Prisma.sql`q.span_start`, type: 'int' },
  { expr: Prisma.sql`q.id`, type: 'int' },
];

/** The attributions of the slice (to `f.entity` only, when set). */
export function attributionWhere(f: SourceFilter): Prisma.Sql {
  const where = Prisma.sql`${sliceWhere(f)} AND ${COUNTED_ONCE}`;
  return f.entity ? Prisma.sql`${where} AND q.entity = ${f.entity}` : where;
}

/** The attributions as one query: their rows (AttributionRow), filters and order. */
export function attributionQuery(f: SourceFilter, scope: QueryScope = 'batch'): RowQuery {
  return { ...SCOPES[scope], where: attributionWhere(f), sort: SORT };
}

/** A page of attributions, or the batch after a cursor (exports, the API). */
export async function listAttributions(f: SourceFilter, page: PageRequest, db: Db = prisma()): Promise<RowPage<AttributionRow>> {
  return cachedPage(cacheKey('listAttributions', f, page), page, () => readRows<AttributionRow>(selectOn(db), attributionQuery(f), page), db);
}

export async function countAttributions(f: SourceFilter, db: Db = prisma()): Promise<number> {
  return cachedQuery(cacheKey('countAttributions', f), () => countRows(selectOn(db), ATTRIBUTION_FROM, attributionWhere(f)), db);
}
