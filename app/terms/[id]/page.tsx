// One lexicon term: what it means, its forms, who uses it (rate per group, over the years),
// example sentences from each group's articles, and the events where it is used most. Every
// number is exportable and every example links to its sentence in the reader.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChartFrame } from '@/components/charts/chart-frame';
import { MiniStanceBar } from '@/components/charts/mini-stance-bar';
import { TimelineChart } from '@/components/charts/timeline-chart';
import { DateCell, formatNumber } from '@/components/data-table/cells';
import { ExportMenu } from '@/components/export-menu';
import { StanceBadge } from '@/components/stance-badge';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { LEXICON, TERMS_BY_ID } from '@/lib/analysis/lexicon';
import { GLOSSARY, leaningPhrase, termForms } from '@/lib/glossary';
import { termId } from '@/lib/filters/terms';
import { TERM_EVENTS, termEvents, termExamples, termUsage } from '@/lib/queries/terms';
import { termExamplesOf, usageByGroup, usageTimeline } from '@/lib/shape/terms';
import { STANCES, STANCE_STYLE } from '@/lib/stance';
import '../terms.css';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

function lookup(id: string) {
  const key = termId(id);
  return key ? (TERMS_BY_ID.get(key) ?? null) : null;
}

export async function generateMetadata({ params }: Props) {
  const t = lookup((await params).id);
  return { title: t ? `${t.label} · Term dictionary` : 'Term not found' };
}

