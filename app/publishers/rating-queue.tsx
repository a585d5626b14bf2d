// Outlets that need a rating: each with its article counts, the group its articles' text cues
// suggest (shown as a suggestion) and the words behind it; a signed-in curator confirms the
// suggestion or picks another group, with the rationale, in one step.
import Link from 'next/link';
import { ActionForm } from '@/components/curation/action-form';
import { SelectField, TextArea } from '@/components/curation/fields';
import { StanceBadge } from '@/components/stance-badge';
import { TERMS_BY_ID } from '@/lib/analysis/lexicon';
import { Card } from '@/components/ui/card';
import type { RatingQueueRow } from '@/lib/queries/overview';
import { ratingSuggestion } from '@/lib/shape/rating-queue';
import { RATED_STANCES, STANCE_STYLE } from '@/lib/stance';
import { ratePublisherAction } from './actions';

export function RatingQueue({ rows, curator, limit }: { rows: RatingQueueRow[]; curator: boolean; limit?: number }) {
  const shown = limit ? rows.slice(0, limit) : rows;
  return (
    <Card
      title="Outlets needing a rating"
      description="The registry does not rate these outlets yet, so their articles count as unrated everywhere. The group their texts' cues suggest is a suggestion only, until a curator confirms a group."
      headingLevel={2}
    >
      {rows.length === 0 ? (
        <p>Every outlet in the corpus has a stance rating.</p>
      ) : (
        <ul className="plain-list rating-queue">
          {shown.map((row) => {
            const s = ratingSuggestion(row);
            return (
              <li key={row.slug} data-slug={row.slug}>
                <Link href={`/publishers/${row.slug}`}>{row.name}</Link> <StanceBadge stance="unrated" />{' '}
                <span className="muted">
                  {row.articles} article{row.articles === 1 ? '' : 's'}
                  {row.viaArticles ? `, host of ${row.viaArticles}` : ''}
                </span>
                <p className="small rating-queue__suggestion">
                  {s.stance ? (
                    <>
                      Suggested: <StanceBadge stance={s.stance} inferred />{' '}
                    </>
                  ) : null}
                  {s.summary}
                  {s.cues.length > 0 ? <> Cues: {s.cues.map((c) => `“${TERMS_BY_ID.get(c.term)?.label ?? c.term}” ×${c.count}`).join(', ')}.</> : null}
                </p>
                {curator ? (
                  <ActionForm action={ratePublisherAction} submitLabel="Rate" label={`Rate ${row.name}`} className="edit-form edit-form--inline">
                    <input type="hidden" name="id" value={row.id} />
                    <SelectField
                      name="stance"
                      label="Group"
                      defaultValue={s.stance ?? ''}
                      required
                      options={[
                        ...(s.stance ? [] : [{ value: '', label: 'Choose a group…' }]),
                        ...RATED_STANCES.map((g) => ({ value: g, label: `${STANCE_STYLE[g].label}${g === s.stance ? ' (suggested)' : ''}` })),
                      ]}
                    />
                    <TextArea name="stanceRationale" label="Rationale (why this group)" required rows={2} hint="Shown with the outlet and in exports; kept in the history." />
                  </ActionForm>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {limit && rows.length > limit ? (
        <p>
          <Link href="/publishers#rating-queue">All {rows.length} outlets needing a rating</Link>
        </p>
      ) : null}
    </Card>
  );
}
