// The "History" card on a publisher, article or event page: one entity's part of /changes,
// newest first, with who, when, why and what changed.
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { ChangeRow } from '@/lib/queries/changes';
import { actionLabel } from '@/lib/shape/audit-diff';
import { ChangeSummary } from '@/components/curation/change-summary';
import '@/components/curation/curation.css';

export function HistoryCard({ rows, type, headingLevel = 2 }: { rows: ChangeRow[]; type: ChangeRow['entityType']; headingLevel?: 2 | 3 }) {
  return (
    <Card
      title="History"
      headingLevel={headingLevel}
      className="history-card"
      actions={
        <Link href={`/changes?type=${type}`} className="small">
          All changes →
        </Link>
      }
    >
      {rows.length === 0 ? (
        <p className="muted small">No change made in the app yet: this is as imported{type === 'publisher' ? ' from the registry' : ''}.</p>
      ) : (
        <ol className="history-list">
          {rows.map((r) => (
            <li key={r.id}>
              <time dateTime={r.at}>{r.at.slice(0, 16).replace('T', ' ')} UTC</time> · <strong>{r.actor}</strong> {actionLabel(r.action)}
              {r.reason ? <div className="muted">Why: {r.reason}</div> : null}
              <ChangeSummary before={r.before} after={r.after} />
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
