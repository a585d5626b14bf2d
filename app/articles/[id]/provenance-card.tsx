// Where the text came from: its file, host site, URL, date and precision, import batch,
// content hash and reprints.
import Link from 'next/link';
import { DateCell } from '@/components/data-table/cells';
import { StanceBadge } from '@/components/stance-badge';
import { Card } from '@/components/ui/card';
import type { ArticleDetail } from '@/lib/queries/articles';

export function ProvenanceCard({ a }: { a: ArticleDetail }) {
  return (
    <Card title="Provenance" headingLevel={2}>
      <dl className="meta-list">
        <dt>Source file</dt>
        <dd>
          {a.sourceFile}, item {a.sourceIndex + 1}
        </dd>
        {a.via ? (
          <>
            <dt>Collected via</dt>
            <dd>
              {a.via} {a.viaStance ? <StanceBadge stance={a.viaStance} /> : null}
            </dd>
          </>
        ) : null}
        <dt>Original URL</dt>
        <dd>
          {a.url && /^https?:\/\//i.test(a.url) ? (
            // Stored URLs are http(s) only (import, curation and a DB constraint); checked again
            // here because an href is where a javascript: URL would run.
            <a href={a.url} target="_blank" rel="noopener noreferrer nofollow">
              {a.url}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : (
            'not known'
          )}
        </dd>
        <dt>Date</dt>
        <dd>
          <DateCell date={a.publishedAt} precision={a.datePrecision} /> (precision: {a.datePrecision})
        </dd>
        <dt>Language</dt>
        <dd>{a.language}</dd>
        <dt>Words</dt>
        <dd>{a.wordCount.toLocaleString('en')}</dd>
        <dt>Import</dt>
        <dd>
          batch {a.importBatchId}, {a.importedAt.toISOString().slice(0, 10)}
        </dd>
        <dt>Content hash</dt>
        <dd>
          <code className="small">{a.contentHash.slice(0, 16)}…</code>
        </dd>
        {a.reprints.length ? (
          <>
            <dt>Reprinted as</dt>
            <dd>
              {a.reprints.map((r, i) => (
                <span key={r.id}>
                  {i ? ', ' : ''}
                  <Link href={`/articles/${r.id}`}>{r.publisher}</Link>
                </span>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
    </Card>
  );
}
