// Where the text came from: its file, host site, URL, date and precision, import batch,
// content hash, and the sites that republished it (with their group and date) or quote it in full.
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
            <dt>
              Republished {a.reprints.length} time{a.reprints.length === 1 ? '' : 's'} by
            </dt>
            <dd>
              <ul className="carrier-list">
                {a.reprints.map((r) => (
                  <li key={r.id}>
                    <Link href={`/articles/${r.id}`}>{r.via ?? r.publisher}</Link> <StanceBadge stance={r.stance} />{' '}
                    <DateCell date={r.publishedAt} precision={r.datePrecision} />
                    {r.via ? <span className="muted small"> ({r.publisher}&apos;s text)</span> : null}
                    {r.byCurator ? <span className="muted small"> · marked by a curator</span> : null}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {a.quotedBy.length ? (
          <>
            <dt>Quoted in full by</dt>
            <dd>
              <ul className="carrier-list">
                {a.quotedBy.map((r) => (
                  <li key={r.id}>
                    <Link href={`/articles/${r.id}`}>{r.publisher}</Link> <StanceBadge stance={r.stance} /> <DateCell date={r.publishedAt} precision={r.datePrecision} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
    </Card>
  );
}
