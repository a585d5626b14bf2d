// The event comparison (/events/<slug>) as a long table: one row per stance group × measure.
// Measures: coverage (articles, about, outlets, words), every lexicon term's rate, every figure
// stated and every source quoted. Unlike the page, nothing is capped: all terms, figures and
// sources are exported. The other slice params (dates, outlets, groups) narrow the articles. As on
// the page, an article counts under ARTICLE_STANCE and a reprint counts once, as its original.
import type { SearchParamsRecord } from '@/lib/filters/search-params';
import { Prisma } from '@/lib/generated/prisma/client';
import { TERMS_BY_ID } from '@/lib/analysis/lexicon';
import { parseSliceFilter, type SliceFilter } from '@/lib/filters/slice';
import { ARTICLE_STANCE, COUNTED_ONCE } from '@/lib/queries/counting-rules';
import { sliceWhere } from '@/lib/queries/slice';
import { groupFigures } from '@/lib/shape/compare';
import { STANCES, type StanceKey } from '@/lib/stance';
import { computed, groupOrder, sliceQuery, withQuery } from '../common';
import { plainValue } from '../keyset';
import { P } from '../params';
import { DatasetNotFoundError, DatasetParamError, type Column, type Dataset, type DatasetContext, type Row } from '../types';

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
  { key: 'value', header: 'Value', type: 'number', description: 'coverage: the count; term: occurrences per 1,000 words; figure: the number stated (empty when vague); source: mentions.' },
  { key: 'unit', header: 'Unit', type: 'string', nullable: false, description: 'What the value counts: articles, outlets, words, per 1,000 words, people, mentions.' },
  { key: 'count', header: 'Count', type: 'integer', description: 'term: occurrences; figure: times stated; source: mentions.' },
  { key: 'articles', header: 'Articles', type: 'integer', description: 'The group’s articles with this term, figure or source.' },
  { key: 'detail', header: 'Detail', type: 'string', description: 'term: lexicon category; figure: outlets and the sources they cite; source: source type.' },
];

interface EventRef {
  id: number;
  slug: string;
  name: string;
}

async function findEvent(ctx: DatasetContext, slug: string): Promise<EventRef | null> {
  const rows = await ctx.db.$queryRaw<EventRef[]>`SELECT id, slug, name FROM events WHERE slug = ${slug}`;
  return rows[0] ?? null;
}

