// Amplification (/amplification): who republishes whose texts. A republication is an article
// stored as a reprint of another (reprint_of_id: found at import or set by a curator); its
// carrier is the site that republished it — the host it was collected from when it came via an
// aggregator or digest, else its own outlet — and the carrier's group is that site's (for an
// article of its own outlet, the article's group: a curator's override, else the outlet's). The
// original's group is ARTICLE_STANCE of the original. The slice filter picks the republishing
// articles (their dates, outlets, groups, events). One function per table, serving the page, its
// export and the API.
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma, type Db } from '@/lib/db/prisma';
import type { SliceFilter } from '@/lib/filters/slice';
import type { DatePrecision } from '@/lib/parse/types';
import { STANCES, type StanceKey } from '@/lib/stance';
import { cachedPage, cachedQuery, cacheKey } from './cache';
import { ARTICLE_STANCE } from './counting-rules';
import { countRows, readRows, selectOn, type PageRequest, type RowPage, type RowQuery, type SortPart } from './keyset';
import { sliceWhere } from './slice';

/** The republishing article (alias a, outlet p, host v) and the original (o, op). */
const REPUBLICATION_FROM = Prisma.sql`articles a JOIN publishers p ON p.id = a.publisher_id LEFT JOIN publishers v ON v.id = a.via_id
  JOIN articles o ON o.id = a.reprint_of_id JOIN publishers op ON op.id = o.publisher_id`;
/** The site that republished: the host it was collected from, else its outlet. */
const CARRIER_NAME = Prisma.sql`coalesce(v.name, p.name)`;
const CARRIER_STANCE = Prisma.sql`(CASE WHEN v.id IS NOT NULL THEN v.stance ELSE ${ARTICLE_STANCE} END)`;
const ORIGINAL_STANCE = Prisma.sql`coalesce(o.stance_override, op.stance)`;

export interface GroupAmplificationRow {
  /** Whose texts: the original's group. */
  originalGroup: StanceKey;
  /** Who republished them: the carrier's group. */
  republishedBy: StanceKey;
  /** Reprints of the original group's texts carried by the republishing group. */
  republications: number;
  /** Distinct texts (originals) among them. */
  texts: number;
  /** Distinct carrying sites. */
  outlets: number;
  /** Percent of everything the republishing group republished that comes from the original group (null: it republished nothing). */
  share: number | null;
}

/** Every (original group, republishing group) pair, zero pairs included, in display order. */
export async function groupAmplification(f: SliceFilter, db: Db = prisma()): Promise<GroupAmplificationRow[]> {
  const groups = Prisma.sql`ARRAY[${Prisma.join([...STANCES])}]::text[]`;
  return cachedQuery(cacheKey('groupAmplification', f), () => db.$queryRaw<GroupAmplificationRow[]>`
    WITH r AS (
      SELECT ${ORIGINAL_STANCE}::text AS og, ${CARRIER_STANCE}::text AS cg, a.reprint_of_id AS original, coalesce(a.via_id, a.publisher_id) AS carrier
      FROM ${REPUBLICATION_FROM}
      WHERE ${sliceWhere(f)}
    ),
    pairs AS (
      SELECT og, cg, count(*)::int AS n, count(DISTINCT original)::int AS texts, count(DISTINCT carrier)::int AS outlets FROM r GROUP BY og, cg
    )
    SELECT g.og AS "originalGroup", h.cg AS "republishedBy", coalesce(pairs.n, 0) AS republications, coalesce(pairs.texts, 0) AS texts,
           coalesce(pairs.outlets, 0) AS outlets,
           round(coalesce(pairs.n, 0) * 100.0 / nullif(sum(coalesce(pairs.n, 0)) OVER (PARTITION BY h.cg), 0), 1)::float8 AS share
    FROM unnest(${groups}) WITH ORDINALITY AS g(og, gi)
    CROSS JOIN unnest(${groups}) WITH ORDINALITY AS h(cg, hi)
    LEFT JOIN pairs ON pairs.og = g.og AND pairs.cg = h.cg
    ORDER BY g.gi, h.hi`, db);
}

export interface OutletOriginalityRow {
  slug: string;
  name: string;
  stance: StanceKey;
  /** Articles of the outlet in the slice. */
  articles: number;
  /** Of which originals (counted in comparisons) … */
  own: number;
  /** … and reprints of another text (counted once, as their original). */
  reprints: number;
  /** Percent of its articles that are its own texts. */
  ownShare: number;
  /** Articles that reproduce another text in full inside their own ("quotes"). */
  quoting: number;
  /** Reprints of other outlets' texts collected from this site as a host (aggregator, digest). */
  hosted: number;
  /** Copies other sites made of this outlet's texts, and how many of its texts were copied. */
  republishedByOthers: number;
  textsRepublished: number;
}

