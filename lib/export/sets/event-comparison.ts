// The event comparison (/events/<slug>) as a long table: one row per stance group × measure.
// Measures: coverage (articles, about, outlets, words), every lexicon term's rate, every figure
// stated and every source quoted. The numbers come from the event page's own query functions
// (lib/queries/events.ts, claims.ts); unlike the page, nothing is capped: all terms, figures and
// sources are exported. The other slice params (dates, outlets, groups) narrow the articles. As on
// the page, an article counts under its group and a reprint counts once, as its original.
import { TERMS_BY_ID } from '@/lib/analysis/lexicon';
import { DatasetNotFoundError, DatasetParamError } from '@/lib/filters/errors';
import type { SearchParamsRecord } from '@/lib/filters/search-params';
import { parseSliceFilter, type SliceFilter } from '@/lib/filters/slice';
import { eventClaims } from '@/lib/queries/claims';
import { eventGroupSummary, getEvent, sourceCounts, termRates, type EventDetail } from '@/lib/queries/events';
import { compareTerms, groupFigures } from '@/lib/shape/compare';
import { STANCES } from '@/lib/stance';
import { computed, sliceQuery, withQuery } from '../common';
import { PARAM_SPECS } from '../params';
import type { Column, Dataset, DatasetContext, Row } from '../types';

export const MEASURE_TYPES = ['coverage', 'term', 'figure', 'source'] as const;

const columns: Column[] = [
  { key: 'event', header: 'Event ID', type: 'string', nullable: false, description: 'Event slug.' },
  { key: 'eventName', header: 'Event', type: 'string', nullable: false, description: 'Event name.' },
  { key: 'group', header: 'Group', type: 'string', nullable: false, description: 'Stance group.' },
  { key: 'measureType', header: 'Measure type', type: 'string', nullable: false, description: 'coverage, term, figure or source.' },
  {
    key: 'measure',
    header: 'Measure',
    type: 'string',
    nullable: false,
    description: 'coverage: articles, about, outlets or words; term: the term id; figure: the claim kind (executed, killed…); source: the entity name.',
  },
  { key: 'label', header: 'Label', type: 'string', nullable: false, description: 'What the row is, in words: "Articles", the term, the figure as written ("over 30,000"), the source.' },
  { key: 'value', header: 'Value', type: 'number', description: 'coverage: the count; term: occurrences per 1,000 words, to 3 decimals as on the page; figure: the number stated (empty when vague); source: mentions.' },
  { key: 'unit', header: 'Unit', type: 'string', nullable: false, description: 'What the value counts: articles, outlets, words, per 1,000 words, people, mentions.' },
  { key: 'count', header: 'Count', type: 'integer', description: 'term: occurrences; figure: times stated; source: mentions.' },
  { key: 'articles', header: 'Articles', type: 'integer', description: 'The group’s articles with this term, figure or source.' },
  { key: 'detail', header: 'Detail', type: 'string', description: 'term: lexicon category; figure: outlets and the sources they cite; source: source type.' },
];

async function findEvent(ctx: DatasetContext, f: SliceFilter): Promise<EventDetail> {
  if (!f.event) throw new DatasetParamError('The event comparison needs ?event=<event slug>.', 'event');
  const event = await getEvent(f.event, ctx.db);
  if (!event) throw new DatasetNotFoundError(`No event "${f.event}" in the catalog.`);
  return event;
}

/** The page's coverage figures, each as a measure: GroupSummary field, label, unit. */
const COVERAGE = [
  { measure: 'articles', field: 'articles', label: 'Articles', unit: 'articles' },
  { measure: 'about', field: 'about', label: 'Articles about the event', unit: 'articles' },
  { measure: 'outlets', field: 'publishers', label: 'Outlets', unit: 'outlets' },
  { measure: 'words', field: 'words', label: 'Words', unit: 'words' },
] as const;