export default async function TermPage({ params }: Props) {
  const term = lookup((await params).id);
  if (!term) notFound();
  const [usage, exampleRows, events] = await Promise.all([termUsage(term.id), termExamples(term.id), termEvents(term.id)]);
  const entry = GLOSSARY.terms.get(term.id);
  const category = LEXICON.categories.find((c) => c.id === term.category)!;
  const byGroup = usageByGroup(usage);
  const timeline = usageTimeline(usage);
  const examples = termExamplesOf(exampleRows);
  const groups = byGroup.map((g) => g.stance);
  const exampleGroups = STANCES.filter((s) => s !== 'unrated' || examples.some((e) => e.stance === s));
  const total = byGroup.reduce((n, g) => n + g.count, 0);
  const articles = byGroup.reduce((n, g) => n + g.groupArticles, 0);
  const siblings = category.terms.map((t) => t.id);
  const at = siblings.indexOf(term.id);
  const source = `Source: stance-lens corpus, ${articles.toLocaleString('en')} articles; reprints counted once.`;
  const exportParams = { term: term.id };

  return (
    <>
      <PageHeader
        before={<Breadcrumbs items={[{ label: 'Terms', href: '/terms' }, { label: term.label }]} />}
        title={term.label}
        description={
          <>
            <p className="term-meaning">{entry?.meaning ?? 'No description of this term yet.'}</p>
            {entry?.usage ? <p>{entry.usage}</p> : null}
          </>
        }
        meta={
          <>
            {category.label} · {leaningPhrase(term.leaning)} · {formatNumber(total)} occurrence{total === 1 ? '' : 's'} in the corpus
          </>
        }
      />

      <section className="term-forms" aria-labelledby="term-forms-title">
        <h2 id="term-forms-title" className="term-forms__title">
          Forms counted
        </h2>
        <ul className="term-forms__list">
          {termForms(term).map((f) => (
            <li key={f.text} lang={f.lang} dir={f.dir}>
              {f.text}
            </li>
          ))}
        </ul>
        <p className="small muted">
          Matched as whole words{term.caseSensitive ? ', capitals as written' : ', in any case'}; the longest match wins, so a longer
          term that contains this one is counted under the longer term. A form counts wherever it appears, also in quotations and
          when it is about something else: the examples below show it in context.
        </p>
      </section>

      <Card
        title="Who uses it"
        description="Occurrences per 1,000 words of all of a group's articles: a group that never uses the term has 0."
        actions={<ExportMenu dataset="term-usage" params={exportParams} rowsLabel="group × year rows" label="Export" />}
      >
        {byGroup.length === 0 ? (
          <p className="muted">The corpus has no articles yet.</p>
        ) : (
          <div className="grid-2 term-usage">
            <div className="table-scroll" role="region" aria-label="Use per group" tabIndex={0}>
              <table className="table table--compact">
                <caption className="visually-hidden">{term.label}: use per group over the whole corpus</caption>
                <thead>
                  <tr>
                    <th scope="col">Group</th>
                    <th scope="col" className="align-end">
                      Per 1,000 words
                    </th>
                    <th scope="col" className="align-end">
                      Occurrences
                    </th>
                    <th scope="col" className="align-end">
                      Articles using it
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {byGroup.map((g) => (
                    <tr key={g.stance} data-stance={g.stance}>
                      <th scope="row">
                        <StanceBadge stance={g.stance} />
                      </th>
                      <td className="align-end cell-number">{formatNumber(g.rate, 2)}</td>
                      <td className="align-end cell-number">{formatNumber(g.count)}</td>
                      <td className="align-end cell-number">
                        {formatNumber(g.articles)} <span className="muted">of {formatNumber(g.groupArticles)}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <ChartFrame
              title={`“${term.label}” per 1,000 words, by year`}
              unit="occurrences per 1,000 words of each group's articles that year"
              source={`${source} Undated articles are not shown; a gap is a year without articles from that group.`}
              alt={{
                columns: ['Year', ...groups.map((s) => STANCE_STYLE[s].label)],
                rows: timeline.map((r) => [r.period, ...groups.map((s) => (r[s] === null ? '–' : r[s]!))]),
              }}
            >
              {timeline.length > 0 ? (
                <TimelineChart data={timeline} variant="lines" stances={groups} valueLabel="per 1,000 words" decimals height={260} />
              ) : (
                <p className="muted">No dated article.</p>
              )}
            </ChartFrame>
          </div>
        )}
      </Card>

      <Card
        title="In each group's words"
        description="Sentences using the term, from different outlets of each group where there are several, most recent first. Each opens the article at the sentence."
        actions={<ExportMenu dataset="term-examples" params={exportParams} rowsLabel="examples" label="Export" />}
      >
        <div className="stance-columns" data-count={exampleGroups.length}>
          {exampleGroups.map((s) => {
            const own = examples.filter((e) => e.stance === s);
            return (
              <section key={s} className="stance-column" data-stance={s} aria-labelledby={`examples-${s}`}>
                <h3 id={`examples-${s}`} className="stance-column__title">
                  <StanceBadge stance={s} />
                </h3>
                {own.length === 0 ? (
                  <p className="muted small">No {STANCE_STYLE[s].label.toLowerCase()} article in the corpus uses this term.</p>
                ) : (
                  own.map((e) => (
                    <figure key={e.articleId} className="term-example">
                      <blockquote lang={e.language} dir="auto">
                        {e.before}
                        <mark data-mark={term.category}>{e.term}</mark>
                        {e.after}
                        {e.clipped ? ' …' : ''}
                      </blockquote>
                      <figcaption className="small muted">
                        {e.publisher} · <DateCell date={e.publishedAt} precision={e.publishedAt ? 'day' : 'unknown'} /> ·{' '}
                        <Link href={e.href}>{e.inTitle ? 'the article (headline)' : 'in the article'}</Link>
                      </figcaption>
                    </figure>
                  ))
                )}
              </section>
            );
          })}
        </div>
      </Card>

      <Card
        title="Events where it is used most"
        description={`The events whose coverage uses the term most often (at most ${TERM_EVENTS}), with the occurrences in each group's articles.`}
        actions={<ExportMenu dataset="term-events" params={exportParams} rowsLabel="events" label="Export" />}
      >
        {events.length === 0 ? (
          <p className="muted">No article linked to an event uses this term.</p>
        ) : (
          <div className="table-scroll" role="region" aria-label="Events using the term" tabIndex={0}>
            <table className="table table--compact">
              <caption className="visually-hidden">Events whose coverage uses “{term.label}” most</caption>
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col" className="align-end">
                    Occurrences
                  </th>
                  <th scope="col" className="align-end">
                    Per 1,000 words
                  </th>
                  <th scope="col">By group</th>
                  <th scope="col" className="align-end">
                    Articles using it
                  </th>
                </tr>
              </thead>
              <tbody>
                {events.map((e) => (
                  <tr key={e.slug}>
                    <th scope="row">
                      <Link href={`/events/${e.slug}`}>{e.name}</Link> <span className="muted small">{e.period}</span>
                    </th>
                    <td className="align-end cell-number">{formatNumber(e.count)}</td>
                    <td className="align-end cell-number">{formatNumber(e.rate, 2)}</td>
                    <td>
                      <MiniStanceBar counts={e} noun="occurrences" showCounts />
                    </td>
                    <td className="align-end cell-number">
                      {formatNumber(e.articles)} <span className="muted">of {formatNumber(e.eventArticles)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>

      <nav aria-label={`Other terms: ${category.label}`} className="term-siblings small">
        {at > 0 ? <Link href={`/terms/${siblings[at - 1]}`}>← {TERMS_BY_ID.get(siblings[at - 1]!)?.label}</Link> : <span />}
        <Link href={`/terms#${category.id}`}>All {category.label.toLowerCase()}</Link>
        {at < siblings.length - 1 ? <Link href={`/terms/${siblings[at + 1]}`}>{TERMS_BY_ID.get(siblings[at + 1]!)?.label} →</Link> : <span />}
      </nav>
    </>
  );
}
