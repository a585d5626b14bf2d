// Publishers: the registry as stored, one row per outlet, with its article counts and the time
// its stance last changed (stance_changed_at: set by the registry load and by curation, whose
// audit_log holds the history): the /publishers table's own listPublishers
// (lib/queries/publishers.ts), most articles first.
import { parsePublisherFilter, type PublisherFilter } from '@/lib/filters/publishers';
import { listPublishers } from '@/lib/queries/publishers';
import { compact, computed, withQuery } from '../common';
import { PARAM_SPECS } from '../params';
import { exportRow } from '../rows';
import type { Column, Dataset } from '../types';

const columns: Column[] = [
  { key: 'slug', header: 'Outlet ID', type: 'string', nullable: false, description: 'Publisher slug (the publisher filter value elsewhere).' },
  { key: 'name', header: 'Outlet', type: 'string', nullable: false, description: 'Publisher name.' },
  { key: 'group', field: 'stance', header: 'Group', type: 'string', nullable: false, description: 'Stance group: advocacy, mainstream, critical or unrated.' },
  { key: 'rationale', field: 'stanceRationale', header: 'Why this group', type: 'string', description: 'The registry’s reason for the rating (required for rated outlets).' },
  { key: 'source', header: 'Where documented', type: 'string', description: 'Where the outlet’s affiliation or stance is documented: a URL or a named reference (registry source).' },
  { key: 'kind', header: 'Kind', type: 'string', nullable: false, description: 'news_outlet, human_rights_ngo, state_media, advocacy_org, blog_aggregator or other.' },
  { key: 'country', header: 'Country', type: 'string', description: 'Country of the outlet, when the registry gives one.' },
  { key: 'inRegistry', header: 'In registry', type: 'boolean', nullable: false, description: 'true when the outlet is in data/publishers.json; false when an import met an unknown outlet.' },
  { key: 'articles', header: 'Articles', type: 'integer', nullable: false, description: 'Articles published by the outlet in the corpus.' },
  { key: 'hostedArticles', field: 'viaArticles', header: 'Hosted', type: 'integer', nullable: false, description: 'Articles by other outlets collected from this site (via).' },
  { key: 'firstArticle', field: 'firstDate', header: 'First article', type: 'date', description: 'Earliest publication date among its articles.' },
  { key: 'lastArticle', field: 'lastDate', header: 'Last article', type: 'date', description: 'Latest publication date among its articles.' },
  { key: 'aliases', header: 'Also written as', type: 'string', description: 'Other names the outlet appears under, "; "-separated.' },
  { key: 'domains', header: 'Domains', type: 'string', description: 'Web domains of the outlet, "; "-separated.' },
  {
    key: 'ratingChangedAt',
    field: 'stanceChangedAt',
    header: 'Rating last changed',
    type: 'datetime',
    nullable: false,
    description: 'When the outlet’s stance last changed (UTC): set when the registry loads a new stance or a curator changes it; the history is on /changes.',
  },
];

const toQuery = (f: PublisherFilter) => compact({ stance: f.stances.join(','), q: f.q ?? '' });

export const publishersDataset: Dataset<PublisherFilter> = {
  name: 'publishers',
  title: 'Publishers',
  description: 'The publisher registry: each outlet with its stance group, the reason for it, its article counts and when its rating last changed.',
  page: '/publishers',
  rowIs: 'one publisher',
  pageUrl: (f) => withQuery('/publishers', toQuery(f)),
  params: [PARAM_SPECS.stance, PARAM_SPECS.outletSearch],
  columns,
  parse: parsePublisherFilter,
  toQuery,
  sortId: () => 'articles.desc',
  ...computed(async (ctx, f: PublisherFilter) => (await listPublishers(f, ctx.db)).map((r) => exportRow(columns, r))),
};