export async function eventComparisonRows(ctx: DatasetContext, f: SliceFilter): Promise<Row[]> {
  const event = await findEvent(ctx, f);
  const [summary, rates, claims, sources] = await Promise.all([
    eventGroupSummary(event.id, f, ctx.db),
    termRates({ eventId: event.id, slice: f }, ctx.db),
    eventClaims(event.id, { narrow: f, limit: null }, ctx.db),
    sourceCounts({ eventId: event.id, slice: f }, null, ctx.db),
  ]);

  const base = { event: event.slug, eventName: event.name };
  const rows: Row[] = [];
  const groups = STANCES.filter((s) => summary.some((g) => g.stance === s));
  for (const c of COVERAGE) {
    for (const s of groups) {
      const g = summary.find((x) => x.stance === s)!;
      rows.push({ ...base, group: s, measureType: 'coverage', measure: c.measure, label: c.label, value: g[c.field], unit: c.unit, count: null, articles: null, detail: null });
    }
  }
  // Every term any group uses, for every group with coverage (zeros included), at the page's rates.
  const using = new Map(rates.map((r) => [`${r.stance}|${r.term}`, r.articles]));
  for (const t of compareTerms(rates)) {
    for (const s of groups) {
      rows.push({
        ...base,
        group: s,
        measureType: 'term',
        measure: t.term,
        label: TERMS_BY_ID.get(t.term)?.label ?? t.term,
        value: t.rates[s] ?? 0,
        unit: 'per 1,000 words',
        count: t.counts[s],
        articles: using.get(`${s}|${t.term}`) ?? 0,
        detail: t.category,
      });
    }
  }
  for (const s of groups) {
    for (const fig of groupFigures(claims.filter((c) => c.stance === s))) {
      const times = claims.filter((c) => c.stance === s && `${c.qualifier ? `${c.qualifier} ` : ''}${c.valueText}`.toLowerCase() === fig.label.toLowerCase() && c.kind === fig.kind).length;
      rows.push({
        ...base,
        group: s,
        measureType: 'figure',
        measure: fig.kind,
        label: fig.label,
        value: fig.value,
        unit: 'people',
        count: times,
        articles: fig.articleIds.length,
        detail: `${fig.outlets.join(', ')}${fig.sources.length ? ` · citing ${fig.sources.join(', ')}` : ''}`,
      });
    }
  }
  for (const s of STANCES) {
    for (const q of sources.filter((x) => x.stance === s)) {
      rows.push({ ...base, group: s, measureType: 'source', measure: q.entity, label: q.entity, value: q.mentions, unit: 'mentions', count: q.mentions, articles: q.articles, detail: q.entityType });
    }
  }
  return rows;
}

const toQuery = (f: SliceFilter) => sliceQuery(f);

export const eventComparisonDataset: Dataset<SliceFilter> = {
  name: 'event-comparison',
  title: 'Event comparison',
  description:
    'One event as each stance group covered it (the /events/<slug> page), as a long table: one row per group × measure — coverage (articles, outlets, words), every term’s rate, every figure stated and every source quoted.',
  page: '/events/{slug}',
  rowIs: 'one measure for one stance group',
  pageUrl: (f) => {
    const { event, ...rest } = sliceQuery(f);
    return withQuery(`/events/${encodeURIComponent(event ?? '')}`, rest);
  },
  params: [
    { ...PARAM_SPECS.event, required: true, description: 'Event slug (required): the event to compare, e.g. 1988-massacre.' },
    PARAM_SPECS.from,
    PARAM_SPECS.to,
    PARAM_SPECS.publisher,
    PARAM_SPECS.stance,
    PARAM_SPECS.lang,
  ],
  columns,
  parse: (raw: SearchParamsRecord) => {
    const f = parseSliceFilter(raw);
    if (!f.event) throw new DatasetParamError('The event comparison needs ?event=<event slug>.', 'event');
    return f;
  },
  toQuery,
  sortId: () => 'measure.group',
  async check(ctx, f) {
    await findEvent(ctx, f);
  },
  ...computed(eventComparisonRows),
};
