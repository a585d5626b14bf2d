// Republished texts: one row per original article that has reprints in the slice, with the
// sites that carried them (name, group, date), most copied first: the /amplification list's own
// listRepublished and countRepublished (lib/queries/amplification.ts). Every reprint with its
// original is also in the articles export (its reprintOf column).
import type { SearchParamsRecord } from '@/lib/filters/search-params';
import { parseSliceFilter, type SliceFilter } from '@/lib/filters/slice';
import { countRepublished, listRepublished, republishedQuery } from '@/lib/queries/amplification';
import { STANCES } from '@/lib/stance';
import { listed, sliceQuery, withQuery } from '../common';
import { SLICE_PARAM_SPECS } from '../params';
import type { Column, Dataset } from '../types';

const columns: Column[] = [
  { key: 'articleId', field: 'id', header: 'Original ID', type: 'integer', nullable: false, description: 'The original article (/articles/<id>): the earliest copy of the text.' },
  { key: 'title', header: 'Title', type: 'string', nullable: false, description: 'Headline of the original.' },
  { key: 'publisher', header: 'Outlet', type: 'string', nullable: false, description: 'Outlet of the original.' },
  { key: 'publisherSlug', header: 'Outlet ID', type: 'string', nullable: false, description: 'Publisher slug.' },
  { key: 'group', field: 'stance', header: 'Group', type: 'string', nullable: false, description: 'Group of the original (a curator’s override, else its outlet’s).' },
  { key: 'publishedAt', header: 'Date', type: 'date', description: 'Publication date of the original.' },
  { key: 'datePrecision', header: 'Date precision', type: 'string', nullable: false, description: 'day, month, year or unknown.' },
  { key: 'url', header: 'URL', type: 'url', description: 'Address of the original.' },
  { key: 'copies', header: 'Copies', type: 'integer', nullable: false, description: 'Its reprints in the slice.' },
  { key: 'outlets', header: 'Sites', type: 'integer', nullable: false, description: 'Distinct sites carrying them.' },
  ...STANCES.map((s): Column => ({ key: s, header: `Copies by ${s} sites`, type: 'integer', nullable: false, description: `Copies carried by ${s} sites.` })),
  { key: 'firstCopy', header: 'First copy', type: 'date', description: 'Date of the earliest dated copy.' },
  { key: 'lastCopy', header: 'Last copy', type: 'date', description: 'Date of the latest copy.' },
  { key: 'republishers', header: 'Republished by', type: 'string', nullable: false, description: '"Site (group, date)" of every copy, earliest first, "; "-separated.' },
];

export const republishedTextsDataset: Dataset<SliceFilter> = {
  name: 'republished-texts',
  title: 'Republished texts',
  description: 'Every original text with reprints in a slice, with the sites that republished it, their groups and dates, most copied first (the /amplification list).',
  page: '/amplification',
  rowIs: 'one original text with its copies',
  pageUrl: (f) => withQuery('/amplification', sliceQuery(f)),
  params: SLICE_PARAM_SPECS,
  columns,
  parse: (raw: SearchParamsRecord) => parseSliceFilter(raw),
  toQuery: sliceQuery,
  sortId: () => 'copies.desc',
  query: republishedQuery,
  ...listed(columns, listRepublished, countRepublished),
};
