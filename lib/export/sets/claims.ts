// Claims: one row per figure stated in an article (killed, executed, arrested…), with the
// article's outlet, group, date and URL, the event the figure belongs to and the source it is
// attributed to: the rows of the /claims table's own listClaims and countClaims
// (lib/queries/claims.ts), with its filters (`event` is the claim's own event) and sort columns.
import { parseOrder, type Order, type SearchParamsRecord } from '@/lib/filters/search-params';
import { CLAIM_DEFAULT_SORT, CLAIM_SORTS, CLAIM_TABLE, parseClaimFilter, type ClaimFilter, type ClaimSort } from '@/lib/filters/slice';
import { claimQuery, countClaims, listClaims } from '@/lib/queries/claims';
import { articleRefColumns, compact, listed, sliceQuery, withQuery } from '../common';
import { PARAM_SPECS, SLICE_PARAM_SPECS } from '../params';
import type { Column, Dataset } from '../types';

export type ClaimExportFilter = ClaimFilter & Order<ClaimSort>;

const columns: Column[] = [
  { key: 'id', header: 'Claim ID', type: 'integer', nullable: false, description: 'Claim id.' },
  { key: 'group', field: 'stance', header: 'Group', type: 'string', nullable: false, description: 'Stance group of the article (a curator’s override, else its outlet’s).' },
  { key: 'kind', header: 'Kind', type: 'string', nullable: false, description: 'killed, executed, injured, arrested, detained, disappeared, sentenced or other.' },
  { key: 'value', header: 'Value', type: 'number', description: 'The figure as a number (the lower bound of a range); empty for vague quantities such as "thousands".' },
  { key: 'valueText', header: 'Figure as written', type: 'string', nullable: false, description: 'The figure as the article writes it.' },
  { key: 'qualifier', header: 'Qualifier', type: 'string', description: 'over, at least, about, up to… when the article hedges the figure.' },
  { key: 'vague', header: 'Vague', type: 'boolean', nullable: false, description: 'true for quantities without a number ("hundreds", "thousands").' },
  { key: 'source', header: 'Attributed to', type: 'string', description: 'Who the article credits for the figure (normalised name), when it says.' },
  { key: 'sourceText', header: 'Attribution as written', type: 'string', description: 'The attribution as the article writes it.' },
  { key: 'sentence', header: 'Sentence', type: 'string', nullable: false, description: 'The sentence stating the figure.' },
  { key: 'event', field: 'eventSlug', header: 'Event ID', type: 'string', description: 'Slug of the event the figure refers to, when matched.' },
  { key: 'eventName', header: 'Event', type: 'string', description: 'Name of that event.' },
  ...articleRefColumns('the claim'),
];

function parse(raw: SearchParamsRecord): ClaimExportFilter {
  return { ...parseClaimFilter(raw), ...parseOrder(raw, CLAIM_TABLE) };
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
    PARAM_SPECS.kind,
    PARAM_SPECS.source,
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
  query: (f) => claimQuery(f, f),
  ...listed(
    columns,
    (f: ClaimExportFilter, req, db) => listClaims(f, { ...req, sort: f.sort, desc: f.desc }, db),
    (f, db) => countClaims(f, db),
  ),
};
