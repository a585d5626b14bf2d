// One group's column on the event page: its coverage, words, figures and sources.
import Link from 'next/link';
import { DateCell } from '@/components/data-table/cells';
import { HighlightedText } from '@/components/highlighted-text';
import { LangTag, LangText } from '@/components/lang-text';
import { StanceBadge } from '@/components/stance-badge';
import { languageLabel } from '@/lib/analysis/direction';
import { TERMS_BY_ID } from '@/lib/analysis/lexicon';
import type { ClaimRow } from '@/lib/queries/claims';
import type { EventArticle, GroupSummary, SourceCount } from '@/lib/queries/events';
import { segmentsForPhrases } from '@/lib/shape/highlight';
import { groupFigures, summarizeNames, type termsForGroup } from '@/lib/shape/compare';
import { STANCE_STYLE, type StanceKey } from '@/lib/stance';

export interface GroupColumnProps {
  stance: StanceKey;
  eventSlug: string;
  summary: GroupSummary | undefined;
  articles: EventArticle[];
  terms: ReturnType<typeof termsForGroup>;
  claims: ClaimRow[];
  sources: SourceCount[];
  otherGroupsPresent: number;
  /** Articles per language in this group's coverage (most first). */
  languages: Array<{ language: string; articles: number }>;
}

/** Article links per figure; the rest are one click away in the claims table. */
const FIGURE_LINKS = 3;

const fmtRate = (n: number) => (n >= 10 ? n.toFixed(0) : n.toFixed(1));

export function termLabel(id: string): string {
  return TERMS_BY_ID.get(id)?.label ?? id;
}

export function GroupColumn({ stance, eventSlug, summary, articles, terms, claims, sources, otherGroupsPresent, languages }: GroupColumnProps) {
  const style = STANCE_STYLE[stance];
  const headingId = `group-${stance}`;
  if (!summary || summary.articles === 0) {
    return (
      <section className="stance-column" data-stance={stance} aria-labelledby={headingId}>
        <h2 id={headingId} className="stance-column__title">
          <StanceBadge stance={stance} />
        </h2>
        <p className="muted">No {style.label.toLowerCase()} outlet in the corpus covers this event. Import more coverage to fill this column.</p>
      </section>
    );
  }
  const passages = articles.filter((a) => a.evidence.length > 0).slice(0, 3);
  const figures = groupFigures(claims);
  // This group's coverage of the event, as the claims table and the article list filter it.
  const scope = `event=${encodeURIComponent(eventSlug)}&stance=${stance}`;
  return (
    <section className="stance-column" data-stance={stance} aria-labelledby={headingId}>
      <h2 id={headingId} className="stance-column__title">
        <StanceBadge stance={stance} />{' '}
        <span className="stance-column__count">
          {summary.articles} article{summary.articles === 1 ? '' : 's'} · {summary.publishers} outlet{summary.publishers === 1 ? '' : 's'}
          {languages.length > 1 ? ` · ${languages.map((l) => `${l.articles} ${languageLabel(l.language)}`).join(', ')}` : ''}
        </span>
      </h2>

      <h3>Headlines</h3>
      <ul className="headline-list">
        {articles.map((a) => (
          <li key={a.id}>
            <LangTag lang={a.language} />{' '}
            <Link href={`/articles/${a.id}`}>
              <LangText lang={a.language}>{a.title}</LangText>
            </Link>
            <span className="muted small">
              {' '}
              {a.publisher} · <DateCell date={a.publishedAt} precision={a.datePrecision} />
              {a.role === 'mention' ? ' · mentions it in passing' : ''}
              {a.via ? ` · via ${a.via}` : ''}
              {a.copies > 0 ? (
                <>
                  {' · '}
                  <Link href={`/articles/${a.id}`} title="Copies of this text on other sites count once, as this one">
                    republished {a.copies}×
                  </Link>
                </>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      {summary.articles > articles.length ? (
        <p className="small muted">
          Showing the {articles.length} most relevant of {summary.articles}.{' '}
          <Link href={`/articles?${scope}`}>All of them in the article list</Link>
        </p>
      ) : null}

      {passages.length > 0 ? (
        <>
          <h3>Key passages</h3>
          {passages.map((a) => (
            <blockquote key={a.id} className="evidence">
              <LangText lang={a.language} block>
                <HighlightedText segments={segmentsForPhrases(a.evidence[0]!.text, a.evidence[0]!.cues)} />
              </LangText>
              <footer className="small muted">— {a.publisher}</footer>
            </blockquote>
          ))}
        </>
      ) : null}

      <h3>Names and labels</h3>
      {terms.length === 0 ? (
        <p className="muted small">No lexicon term in this coverage.</p>
      ) : (
        <table className="mini-table">
          <caption className="visually-hidden">Terms used by {style.label} outlets, per 1,000 words, against the other groups</caption>
          <thead>
            <tr>
              <th scope="col">Term</th>
              <th scope="col" className="num">
                per 1k words
              </th>
              {otherGroupsPresent > 0 ? (
                <th scope="col" className="num">
                  others
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {terms.map((t) => (
              <tr key={t.term}>
                <th scope="row">{termLabel(t.term)}</th>
                <td className="num">{fmtRate(t.rate)}</td>
                {otherGroupsPresent > 0 ? (
                  <td className="num">
                    {fmtRate(t.othersRate)}
                    {t.ratio === null ? (
                      <span className="delta delta--only" title="The other groups never use this term here">
                        {' '}
                        only here
                      </span>
                    ) : t.ratio >= 2 ? (
                      <span className="delta delta--up" title="Used at least twice as often as the other groups">
                        {' '}
                        ×{t.ratio.toFixed(1)}
                      </span>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>Figures cited</h3>
      {figures.length === 0 ? (
        <p className="muted small">No casualty or repression figure in this coverage.</p>
      ) : (
        <ul className="figure-list">
          {figures.slice(0, 10).map((f) => (
            <li key={`${f.label}|${f.kind}`}>
              <strong>
                <bdi>{f.label}</bdi>
              </strong>{' '}
              {f.value !== null && !/^[\d,. ]+$/.test(f.label.replace(/^[a-z ]+ /, '')) ? <span className="muted">({f.value.toLocaleString('en')}) </span> : null}
              {f.kind}
              <span className="muted small figure-sources">
                {summarizeNames(f.outlets)}
                {f.sources.length ? ` · citing ${summarizeNames(f.sources)}` : ''} ·{' '}
                {f.articleIds.length === 1 ? (
                  <Link href={`/articles/${f.articleIds[0]}`}>in the article</Link>
                ) : (
                  <>
                    {f.articleIds.slice(0, FIGURE_LINKS).map((id, i) => (
                      <span key={id}>
                        {i > 0 ? ', ' : ''}
                        <Link href={`/articles/${id}`}>article {i + 1}</Link>
                      </span>
                    ))}
                    {f.articleIds.length > FIGURE_LINKS ? (
                      <>
                        {' '}
                        and <Link href={`/claims?${scope}`}>{f.articleIds.length - FIGURE_LINKS} more</Link>
                      </>
                    ) : null}
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}

      <h3>Who is quoted</h3>
      {sources.length === 0 ? (
        <p className="muted small">No attributed quote or citation found.</p>
      ) : (
        <ul className="source-list">
          {sources.slice(0, 8).map((s) => (
            <li key={s.entity}>
              {s.entity} <span className="muted small">× {s.mentions}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
