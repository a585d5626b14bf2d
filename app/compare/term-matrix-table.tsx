// The terms × groups matrix: one section per lexicon category, one row per term the slice uses,
// the rate per 1,000 words and the raw count in each group. Server-rendered; each term links to
// a search of the articles for its variants, so every rate leads back to the sentences.
import Link from 'next/link';
import { formatNumber } from '@/components/data-table/cells';
import { StanceBadge } from '@/components/stance-badge';
import type { MatrixCategory } from '@/lib/shape/term-matrix';
import { STANCE_STYLE, type StanceKey } from '@/lib/stance';

export function TermMatrixTable({ matrix, stances, searchHref }: { matrix: MatrixCategory[]; stances: StanceKey[]; searchHref: (term: string) => string }) {
  const span = stances.length + 1;
  return (
    <div className="table-scroll" role="region" aria-label="Terms by group" tabIndex={0}>
      <table className="table table--compact">
        <caption className="visually-hidden">
          Lexicon terms by group: occurrences per 1,000 words, with the number of occurrences in brackets
        </caption>
        <thead>
          <tr>
            <th scope="col">Term</th>
            {stances.map((s) => (
              <th key={s} scope="col" className="align-end">
                <StanceBadge stance={s} />
              </th>
            ))}
          </tr>
        </thead>
        {matrix.map((c) => (
          <tbody key={c.id}>
            <tr>
              <th scope="colgroup" colSpan={span} style={{ background: 'var(--color-surface)' }}>
                <strong>{c.label}</strong> <span className="muted small">{c.description}</span>
              </th>
            </tr>
            {c.terms.map((t) => (
              <tr key={t.term} data-term={t.term}>
                <th scope="row">
                  <Link href={searchHref(t.term)} title={`Search the articles for “${t.label}”`}>
                    {t.label}
                  </Link>
                </th>
                {stances.map((s) => (
                  <td key={s} className="align-end" data-stance={s}>
                    {t.counts[s] > 0 ? (
                      <>
                        {formatNumber(t.rates[s], 2)}{' '}
                        <span className="muted small" title={`${t.counts[s]} occurrences in ${STANCE_STYLE[s].label} articles`}>
                          ({formatNumber(t.counts[s])})
                        </span>
                      </>
                    ) : (
                      <span className="muted">0</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
            {c.unused.length > 0 ? (
              <tr>
                <td colSpan={span} className="muted small">
                  {c.terms.length === 0 ? 'No term of this category in this slice. ' : ''}
                  Not used here: {c.unused.join(', ')}.
                </td>
              </tr>
            ) : null}
          </tbody>
        ))}
      </table>
    </div>
  );
}
