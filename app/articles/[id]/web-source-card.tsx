// For an article imported from the web: what was fetched (the URL, where it ended up, the
// archive snapshot if the live page was gone) and each extracted field with where it came from.
import { Card } from '@/components/ui/card';
import { FIELD_SOURCE_LABELS, type ExtractedField } from '@/lib/parse/web-page';
import type { WebSource } from '@/lib/queries/web-imports';

const FIELDS: { key: 'title' | 'publishedAt' | 'author' | 'outlet' | 'language' | 'canonicalUrl'; label: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'publishedAt', label: 'Date' },
  { key: 'author', label: 'Author' },
  { key: 'outlet', label: 'Outlet' },
  { key: 'language', label: 'Language' },
  { key: 'canonicalUrl', label: 'Canonical URL' },
];

function Source({ f }: { f: ExtractedField | undefined }) {
  if (!f?.from) return <span className="muted">not found</span>;
  return (
    <span className="muted small">
      from {FIELD_SOURCE_LABELS[f.from]}
      {f.detail && !FIELD_SOURCE_LABELS[f.from].includes(f.detail) ? ` (${f.detail})` : ''}
    </span>
  );
}

export function WebSourceCard({ source }: { source: WebSource }) {
  const fields = source.fields;
  return (
    <Card title="Extracted from the web" headingLevel={2}>
      <dl className="meta-list">
        <dt>Fetched</dt>
        <dd>
          <a href={source.url} rel="noopener noreferrer nofollow" className="url-break">
            {source.url}
          </a>
          <div className="muted small">
            {source.fetchedAt.slice(0, 16).replace('T', ' ')} UTC · HTTP {source.status ?? '—'} · {source.contentType ?? 'unknown type'}
            {source.attempts > 1 ? ` · ${source.attempts} attempts` : ''}
            {source.redirects.length ? ` · ${source.redirects.length} redirect${source.redirects.length === 1 ? '' : 's'}` : ''}
          </div>
        </dd>
        {source.archiveUrl ? (
          <>
            <dt>Archive copy</dt>
            <dd>
              The live page failed ({source.error ?? 'no answer'}); the text is the Internet Archive&apos;s snapshot of{' '}
              {source.archivedAt ? <time dateTime={source.archivedAt}>{source.archivedAt.slice(0, 10)}</time> : 'an unknown date'}:{' '}
              <a href={source.archiveUrl} rel="noopener noreferrer nofollow" className="url-break">
                {source.archiveUrl}
              </a>
            </dd>
          </>
        ) : source.finalUrl && source.finalUrl !== source.url ? (
          <>
            <dt>Ended at</dt>
            <dd className="url-break">{source.finalUrl}</dd>
          </>
        ) : null}
        {fields
          ? FIELDS.map(({ key, label }) => (
              <div key={key} className="meta-list__row" data-field={key} data-from={fields[key]?.from ?? ''}>
                <dt>{label}</dt>
                <dd>
                  <span className={key === 'canonicalUrl' ? 'url-break' : undefined}>{fields[key]?.value ?? '—'}</span>
                  <br />
                  <Source f={fields[key]} />
                </dd>
              </div>
            ))
          : null}
      </dl>
      <p className="muted small">The response is kept in the database: a re-import or a parser fix reads it again without fetching.</p>
    </Card>
  );
}
