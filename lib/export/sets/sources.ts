// Sources: the /sources table, one row per quoted or cited entity with its mentions in each
// stance group and its share of each group's attributions, in the table's order. Rows come from
// the page's own query (lib/queries/sources.ts listSourceEntities), read once: their number is
// bounded by the distinct entities, not by the corpus. The sentences are the attributions dataset.
import { parseOrder, type Order, type SearchParamsRecord } from '@/lib/filters/search-params';
import { parseSourceFilter, SOURCE_DEFAULT_SORT, SOURCE_SORTS, SOURCE_TABLE, type SourceFilter, type SourceSort } from '@/lib/filters/slice';
import { listSourceEntities } from '@/lib/queries/sources';
import { STANCES, STANCE_STYLE } from '@/lib/stance';
import { compact, computed, sliceQuery, withQuery } from '../common';
import { SLICE_PARAM_SPECS } from '../params';
import { exportRow } from '../rows';
import type { Column, Dataset, Row } from '../types';

export type SourceExportFilter = SourceFilter & Order<SourceSort>;

const columns: Column[] = [
  { key: 'entity', header: 'Source', type: 'string', nullable: false, description: 'Who is quoted or cited (normalised name).' },
  { key: 'entityType', header: 'Source type', type: 'string', nullable: false, description: 'person, organisation, government, court, un, media or unknown (the most frequent when it varies).' },
  { key: 'mentions', header: 'Mentions', type: 'integer', nullable: false, description: 'Attributions to the source in the slice, all groups.' },
  { key: 'articles', header: 'Articles', type: 'integer', nullable: false, description: 'Articles citing the source.' },
  ...STANCES.map(
    (s): Column => ({ key: s, header: `${STANCE_STYLE[s].label} mentions`, type: 'integer', nullable: false, description: `Attributions to the source in ${s} outlets.` }),
  ),
  ...STANCES.map(
    (s): Column => ({
      key: `${s}Share`,
      header: `${STANCE_STYLE[s].label} share %`,
      type: 'number',
      description: `Percent of all ${s} attributions in the slice that go to this source (empty: the group has none).`,
    }),
  ),
];

const MAX_ROWS = 2_147_483_647;

function parse(raw: SearchParamsRecord): SourceExportFilter {
  // `entity` picks the sentences shown under the table (the attributions dataset); the table
  // itself is the whole slice, so it is dropped here.
  return { ...parseSourceFilter(raw), entity: null, ...parseOrder(raw, SOURCE_TABLE) };
}

const sortOf = (f: SourceExportFilter) => `${f.sort}.${f.desc ? 'desc' : 'asc'}`;

const toQuery = (f: SourceExportFilter) => ({ ...sliceQuery(f), ...compact({ sort: sortOf(f) === SOURCE_DEFAULT_SORT ? null : sortOf(f) }) });

export const sourcesDataset: Dataset<SourceExportFilter> = {
  name: 'sources',
  title: 'Sources',
  description: 'Who the articles of a slice quote or cite: each source with its mentions per stance group and its share of each group’s attributions (the /sources table).',
  page: '/sources',
  rowIs: 'one source (mentions and shares per group in the advocacy… and advocacyShare… columns)',
  pageUrl: (f) => withQuery('/sources', toQuery(f)),
  params: [
    ...SLICE_PARAM_SPECS,
    {
      name: 'sort',
      description: 'Row order, as in the sources table: column.asc or column.desc; a group name sorts by its share.',
      schema: { type: 'string', enum: SOURCE_SORTS.flatMap((s) => [`${s}.asc`, `${s}.desc`]), default: SOURCE_DEFAULT_SORT },
    },
  ],
  columns,
  parse,
  toQuery,
  sortId: sortOf,
  ...computed(async (ctx, f: SourceExportFilter): Promise<Row[]> => {
    const rows = await listSourceEntities(f, { offset: 0, limit: MAX_ROWS, sort: f.sort, desc: f.desc }, ctx.db);
    return rows.map((r) => exportRow(columns, r));
  }),
};
