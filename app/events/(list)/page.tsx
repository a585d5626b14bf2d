import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/ui/page-header';
import { StanceLegend } from '@/components/stance-badge';
import { StanceBadge } from '@/components/stance-badge';
import { CATALOG } from '@/lib/analysis/catalog';
import { currentActor } from '@/lib/auth/require-admin';
import { articleTitles, listCandidates, listEventCoverage } from '@/lib/queries/events';
import { EventsTable } from '../events-table';

export const metadata = { title: 'Events' };
export const dynamic = 'force-dynamic';

export default async function EventsPage() {
  const [events, candidates, actor] = await Promise.all([listEventCoverage(), listCandidates(), currentActor()]);
  const members = await articleTitles([...new Set(candidates.flatMap((c) => c.articleIds))]);
  const byId = new Map(members.map((m) => [m.id, m]));
  const covered = events.filter((e) => e.articles > 0).length;
  return (
    <>
      <PageHeader
        title="Events"
        description="The same events as each group covered them. Pick an event to see the three groups side by side: headlines, words, figures and sources."
        meta={`${events.length} events in the catalog (version ${CATALOG.version}) · ${covered} covered by the corpus`}
        actions={
          <>
            {actor ? (
              <Link className="button" href="/events/new">
                New event
              </Link>
            ) : null}
            <ExportMenu dataset="events" rowsLabel="events" rowCount={events.length} />
          </>
        }
      />
      <StanceLegend />
      {events.length === 0 ? (
        <EmptyState title="No events yet" description="The event catalog (data/events.json) is loaded at start-up; run npm start or npm run analyze." />
      ) : (
        <EventsTable rows={events} />
      )}
      <Card
        title="Candidate events"
        description="Articles that match no catalog event, clustered by text similarity (TF-IDF cosine, average linkage). They show what the catalog may be missing."
      >
        {candidates.length === 0 ? (
          <p className="muted">No cluster of two or more unmatched articles: every group of similar articles matches a catalog event.</p>
        ) : (
          <ul className="plain-list">
            {candidates.map((c) => (
              <li key={c.id}>
                <strong>{c.label}</strong> <span className="muted">· top terms: {c.topTerms.join(', ')} · cohesion {c.cohesion.toFixed(2)}</span>
                {actor ? (
                  <>
                    {' '}
                    · <Link href={`/events/new?candidate=${c.id}`}>Promote to event</Link>
                  </>
                ) : null}
                <ul>
                  {c.articleIds.map((id) => {
                    const a = byId.get(id);
                    return a ? (
                      <li key={id}>
                        <Link href={`/articles/${id}`}>{a.title}</Link> <span className="muted">— {a.publisher}</span> <StanceBadge stance={a.stance} />
                      </li>
                    ) : null;
                  })}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
