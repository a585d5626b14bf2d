// Claims: one row per figure stated in an article (killed, executed, arrested…), with the
// article's outlet, group, date and URL, the event the figure belongs to and the source it is
// attributed to. Filters, WHERE and order are the /claims page's: parseClaimFilter, claimWhere
// (lib/queries/slice.ts: `event` is the claim's own event) and the table's sort columns.
import { parseTableParams, type SearchParamsRecord } from '@/lib/filters/search-params';
import { Prisma } from '@/lib/generated/prisma/client';
import { CLAIM_DEFAULT_SORT, CLAIM_SORTS, parseClaimFilter, type ClaimFilter, type ClaimSort } from '@/lib/filters/slice';
import { ARTICLE_STANCE } from '@/lib/queries/counting-rules';
import { claimWhere } from '@/lib/queries/slice';
import { compact, sliceQuery, withQuery } from '../common';
import { countRows, keysetFetch, type SortPart } from '../keyset';
import { P, SLICE_PARAM_SPECS } from '../params';
import type { Column, Dataset } from '../types';

const columns: Column[] = [
  { key: 'id', header: 'Claim ID', type: 'integer', nullable: false, description: 'Claim id.' },
  { key: 'group', header: 'Group', type: 'string', nullable: false, description: 'Stance group of the article (a curator’s override, else its outlet’s).' },
  { key: 'kind', header: 'Kind', type: 'string', nullable: false, description: 'killed, executed, injured, arrested, detained, disappeared, sentenced or other.' },
  { key: 'value', header: 'Value', type: 'number', description: 'The figure as a number (the lower bound of a range); empty for vague quantities such as "thousands".' },
  { key: 'valueText', header: 'Figure as written', type: 'string', nullable: false, description: 'The figure as the article writes it.' },
  { key: 'qualifier', header: 'Qualifier', type: 'string', description: 'over, at least, about, up to… when the article hedges the figure.' },
  { key: 'vague', header: 'Vague', type: 'boolean', nullable: false, description: 'true for quantities without a number ("hundreds", "thousands").' },
  { key: 'source', header: 'Attributed to', type: 'string', description: 'Who the article credits for the figure (normalised name), when it says.' },
  { key: 'sourceText', header: 'Attribution as written', type: 'string', description: 'The attribution as the article writes it.' },
  { key: 'sentence', header: 'Sentence', type: 'string', nullable: false, description: 'The sentence stating the figure.' },
  { key: 'event', header: 'Event ID', type: 'string', description: 'Slug of the event the figure refers to, when matched.' },
  { key: 'eventName', header: 'Event', type: 'string', description: 'Name of that event.' },
  { key: 'articleId', header: 'Article ID', type: 'integer', nullable: false, description: 'Article the claim is in (/articles/<id>).' },
  { key: 'title', header: 'Title', type: 'string', nullable: false, description: 'Headline of the article.' },
  { key: 'publisher', header: 'Outlet', type: 'string', nullable: false, description: 'Publisher of the article.' },
  { key: 'publisherSlug', header: 'Outlet ID', type: 'string', nullable: false, description: 'Publisher slug.' },
  { key: 'publishedAt', header: 'Date', type: 'date', description: 'Publication date of the article.' },
  { key: 'datePrecision', header: 'Date precision', type: 'string', nullable: false, description: 'day, month, year or unknown.' },
  { key: 'url', header: 'URL', type: 'url', description: 'Original address of the article.' },
];

const FROM = Prisma.sql`claims c JOIN articles a ON a.id = c.article_id JOIN publishers p ON p.id = a.publisher_id
  LEFT JOIN events e ON e.id = c.event_id`;

const SELECT = Prisma.sql`
  c.id, ${ARTICLE_STANCE}::text AS "group", c.kind, c.value, c.value_text AS "valueText", c.qualifier, c.vague,
  c.source, c.source_text AS "sourceText", c.sentence, e.slug AS event, e.name AS "eventName",
  a.id AS "articleId", a.title, p.name AS publisher, p.slug AS "publisherSlug",
  to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt", a.date_precision::text AS "datePrecision", a.url`;

export interface ClaimExportFilter extends ClaimFilter {
  sort: ClaimSort;
  desc: boolean;
}

// The table's ORDER BY (lib/queries/claims.ts): the sort column NULLS LAST, then the claim id.
const SORT_PARTS: Record<ClaimSort, Omit<SortPart, 'desc'>> = {
  value: { expr: Prisma.sql`c.value`, type: 'float8', nullable: true },
  kind: { expr: Prisma.sql`c.kind`, type: 'text' },
  publishedAt: { expr: Prisma.sql`a.published_at`, type: 'date', nullable: true },
  publisher: { expr: Prisma.sql`lower(p.name)`, type: 'text' },
};

const sortParts = (f: ClaimExportFilter): SortPart[] => [
  { ...SORT_PARTS[f.sort], desc: f.desc },
  { expr: Prisma.sql`c.id`, type: 'int', desc: f.desc },
];

function parse(raw: SearchParamsRecord): ClaimExportFilter {
  const table = parseTableParams(raw, { sortable: CLAIM_SORTS, defaultSort: CLAIM_DEFAULT_SORT });
  return { ...parseClaimFilter(raw), sort: table.sortId as ClaimSort, desc: table.sortDesc };
}

const sortOf = (f: ClaimExportFilter) => `${f.sort}.${f.desc ? 'desc' : 'asc'}`;

const toQuery = (f: ClaimExportFilter) => ({
  ...sliceQuery(f),
  ...compact({ kind: f.kinds.join(','), source: f.source, sort: sortOf(f) === CLAIM_DEFAULT_SORT ? null : sortOf(f) }),
});

export const claimsDataset: Dataset<ClaimExportFilter> = {
  name: 'claims',
  title: 'Claims',
  description: 'Casualty and repression figures stated in the articles of a slice, one per row, with the outlet’s group, the event, the attributed source and the sentence.',
  page: '/claims',
  rowIs: 'one figure stated in one article',
  pageUrl: (f) => withQuery('/claims', toQuery(f)),
  params: [
    ...SLICE_PARAM_SPECS.map((p) => (p.name === 'event' ? { ...p, description: 'Event slug: only claims about this event (the claim’s own event, as on the event page).' } : p)),
    P.kind,
    P.source,
    {
      name: 'sort',
      description: 'Row order, as in the claims table: column.asc or column.desc (empty values last). Ties are broken by claim id.',
      schema: { type: 'string', enum: CLAIM_SORTS.flatMap((s) => [`${s}.asc`, `${s}.desc`]), default: CLAIM_DEFAULT_SORT },
    },
  ],
  columns,
  parse,
  toQuery,
  sortId: sortOf,
  query: (f) => ({ select: SELECT, from: FROM, where: claimWhere(f), sort: sortParts(f), keys: columns.map((c) => c.key) }),
  fetch: (ctx, f, req) => keysetFetch(ctx.db, claimsDataset.query!(f), req),
  count: (ctx, f) => countRows(ctx.db, FROM, claimWhere(f)),
};
