// Amplification: who republishes whose texts, group × group — one row per pair (the original's
// group, the republishing site's group) with its republications, distinct texts and sites, and
// its share of everything the republishing group republished. The /amplification matrix's own
// groupAmplification (lib/queries/amplification.ts); the slice picks the republishing articles.
import type { SearchParamsRecord } from '@/lib/filters/search-params';
import { parseSliceFilter, type SliceFilter } from '@/lib/filters/slice';
import { groupAmplification } from '@/lib/queries/amplification';
import { computed, sliceQuery, withQuery } from '../common';
import { SLICE_PARAM_SPECS } from '../params';
import { exportRow } from '../rows';
import type { Column, Dataset } from '../types';

const columns: Column[] = [
  { key: 'originalGroup', header: 'Texts of', type: 'string', nullable: false, description: 'Group of the original article (whose text was republished).' },
  { key: 'group', field: 'republishedBy', header: 'Republished by', type: 'string', nullable: false, description: 'Group of the sites that republished it (the host a copy was collected from, else its outlet).' },
  { key: 'republications', header: 'Republications', type: 'integer', nullable: false, description: 'Reprints of that group’s texts carried by sites of this group (each counted once in comparisons, as its original).' },
  { key: 'texts', header: 'Texts', type: 'integer', nullable: false, description: 'Distinct original texts among them.' },
  { key: 'outlets', header: 'Sites', type: 'integer', nullable: false, description: 'Distinct republishing sites.' },
  { key: 'share', header: 'Share of the group’s republications %', type: 'number', description: 'Percent of everything sites of the republishing group republished that comes from this group (empty: the group republished nothing).' },
];

const MAX_ROWS = 16;

export const amplificationDataset: Dataset<SliceFilter> = {
  name: 'amplification',
  title: 'Amplification',
  description: 'Who republishes whose texts: for each pair of stance groups, how many reprints of the first group’s texts sites of the second group carry (the /amplification table).',
  page: '/amplification',
  rowIs: 'one pair of groups (texts of one group, republished by another)',
  pageUrl: (f) => withQuery('/amplification', sliceQuery(f)),
  params: SLICE_PARAM_SPECS,
  columns,
  parse: (raw: SearchParamsRecord) => parseSliceFilter(raw),
  toQuery: sliceQuery,
  sortId: () => 'originalGroup.republishedBy',
  ...computed(async (ctx, f: SliceFilter) => (await groupAmplification(f, ctx.db)).slice(0, MAX_ROWS).map((r) => exportRow(columns, r))),
};
