import { redirect } from 'next/navigation';
import { firstParam, type SearchParamsRecord } from '@/lib/filters/search-params';
import { ActionForm } from '@/components/curation/action-form';
import { CuratorBar } from '@/components/curation/curator-bar';
import { ReasonField } from '@/components/curation/fields';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { currentActor } from '@/lib/auth/require-admin';
import { articleTitles, getCandidate } from '@/lib/queries/events';
import { createEventAction } from '../actions';
import { EventFormFields } from '../event-form-fields';

export const metadata = { title: 'New event' };
export const dynamic = 'force-dynamic';

export default async function NewEventPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const raw = await searchParams;
  const actor = await currentActor();
  const candidateParam = Number(firstParam(raw.candidate));
  const here = `/events/new${Number.isSafeInteger(candidateParam) && candidateParam > 0 ? `?candidate=${candidateParam}` : ''}`;
  if (!actor) redirect(`/login?next=${encodeURIComponent(here)}`);
  const candidate =
    Number.isSafeInteger(candidateParam) && candidateParam > 0 ? await getCandidate(candidateParam) : null;
  const members = candidate ? await articleTitles(candidate.articleIds) : [];
  return (
    <>
      <PageHeader
        before={<Breadcrumbs items={[{ label: 'Events', href: '/events' }, { label: 'New event' }]} />}
        title={candidate ? 'Promote a candidate to an event' : 'New event'}
        description="An event created here is matched with its own cues, like the catalog's: now over the whole corpus, then on every import and re-analysis."
      />
      <CuratorBar actor={actor} />
      {candidate ? (
        <Card title="The cluster" description={`Top terms: ${candidate.topTerms.join(', ')}. Its articles are linked to the new event by hand.`}>
          <ul className="plain-list small">
            {members.map((m) => (
              <li key={m.id}>
                {m.title} <span className="muted">— {m.publisher}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card title="Event">
        <ActionForm action={createEventAction} submitLabel={candidate ? 'Create the event from this cluster' : 'Create event'} label="New event">
          {candidate ? <input type="hidden" name="candidateId" value={candidate.id} /> : null}
          <EventFormFields v={{ name: candidate?.label ?? '', support: candidate?.topTerms ?? [], minSupport: 2 }} />
          <ReasonField />
        </ActionForm>
      </Card>
    </>
  );
}
