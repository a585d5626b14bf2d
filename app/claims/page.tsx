import Link from 'next/link';
import { ChartFrame } from '@/components/charts/chart-frame';
import { FigureDotPlot } from '@/components/charts/figure-dot-plot';
import { MiniStanceBar } from '@/components/charts/mini-stance-bar';
import { SelectFilter } from '@/components/data-table/data-table-toolbar';
import { parseTableParams, type SearchParamsRecord } from '@/lib/filters/search-params';
import { PageHeader } from '@/components/ui/page-header';
import { CLAIM_KINDS, CLAIM_TABLE, isSliceFiltered, parseClaimFilter, type ClaimSort } from '@/lib/filters/slice';
import { claimCounts, claimSourceOptions, claimValuePoints, listClaims } from '@/lib/queries/claims';
import { sliceFilterOptions } from '@/lib/queries/slice';
import { STANCES, STANCE_STYLE, type StanceKey } from '@/lib/stance';
import { SliceFilterControls } from '../compare/slice-filters';
import { ClaimsTable } from './claims-table';

export const metadata = { title: 'Claims' };
export const dynamic = 'force-dynamic';

const POINTS_PER_GROUP = 150;
const fmt = new Intl.NumberFormat('en-GB');

export default async function ClaimsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const raw = await searchParams;
  const filter = parseClaimFilter(raw);
  const table = parseTableParams(raw, CLAIM_TABLE);
  // Five queries: the page of rows, counts per group (the row count), the chart's points and
  // the two lists of filter choices.
  const [{ rows }, counts, points, options, sources] = await Promise.all([
    listClaims(filter, { offset: table.offset, limit: table.size, sort: table.sortId as ClaimSort, desc: table.sortDesc }),
    claimCounts(filter),
    claimValuePoints(filter, POINTS_PER_GROUP),
    sliceFilterOptions(),
    claimSourceOptions(),
  ]);
  const total = counts.reduce((n, c) => n + c.claims, 0);
  const numeric = counts.reduce((n, c) => n + c.numeric, 0);
  const filtered = isSliceFiltered(filter) || filter.kinds.length > 0 || !!filter.source;
  const byGroup = Object.fromEntries(counts.map((c) => [c.stance, c.claims])) as Partial<Record<StanceKey, number>>;
  const groups = filter.stances.length ? STANCES.filter((s) => filter.stances.includes(s)) : STANCES.filter((s) => (byGroup[s] ?? 0) > 0);
  const capped = counts.some((c) => points.filter((p) => p.stance === c.stance).length >= POINTS_PER_GROUP);
  // A source filter from a link may name a source outside the top of the list; keep it choosable.
  const sourceChoices = filter.source && !sources.some((s) => s.source === filter.source) ? [{ source: filter.source, n: 0 }, ...sources] : sources;

  return (
    <>
      <PageHeader
        title="Claims"
        description="Every casualty and repression figure found in the articles, with who states it, the source it cites and the sentence it comes from."
        meta={
          <>
            {fmt.format(total)} figure{total === 1 ? '' : 's'}
            {filtered ? ' match the filters' : ''} <MiniStanceBar counts={byGroup} noun="figures" showCounts width="10rem" />
          </>
        }
      />
      <SliceFilterControls label="Filter figures" publishers={options.publishers} events={options.events} languages={options.languages} extraParams={['kind', 'source']}>
        <SelectFilter param="kind" label="Kind" multiple options={CLAIM_KINDS.map((k) => ({ value: k, label: k }))} />
        <SelectFilter
          param="source"
          label="Source cited"
          allLabel="Any source"
          options={sourceChoices.map((s) => ({ value: s.source, label: s.n ? `${s.source} (${s.n})` : s.source }))}
        />
      </SliceFilterControls>
      {total > 0 ? (
        <ChartFrame
          title="Values cited, by group"
          unit="people (log scale)"
          description={
            <p>
              One dot per group and value for the figures in the table below; a value stated by several claims is one dot. Vague quantities
              (&ldquo;thousands&rdquo;) have no place on the scale and appear only in the table. Hover a dot for its outlets.
            </p>
          }
          source={`Source: stance-lens corpus, ${fmt.format(numeric)} of ${fmt.format(total)} figures have a number.${capped ? ` At most ${POINTS_PER_GROUP} values per group are drawn, the most repeated first.` : ''}`}
          alt={{
            columns: ['Group', 'Value', 'Kinds', 'Claims', 'Outlets'],
            rows: points.map((p) => [STANCE_STYLE[p.stance].label, p.value, p.kinds, p.claims, p.outlets]),
          }}
        >
          {points.length > 0 ? (
            <FigureDotPlot
              stances={groups}
              data={points.map((p) => ({
                stance: p.stance,
                value: p.value,
                label: `${p.example} ${p.kinds}${p.claims > 1 ? ` (${p.claims} claims)` : ''}`,
                outlet: p.outlets,
              }))}
            />
          ) : (
            <p className="muted">None of these figures has a number: they are all vague quantities.</p>
          )}
        </ChartFrame>
      ) : null}
      <ClaimsTable
        rows={rows}
        total={total}
        filtered={filtered}
      />
      <p className="small muted">
        Figures are found by pattern rules and may miss or misread a number; each row links to its article so it can be checked in context.
        The event is the one the figure&apos;s passage is about. <Link href="/methodology#claims">How figures are found →</Link>
      </p>
    </>
  );
}
