// Attributions: one row per sentence quoting or citing someone ("…, Amnesty said"), with the
// article's outlet, group, date, URL and events. Filters are the /sources page's
// (parseSourceFilter); `entity` lists the sentences behind one source, in the order the page
// lists them (lib/queries/sources.ts entitySentences: group, newest first, reading order).
import type { SearchParamsRecord } from '@/lib/filters/search-params';
import { Prisma } from '@/lib/generated/prisma/client';
import { parseSourceFilter, type SourceFilter } from '@/lib/filters/slice';
import { ARTICLE_STANCE, COUNTED_ONCE } from '@/lib/queries/counting-rules';
import { sliceWhere } from '@/lib/queries/slice';
import { compact, groupOrder, sliceQuery, withArticleEvents, withQuery } from '../common';
import { countRows, keysetFetch, type SortPart } from '../keyset';
import { P, SLICE_PARAM_SPECS } from '../params';
import type { Column, Dataset, QueryScope } from '../types';

const columns: Column[] = [
  { key: 'id', header: 'Attribution ID', type: 'integer', nullable: false, description: 'Attribution id.' },
  { key: 'group', header: 'Group', type: 'string', nullable: false, description: 'Stance group of the article (a curator’s override, else its outlet’s).' },
  { key: 'entity', header: 'Source', type: 'string', nullable: false, description: 'Who is quoted or cited (normalised name).' },
  { key: 'entityType', header: 'Source type', type: 'string', nullable: false, description: 'person, organisation, government, court, un, media or unknown.' },
  { key: 'verb', header: 'Verb', type: 'string', nullable: false, description: 'The reporting verb (said, told, claimed, according to…).' },
  { key: 'quoted', header: 'Direct quote', type: 'boolean', nullable: false, description: 'true when the words are in quotation marks.' },
  { key: 'sentence', header: 'Sentence', type: 'string', nullable: false, description: 'The sentence with the attribution.' },
  { key: 'articleId', header: 'Article ID', type: 'integer', nullable: false, description: 'Article the sentence is in (/articles/<id>).' },
  { key: 'title', header: 'Title', type: 'string', nullable: false, description: 'Headline of the article.' },
  { key: 'publisher', header: 'Outlet', type: 'string', nullable: false, description: 'Publisher of the article.' },
  { key: 'publisherSlug', header: 'Outlet ID', type: 'string', nullable: false, description: 'Publisher slug.' },
  { key: 'publishedAt', header: 'Date', type: 'date', description: 'Publication date of the article.' },
  { key: 'datePrecision', header: 'Date precision', type: 'string', nullable: false, description: 'day, month, year or unknown.' },
  { key: 'url', header: 'URL', type: 'url', description: 'Original address of the article.' },
  { key: 'events', header: 'Events', type: 'string', description: 'Slugs of the events the article is linked to, "; "-separated.' },
];

const FROM = Prisma.sql`attributions q JOIN articles a ON a.id = q.article_id JOIN publishers p ON p.id = a.publisher_id`;

const SCOPES = withArticleEvents(FROM, (events) => Prisma.sql`
  q.id, ${ARTICLE_STANCE}::text AS "group", q.entity, q.entity_type AS "entityType", q.verb, q.quoted, q.sentence,
  a.id AS "articleId", a.title, p.name AS publisher, p.slug AS "publisherSlug",
  to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt", a.date_precision::text AS "datePrecision", a.url,
  ${events} AS events`);

const SORT: SortPart[] = [
  { expr: groupOrder(ARTICLE_STANCE), type: 'int' },
  { expr: Prisma.sql`a.published_at`, type: 'date', desc: true, nullable: true },
  { expr: Prisma.sql`q.article_id`, type: 'int' },
  { expr: Prisma.sql`q.span_start`, type: 'int' },
  { expr: Prisma.sql`q.id`, type: 'int' },
];

// As on the page, a reprint's quotes are its original's and are listed once.
export function attributionWhere(f: SourceFilter): Prisma.Sql {
  const where = Prisma.sql`${sliceWhere(f)} AND ${COUNTED_ONCE}`;
  return f.entity ? Prisma.sql`${where} AND q.entity = ${f.entity}` : where;
}

const toQuery = (f: SourceFilter) => ({ ...sliceQuery(f), ...compact({ entity: f.entity }) });

export const attributionsDataset: Dataset<SourceFilter> = {
  name: 'attributions',
  title: 'Attributions',
  description: 'Every sentence of a slice that quotes or cites someone, with the source, the reporting verb, whether it is a direct quote, and the article’s outlet, group, date and URL.',
  page: '/sources',
  rowIs: 'one attribution (a sentence quoting or citing a source)',
  pageUrl: (f) => withQuery('/sources', toQuery(f)),
  params: [...SLICE_PARAM_SPECS, P.entity],
  columns,
  parse: (raw: SearchParamsRecord) => parseSourceFilter(raw),
  toQuery,
  sortId: () => 'group.publishedAt.desc',
  query: (f, scope: QueryScope = 'batch') => ({ ...SCOPES[scope], where: attributionWhere(f), sort: SORT, keys: columns.map((c) => c.key) }),
  fetch: (ctx, f, req) => keysetFetch(ctx.db, attributionsDataset.query!(f), req),
  count: (ctx, f) => countRows(ctx.db, FROM, attributionWhere(f)),
};
