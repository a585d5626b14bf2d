import Link from 'next/link';
import { SimpleBarChart } from '@/components/charts/simple-bar-chart';
import { TimelineChart } from '@/components/charts/timeline-chart';
import { ChartFrame } from '@/components/charts/chart-frame';
import { DateCell } from '@/components/data-table/cells';
import { StanceBadge, StanceLegend } from '@/components/stance-badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Stat } from '@/components/ui/stat';
import {
  articlesPerPublisher,
  articlesPerYear,
  countsByLanguage,
  countsByStance,
  publishersNeedingRating,
  recentImports,
} from '@/lib/queries/overview';
import { STANCES, STANCE_STYLE } from '@/lib/stance';
import { shapeYearTimeline } from '@/lib/shape/timeline';
import { listEventCoverage } from '@/lib/queries/events';
import { EventsTable } from '../events/events-table';
import { RatingQueue } from '../publishers/rating-queue';
import { languageRows } from '@/lib/shape/languages';
import { LanguagesCard } from './languages-card';

export const dynamic = 'force-dynamic';

export default async function OverviewPage() {
  const [byStance, perPublisher, perYear, unrated, imports, events, byLanguage] = await Promise.all([
    countsByStance(),
    articlesPerPublisher(20),
    articlesPerYear(),
    publishersNeedingRating(),
    recentImports(5),
    listEventCoverage(),
    countsByLanguage(),
  ]);
  const covered = events.filter((e) => e.articles > 0);
  const total = byStance.reduce((n, s) => n + s.articles, 0);
  const publishers = byStance.reduce((n, s) => n + s.publishers, 0);

  if (total === 0) {
    return (
      <>
        <PageHeader title="Corpus overview" />
        <EmptyState
          title="No articles yet"
          description={
            <>
              Import a corpus with <code>npm run import -- path/to/files</code> (text digests, HTML pages, CSV, JSON or
              JSON Lines). <code>npm start</code> loads the sample corpus when the database is empty.
            </>
          }
          action={{ label: 'Read how the import works', href: '/methodology' }}
        />
      </>
    );
  }

  const timeline = shapeYearTimeline(perYear);
  const source = `Source: stance-lens corpus, ${total} articles from ${publishers} outlets.`;
  return (
    <>
      <PageHeader
        title="How outlets describe the MEK/NCRI, side by side"
        description="Articles are grouped by their outlet's stance toward the MEK/NCRI: advocacy, mainstream or critical. Compare the words, figures and sources each group uses for the same events."
        meta={`${total} articles · ${publishers} outlets`}
      />
      <StanceLegend descriptions />
      <section aria-labelledby="by-group" className="grid-cards">
        <h2 id="by-group" className="visually-hidden">
          Articles per group
        </h2>
        {STANCES.map((s) => {
          const row = byStance.find((r) => r.stance === s);
          return (
            <Link key={s} href={`/articles?stance=${s}`} className="stat-link" data-stance={s}>
              <Stat
                label={`${STANCE_STYLE[s].label} articles`}
                value={row?.articles ?? 0}
                hint={`${row?.publishers ?? 0} outlets · ${(row?.words ?? 0).toLocaleString('en')} words`}
              />
            </Link>
          );
        })}
      </section>

      <Card
        title="Compare an event"
        description="Each event page sets the groups side by side: who covered it, the names and labels they use, the figures they cite and whom they quote."
        actions={<Link href="/events">All events →</Link>}
      >
        {covered.length === 0 ? (
          <p className="muted">No article matches a catalog event yet.</p>
        ) : (
          <EventsTable rows={covered} compact />
        )}
      </Card>

      <LanguagesCard rows={languageRows(byLanguage)} />

      <Card
        title="For the classroom"
        description="A 45-minute lesson with three tools: a blind reading of passages from one event, a printable event sheet, and a dictionary of the names and labels each group uses."
        actions={<Link href="/classroom">Lesson plan →</Link>}
      >
        <ul className="cluster">
          <li>
            <Link href="/classroom#events-to-use">Blind reading: pick an event</Link>
          </li>
          <li>
            <Link href="/terms">Term dictionary</Link>
          </li>
          <li>
            <Link href="/classroom">Lesson plan and cautions</Link>
          </li>
        </ul>
      </Card>

      <div className="grid-2">
        <ChartFrame
          title="Articles per outlet"
          unit="articles"
          source={source}
          alt={{ columns: ['Outlet', 'Group', 'Articles'], rows: perPublisher.map((p) => [p.name, STANCE_STYLE[p.stance].label, p.articles]) }}
        >
          <SimpleBarChart data={perPublisher.map((p) => ({ label: p.name, value: p.articles, stance: p.stance }))} valueLabel="Articles" />
        </ChartFrame>
        <ChartFrame
          title="Articles per year by group"
          unit="articles"
          source={`${source} Undated articles are not shown.`}
          alt={{
            columns: ['Year', ...STANCES.map((s) => STANCE_STYLE[s].label)],
            rows: timeline.map((t) => [t.period, ...STANCES.map((s) => t[s])]),
          }}
        >
          <TimelineChart data={timeline} />
        </ChartFrame>
      </div>

      <div className="grid-2">
        <RatingQueue rows={unrated} curator={false} limit={8} />
        <Card title="Latest imports">
          <ul className="plain-list">
            {imports.map((b) => (
              <li key={b.id}>
                <strong>
                  <DateCell date={b.startedAt.toISOString().slice(0, 10)} precision="day" />
                </strong>{' '}
                {b.source} · {b.files.length} file{b.files.length === 1 ? '' : 's'} · {b.newCount} new · {b.duplicateCount}{' '}
                duplicate · {b.failedCount} failed
                {Array.isArray(b.errors) && b.errors.length > 0 ? (
                  <ul>
                    {(b.errors as { file: string; reason: string }[]).map((e) => (
                      <li key={e.file} className="muted">
                        {e.file}: {e.reason}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
