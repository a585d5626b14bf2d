import Link from 'next/link';
import { ChartFrame } from '@/components/charts/chart-frame';
import { MiniStanceBar } from '@/components/charts/mini-stance-bar';
import { StanceBarChart } from '@/components/charts/stance-bar-chart';
import { parseTableParams, type SearchParamsRecord } from '@/lib/filters/search-params';
import { StanceLegend } from '@/components/stance-badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { SOURCE_TABLE, isSliceFiltered, parseSourceFilter, type SourceSort } from '@/lib/filters/slice';
import { sliceFilterOptions } from '@/lib/queries/slice';
import { countAttributions, listAttributions } from '@/lib/queries/attributions';
import { listSourceEntities, sourceSummary } from '@/lib/queries/sources';
import { withParams } from '@/lib/shape/links';
import { STANCES, STANCE_STYLE, type StanceKey } from '@/lib/stance';
import { SliceFilterControls } from '../compare/slice-filters';
import { EntitySentencesTable, SourcesTable } from './sources-table';

export const metadata = { title: 'Sources' };
export const dynamic = 'force-dynamic';

const CHART_ENTITIES = 12;
const SENTENCE_LIMIT = 200;
const fmt = new Intl.NumberFormat('en-GB');

export default async function SourcesPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const raw = await searchParams;
  const filter = parseSourceFilter(raw);
  const table = parseTableParams(raw, SOURCE_TABLE);
  // Four queries, six with an entity selected: the page of entities, the chart's top entities,
  // totals per group, filter choices, and the selected entity's sentences and their number.
  const [rows, top, summary, options, sentences, sentenceCount] = await Promise.all([
    listSourceEntities(filter, { offset: table.offset, limit: table.size, sort: table.sortId as SourceSort, desc: table.sortDesc }),
    listSourceEntities(filter, { offset: 0, limit: CHART_ENTITIES, sort: 'mentions', desc: true }),
    sourceSummary(filter),
    sliceFilterOptions(),
    filter.entity ? listAttributions(filter, { limit: SENTENCE_LIMIT }).then((p) => p.rows) : [],
    filter.entity ? countAttributions(filter) : 0,
  ]);
  const overall = summary.find((s) => s.stance === null);
  const total = overall?.attributions ?? 0;
  const byGroup = Object.fromEntries(summary.filter((s) => s.stance).map((s) => [s.stance, s.attributions])) as Partial<Record<StanceKey, number>>;
  const filtered = isSliceFiltered(filter);
  const groups = filter.stances.length
    ? STANCES.filter((s) => filter.stances.includes(s))
    : STANCES.filter((s) => s !== 'unrated' || (byGroup[s] ?? 0) > 0);
  const chartGroups = groups.filter((s) => (byGroup[s] ?? 0) > 0);
  const tableRows = rows.map((r) => ({ ...r, href: `${withParams('/sources', raw, { entity: r.entity })}#sentences`, selected: r.entity === filter.entity }));
  const source = `Source: stance-lens corpus, ${fmt.format(total)} attributions in ${fmt.format(overall?.articles ?? 0)} articles${filtered ? ' (filtered)' : ''}.`;
  const clearEntity = withParams('/sources', raw, { entity: null });

  return (
    <>
      <PageHeader
        title="Sources"
        description="Who each group quotes or cites, and how much of the group's attributions each source takes; pick a source to read the sentences behind the numbers."
        meta={
          <>
            {fmt.format(overall?.entities ?? 0)} source{overall?.entities === 1 ? '' : 's'} · {fmt.format(total)} attribution{total === 1 ? '' : 's'}
            {filtered ? ' match the filters' : ''} <MiniStanceBar counts={byGroup} noun="attributions" showCounts width="10rem" />
          </>
        }
      />

      <SliceFilterControls label="Filter sources" publishers={options.publishers} events={options.events} languages={options.languages} extraParams={['entity']} />

      {filter.entity ? (
        <Card
          title={
            <span id="sentences" tabIndex={-1}>
              Sentences attributed to {filter.entity}
            </span>
          }
          actions={<Link href={clearEntity}>Close</Link>}
          description={
            sentences.length > 0
              ? `${fmt.format(sentenceCount)} sentence${sentenceCount === 1 ? '' : 's'} in this slice${sentenceCount > sentences.length ? `, the first ${sentences.length} shown` : ''}, group by group.`
              : undefined
          }
        >
          <EntitySentencesTable rows={sentences} entity={filter.entity} />
        </Card>
      ) : null}

      {total > 0 && top.length > 0 ? (
        <ChartFrame
          title={`The ${Math.min(CHART_ENTITIES, top.length)} most quoted or cited sources: share of each group's attributions`}
          unit="percent of the group's attributions in this slice"
          description={
            <p>
              Shares, not counts, so a group that quotes more often does not dominate; a group with few attributions in the slice gets large
              shares from a few sentences. Attributions in this slice:{' '}
              {chartGroups.map((s) => `${STANCE_STYLE[s].label.toLowerCase()} ${fmt.format(byGroup[s] ?? 0)}`).join(', ')}.
            </p>
          }
          legend={<StanceLegend stances={chartGroups} />}
          source={source}
          alt={{
            columns: ['Source', ...chartGroups.map((s) => `${STANCE_STYLE[s].label} (%)`)],
            rows: top.map((r) => [r.entity, ...chartGroups.map((s) => r[`${s}Share`] ?? 0)]),
          }}
        >
          <StanceBarChart
            data={top.map((r) => ({ label: r.entity, ...Object.fromEntries(chartGroups.map((s) => [s, r[`${s}Share`] ?? 0])) }))}
            stances={chartGroups}
            valueLabel="% of the group's attributions"
            decimals
          />
        </ChartFrame>
      ) : null}

      <SourcesTable
        rows={tableRows}
        total={overall?.entities ?? 0}
        groups={groups}
        filtered={filtered}
      />
      {total > 0 ? (
        <p className="small muted">
          An attribution is a sentence that quotes or cites a named person or body (&ldquo;said&rdquo;, &ldquo;according to&rdquo;). Names are found by rules
          and may miss or merge some; every count leads to its sentences. <Link href="/methodology#quotes">How sources are found →</Link>{' '}
          Which sites republish whose texts: <Link href={withParams('/amplification', raw, { entity: null, sort: null, page: null, size: null })}>Amplification →</Link>
        </p>
      ) : null}
    </>
  );
}
