// Edit controls on an event's page, rendered only for a signed-in curator.
import { ActionForm } from '@/components/curation/action-form';
import { EditPanel } from '@/components/curation/edit-panel';
import { ReasonField } from '@/components/curation/fields';
import type { EventDetail } from '@/lib/queries/events';
import { editEventAction } from '../actions';
import { EventFormFields } from '../event-form-fields';

export function EventCuration({ event }: { event: EventDetail }) {
  const user = event.origin === 'user';
  return (
    <EditPanel summary={user ? 'Edit event and cues' : 'Edit description'}>
      <ActionForm action={editEventAction} submitLabel="Save event" label="Edit event">
        <input type="hidden" name="id" value={event.id} />
        {user ? null : (
          <p className="muted small">
            A catalog event&apos;s name, dates and cues are reviewed in data/events.json; its description can be corrected here and is kept
            across restarts.
          </p>
        )}
        <EventFormFields
          cuesEditable={user}
          v={{
            name: event.name,
            period: event.period,
            dateStart: event.dateStart,
            dateEnd: event.dateEnd,
            description: event.description,
            strong: event.cues.strong ?? [],
            support: event.cues.support ?? [],
            minSupport: event.cues.minSupport ?? 2,
          }}
        />
        <ReasonField />
      </ActionForm>
    </EditPanel>
  );
}
