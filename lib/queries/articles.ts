// Articles: the list (/articles, its exports and the API read the same rows through
// listArticles and countArticles), the reader page's article, and the filter choices. Filters
// and order run in SQL. An article's group is ARTICLE_STANCE: a curator's override when set,
// else its outlet's. The list shows reprints too (they are articles); only comparisons count
// them once.
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma, type Db } from '@/lib/db/prisma';
import type { ArticleFilter, ArticleSort } from '@/lib/filters/articles';
import type { Order } from '@/lib/filters/search-params';
import type { DatePrecision } from '@/lib/parse/types';
import type { StanceKey } from '@/lib/stance';
import { cachedPage, cachedQuery, cachedRecent, cacheKey, type Recent } from './cache';
import { searchCondition } from './search';
import { summariesEnabled, summaryFilter, summaryWhere } from './summaries';
import { ARTICLE_STANCE } from './counting-rules';
import { countRows, readRows, selectOn, type ListRequest, type QueryScope, type RowPage, type RowQuery, type Select, type SortPart } from './keyset';

/** What every view of one article says about it (ARTICLE_COLUMNS). */
export interface ArticleFields {
  id: number;
  title: string;
  author: string | null;
  publishedAt: string | null;
  datePrecision: DatePrecision;
  wordCount: number;
  url: string | null;
  language: string;
  sourceFile: string;
  publisher: string;
  publisherSlug: string;
  /** The article's group: a curator's override when set, else its outlet's. */
  stance: StanceKey;
  /** The outlet's own group; `stance` differs from it when a curator overrode this article's. */
  publisherStance: StanceKey;
  via: string | null;
  viaSlug: string | null;
}

/** A row of the article list, its export and the API. */
export interface ArticleRow extends ArticleFields {
  /** Slugs of the events the article is linked to, "; "-separated. */
  events: string | null;
  /** The original's id when this text is a reprint. */
  reprintOfId: number | null;
  /** Share of this text found in the original (0–1). */
  reprintSimilarity: number | null;
  /** Who linked it: reprint detection or a curator. */
  reprintBy: 'detection' | 'curator' | null;
}

/** The article a claim or a quote is in, as each of their rows names it (ARTICLE_REF_COLUMNS). */
export interface ArticleRef {
  articleId: number;
  title: string;
  publisher: string;
  publisherSlug: string;
  /** The article's group: a curator's override when set, else its outlet's. */
  stance: StanceKey;
  publishedAt: string | null;
  datePrecision: DatePrecision;
  url: string | null;
  /** The article's language: its sentences are shown in their direction. */
  language: string;
}

/** ArticleRef's columns over `articles a JOIN publishers p`. */
export const ARTICLE_REF_COLUMNS = Prisma.sql`
  a.id AS "articleId", a.title, p.name AS publisher, p.slug AS "publisherSlug", ${ARTICLE_STANCE}::text AS stance,
  to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt", a.date_precision::text AS "datePrecision", a.url, a.language`;

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
  if (f.languages.length) parts.push(Prisma.sql`a.language IN (${Prisma.join(f.languages)})`);
  // English stemming for English text, plain words and prefixes over the folded text for the
  // rest (lib/queries/search.ts).
  if (f.q) parts.push(searchCondition(f.q));
  return Prisma.join(parts, ' AND ');
}

export const ARTICLE_FROM = Prisma.sql`articles a JOIN publishers p ON p.id = a.publisher_id LEFT JOIN publishers v ON v.id = a.via_id`;

export const ARTICLE_COLUMNS = Prisma.sql`
  a.id, a.title, a.author, to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt",
  a.date_precision::text AS "datePrecision", a.word_count AS "wordCount", a.url, a.language,
  a.source_file AS "sourceFile", p.name AS publisher, p.slug AS "publisherSlug",
  ${ARTICLE_STANCE}::text AS stance, p.stance::text AS "publisherStance", v.name AS via, v.slug AS "viaSlug"`;

/** The event slugs an article is linked to, "; "-separated (alias a): one lookup per row, for pages and batches. */
const ARTICLE_EVENTS = Prisma.sql`(SELECT string_agg(e.slug, '; ' ORDER BY e.slug)
  FROM article_events ae JOIN events e ON e.id = ae.event_id WHERE ae.article_id = a.id)`;

