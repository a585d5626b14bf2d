// Who is quoted or cited (/sources): per entity × group counts and each entity's share of the
// group's attributions, and the slice's totals (the sentences behind one entity are
// lib/queries/attributions.ts). Each function is one aggregate query over the slice
// (sliceWhere); the page's table and its export read the same listSourceEntities. An
// attribution's group is its article's (ARTICLE_STANCE); a reprint's quotes are its original's
// and count once (COUNTED_ONCE).
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma, type Db } from '@/lib/db/prisma';
import { cachedQuery, cacheKey } from './cache';
import type { SliceFilter, SourceSort } from '@/lib/filters/slice';
import { ATTRIBUTION_FROM } from './attributions';
import { ARTICLE_STANCE, COUNTED_ONCE } from './counting-rules';
import { sliceWhere } from './slice';
import type { StanceKey } from '@/lib/stance';

export interface SourceEntityRow {
  entity: string;
  /** person, organisation, government, un, media, … (the most frequent type when it varies). */
  entityType: string;
  /** Attributions to the entity in the slice, all groups. */
  mentions: number;
  articles: number;
  advocacy: number;
  mainstream: number;
  critical: number;
  unrated: number;
  /** Percent of the group's attributions in the slice that go to this entity (null: the group has none). */
  advocacyShare: number | null;
  mainstreamShare: number | null;
  criticalShare: number | null;
  unratedShare: number | null;
}

const ORDER: Record<SourceSort, Prisma.Sql> = {
  entity: Prisma.sql`lower(per.entity)`,
  mentions: Prisma.sql`per.mentions`,
  articles: Prisma.sql`per.articles`,
  advocacy: Prisma.sql`"advocacyShare"`,
  mainstream: Prisma.sql`"mainstreamShare"`,
  critical: Prisma.sql`"criticalShare"`,
  unrated: Prisma.sql`"unratedShare"`,
};

const share = (group: StanceKey, alias: string) =>
  Prisma.sql`round(per.${Prisma.raw(group)} * 100.0 / nullif(t.${Prisma.raw(group)}, 0), 1)::float8 AS ${Prisma.raw(`"${alias}"`)}`;

/** One page of entities with their counts and shares per group. */
export async function listSourceEntities(
  f: SliceFilter,
  page: { offset: number; limit: number; sort: SourceSort; desc: boolean },
  db: Db = prisma(),
): Promise<SourceEntityRow[]> {
  const dir = page.desc ? Prisma.sql`DESC NULLS LAST` : Prisma.sql`ASC NULLS LAST`;
  return cachedQuery(cacheKey('listSourceEntities', f, page), () => db.$queryRaw<SourceEntityRow[]>`
    WITH q AS (
      SELECT q.entity, q.entity_type, q.article_id, ${ARTICLE_STANCE}::text AS stance
      FROM ${ATTRIBUTION_FROM} WHERE ${sliceWhere(f)} AND ${COUNTED_ONCE}
    ),
    t AS (
      SELECT count(*) FILTER (WHERE stance = 'advocacy') AS advocacy, count(*) FILTER (WHERE stance = 'mainstream') AS mainstream,
             count(*) FILTER (WHERE stance = 'critical') AS critical, count(*) FILTER (WHERE stance = 'unrated') AS unrated
      FROM q
    ),
    per AS (
      SELECT entity, mode() WITHIN GROUP (ORDER BY entity_type) AS "entityType",
             count(*)::int AS mentions, count(DISTINCT article_id)::int AS articles,
             count(*) FILTER (WHERE stance = 'advocacy')::int AS advocacy, count(*) FILTER (WHERE stance = 'mainstream')::int AS mainstream,
             count(*) FILTER (WHERE stance = 'critical')::int AS critical, count(*) FILTER (WHERE stance = 'unrated')::int AS unrated
      FROM q GROUP BY entity
    )
    SELECT per.*, ${share('advocacy', 'advocacyShare')}, ${share('mainstream', 'mainstreamShare')},
           ${share('critical', 'criticalShare')}, ${share('unrated', 'unratedShare')}
    FROM per CROSS JOIN t
    ORDER BY ${ORDER[page.sort]} ${dir}, per.mentions DESC, per.entity
    LIMIT ${page.limit} OFFSET ${page.offset}`, db);
}

export interface SourceSummary {
  /** null: all groups together. */
  stance: StanceKey | null;
  attributions: number;
  entities: number;
  articles: number;
}

/** Attributions, distinct entities and articles per group and overall (the row with stance null). */
export async function sourceSummary(f: SliceFilter): Promise<SourceSummary[]> {
  return cachedQuery(cacheKey('sourceSummary', f), () => prisma().$queryRaw<SourceSummary[]>`
    SELECT ${ARTICLE_STANCE}::text AS stance, count(*)::int AS attributions, count(DISTINCT q.entity)::int AS entities,
           count(DISTINCT q.article_id)::int AS articles
    FROM ${ATTRIBUTION_FROM} WHERE ${sliceWhere(f)} AND ${COUNTED_ONCE}
    GROUP BY GROUPING SETS ((${ARTICLE_STANCE}), ())`);
}
