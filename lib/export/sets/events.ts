// Events: one row per catalog event with its coverage in each stance group (the /events table).
// The slice params narrow which articles are counted (a date range, outlets, groups). As on the
// page, an article counts under ARTICLE_STANCE and a reprint counts once, as its original.
import type { SearchParamsRecord } from '@/lib/filters/search-params';
import { Prisma } from '@/lib/generated/prisma/client';
import { parseSliceFilter, type SliceFilter } from '@/lib/filters/slice';
import { ARTICLE_STANCE, COUNTED_ONCE } from '@/lib/queries/counting-rules';
import { sliceWhere } from '@/lib/queries/slice';
import { sliceQuery, withQuery } from '../common';
import { countRows, keysetFetch, type SortPart } from '../keyset';
import { SLICE_PARAM_SPECS } from '../params';
import type { Column, Dataset } from '../types';

const columns: Column[] = [
  { key: 'event', header: 'Event ID', type: 'string', nullable: false, description: 'Event slug (/events/<slug>, the event filter value).' },
  { key: 'eventName', header: 'Event', type: 'string', nullable: false, description: 'Event name from the catalog.' },
  { key: 'period', header: 'When', type: 'string', nullable: false, description: 'The event’s dates as people read them, e.g. "Jul–Sep 1988".' },
  { key: 'dateStart', header: 'Start date', type: 'date', description: 'First day of the event.' },
  { key: 'dateEnd', header: 'End date', type: 'date', description: 'Last day of the event.' },
  { key: 'origin', header: 'Origin', type: 'string', nullable: false, description: 'catalog (data/events.json) or user (created in the app).' },
  { key: 'articles', header: 'Articles', type: 'integer', nullable: false, description: 'Articles linked to the event (about it or mentioning it).' },
  { key: 'about', header: 'About it', type: 'integer', nullable: false, description: 'Articles mainly about the event.' },
  { key: 'outlets', header: 'Outlets', type: 'integer', nullable: false, description: 'Distinct outlets among those articles.' },
  { key: 'advocacy', header: 'Advocacy articles', type: 'integer', nullable: false, description: 'Linked articles from advocacy outlets.' },
  { key: 'mainstream', header: 'Mainstream articles', type: 'integer', nullable: false, description: 'Linked articles from mainstream outlets.' },
  { key: 'critical', header: 'Critical articles', type: 'integer', nullable: false, description: 'Linked articles from critical outlets.' },
  { key: 'unrated', header: 'Unrated articles', type: 'integer', nullable: false, description: 'Linked articles from unrated outlets.' },
  { key: 'firstCoverage', header: 'First coverage', type: 'date', description: 'Earliest publication date among the linked articles.' },
  { key: 'lastCoverage', header: 'Last coverage', type: 'date', description: 'Latest publication date among the linked articles.' },
  { key: 'description', header: 'Description', type: 'string', nullable: false, description: 'The catalog’s description of the event.' },
];

function from(f: SliceFilter): Prisma.Sql {
  // The event param picks the event row; the rest of the slice decides which articles count.
  const articles = sliceWhere({ ...f, event: null });
  return Prisma.sql`(
    SELECT e.id, e.slug AS event, e.name AS "eventName", e.period, e.date_start, e.origin, e.description,
           to_char(e.date_start, 'YYYY-MM-DD') AS "dateStart", to_char(e.date_end, 'YYYY-MM-DD') AS "dateEnd",
           c.articles, c.about, c.outlets, c.advocacy, c.mainstream, c.critical, c.unrated,
           c."firstCoverage", c."lastCoverage"
    FROM events e
    CROSS JOIN LATERAL (
      SELECT count(a.id)::int AS articles,
             count(a.id) FILTER (WHERE ae.role = 'about')::int AS about,
             count(DISTINCT a.publisher_id)::int AS outlets,
             count(a.id) FILTER (WHERE ${ARTICLE_STANCE} = 'advocacy')::int AS advocacy,
             count(a.id) FILTER (WHERE ${ARTICLE_STANCE} = 'mainstream')::int AS mainstream,
             count(a.id) FILTER (WHERE ${ARTICLE_STANCE} = 'critical')::int AS critical,
             count(a.id) FILTER (WHERE ${ARTICLE_STANCE} = 'unrated')::int AS unrated,
             to_char(min(a.published_at), 'YYYY-MM-DD') AS "firstCoverage",
             to_char(max(a.published_at), 'YYYY-MM-DD') AS "lastCoverage"
      FROM article_events ae JOIN articles a ON a.id = ae.article_id JOIN publishers p ON p.id = a.publisher_id
      WHERE ae.event_id = e.id AND ${COUNTED_ONCE} AND ${articles}
    ) c
  ) x`;
}

// The page's order: most coverage first, then chronological, then by name.
const SORT: SortPart[] = [
  { expr: Prisma.sql`x.articles`, type: 'int', desc: true },
  { expr: Prisma.sql`x.date_start`, type: 'date', nullable: true },
  { expr: Prisma.sql`x."eventName"`, type: 'text' },
  { expr: Prisma.sql`x.id`, type: 'int' },
];

const where = (f: SliceFilter) => (f.event ? Prisma.sql`x.event = ${f.event}` : Prisma.sql`TRUE`);

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
  fetch: (ctx, f, req) => keysetFetch(ctx.db, { select: Prisma.sql`x.*`, from: from(f), where: where(f), sort: SORT, keys: columns.map((c) => c.key) }, req),
  count: (ctx, f) => countRows(ctx.db, from(f), where(f)),
};