/**
 * The same list for a whole export: every article's events aggregated in one pass and joined
 * (alias ev, column ev.events). A per-row subquery costs about 5 µs a row in Postgres, most of a
 * 1M-row CSV export's time; one grouped pass over article_events takes about a second.
 */
const ARTICLE_EVENTS_JOIN = Prisma.sql`LEFT JOIN (
  SELECT ae.article_id, string_agg(e.slug, '; ' ORDER BY e.slug) AS events
  FROM article_events ae JOIN events e ON e.id = ae.event_id GROUP BY ae.article_id) ev ON ev.article_id = a.id`;

/**
 * SELECT and FROM of a view with an events column (alias a for the article), per query scope:
 * the per-row lookup for pages and keyset batches, the one-pass join for a whole export.
 */
export function withArticleEvents(from: Prisma.Sql, select: (events: Prisma.Sql) => Prisma.Sql): Record<QueryScope, { select: Prisma.Sql; from: Prisma.Sql }> {
  return {
    batch: { select: select(ARTICLE_EVENTS), from },
    all: { select: select(Prisma.sql`ev.events`), from: Prisma.sql`${from} ${ARTICLE_EVENTS_JOIN}` },
  };
}

const LIST_SCOPES = withArticleEvents(
  ARTICLE_FROM,
  (events) => Prisma.sql`${ARTICLE_COLUMNS}, ${events} AS events, a.reprint_of_id AS "reprintOfId",
    CASE WHEN a.reprint_of_id IS NOT NULL THEN round(a.reprint_similarity::numeric, 3)::float8 END AS "reprintSimilarity",
    CASE WHEN a.reprint_of_id IS NULL THEN NULL WHEN a.reprint_decision = 'reprint' THEN 'curator' ELSE 'detection' END AS "reprintBy"`,
);

/** The table's sort columns; the row id follows in the same direction. */
const ORDER: Record<ArticleSort, Omit<SortPart, 'desc'>> = {
  publishedAt: { expr: Prisma.sql`a.published_at`, type: 'date', nullable: true },
  title: { expr: Prisma.sql`lower(a.title)`, type: 'text' },
  publisher: { expr: Prisma.sql`lower(p.name)`, type: 'text' },
  wordCount: { expr: Prisma.sql`a.word_count`, type: 'int' },
  stance: { expr: ARTICLE_STANCE, type: '"Stance"' },
};

/** The article list as one query: its rows (ArticleRow), filters and order. */
export function articleQuery(f: ArticleFilter, order: Order<ArticleSort>, scope: QueryScope = 'batch'): RowQuery {
  return {
    ...LIST_SCOPES[scope],
    where: articleWhere(f),
    sort: [
      { ...ORDER[order.sort], desc: order.desc },
      { expr: Prisma.sql`a.id`, type: 'int', desc: order.desc },
    ],
  };
}

/**
 * A full-text filter's statements run with room for an exact bitmap. A common word matches a
 * third of the corpus; in the default 4 MB of work_mem the bitmap of matches goes lossy, and the
 * planner prefers reading every article's tsvector out of TOAST (5.5 s at 1M articles); with
 * room for an exact bitmap it visits only the matches (0.4 s).
 */
function articleSelect(db: Db, f: ArticleFilter): Select {
  if (!f.q) return selectOn(db);
  return async (sql) => {
    const [, rows] = await db.$transaction([db.$executeRaw`SET LOCAL work_mem = '32MB'`, db.$queryRaw<Record<string, unknown>[]>(sql)]);
    return rows;
  };
}

/** A page of the article list, or the batch after a cursor (exports, the API). */
export async function listArticles(f: ArticleFilter, page: ListRequest<ArticleSort>, db: Db = prisma()): Promise<RowPage<ArticleRow>> {
  return cachedPage(cacheKey('listArticles', f, page), page, () => readRows<ArticleRow>(articleSelect(db, f), articleQuery(f, page), page), db);
}