/** Per outlet with articles in the slice: how much of it is its own, how much it republished, how much others republished of it. */
export async function outletOriginality(f: SliceFilter, db: Db = prisma()): Promise<OutletOriginalityRow[]> {
  return cachedQuery(cacheKey('outletOriginality', f), () => db.$queryRaw<OutletOriginalityRow[]>`
    WITH sliced AS (
      SELECT a.id, a.publisher_id, a.via_id, a.reprint_of_id FROM articles a JOIN publishers p ON p.id = a.publisher_id WHERE ${sliceWhere(f)}
    ),
    by_outlet AS (
      SELECT publisher_id AS id, count(*)::int AS articles, count(*) FILTER (WHERE reprint_of_id IS NULL)::int AS own,
             count(*) FILTER (WHERE reprint_of_id IS NOT NULL)::int AS reprints,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM article_quotes q WHERE q.article_id = sliced.id))::int AS quoting
      FROM sliced GROUP BY publisher_id
    ),
    hosted AS (
      SELECT via_id AS id, count(*)::int AS n FROM sliced WHERE via_id IS NOT NULL AND reprint_of_id IS NOT NULL GROUP BY via_id
    ),
    copied AS (
      SELECT o.publisher_id AS id, count(*)::int AS n, count(DISTINCT o.id)::int AS texts
      FROM sliced c JOIN articles o ON o.id = c.reprint_of_id
      WHERE coalesce(c.via_id, c.publisher_id) <> o.publisher_id
      GROUP BY o.publisher_id
    )
    SELECT p.slug, p.name, p.stance::text AS stance, coalesce(b.articles, 0) AS articles, coalesce(b.own, 0) AS own,
           coalesce(b.reprints, 0) AS reprints, coalesce(round(b.own * 100.0 / nullif(b.articles, 0), 1), 0)::float8 AS "ownShare",
           coalesce(b.quoting, 0) AS quoting, coalesce(h.n, 0) AS hosted,
           coalesce(c.n, 0) AS "republishedByOthers", coalesce(c.texts, 0) AS "textsRepublished"
    FROM publishers p
    LEFT JOIN by_outlet b ON b.id = p.id LEFT JOIN hosted h ON h.id = p.id LEFT JOIN copied c ON c.id = p.id
    WHERE b.id IS NOT NULL OR h.id IS NOT NULL OR c.id IS NOT NULL
    ORDER BY coalesce(b.articles, 0) DESC, lower(p.name), p.slug`, db);
}

export interface RepublishedTextRow {
  /** The original. */
  id: number;
  title: string;
  publisher: string;
  publisherSlug: string;
  stance: StanceKey;
  publishedAt: string | null;
  datePrecision: DatePrecision;
  url: string | null;
  /** Its reprints in the slice, the sites carrying them, and per carrier group. */
  copies: number;
  outlets: number;
  advocacy: number;
  mainstream: number;
  critical: number;
  unrated: number;
  firstCopy: string | null;
  lastCopy: string | null;
  /** "Site (group, date)" of every copy, earliest first, "; "-separated. */
  republishers: string;
  /** The first CARRIERS_SHOWN copies, for the page: the copy, its site and the site's group. */
  carriers: { id: number; site: string; stance: StanceKey; publishedAt: string | null; datePrecision: DatePrecision }[];
}

/** Copies a row lists in full for the page (the export's republishers column lists all). */
export const CARRIERS_SHOWN = 8;

function republishedFrom(f: SliceFilter): Prisma.Sql {
  // The slice narrows the copies (inner query); the outer row is the original.
  return Prisma.sql`(
    SELECT a.reprint_of_id AS id, count(*)::int AS copies, count(DISTINCT coalesce(a.via_id, a.publisher_id))::int AS outlets,
           ${Prisma.join(
             STANCES.map((s) => Prisma.sql`count(*) FILTER (WHERE ${CARRIER_STANCE} = ${s}::"Stance")::int AS ${Prisma.raw(s)}`),
             ', ',
           )},
           to_char(min(a.published_at), 'YYYY-MM-DD') AS "firstCopy", to_char(max(a.published_at), 'YYYY-MM-DD') AS "lastCopy",
           string_agg(${CARRIER_NAME} || ' (' || ${CARRIER_STANCE}::text || ', ' || coalesce(to_char(a.published_at, 'YYYY-MM-DD'), 'undated') || ')', '; '
                      ORDER BY a.published_at NULLS LAST, a.id) AS republishers,
           (array_agg(json_build_object('id', a.id, 'site', ${CARRIER_NAME}, 'stance', ${CARRIER_STANCE}::text,
                                        'publishedAt', to_char(a.published_at, 'YYYY-MM-DD'), 'datePrecision', a.date_precision::text)
                      ORDER BY a.published_at NULLS LAST, a.id))[1:${CARRIERS_SHOWN}] AS carriers
    FROM ${REPUBLICATION_FROM}
    WHERE ${sliceWhere(f)}
    GROUP BY a.reprint_of_id
  ) x JOIN articles a ON a.id = x.id JOIN publishers p ON p.id = a.publisher_id`;
}

const REPUBLISHED_SORT: SortPart[] = [
  { expr: Prisma.sql`x.copies`, type: 'int', desc: true },
  { expr: Prisma.sql`a.id`, type: 'int' },
];

/** The republished texts as one query: their rows (RepublishedTextRow), most copied first. */
export function republishedQuery(f: SliceFilter): RowQuery {
  return {
    select: Prisma.sql`a.id, a.title, p.name AS publisher, p.slug AS "publisherSlug", ${ARTICLE_STANCE}::text AS stance,
      to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt", a.date_precision::text AS "datePrecision", a.url,
      x.copies, x.outlets, x.advocacy, x.mainstream, x.critical, x.unrated, x."firstCopy", x."lastCopy", x.republishers, to_json(x.carriers) AS carriers`,
    from: republishedFrom(f),
    where: Prisma.sql`TRUE`,
    sort: REPUBLISHED_SORT,
  };
}

/** A page of the republished texts, or the batch after a cursor (exports, the API). */
export async function listRepublished(f: SliceFilter, page: PageRequest, db: Db = prisma()): Promise<RowPage<RepublishedTextRow>> {
  return cachedPage(cacheKey('listRepublished', f, page), page, () => readRows<RepublishedTextRow>(selectOn(db), republishedQuery(f), page), db);
}

export async function countRepublished(f: SliceFilter, db: Db = prisma()): Promise<number> {
  return cachedQuery(cacheKey('countRepublished', f), () => countRows(selectOn(db), republishedFrom(f), Prisma.sql`TRUE`), db);
}
