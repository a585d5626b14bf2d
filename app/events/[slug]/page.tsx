import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChartFrame } from '@/components/charts/chart-frame';
import { FigureDotPlot } from '@/components/charts/figure-dot-plot';
import { MiniStanceBar } from '@/components/charts/mini-stance-bar';
import { StanceBarChart } from '@/components/charts/stance-bar-chart';
import { TimelineChart } from '@/components/charts/timeline-chart';
import { StanceBadge } from '@/components/stance-badge';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Card } from '@/components/ui/card';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/ui/page-header';
import { eventClaims } from '@/lib/queries/claims';
import { eventArticles, eventGroupSummary, eventLanguages, eventReprintCounts, eventTimeline, getEvent, sourceCounts, termRates } from '@/lib/queries/events';
import { parseSliceFilter } from '@/lib/filters/slice';
import type { SearchParamsRecord } from '@/lib/filters/search-params';
import { EventLanguageFilter } from './language-filter';
import { compareTerms, figuresByGroup, onlyHere, presentGroups, summarizeNames, termsForGroup } from '@/lib/shape/compare';
import { shapeYearTimeline } from '@/lib/shape/timeline';
import { STANCES, STANCE_STYLE, type StanceKey } from '@/lib/stance';
import { GroupColumn, termLabel } from './group-column';
import { CuratorBar } from '@/components/curation/curator-bar';
import { HistoryCard } from '@/app/changes/history-card';
import { currentActor } from '@/lib/auth/require-admin';
import { historyOf } from '@/lib/queries/changes';
import { EventCuration } from './event-curation';
import { PrintButton } from '@/components/print-button';
import { SheetFooter } from './sheet-footer';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const e = await getEvent((await params).slug);
  return { title: e?.name ?? 'Event not found' };
}

