// Events: one row per catalog event with its coverage in each stance group: the /events table's
// own listEventCoverage (lib/queries/events.ts), most covered first. The slice params narrow
// which articles are counted (a date range, outlets, groups); `event` keeps that event's row. As
// on the page, an article counts under its group and a reprint counts once, as its original.
import type { SearchParamsRecord } from '@/lib/filters/search-params';
import { parseSliceFilter, type SliceFilter } from '@/lib/filters/slice';
import { listEventCoverage } from '@/lib/queries/events';
import { computed, sliceQuery, withQuery } from '../common';
import { SLICE_PARAM_SPECS } from '../params';
import { exportRow } from '../rows';
import type { Column, Dataset } from '../types';

const columns: Column[] = [
  { key: 'event', field: 'slug', header: 'Event ID', type: 'string', nullable: false, description: 'Event slug (/events/<slug>, the event filter value).' },
  { key: 'eventName', field: 'name', header: 'Event', type: 'string', nullable: false, description: 'Event name from the catalog.' },
  { key: 'period', header: 'When', type: 'string', nullable: false, description: 'The event’s dates as people read them, e.g. "Jul–Sep 1988".' },
  { key: 'dateStart', header: 'Start date', type: 'date', description: 'First day of the event.' },
  { key: 'dateEnd', header: 'End date', type: 'date', description: 'Last day of the event.' },
  { key: 'origin', header: 'Origin', type: 'string', nullable: false, description: 'catalog (data/events.json) or user (created in the app).' },
  { key: 'articles', header: 'Articles', type: 'integer', nullable: false, description: 'Articles linked to the event (about it or mentioning it).' },
  { key: 'about', header: 'About it', type: 'integer', nullable: false, description: 'Articles mainly about the event.' },
  { key: 'outlets', field: 'publishers', header: 'Outlets', type: 'integer', nullable: false, description: 'Distinct outlets among those articles.' },
  { key: 'advocacy', header: 'Advocacy articles', type: 'integer', nullable: false, description: 'Linked articles from advocacy outlets.' },
  { key: 'mainstream', header: 'Mainstream articles', type: 'integer', nullable: false, description: 'Linked articles from mainstream outlets.' },
  { key: 'critical', header: 'Critical articles', type: 'integer', nullable: false, description: 'Linked articles from critical outlets.' },
  { key: 'unrated', header: 'Unrated articles', type: 'integer', nullable: false, description: 'Linked articles from unrated outlets.' },
  { key: 'firstCoverage', header: 'First coverage', type: 'date', description: 'Earliest publication date among the linked articles.' },
  { key: 'lastCoverage', header: 'Last coverage', type: 'date', description: 'Latest publication date among the linked articles.' },
  { key: 'description', header: 'Description', type: 'string', nullable: false, description: 'The catalog’s description of the event.' },
];

export const eventsDataset: Dataset<SliceFilter> = {
  name: 'events',
  title: 'Events',
  description: 'Every catalog event with its coverage: linked articles in total and per stance group, outlets, and first and last coverage.',
  page: '/events',
  rowIs: 'one event (coverage per group in the advocacy, mainstream, critical and unrated columns)',
  pageUrl: (f) => withQuery('/events', sliceQuery(f)),
  params: SLICE_PARAM_SPECS,
  columns,
  parse: (raw: SearchParamsRecord) => parseSliceFilter(raw),
  toQuery: sliceQuery,
  sortId: () => 'articles.desc',
  ...computed(async (ctx, f: SliceFilter) => (await listEventCoverage(f, ctx.db)).map((r) => exportRow(columns, r))),
};