/** The articles the filter matches: the list's row count. */
export async function countArticles(f: ArticleFilter, db: Db = prisma()): Promise<number> {
  // Reprints included (a list shows every article). From the article summary unless the filter
  // needs the articles themselves: full-text search, the via outlet, an event, days within a year.
  const sf = summariesEnabled() && !f.q && !f.via && !f.event ? summaryFilter(f) : null;
  if (sf) {
    return cachedQuery(cacheKey('countArticles', f, 's'), async () => {
      const rows = await db.$queryRaw<{ n: number }[]>`
        SELECT coalesce(sum(s.articles), 0)::int AS n FROM summary_articles s WHERE ${summaryWhere(sf, { byPublisher: true, byYear: true })}`;
      return rows[0]!.n;
    }, db);
  }
  return cachedQuery(cacheKey('countArticles', f), () => countRows(articleSelect(db, f), ARTICLE_FROM, articleWhere(f)), db);
}

/** How long a full-text search on /articles waits for a recount before it shows the last one. */
export const SEARCH_WAIT_MS = 1_000;

/**
 * A page of /articles with a full-text query, and the matches' count. Search cannot be
 * summarised (it reads the GIN index and every match), and while an import commits file after
 * file each commit starts a new count: at 100k articles 16 searching readers waited 2 s. So a
 * recount that takes longer than SEARCH_WAIT_MS leaves the page with the last results, marked with
 * when they were counted (`countedAt`), as /compare does for its words; exports and the API stay
 * on listArticles and countArticles, always current.
 */
export function recentSearch(
  f: ArticleFilter,
  page: ListRequest<ArticleSort>,
  db: Db = prisma(),
): Promise<Recent<{ rows: ArticleRow[]; total: number }>> {
  return cachedRecent(
    cacheKey('recentSearch', f, page),
    async () => {
      const [{ rows }, total] = await Promise.all([listArticles(f, page, db), countArticles(f, db)]);
      return { rows, total };
    },
    SEARCH_WAIT_MS,
    db,
  );
}

/** Another article as the reader names it: its title, outlet, group and date. */
export interface LinkedArticle {
  id: number;
  title: string;
  publisher: string;
  stance: StanceKey;
  publishedAt: string | null;
  datePrecision: DatePrecision;
  /** The site it was collected from, when an aggregator or digest. */
  via: string | null;
}

export interface ArticleDetail extends ArticleFields {
  body: string;
  contentHash: string;
  sourceIndex: number;
  importBatchId: number;
  importedAt: Date;
  publisherRationale: string | null;
  viaStance: StanceKey | null;
  stanceOverride: StanceKey | null;
  stanceOverrideReason: string | null;
  /** The original when this text is a reprint (found at import or set by a curator). */
  reprintOf: LinkedArticle | null;
  /** Share of this article's text found in the original (0–1); null when not computed. */
  reprintSimilarity: number | null;
  /** A curator's decision: 'reprint' (linked by hand), 'own' (not a reprint); null: detection decides. */
  reprintDecision: 'reprint' | 'own' | null;
  /** Its reprints (when it is an original), earliest first, with their similarity. */
  reprints: (LinkedArticle & { similarity: number | null; byCurator: boolean })[];
  /** Texts this article reproduces in full inside its own, with the shared passages (offsets into the body). */
  quotes: (LinkedArticle & { containment: number | null; spans: number[]; method: string })[];
  /** Articles that reproduce this one in full inside their own. */
  quotedBy: LinkedArticle[];
  /** Where the title came from (lib/import/types.ts TITLE_SOURCES); null for older imports. */
  titleSource: string | null;
}

/** A LinkedArticle as JSON, for article x joined to its outlet xp and host xv. */
const linked = (x: string) =>
  Prisma.raw(`'id', ${x}.id, 'title', ${x}.title, 'publisher', ${x}p.name, 'stance', coalesce(${x}.stance_override, ${x}p.stance),
    'publishedAt', to_char(${x}.published_at, 'YYYY-MM-DD'), 'datePrecision', ${x}.date_precision, 'via', ${x}v.name`);
const linkedFrom = (x: string) =>
  Prisma.raw(`articles ${x} JOIN publishers ${x}p ON ${x}p.id = ${x}.publisher_id LEFT JOIN publishers ${x}v ON ${x}v.id = ${x}.via_id`);