export default async function EventPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<SearchParamsRecord> }) {
  const { slug } = await params;
  const event = await getEvent(slug);
  if (!event) notFound();
  // ?lang=fa,en narrows every part of the page (columns, terms, figures, sources) to those languages.
  const { languages: langs } = parseSliceFilter(await searchParams);
  const narrow = langs.length > 0 ? { ...parseSliceFilter({}), languages: langs } : undefined;
  const [summary, articles, rates, claims, sources, timelineRows, history, actor, languageRows, allLanguages, travelling] = await Promise.all([
    eventGroupSummary(event.id, narrow),
    eventArticles(event.id, undefined, narrow),
    termRates({ eventId: event.id, slice: narrow }),
    eventClaims(event.id, { narrow }),
    sourceCounts({ eventId: event.id, slice: narrow }),
    eventTimeline(event.id),
    historyOf('event', event.id),
    currentActor(),
    eventLanguages(event.id, narrow),
    eventLanguages(event.id),
    eventReprintCounts(event.id, narrow),
  ]);
  const eventLanguageTotals = [...allLanguages.reduce((m, r) => m.set(r.language, (m.get(r.language) ?? 0) + r.articles), new Map<string, number>())]
    .map(([language, n]) => ({ language, articles: n }))
    .sort((a, b) => b.articles - a.articles);
  const counts = Object.fromEntries(summary.map((s) => [s.stance, s.articles])) as Partial<Record<StanceKey, number>>;
  const total = summary.reduce((n, s) => n + s.articles, 0);
  const outlets = summary.reduce((n, s) => n + s.publishers, 0);
  const columns = presentGroups(counts);
  const withCoverage = STANCES.filter((s) => (counts[s] ?? 0) > 0);
  const termRows = compareTerms(rates);
  const only = onlyHere(withCoverage, termRows, claims, sources);
  const timeline = shapeYearTimeline(timelineRows);
  const source = `Source: stance-lens corpus, ${total} articles linked to this event.`;
  const chartTerms = termRows
    .map((r) => ({ r, max: Math.max(...withCoverage.map((s) => r.rates[s])) }))
    .sort((a, b) => b.max - a.max)
    .slice(0, 12)
    .map(({ r }) => r);
  const figures = figuresByGroup(claims, withCoverage);
  const dots = figures
    .filter((f) => f.value !== null)
    .map((f) => ({ stance: f.stance, value: f.value!, label: `${f.label} ${f.kind}`, outlet: summarizeNames(f.outlets) }));

  return (
    <>
      <PageHeader
        before={<Breadcrumbs items={[{ label: 'Events', href: '/events' }, { label: event.name }]} />}
        title={event.name}
        description={event.description}
        meta={
          <>
            {event.period} · {total} article{total === 1 ? '' : 's'} from {outlets} outlet{outlets === 1 ? '' : 's'}{' '}
            <MiniStanceBar counts={counts} showCounts width="10rem" />
            {travelling.reprints > 0 ? (
              <>
                {' '}
                · {travelling.reprints} reprint{travelling.reprints === 1 ? '' : 's'} counted once, as{' '}
                {travelling.reprints === 1 ? 'its original' : 'their originals'} (
                <Link href={`/amplification?event=${encodeURIComponent(event.slug)}`}>who republished what</Link>)
              </>
            ) : null}
            {travelling.quoting > 0 ? ` · ${travelling.quoting} quoting another text in full (their own words only)` : ''}
          </>
        }
        actions={
          <>
            {total > 0 ? (
              <Link href={`/events/${event.slug}/blind`} className="button button--small">
                Blind reading
              </Link>
            ) : null}
            <PrintButton />
            <ExportMenu dataset="event-comparison" params={{ event: event.slug, ...(langs.length ? { lang: langs.join(',') } : {}) }} rowsLabel="group × measure rows" />
          </>
        }
      />
      {actor ? (
        <>
          <CuratorBar actor={actor} />
          <EventCuration event={event} />
        </>
      ) : null}
      {total === 0 ? (
        <Card title="No coverage yet">
          <p>No article in the corpus is linked to this event. Import coverage of it, or check the event&apos;s cues on the methodology page.</p>
        </Card>
      ) : null}
      {eventLanguageTotals.length > 1 || langs.length > 0 ? <EventLanguageFilter languages={eventLanguageTotals} /> : null}
      <div className="stance-columns" data-count={columns.length}>
        {columns.map((s) => (
          <GroupColumn
            key={s}
            stance={s}
            eventSlug={event.slug}
            summary={summary.find((g) => g.stance === s)}
            articles={articles.filter((a) => a.stance === s)}
            terms={termsForGroup(termRows, s, withCoverage)}
            claims={claims.filter((c) => c.stance === s)}
            sources={sources.filter((q) => q.stance === s)}
            otherGroupsPresent={withCoverage.filter((g) => g !== s).length}
            languages={languageRows.filter((r) => r.stance === s)}
          />
        ))}
      </div>

      {total > 0 ? (
        <>
          <Card title="Only here" description="Terms, figures and sources that appear in one group's coverage of this event and in no other group's (informational differences, after BASIL).">
            <div className="stance-columns" data-count={withCoverage.length}>
              {withCoverage.map((s) => (
                <div key={s} data-stance={s} className="only-here">
                  <h3>
                    <StanceBadge stance={s} />
                  </h3>
                  <OnlyList title="Terms" items={only[s].terms.map(termLabel)} />
                  <OnlyList title="Figures" items={only[s].figures} />
                  <OnlyList title="Sources" items={only[s].sources} />
                </div>
              ))}
            </div>
          </Card>
          <div className="grid-2">
            <ChartFrame
              title="Coverage over time by group"
              unit="articles per year"
              source={`${source} Undated articles are not shown.`}
              alt={{ columns: ['Year', ...STANCES.map((s) => STANCE_STYLE[s].label)], rows: timeline.map((t) => [t.period, ...STANCES.map((s) => t[s])]) }}
            >
              <TimelineChart data={timeline} />
            </ChartFrame>
            <ChartFrame
              className="chart-frame--screen-only"
              title="Term rates by group"
              unit="occurrences per 1,000 words"
              source={source}
              alt={{
                columns: ['Term', ...withCoverage.map((s) => STANCE_STYLE[s].label)],
                rows: chartTerms.map((r) => [termLabel(r.term), ...withCoverage.map((s) => r.rates[s])]),
              }}
            >
              <StanceBarChart
                data={chartTerms.map((r) => ({ label: termLabel(r.term), ...Object.fromEntries(withCoverage.map((s) => [s, r.rates[s]])) }))}
                stances={withCoverage}
                valueLabel="per 1,000 words"
                decimals
              />
            </ChartFrame>
          </div>
          <ChartFrame
            title="Figures each group cites"
            unit="people (log scale)"
            source={`${source} Vague quantities ("thousands") have no position on the scale; they are listed in the table.`}
            alt={{
              columns: ['Group', 'Figure', 'Kind', 'Outlets', 'Sources cited', 'Articles'],
              rows: figures.map((f) => [STANCE_STYLE[f.stance].label, f.label, f.kind, summarizeNames(f.outlets), summarizeNames(f.sources), f.articleIds.length]),
            }}
          >
            {dots.length ? (
              <FigureDotPlot data={dots} stances={withCoverage} />
            ) : (
              <p className="muted">No numeric figure in this coverage.</p>
            )}
          </ChartFrame>
        </>
      ) : null}
      <HistoryCard rows={history} type="event" />
      <SheetFooter path={`/events/${event.slug}`} />
    </>
  );
}

function OnlyList({ title, items }: { title: string; items: string[] }) {
  return (
    <p className="small">
      <strong>{title}:</strong> {items.length ? items.slice(0, 10).join(', ') : <span className="muted">none</span>}
    </p>
  );
}
