// Articles: one row per article matching the /articles filters, in the page's order: the rows
// of the page's own listArticles and countArticles (lib/queries/articles.ts). Like the page it
// lists reprints too (they are articles) and reports each article under its group: a curator's
// override when set, else its outlet's.
import { ARTICLE_TABLE, parseArticleFilter, type ArticleFilter, type ArticleSort } from '@/lib/filters/articles';
import { parseOrder, type Order, type SearchParamsRecord } from '@/lib/filters/search-params';
import { articleQuery, countArticles, listArticles } from '@/lib/queries/articles';
import { compact, listed, withQuery } from '../common';
import { PARAM_SPECS } from '../params';
import type { Column, Dataset } from '../types';

export type ArticleExportFilter = ArticleFilter & Order<ArticleSort>;

const columns: Column[] = [
  { key: 'id', header: 'Article ID', type: 'integer', nullable: false, description: 'Article id in this dashboard (/articles/<id>).' },
  { key: 'title', header: 'Title', type: 'string', nullable: false, description: 'Headline as imported.' },
  { key: 'group', field: 'stance', header: 'Group', type: 'string', nullable: false, description: "The article's stance group: advocacy, mainstream, critical or unrated (a curator's override when set, else the outlet's)." },
  { key: 'outletGroup', field: 'publisherStance', header: 'Outlet group', type: 'string', nullable: false, description: "The outlet's own stance group (differs from Group when a curator overrode this article's)." },
  { key: 'publisher', header: 'Outlet', type: 'string', nullable: false, description: 'Publisher name from the registry.' },
  { key: 'publisherSlug', header: 'Outlet ID', type: 'string', nullable: false, description: 'Publisher slug (the publisher filter value).' },
  { key: 'publishedAt', header: 'Date', type: 'date', description: 'Publication date (YYYY-MM-DD); read it with the date precision.' },
  { key: 'datePrecision', header: 'Date precision', type: 'string', nullable: false, description: 'day, month, year or unknown: a year-precision date is stored as 1 January.' },
  { key: 'author', header: 'Author', type: 'string', description: 'Byline, when the source gave one.' },
  { key: 'via', header: 'Via', type: 'string', description: 'Site the text was collected from, when it is not the outlet (republished or hosted).' },
  { key: 'viaSlug', header: 'Via ID', type: 'string', description: 'Slug of the via site.' },
  { key: 'url', header: 'URL', type: 'url', description: 'Original address of the article, when known.' },
  { key: 'wordCount', header: 'Words', type: 'integer', nullable: false, description: 'Words in title and body; for an article that reproduces another in full, its own words only (the reproduced text counts with its original).' },
  { key: 'language', header: 'Language', type: 'string', nullable: false, description: 'ISO 639-1 language code.' },
  { key: 'events', header: 'Events', type: 'string', description: 'Slugs of the catalog events the article is linked to, "; "-separated.' },
  { key: 'reprintOf', field: 'reprintOfId', header: 'Reprint of', type: 'integer', description: 'Article ID of the original when this text is a reprint (found by comparing texts, or set by a curator); comparisons count the original only.' },
  { key: 'reprintSimilarity', header: 'Reprint similarity', type: 'number', description: 'With reprintOf: the share (0–1) of this text’s 5-word shingles found in the original.' },
  { key: 'reprintBy', header: 'Reprint decided by', type: 'string', description: 'With reprintOf: "detection" or "curator".' },
  { key: 'sourceFile', header: 'Source file', type: 'string', nullable: false, description: 'Imported file the article came from.' },
];

export function parseArticleExportFilter(raw: SearchParamsRecord): ArticleExportFilter {
  return { ...parseArticleFilter(raw), ...parseOrder(raw, ARTICLE_TABLE) };
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
    sort: sort === ARTICLE_TABLE.defaultSort ? null : sort,
  });
}

export const articlesDataset: Dataset<ArticleExportFilter> = {
  name: 'articles',
  title: 'Articles',
  description: 'Every article matching the /articles filters, in the order of the table, with its outlet, stance group, date, URL and linked events.',
  page: '/articles',
  rowIs: 'one article',
  pageUrl: (f) => withQuery('/articles', toQuery(f)),
  params: [PARAM_SPECS.stance, PARAM_SPECS.publisher, PARAM_SPECS.via, PARAM_SPECS.from, PARAM_SPECS.to, PARAM_SPECS.q, PARAM_SPECS.event, PARAM_SPECS.lang, PARAM_SPECS.articleSort],
  columns,
  parse: parseArticleExportFilter,
  toQuery,
  sortId: (f) => `${f.sort}.${f.desc ? 'desc' : 'asc'}`,
  query: (f, scope) => articleQuery(f, f, scope),
  ...listed(
    columns,
    (f: ArticleExportFilter, req, db) => listArticles(f, { ...req, sort: f.sort, desc: f.desc }, db),
    (f, db) => countArticles(f, db),
  ),
};
