// A term's example articles per group (the term page and its export): up to `perGroup` articles
// of each group using the term, one per outlet before a second from the same outlet, most recent
// first. Over every article using the term that costs seconds at 1M articles for a common term
// (each needs its date, outlet and group), on every data version while an import commits.
//
// The top of a group is found among its most recent articles: ranked by (per-outlet rank, date,
// id), the group's first `perGroup` examples are the first `perGroup` distinct outlets met walking
// its articles newest first, each with the first article met. So the walk reads the corpus newest
// first (the listing index) and stops after `limit` articles using the term. A group's examples
// from the walk are exactly those over all of them when the walk met `perGroup` of its outlets, or
// every one of its articles using the term (the summary counts them, in the same statement and
// snapshot), or when the walk ran out. If a group is neither, the search reads every article
// using the term, as without the summaries.
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma, type Db } from '@/lib/db/prisma';
import type { StanceKey } from '@/lib/stance';
import { cachedQuery, cacheKey } from './cache';
import { ARTICLE_STANCE, COUNTED_ONCE } from './counting-rules';
import { summariesEnabled } from './summaries';
import { walkLimits, type YearArticles, type YearHits } from './term-walk';

export interface TermExampleRow {
  stance: StanceKey;
  /** 1 = the group's first example. */
  rank: number;
  articleId: number;
  title: string;
  body: string;
  language: string;
  publishedAt: string | null;
  publisher: string;
  publisherSlug: string;
  url: string | null;
  /** The term's first occurrence in the article (offsets into title + "\n\n" + body). */
  start: number;
  end: number;
}

/** Articles of the dictionary's examples per group. */
export const TERM_EXAMPLES = 3;

/**
 * Up to `perGroup` articles per group using the term, one per outlet before a second from the
 * same outlet, most recent first; with the first occurrence's offsets. lib/shape/terms.ts cuts
 * out its sentence.
 */
export async function termExamples(term: string, perGroup = TERM_EXAMPLES, db: Db = prisma()): Promise<TermExampleRow[]> {
  const walk = summariesEnabled() && perGroup >= 1;
  return cachedQuery(
    cacheKey('termExamples', term, perGroup, walk),
    () => (walk ? examplesByWalk(term, perGroup, db) : examplesOfAllHits(term, perGroup, db)),
    db,
  );
}

async function examplesByWalk(term: string, perGroup: number, db: Db): Promise<TermExampleRow[]> {
  for (const limit of await examplesWalkLimits(term, perGroup, db)) {
    const rows = await termExamplesWithin(term, perGroup, limit, db);
    if (rows) return rows;
  }
  return examplesOfAllHits(term, perGroup, db);
}

/**
 * The walks termExamples tries before it reads every article using the term (term-walk.ts),
 * sized from the summaries. They only size the walks: each walk checks in its own statement that
 * its answer is exact.
 */
export async function examplesWalkLimits(term: string, perGroup: number, db: Db = prisma()): Promise<number[]> {
  const [hits, articles] = await Promise.all([
    db.$queryRaw<YearHits[]>`
      SELECT s.stance::text AS stance, s.year, sum(s.articles)::int AS hits FROM summary_terms s WHERE s.term = ${term} GROUP BY 1, 2`,
    db.$queryRaw<YearArticles[]>`SELECT s.year, sum(s.articles)::int AS articles FROM summary_articles s GROUP BY 1`,
  ]);
  return walkLimits(hits, articles, perGroup);
}

/**
 * The examples found among the `limit` most recent articles using the term, or null when they
 * need older ones. Whenever it returns rows, they are termExamples' over every article
 * (tests/integration/terms.test.ts compares the two at every length of walk up to 30, and more).
 */
