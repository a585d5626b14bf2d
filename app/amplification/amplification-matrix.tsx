// The group × group amplification table: rows are whose texts, columns who republished them;
// each cell the republications, the distinct texts and the cell's share of the column's
// republications, with a bar of that share. Server-rendered; the same rows as the amplification export.
import { formatNumber } from '@/components/data-table/cells';
import { StanceBadge } from '@/components/stance-badge';
import type { GroupAmplificationRow } from '@/lib/queries/amplification';
import { STANCE_STYLE, type StanceKey } from '@/lib/stance';

export function AmplificationMatrix({ rows, groups }: { rows: GroupAmplificationRow[]; groups: StanceKey[] }) {
  const cell = (og: StanceKey, by: StanceKey) => rows.find((r) => r.originalGroup === og && r.republishedBy === by);
  const totalBy = (by: StanceKey) => rows.filter((r) => r.republishedBy === by).reduce((n, r) => n + r.republications, 0);
  return (
    <div className="table-scroll" role="region" aria-label="Republications by group" tabIndex={0}>
      <table className="table table--compact amplification-matrix">
        <caption className="visually-hidden">
          Republications of each group&apos;s texts (rows) by sites of each group (columns): copies, distinct texts, and the share of the
          column&apos;s republications
        </caption>
        <thead>
          <tr>
            <th scope="col">Texts of ↓ · republished by →</th>
            {groups.map((by) => (
              <th key={by} scope="col" className="align-end">
                <StanceBadge stance={by} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((og) => (
            <tr key={og}>
              <th scope="row">
                <StanceBadge stance={og} />
              </th>
              {groups.map((by) => {
                const c = cell(og, by);
                const n = c?.republications ?? 0;
                return (
                  <td
                    key={by}
                    className="align-end"
                    data-stance={by}
                    title={
                      n > 0
                        ? `${STANCE_STYLE[by].label} sites carried ${n} copies of ${c!.texts} ${STANCE_STYLE[og].label.toLowerCase()} texts (${c!.share ?? 0}% of everything they republished), on ${c!.outlets} sites`
                        : undefined
                    }
                  >
                    {n > 0 ? (
                      <>
                        <strong>{formatNumber(n)}</strong>{' '}
                        <span className="small">
                          ({formatNumber(c!.texts)} text{c!.texts === 1 ? '' : 's'}, {formatNumber(c!.share ?? 0, 1)}%)
                        </span>
                        <span className="share-bar" aria-hidden="true">
                          <span style={{ width: `${c!.share ?? 0}%`, background: `var(--stance-${by}-color)` }} />
                        </span>
                      </>
                    ) : (
                      <span className="muted">0</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr>
            <th scope="row" className="small">
              All republications
            </th>
            {groups.map((by) => (
              <td key={by} className="align-end small">
                {formatNumber(totalBy(by))}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
