// Edit controls on an article's page, rendered only for a signed-in curator.
import { ActionForm } from '@/components/curation/action-form';
import { EditPanel } from '@/components/curation/edit-panel';
import { ReasonField, SelectField, TextField } from '@/components/curation/fields';
import type { ArticleDetail } from '@/lib/queries/articles';
import { STANCES, STANCE_STYLE, type StanceKey } from '@/lib/stance';
import { addEventLinkAction, addQuoteAction, editArticleAction, removeEventLinkAction, removeQuoteAction, reprintAction, reprintAutomaticAction, stanceOverrideAction } from './actions';

interface Choices {
  publishers: { slug: string; name: string; stance: StanceKey }[];
  events: { slug: string; name: string }[];
}

export function ArticleCuration({ a, linked, choices }: { a: ArticleDetail; linked: string[]; choices: Choices }) {
  const publisherOptions = choices.publishers.map((p) => ({ value: p.slug, label: `${p.name} (${STANCE_STYLE[p.stance].label})` }));
  return (
    <div className="curation-controls">
      <EditPanel summary="Edit details">
        <ActionForm action={editArticleAction} submitLabel="Save details" label="Edit article details">
          <input type="hidden" name="id" value={a.id} />
          <TextField name="title" label="Title" defaultValue={a.title} required />
          <div className="field-row">
            <TextField name="publishedAt" label="Date" type="date" defaultValue={a.publishedAt} hint="Empty when not known." />
            <SelectField
              name="datePrecision"
              label="Date precision"
              defaultValue={a.datePrecision}
              options={[
                { value: 'day', label: 'Day' },
                { value: 'month', label: 'Month (stored as the 1st)' },
                { value: 'year', label: 'Year (stored as 1 January)' },
                { value: 'unknown', label: 'Unknown (no date)' },
              ]}
            />
          </div>
          <TextField name="author" label="Author" defaultValue={a.author} />
          <TextField name="url" label="Original URL" type="url" defaultValue={a.url} hint="An http:// or https:// address; empty when not known." />
          <SelectField name="publisher" label="Outlet" defaultValue={a.publisherSlug} options={publisherOptions} />
          <SelectField name="via" label="Collected via" defaultValue={a.viaSlug ?? ''} options={[{ value: '', label: 'Not via another site' }, ...publisherOptions]} />
          <ReasonField />
        </ActionForm>
      </EditPanel>
      <EditPanel summary="Override group">
        <ActionForm action={stanceOverrideAction} submitLabel="Save group" label="Override this article's group">
          <input type="hidden" name="id" value={a.id} />
          <SelectField
            name="stance"
            label="This article's group"
            defaultValue={a.stanceOverride ?? ''}
            options={[
              { value: '', label: `Follow the outlet (${STANCE_STYLE[a.publisherStance].label})` },
              ...STANCES.map((s) => ({ value: s, label: STANCE_STYLE[s].label })),
            ]}
            hint="For an article that does not speak for its outlet's group, e.g. a guest piece."
          />
          <ReasonField label="Why (required for an override)" />
        </ActionForm>
      </EditPanel>
      <EditPanel summary="Reprint of…">
        <ActionForm action={reprintAction} submitLabel="Save" label="Set this article's reprint decision">
          <input type="hidden" name="id" value={a.id} />
          <TextField
            name="originalId"
            label="Original article number"
            type="number"
            defaultValue={a.reprintOf ? String(a.reprintOf.id) : ''}
            hint="The number in the original's address (/articles/<number>): comparisons then count the original only. Empty: this is its own text, and detection leaves it alone. Either way detection keeps your decision."
          />
          <ReasonField />
        </ActionForm>
        {a.reprintDecision ? (
          <ActionForm action={reprintAutomaticAction} submitLabel="Let detection decide" label="Withdraw the reprint decision">
            <input type="hidden" name="id" value={a.id} />
            <p className="small muted">
              Now decided by a curator ({a.reprintDecision === 'own' ? 'its own text' : 'a reprint'}). Withdrawing runs detection for this article again.
            </p>
            <ReasonField />
          </ActionForm>
        ) : null}
      </EditPanel>
      <EditPanel summary="Quotes another article in full…">
        <ActionForm action={addQuoteAction} submitLabel="Link" label="Link as quoting another article in full">
          <input type="hidden" name="id" value={a.id} />
          <TextField
            name="quotedId"
            label="Quoted article number"
            type="number"
            required
            hint="For commentary that reproduces another article in full: the shared passage is found and marked, and counts with that article."
          />
          <ReasonField />
        </ActionForm>
        {a.quotes.map((q) => (
          <ActionForm key={q.id} action={removeQuoteAction} submitLabel={`Remove link to #${q.id}`} label={`Remove the link to article ${q.id}`}>
            <input type="hidden" name="id" value={a.id} />
            <input type="hidden" name="quotedId" value={q.id} />
            <ReasonField />
          </ActionForm>
        ))}
      </EditPanel>
      <EditPanel summary="Link to an event">
        <ActionForm action={addEventLinkAction} submitLabel="Link" label="Link the article to an event">
          <input type="hidden" name="articleId" value={a.id} />
          <SelectField
            name="event"
            label="Event"
            required
            options={[{ value: '', label: 'Choose an event…' }, ...choices.events.filter((e) => !linked.includes(e.slug)).map((e) => ({ value: e.slug, label: e.name }))]}
          />
          <SelectField
            name="role"
            label="The article is"
            defaultValue="about"
            options={[
              { value: 'about', label: 'about the event' },
              { value: 'mention', label: 'mentioning it in passing' },
            ]}
          />
          <ReasonField />
        </ActionForm>
      </EditPanel>
    </div>
  );
}

/** Beside each linked event: remove the link (re-analysis will not restore it). */
export function RemoveLink({ articleId, event, name }: { articleId: number; event: string; name: string }) {
  return (
    <EditPanel summary="Remove link">
      <ActionForm action={removeEventLinkAction} submitLabel={`Remove link to ${name}`} label={`Remove the link to ${name}`}>
        <input type="hidden" name="articleId" value={articleId} />
        <input type="hidden" name="event" value={event} />
        <ReasonField />
      </ActionForm>
    </EditPanel>
  );
}