export async function termExamplesWithin(term: string, perGroup: number, limit: number, db: Db = prisma()): Promise<TermExampleRow[] | null> {
  // Serially: parallel workers would each walk their own part of the index ahead of the merge,
  // reading several times the articles the limit needs (30,700 instead of 5,700 for 52 hits at
  // 1M). current_schema() is PARALLEL UNSAFE, so the unused CTE `serial` keeps the whole statement
  // in one process (SET LOCAL would need a transaction, which Prisma times out after 5 s).
  const rows = await db.$queryRaw<Array<TermExampleRow & { complete: boolean }>>`
    WITH serial AS (SELECT current_schema()),
    walk AS (
      SELECT a.id, ${ARTICLE_STANCE}::text AS stance, a.publisher_id, a.published_at, t.offsets[1] AS start, t.offsets[2] AS "end"
      FROM articles a
      JOIN article_terms t ON t.article_id = a.id AND t.term = ${term}
      JOIN publishers p ON p.id = a.publisher_id
      WHERE ${COUNTED_ONCE}
      ORDER BY a.published_at DESC NULLS LAST, a.id DESC
      LIMIT ${limit}
    ),
    seen AS (SELECT stance, count(*) AS hits, count(DISTINCT publisher_id) AS outlets FROM walk GROUP BY 1),
    totals AS (SELECT s.stance::text AS stance, sum(s.articles) AS hits FROM summary_terms s WHERE s.term = ${term} GROUP BY 1),
    complete AS (
      SELECT (SELECT count(*) FROM walk) < ${limit}
             OR coalesce(bool_and(coalesce(s.outlets, 0) >= ${perGroup} OR coalesce(s.hits, 0) = coalesce(t.hits, 0)), TRUE) AS complete
      FROM seen s FULL JOIN totals t ON t.stance = s.stance
    ),
    ${ranked(Prisma.sql`SELECT w.*, ${perOutlet(Prisma.sql`w.stance`, Prisma.sql`w`)} FROM walk w`)}
    SELECT c.complete, x.* FROM complete c
    LEFT JOIN LATERAL (${examples(perGroup)} AND c.complete) x ON TRUE
    ORDER BY ${groupOrder(Prisma.sql`x.stance`)}, x.rank`;
  if (!rows[0]?.complete) return null;
  return rows.filter((r) => r.articleId !== null).map(({ complete: _, ...r }) => r);
}

/** The examples over every article using the term: without the summaries, and when the walk cannot tell. */
function examplesOfAllHits(term: string, perGroup: number, db: Db): Promise<TermExampleRow[]> {
  return db.$queryRaw<TermExampleRow[]>`
    WITH ${ranked(Prisma.sql`
      SELECT a.id, ${ARTICLE_STANCE}::text AS stance, a.publisher_id, a.published_at, t.offsets[1] AS start, t.offsets[2] AS "end",
             ${perOutlet(ARTICLE_STANCE, Prisma.sql`a`)}
      FROM article_terms t JOIN articles a ON a.id = t.article_id JOIN publishers p ON p.id = a.publisher_id
      WHERE t.term = ${term} AND ${COUNTED_ONCE}`)}
    ${examples(perGroup)}
    ORDER BY ${groupOrder(Prisma.sql`r.stance`)}, r.rank`;
}

/** The groups' order on the page, by a row's group column. */
function groupOrder(stance: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`array_position(ARRAY['advocacy', 'mainstream', 'critical', 'unrated'], ${stance})`;
}

/** An article's rank among its group and outlet's articles using the term, newest first. */
function perOutlet(stance: Prisma.Sql, row: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`row_number() OVER (PARTITION BY ${stance}, ${row}.publisher_id ORDER BY ${row}.published_at DESC NULLS LAST, ${row}.id DESC) AS per_outlet`;
}

/** The CTEs hits (the articles ranked per outlet) and ranked (per group). */
function ranked(hits: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    hits AS (${hits}),
    ranked AS (
      SELECT h.*, row_number() OVER (PARTITION BY h.stance ORDER BY h.per_outlet, h.published_at DESC NULLS LAST, h.id DESC)::int AS rank
      FROM hits h
    )`;
}

/** The first `perGroup` of each group, with their article; the caller adds conditions and the order. */
function examples(perGroup: number): Prisma.Sql {
  return Prisma.sql`
    SELECT r.stance, r.rank, a.id AS "articleId", a.title, a.body, a.language, to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt",
           p.name AS publisher, p.slug AS "publisherSlug", a.url, r.start, r."end"
    FROM ranked r JOIN articles a ON a.id = r.id JOIN publishers p ON p.id = a.publisher_id
    WHERE r.rank <= ${perGroup}`;
}
