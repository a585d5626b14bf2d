// Articles: one row per article matching the /articles filters, in the page's order. Like the page
// it lists reprints too (they are articles) and reports each article under ARTICLE_STANCE: a
// curator's override when set, else its outlet's group.
import { parseTableParams, type SearchParamsRecord } from '@/lib/filters/search-params';
import { Prisma } from '@/lib/generated/prisma/client';
import { ARTICLE_SORTS, parseArticleFilter, type ArticleFilter, type ArticleSort } from '@/lib/filters/articles';
import { ARTICLE_FROM, articleWhere } from '@/lib/queries/articles';
import { ARTICLE_STANCE } from '@/lib/queries/counting-rules';
import { compact, withArticleEvents, withQuery } from '../common';
import { countRows, keysetFetch, type SortPart } from '../keyset';
import { P } from '../params';
import type { Column, Dataset, QueryScope } from '../types';

export interface ArticleExportFilter extends ArticleFilter {
  sort: ArticleSort;
  desc: boolean;
}

export const DEFAULT_ARTICLE_SORT = 'publishedAt.desc';

const columns: Column[] = [
  { key: 'id', header: 'Article ID', type: 'integer', nullable: false, description: 'Article id in this dashboard (/articles/<id>).' },
  { key: 'title', header: 'Title', type: 'string', nullable: false, description: 'Headline as imported.' },
  { key: 'group', header: 'Group', type: 'string', nullable: false, description: "The article's stance group: advocacy, mainstream, critical or unrated (a curator's override when set, else the outlet's)." },
  { key: 'outletGroup', header: 'Outlet group', type: 'string', nullable: false, description: "The outlet's own stance group (differs from Group when a curator overrode this article's)." },
  { key: 'publisher', header: 'Outlet', type: 'string', nullable: false, description: 'Publisher name from the registry.' },
  { key: 'publisherSlug', header: 'Outlet ID', type: 'string', nullable: false, description: 'Publisher slug (the publisher filter value).' },
  { key: 'publishedAt', header: 'Date', type: 'date', description: 'Publication date (YYYY-MM-DD); read it with the date precision.' },
  { key: 'datePrecision', header: 'Date precision', type: 'string', nullable: false, description: 'day, month, year or unknown: a year-precision date is stored as 1 January.' },
  { key: 'author', header: 'Author', type: 'string', description: 'Byline, when the source gave one.' },
  { key: 'via', header: 'Via', type: 'string', description: 'Site the text was collected from, when it is not the outlet (republished or hosted).' },
  { key: 'viaSlug', header: 'Via ID', type: 'string', description: 'Slug of the via site.' },
  { key: 'url', header: 'URL', type: 'url', description: 'Original address of the article, when known.' },
  { key: 'wordCount', header: 'Words', type: 'integer', nullable: false, description: 'Words in title and body.' },
  { key: 'language', header: 'Language', type: 'string', nullable: false, description: 'ISO 639-1 language code.' },
  { key: 'events', header: 'Events', type: 'string', description: 'Slugs of the catalog events the article is linked to, "; "-separated.' },
  { key: 'reprintOf', header: 'Reprint of', type: 'integer', description: 'Article ID of the original when this text is a reprint; comparisons count the original only.' },
  { key: 'sourceFile', header: 'Source file', type: 'string', nullable: false, description: 'Imported file the article came from.' },
];

const SCOPES = withArticleEvents(ARTICLE_FROM, (events) => Prisma.sql`
  a.id, a.title, ${ARTICLE_STANCE}::text AS "group", p.stance::text AS "outletGroup", p.name AS publisher, p.slug AS "publisherSlug",
  to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt", a.date_precision::text AS "datePrecision",
  a.author, v.name AS via, v.slug AS "viaSlug", a.url, a.word_count AS "wordCount", a.language,
  ${events} AS events, a.reprint_of_id AS "reprintOf", a.source_file AS "sourceFile"`);

// The page's ORDER BY (lib/queries/articles.ts), part by part, with the id in the same direction.
const SORT_PARTS: Record<ArticleSort, Omit<SortPart, 'desc'>> = {
  publishedAt: { expr: Prisma.sql`a.published_at`, type: 'date', nullable: true },
  title: { expr: Prisma.sql`lower(a.title)`, type: 'text' },
  publisher: { expr: Prisma.sql`lower(p.name)`, type: 'text' },
  wordCount: { expr: Prisma.sql`a.word_count`, type: 'int' },
  stance: { expr: ARTICLE_STANCE, type: '"Stance"' },
};

function sortParts(f: ArticleExportFilter): SortPart[] {
  return [
    { ...SORT_PARTS[f.sort], desc: f.desc },
    { expr: Prisma.sql`a.id`, type: 'int', desc: f.desc },
  ];
}

export function parseArticleExportFilter(raw: SearchParamsRecord): ArticleExportFilter {
  const table = parseTableParams(raw, { sortable: ARTICLE_SORTS, defaultSort: DEFAULT_ARTICLE_SORT });
  return { ...parseArticleFilter(raw), sort: table.sortId as ArticleSort, desc: table.sortDesc };
}

function toQuery(f: ArticleExportFilter): Record<string, string> {
  const sort = `${f.sort}.${f.desc ? 'desc' : 'asc'}`;
  return compact({
    stance: f.stances.join(','),
    publisher: f.publishers.join(','),
    via: f.via,
    from: f.from,
    to: f.to,
    q: f.q,
    event: f.event,
    sort: sort === DEFAULT_ARTICLE_SORT ? null : sort,
  });
}

export const articlesDataset: Dataset<ArticleExportFilter> = {
  name: 'articles',
  title: 'Articles',
  description: 'Every article matching the /articles filters, in the order of the table, with its outlet, stance group, date, URL and linked events.',
  page: '/articles',
  rowIs: 'one article',
  pageUrl: (f) => withQuery('/articles', toQuery(f)),
  params: [P.stance, P.publisher, P.via, P.from, P.to, P.q, P.event, P.articleSort],
  columns,
  parse: parseArticleExportFilter,
  toQuery,
  sortId: (f) => `${f.sort}.${f.desc ? 'desc' : 'asc'}`,
  query: (f, scope: QueryScope = 'batch') => ({ ...SCOPES[scope], where: articleWhere(f), sort: sortParts(f), keys: columns.map((c) => c.key) }),
  fetch: (ctx, f, req) => keysetFetch(ctx.db, articlesDataset.query!(f), req),
  count: (ctx, f) => countRows(ctx.db, ARTICLE_FROM, articleWhere(f)),
};
