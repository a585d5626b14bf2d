// Outlet originality: per outlet, how many of its articles are its own texts and how many are
// reprints of another's, how many it hosted as an aggregator, and how often other sites
// republished its texts. The /amplification outlet table's own outletOriginality
// (lib/queries/amplification.ts), most articles first; bounded by the number of outlets.
import type { SearchParamsRecord } from '@/lib/filters/search-params';
import { parseSliceFilter, type SliceFilter } from '@/lib/filters/slice';
import { outletOriginality } from '@/lib/queries/amplification';
import { computed, sliceQuery, withQuery } from '../common';
import { SLICE_PARAM_SPECS } from '../params';
import { exportRow } from '../rows';
import type { Column, Dataset } from '../types';

const columns: Column[] = [
  { key: 'slug', header: 'Outlet ID', type: 'string', nullable: false, description: 'Publisher slug.' },
  { key: 'name', header: 'Outlet', type: 'string', nullable: false, description: 'Publisher name.' },
  { key: 'group', field: 'stance', header: 'Group', type: 'string', nullable: false, description: 'The outlet’s stance group.' },
  { key: 'articles', header: 'Articles', type: 'integer', nullable: false, description: 'Its articles in the slice.' },
  { key: 'own', header: 'Own texts', type: 'integer', nullable: false, description: 'Of which originals (counted in comparisons).' },
  { key: 'reprints', header: 'Reprints', type: 'integer', nullable: false, description: 'Of which reprints of another text (counted once, as their original).' },
  { key: 'ownShare', header: 'Own share %', type: 'number', nullable: false, description: 'Percent of its articles that are its own texts.' },
  { key: 'quoting', header: 'Quoting in full', type: 'integer', nullable: false, description: 'Its articles that reproduce another text in full inside their own (only their own words count).' },
  { key: 'hosted', header: 'Hosted reprints', type: 'integer', nullable: false, description: 'Reprints of other outlets’ texts collected from this site as a host (aggregator, digest).' },
  { key: 'republishedByOthers', header: 'Republished by others', type: 'integer', nullable: false, description: 'Copies other sites made of its texts.' },
  { key: 'textsRepublished', header: 'Texts republished', type: 'integer', nullable: false, description: 'Its texts that other sites republished at least once.' },
];

export const outletOriginalityDataset: Dataset<SliceFilter> = {
  name: 'outlet-originality',
  title: 'Outlet originality',
  description: 'Per outlet: its own texts and its reprints of others’, what it hosted as an aggregator, and how often other sites republished its texts (the /amplification outlet table).',
  page: '/amplification',
  rowIs: 'one outlet',
  pageUrl: (f) => withQuery('/amplification', sliceQuery(f)),
  params: SLICE_PARAM_SPECS,
  columns,
  parse: (raw: SearchParamsRecord) => parseSliceFilter(raw),
  toQuery: sliceQuery,
  sortId: () => 'articles.desc',
  ...computed(async (ctx, f: SliceFilter) => (await outletOriginality(f, ctx.db)).map((r) => exportRow(columns, r))),
};