export async function getArticle(id: number): Promise<ArticleDetail | null> {
  const rows = await prisma().$queryRaw<ArticleDetail[]>`
    SELECT ${ARTICLE_COLUMNS}, a.body, a.content_hash AS "contentHash", a.source_index AS "sourceIndex",
           a.import_batch_id AS "importBatchId", a.created_at AS "importedAt",
           p.stance_rationale AS "publisherRationale", v.stance::text AS "viaStance",
           a.stance_override::text AS "stanceOverride", a.stance_override_reason AS "stanceOverrideReason", a.title_source AS "titleSource",
           (SELECT json_build_object(${linked('o')}) FROM ${linkedFrom('o')} WHERE o.id = a.reprint_of_id) AS "reprintOf",
           round(a.reprint_similarity::numeric, 3)::float8 AS "reprintSimilarity", a.reprint_decision AS "reprintDecision",
           coalesce((SELECT json_agg(json_build_object(${linked('r')}, 'similarity', round(r.reprint_similarity::numeric, 3), 'byCurator', r.reprint_decision = 'reprint')
                                     ORDER BY r.published_at NULLS LAST, r.id)
              FROM ${linkedFrom('r')} WHERE r.reprint_of_id = a.id), '[]') AS reprints,
           coalesce((SELECT json_agg(json_build_object(${linked('q')}, 'containment', round(aq.containment::numeric, 3), 'spans', aq.spans, 'method', aq.method) ORDER BY q.id)
              FROM article_quotes aq JOIN ${linkedFrom('q')} ON q.id = aq.quoted_id WHERE aq.article_id = a.id), '[]') AS quotes,
           coalesce((SELECT json_agg(json_build_object(${linked('b')}) ORDER BY b.id)
              FROM article_quotes bq JOIN ${linkedFrom('b')} ON b.id = bq.article_id WHERE bq.quoted_id = a.id), '[]') AS "quotedBy"
    FROM ${ARTICLE_FROM} WHERE a.id = ${id}`;
  return rows[0] ?? null;
}

/** Options for the filter controls: every publisher and via host that has articles. */
export async function articleFilterOptions() {
  return cachedQuery(cacheKey('articleFilterOptions', summariesEnabled()), async () => {
    // Outlets and languages from the article summary: every filtered list and search renders
    // these options, and counting them from the articles cost a scan of the corpus at every
    // commit of an import. Vias are few and indexed.
    const fromSummary = summariesEnabled();
    const [publishers, vias, languages] = await Promise.all([
      fromSummary
        ? prisma().$queryRaw<{ slug: string; name: string; stance: StanceKey; n: number }[]>`
            SELECT p.slug, p.name, p.stance::text AS stance, s.n
            FROM (SELECT publisher_id, sum(articles)::int AS n FROM summary_articles GROUP BY publisher_id HAVING sum(articles) > 0) s
            JOIN publishers p ON p.id = s.publisher_id ORDER BY lower(p.name)`
        : prisma().$queryRaw<{ slug: string; name: string; stance: StanceKey; n: number }[]>`
            SELECT p.slug, p.name, p.stance::text AS stance, count(*)::int AS n
            FROM publishers p JOIN articles a ON a.publisher_id = p.id
            GROUP BY p.id ORDER BY lower(p.name)`,
      prisma().$queryRaw<{ slug: string; name: string; n: number }[]>`
        SELECT v.slug, v.name, count(*)::int AS n
        FROM publishers v JOIN articles a ON a.via_id = v.id
        GROUP BY v.id ORDER BY lower(v.name)`,
      fromSummary
        ? prisma().$queryRaw<{ language: string; n: number }[]>`
            SELECT language, sum(articles)::int AS n FROM summary_articles GROUP BY language HAVING sum(articles) > 0 ORDER BY n DESC, language`
        : prisma().$queryRaw<{ language: string; n: number }[]>`
            SELECT a.language, count(*)::int AS n FROM articles a GROUP BY a.language ORDER BY n DESC, a.language`,
    ]);
    return { publishers, vias, languages };
  });
}
