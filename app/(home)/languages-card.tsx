// The corpus by language and group: how much of each group's coverage is in each language, every
// count a link to those articles.
import Link from 'next/link';
import { formatNumber } from '@/components/data-table/cells';
import { StanceBadge } from '@/components/stance-badge';
import { Card } from '@/components/ui/card';
import { languageLabel } from '@/lib/analysis/direction';
import type { LanguageRow } from '@/lib/shape/languages';
import { STANCES } from '@/lib/stance';

export function LanguagesCard({ rows }: { rows: LanguageRow[] }) {
  return (
    <Card title="The corpus by language" description="Articles per language and group; a language is the article’s own metadata, else the detector’s reading of its text.">
      <div className="table-scroll" role="region" aria-label="Articles by language and group" tabIndex={0}>
        <table className="table table--compact" data-testid="languages-table">
          <caption className="visually-hidden">Articles by language and group</caption>
          <thead>
            <tr>
              <th scope="col">Language</th>
              {STANCES.map((s) => (
                <th key={s} scope="col" className="align-end">
                  <StanceBadge stance={s} />
                </th>
              ))}
              <th scope="col" className="align-end">
                All
              </th>
              <th scope="col" className="align-end">
                Words
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.language} data-language={r.language}>
                <th scope="row">
                  <Link href={`/articles?lang=${r.language}`}>{languageLabel(r.language)}</Link> <span className="muted small">{r.language}</span>
                </th>
                {STANCES.map((s) => (
                  <td key={s} className="align-end num">
                    {r.byStance[s] > 0 ? <Link href={`/articles?lang=${r.language}&stance=${s}`}>{formatNumber(r.byStance[s])}</Link> : <span className="muted">0</span>}
                  </td>
                ))}
                <td className="align-end num">{formatNumber(r.total)}</td>
                <td className="align-end num">{formatNumber(r.words)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
