// Edit controls on a publisher's page, rendered only for a signed-in curator.
import { ActionForm } from '@/components/curation/action-form';
import { EditPanel } from '@/components/curation/edit-panel';
import { ReasonField, SelectField, TextArea } from '@/components/curation/fields';
import { PUBLISHER_KINDS } from '@/lib/registry/publishers';
import { kindLabel } from '@/lib/publisher-kind';
import type { PublisherRow } from '@/lib/queries/publishers';
import { STANCES, STANCE_STYLE, type StanceKey } from '@/lib/stance';
import { editPublisherAction, mergePublishersAction } from './actions';

export function PublisherCuration({ p, others }: { p: PublisherRow; others: { id: number; name: string; slug: string; stance: StanceKey }[] }) {
  return (
    <div className="curation-controls">
      <EditPanel summary="Edit publisher">
        <ActionForm action={editPublisherAction} submitLabel="Save publisher" label="Edit publisher">
          <input type="hidden" name="id" value={p.id} />
          <SelectField
            name="stance"
            label="Stance group"
            defaultValue={p.stance}
            options={STANCES.map((s) => ({ value: s, label: STANCE_STYLE[s].label }))}
            hint="Toward the MEK/NCRI, not a verdict on the outlet's truthfulness."
          />
          <TextArea
            name="stanceRationale"
            label="Rationale (why this group)"
            defaultValue={p.stanceRationale}
            hint="Shown on this page and in exports. Required, and rewritten, whenever the stance changes."
          />
          <SelectField name="kind" label="Kind" defaultValue={p.kind} options={PUBLISHER_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))} />
          <TextArea name="aliases" label="Also written as" defaultValue={p.aliases.join('\n')} hint="One name per line." />
          <TextArea name="domains" label="Domains" defaultValue={p.domains.join('\n')} hint="One hostname per line, e.g. example.org." />
          <ReasonField />
        </ActionForm>
      </EditPanel>
      {others.length > 0 ? (
        <EditPanel summary="Merge a duplicate into this publisher">
          <ActionForm action={mergePublishersAction} submitLabel="Merge" label="Merge a duplicate publisher">
            <input type="hidden" name="targetId" value={p.id} />
            <SelectField
              name="sourceId"
              label="Duplicate to merge (it is removed)"
              required
              options={[{ value: '', label: 'Choose a publisher…' }, ...others.map((o) => ({ value: String(o.id), label: `${o.name} (${o.slug})` }))]}
              hint={`Its articles, hosted articles, name, aliases and domains move to ${p.name}.`}
            />
            <ReasonField required />
          </ActionForm>
        </EditPanel>
      ) : null}
    </div>
  );
}
