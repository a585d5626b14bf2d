// Attributions: one row per sentence quoting or citing someone ("…, Amnesty said"), with the
// article's outlet, group, date, URL and events. Filters are the /sources page's
// (parseSourceFilter); `entity` lists the sentences behind one source. The rows are the page's
// own listAttributions and countAttributions (lib/queries/attributions.ts), in its order: group,
// newest first, reading order.
import type { SearchParamsRecord } from '@/lib/filters/search-params';
import { parseSourceFilter, type SourceFilter } from '@/lib/filters/slice';
import { attributionQuery, countAttributions, listAttributions } from '@/lib/queries/attributions';
import { articleRefColumns, compact, listed, sliceQuery, withQuery } from '../common';
import { PARAM_SPECS, SLICE_PARAM_SPECS } from '../params';
import type { Column, Dataset } from '../types';

const columns: Column[] = [
  { key: 'id', header: 'Attribution ID', type: 'integer', nullable: false, description: 'Attribution id.' },
  { key: 'group', field: 'stance', header: 'Group', type: 'string', nullable: false, description: 'Stance group of the article (a curator’s override, else its outlet’s).' },
  { key: 'entity', header: 'Source', type: 'string', nullable: false, description: 'Who is quoted or cited (normalised name).' },
  { key: 'entityType', header: 'Source type', type: 'string', nullable: false, description: 'person, organisation, government, court, un, media or unknown.' },
  { key: 'verb', header: 'Verb', type: 'string', nullable: false, description: 'The reporting verb (said, told, claimed, according to…).' },
  { key: 'quoted', header: 'Direct quote', type: 'boolean', nullable: false, description: 'true when the words are in quotation marks.' },
  { key: 'sentence', header: 'Sentence', type: 'string', nullable: false, description: 'The sentence with the attribution.' },
  ...articleRefColumns('the sentence'),
  { key: 'events', header: 'Events', type: 'string', description: 'Slugs of the events the article is linked to, "; "-separated.' },
];

const toQuery = (f: SourceFilter) => ({ ...sliceQuery(f), ...compact({ entity: f.entity }) });

export const attributionsDataset: Dataset<SourceFilter> = {
  name: 'attributions',
  title: 'Attributions',
  description: 'Every sentence of a slice that quotes or cites someone, with the source, the reporting verb, whether it is a direct quote, and the article’s outlet, group, date and URL.',
  page: '/sources',
  rowIs: 'one attribution (a sentence quoting or citing a source)',
  pageUrl: (f) => withQuery('/sources', toQuery(f)),
  params: [...SLICE_PARAM_SPECS, PARAM_SPECS.entity],
  columns,
  parse: (raw: SearchParamsRecord) => parseSourceFilter(raw),
  toQuery,
  sortId: () => 'group.publishedAt.desc',
  query: attributionQuery,
  ...listed(columns, listAttributions, countAttributions),
};
