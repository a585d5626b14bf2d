// The term dictionary: every lexicon term, what it means and how often each group uses it over
// the whole corpus, one table per category. Each term opens its own page.
import Link from 'next/link';
import { formatNumber } from '@/components/data-table/cells';
import { ExportMenu } from '@/components/export-menu';
import { StanceBadge } from '@/components/stance-badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { LEXICON } from '@/lib/analysis/lexicon';
import { GLOSSARY } from '@/lib/glossary';
import { termIndex } from '@/lib/queries/terms';
import { glossaryRows } from '@/lib/shape/terms';
import { STANCES } from '@/lib/stance';
import '../terms.css';

export const metadata = { title: 'Term dictionary' };
export const dynamic = 'force-dynamic';

export default async function TermsPage() {
  const index = await termIndex();
  const rows = glossaryRows(index, LEXICON);
  const groups = STANCES.filter((s) => index.groups.some((g) => g.stance === s && g.articles > 0));
  const total = index.groups.reduce((n, g) => n + g.articles, 0);
  return (
    <>
      <PageHeader
        title="Term dictionary"
        description={
          <p>
            The names and labels the analysis counts — for the MEK/NCRI, for the Iranian state, for events and campaigns — what each
            one means, and how often each group of outlets uses it. A leaning says which side habitually uses a word; it describes
            usage, not whether the word is right. Each term&apos;s page shows its use over time, example sentences from each group and
            the events where it is used most. For a class: <Link href="/classroom">lesson plan</Link>.
          </p>
        }
        meta={`${LEXICON.terms.length} terms · lexicon ${LEXICON.version} · glossary ${GLOSSARY.version} · rates per 1,000 words over ${total.toLocaleString('en')} articles`}
        actions={<ExportMenu dataset="glossary" rowsLabel="terms" rowCount={rows.length} />}
      />
      {total === 0 ? (
        <EmptyState
          title="No articles yet"
          description={<p>The meanings are below once articles are imported; rates need a corpus. Import one with <code>npm run import</code>.</p>}
        />
      ) : null}
      <nav aria-label="Categories" className="toc">
        <ul>
          {LEXICON.categories.map((c) => (
            <li key={c.id}>
              <a href={`#${c.id}`}>{c.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {LEXICON.categories.map((c) => (
        <Card key={c.id} title={<span id={c.id}>{c.label}</span>} description={c.description}>
          <div className="table-scroll" role="region" aria-label={`${c.label}: rates per group`} tabIndex={0}>
            <table className="table table--compact terms-table">
              <caption className="visually-hidden">
                {c.label}: each term&apos;s meaning and its occurrences per 1,000 words in each group&apos;s articles
              </caption>
              <thead>
                <tr>
                  <th scope="col">Term</th>
                  <th scope="col">Meaning</th>
                  {groups.map((s) => (
                    <th key={s} scope="col" className="align-end">
                      <StanceBadge stance={s} />
                    </th>
                  ))}
                  <th scope="col" className="align-end">
                    Occurrences
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows
                  .filter((r) => r.category === c.id)
                  .map((r) => (
                    <tr key={r.term} data-term={r.term}>
                      <th scope="row">
                        <Link href={`/terms/${r.term}`}>{r.label}</Link>
                        {r.leaning ? <span className="terms-leaning"> leans {r.leaning}</span> : null}
                      </th>
                      <td className="small terms-meaning">{GLOSSARY.terms.get(r.term)?.meaning ?? <span className="muted">No description yet.</span>}</td>
                      {groups.map((s) => (
                        <td key={s} className="align-end cell-number">
                          {r.rates[s] ? formatNumber(r.rates[s]!, 2) : <span className="muted">0</span>}
                        </td>
                      ))}
                      <td className="align-end cell-number">{formatNumber(r.count)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </Card>
      ))}
    </>
  );
}
