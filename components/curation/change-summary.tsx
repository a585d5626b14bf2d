// One audit row's before → after, shared by the History card and the /changes table.
import { diffLines } from '@/lib/shape/audit-diff';

export function ChangeSummary({ before, after }: { before: unknown; after: unknown }) {
  const lines = diffLines(before, after);
  if (lines.length === 0) return null;
  return (
    <ul className="change-diff">
      {lines.map((l) =>
        l.context ? (
          <li key={l.field}>
            {l.field}: {l.to}
          </li>
        ) : (
          <li key={l.field}>
            {l.field}: {l.from !== null ? <del>{l.from}</del> : <span className="muted">—</span>} →{' '}
            {l.to !== null ? <ins>{l.to}</ins> : <span className="muted">—</span>}
          </li>
        ),
      )}
    </ul>
  );
}