export async function eventComparisonRows(ctx: DatasetContext, f: SliceFilter): Promise<Row[]> {
  if (!f.event) throw new DatasetParamError('The event comparison needs ?event=<event slug>.', 'event');
  const event = await findEvent(ctx, f.event);
  if (!event) throw new DatasetNotFoundError(`No event "${f.event}" in the catalog.`);
  const narrow = Prisma.sql`${sliceWhere({ ...f, event: null })} AND ${COUNTED_ONCE}`;
  const linked = Prisma.sql`article_events ae JOIN articles a ON a.id = ae.article_id JOIN publishers p ON p.id = a.publisher_id`;
  const inEvent = Prisma.sql`ae.event_id = ${event.id} AND ${narrow}`;

  const [summary, terms, claims, sources] = await Promise.all([
    ctx.db.$queryRaw<{ group: StanceKey; articles: number; about: number; outlets: number; words: bigint }[]>`
      SELECT ${ARTICLE_STANCE}::text AS "group", count(*)::int AS articles, count(*) FILTER (WHERE ae.role = 'about')::int AS about,
             count(DISTINCT p.id)::int AS outlets, coalesce(sum(a.word_count), 0)::bigint AS words
      FROM ${linked} WHERE ${inEvent} GROUP BY 1`,
    ctx.db.$queryRaw<{ group: StanceKey; term: string; category: string; count: number; articles: number; words: bigint }[]>`
      WITH scope AS (SELECT a.id, a.word_count, ${ARTICLE_STANCE} AS stance FROM ${linked} WHERE ${inEvent}),
           words AS (SELECT stance, sum(word_count) AS w FROM scope GROUP BY stance),
           used AS (SELECT s.stance, t.term, min(t.category) AS category, sum(t.count) AS n, count(DISTINCT s.id) AS articles
                    FROM scope s JOIN article_terms t ON t.article_id = s.id GROUP BY s.stance, t.term),
           terms AS (SELECT term, min(category) AS category FROM used GROUP BY term)
      SELECT w.stance::text AS "group", t.term, t.category, coalesce(u.n, 0)::int AS count,
             coalesce(u.articles, 0)::int AS articles, w.w::bigint AS words
      FROM words w CROSS JOIN terms t LEFT JOIN used u ON u.stance = w.stance AND u.term = t.term
      ORDER BY t.category, t.term, ${groupOrder(Prisma.sql`w.stance`)}`,
    ctx.db.$queryRaw<
      { id: number; group: StanceKey; articleId: number; kind: string; valueText: string; value: number | null; qualifier: string | null; source: string | null; publisher: string }[]
    >`
      SELECT c.id, ${ARTICLE_STANCE}::text AS "group", c.article_id AS "articleId", c.kind, c.value_text AS "valueText", c.value,
             c.qualifier, c.source, p.name AS publisher
      FROM claims c JOIN articles a ON a.id = c.article_id JOIN publishers p ON p.id = a.publisher_id
      WHERE c.event_id = ${event.id} AND ${narrow}
      ORDER BY c.kind, c.value DESC NULLS LAST, c.id`,
    ctx.db.$queryRaw<{ group: StanceKey; entity: string; entityType: string; mentions: number; articles: number }[]>`
      SELECT ${ARTICLE_STANCE}::text AS "group", q.entity, min(q.entity_type) AS "entityType",
             count(*)::int AS mentions, count(DISTINCT q.article_id)::int AS articles
      FROM attributions q JOIN articles a ON a.id = q.article_id JOIN publishers p ON p.id = a.publisher_id
      WHERE EXISTS (SELECT 1 FROM article_events ae WHERE ae.article_id = q.article_id AND ae.event_id = ${event.id}) AND ${narrow}
      GROUP BY 1, q.entity
      ORDER BY ${groupOrder(Prisma.sql`min(${ARTICLE_STANCE}::text)`)}, count(*) DESC, q.entity`,
  ]);

  const base = { event: event.slug, eventName: event.name };
  const rows: Row[] = [];
  const groups = STANCES.filter((s) => summary.some((g) => g.group === s));
  const coverage = [
    { measure: 'articles', label: 'Articles', unit: 'articles' },
    { measure: 'about', label: 'Articles about the event', unit: 'articles' },
    { measure: 'outlets', label: 'Outlets', unit: 'outlets' },
    { measure: 'words', label: 'Words', unit: 'words' },
  ] as const;
  for (const c of coverage) {
    for (const s of groups) {
      const g = summary.find((x) => x.group === s)!;
      rows.push({ ...base, group: s, measureType: 'coverage', measure: c.measure, label: c.label, value: plainValue(g[c.measure]), unit: c.unit, count: null, articles: null, detail: null });
    }
  }
  for (const t of terms) {
    const words = Number(t.words);
    rows.push({
      ...base,
      group: t.group,
      measureType: 'term',
      measure: t.term,
      label: TERMS_BY_ID.get(t.term)?.label ?? t.term,
      value: words > 0 ? (t.count * 1000) / words : 0,
      unit: 'per 1,000 words',
      count: t.count,
      articles: t.articles,
      detail: t.category,
    });
  }
  for (const s of groups) {
    for (const fig of groupFigures(claims.filter((c) => c.group === s))) {
      const times = claims.filter((c) => c.group === s && `${c.qualifier ? `${c.qualifier} ` : ''}${c.valueText}`.toLowerCase() === fig.label.toLowerCase() && c.kind === fig.kind).length;
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
  for (const q of sources) {
    rows.push({ ...base, group: q.group, measureType: 'source', measure: q.entity, label: q.entity, value: q.mentions, unit: 'mentions', count: q.mentions, articles: q.articles, detail: q.entityType });
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
  params: [{ ...P.event, required: true, description: 'Event slug (required): the event to compare, e.g. 1988-massacre.' }, P.from, P.to, P.publisher, P.stance],
  columns,
  parse: (raw: SearchParamsRecord) => {
    const f = parseSliceFilter(raw);
    if (!f.event) throw new DatasetParamError('The event comparison needs ?event=<event slug>.', 'event');
    return f;
  },
  toQuery,
  sortId: () => 'measure.group',
  async check(ctx, f) {
    if (!f.event || !(await findEvent(ctx, f.event))) throw new DatasetNotFoundError(`No event "${f.event}" in the catalog.`);
  },
  ...computed(eventComparisonRows),
};
