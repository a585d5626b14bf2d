// The fields of a user event, shared by the create and edit forms. Cues follow the catalog's
// rule (see /methodology): a paragraph matches with one strong cue, or with enough distinct
// support cues; @mek-names and @rally stand for the catalog's shared lists.
import { TextArea, TextField } from '@/components/curation/fields';
import type { EventFields } from '@/lib/analysis/catalog';

/** What the form starts from: an event's fields and cues, or a candidate cluster's label and terms. */
export interface EventFormValues extends Partial<Omit<EventFields, 'slug'>> {
  strong?: string[];
  support?: string[];
  minSupport?: number;
}

export function EventFormFields({ v, cuesEditable = true }: { v: EventFormValues; cuesEditable?: boolean }) {
  return (
    <>
      {cuesEditable ? (
        <>
          <TextField name="name" label="Name" defaultValue={v.name} required hint="Neutral wording, as a reader from any group would accept it." />
          <div className="field-row">
            <TextField name="period" label="Period" defaultValue={v.period} required hint='How the date reads, e.g. "June 2023".' />
            <TextField name="dateStart" label="Start" type="date" defaultValue={v.dateStart} />
            <TextField name="dateEnd" label="End" type="date" defaultValue={v.dateEnd} />
          </div>
        </>
      ) : null}
      <TextArea name="description" label="Description" defaultValue={v.description} required rows={4} hint="A neutral summary (40 characters or more); contested figures are attributed, not asserted." />
      {cuesEditable ? (
        <>
          <TextArea
            name="strong"
            label="Strong cues"
            defaultValue={(v.strong ?? []).join('\n')}
            hint="One phrase per line; any one of them in a paragraph links the article (e.g. “Ashraf raid”)."
          />
          <TextArea
            name="support"
            label="Support cues"
            defaultValue={(v.support ?? []).join('\n')}
            hint="One phrase per line; a paragraph needs several different ones (below). Before the start date they do not count."
          />
          <TextField name="minSupport" label="Support cues needed in one paragraph" type="number" defaultValue={String(v.minSupport ?? 2)} />
        </>
      ) : null}
    </>
  );
}
