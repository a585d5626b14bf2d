// The reveal: each passage with its outlet's group, the outlet and article, the reader's mark,
// and the cues that point to the group, each linked to its sentence in the article reader.
import Link from 'next/link';
import { DateCell } from '@/components/data-table/cells';
import { StanceBadge } from '@/components/stance-badge';
import type { BlindAnswer, BlindScore, CueSet } from '@/lib/shape/blind';
import { STANCE_STYLE } from '@/lib/stance';

const LEANS: Record<string, string> = {
  advocacy: 'mostly used by advocacy outlets',
  critical: 'mostly used by critical outlets',
};

export function ScoreSummary({ score, backHref }: { score: BlindScore; backHref: string }) {
  return (
    <section className="blind-score" aria-labelledby="blind-score-title">
      <h2 id="blind-score-title">Answers</h2>
      {score.marked > 0 ? (
        <p>
          You marked {score.marked} of {score.total} passages; <strong>{score.matching}</strong> match the outlet&apos;s group.
        </p>
      ) : (
        <p>No passage was marked on this sheet: these are the answers and their cues.</p>
      )}
      <ul className="blind-score__groups">
        {score.byGroup.map((g) => (
          <li key={g.stance}>
            <StanceBadge stance={g.stance} /> {g.passages} passage{g.passages === 1 ? '' : 's'}
            {score.marked > 0 ? ` · ${g.matching} recognised` : ''}
          </li>
        ))}
      </ul>
      <p className="small">
        <Link href={backHref}>← Back to marking</Link> (the answers hide again; your marks stay)
      </p>
      <p className="small muted">
        A group says how an outlet stands toward the MEK/NCRI, not whether its passage is true. The cues are found by the
        automated analysis and can be wrong: each one links to its sentence so you can check it.
      </p>
    </section>
  );
}

/** One line per passage: the answer key a teacher prints. */
export function AnswerKey({ answers, code }: { answers: BlindAnswer[]; code: string }) {
  const anyMarks = answers.some((a) => a.mark);
  return (
    <div className="table-scroll blind-key" role="region" aria-label="Answer key" tabIndex={0}>
      <table className="table table--compact">
        <caption className="table-caption">Answer key · set {code}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Group</th>
            <th scope="col">Outlet</th>
            <th scope="col">Main cues</th>
            {anyMarks ? <th scope="col">Your mark</th> : null}
          </tr>
        </thead>
        <tbody>
          {answers.map((a) => (
            <tr key={a.number}>
              <th scope="row">
                <a href={`#answer-${a.number}`}>{a.number}</a>
              </th>
              <td>
                <StanceBadge stance={a.stance} />
              </td>
              <td>{a.publisher}</td>
              <td className="small">{keyCues(a) || <span className="muted">none found</span>}</td>
              {anyMarks ? <td>{markLabel(a)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function keyCues(a: BlindAnswer): string {
  const terms = [...a.here.terms, ...a.elsewhere.terms].filter((t) => t.leaning).map((t) => t.label);
  const figures = a.here.figures.map((f) => `${f.label} ${f.kind}${f.source ? ` (${f.source})` : ''}`);
  const quotes = a.here.quotes.map((q) => q.entity);
  return [...new Set(terms)].slice(0, 3).concat(figures.slice(0, 1), quotes.slice(0, 2)).join(' · ');
}

function markLabel(a: BlindAnswer): string {
  if (!a.mark) return 'not marked';
  return a.mark === a.stance ? `✓ ${STANCE_STYLE[a.mark].label}` : `✗ ${STANCE_STYLE[a.mark].label}`;
}

export function AnswerCard({ a }: { a: BlindAnswer }) {
  const verdict = !a.mark ? 'Not marked' : a.mark === a.stance ? 'Your mark matches' : `You marked ${STANCE_STYLE[a.mark].label.toLowerCase()}`;
  return (
    <li className="blind-item" id={`answer-${a.number}`}>
      <article className="blind-card blind-card--answer" data-stance={a.stance} aria-labelledby={`answer-${a.number}-title`}>
        <header className="blind-card__legend">
          <span className="blind-card__number">{a.number}</span>
          <h3 id={`answer-${a.number}-title`} className="blind-card__answer">
            <StanceBadge stance={a.stance} /> <span className="blind-card__outlet">{a.publisher}</span>
          </h3>
          <span className={`blind-verdict${a.mark ? (a.mark === a.stance ? ' blind-verdict--match' : ' blind-verdict--miss') : ''}`}>{verdict}</span>
        </header>
        <blockquote className={`blind-card__text${a.kind === 'headline' ? ' blind-card__text--headline' : ''}`} dir="auto">
          {a.text}
        </blockquote>
        <p className="small blind-card__source">
          {a.kind === 'headline' ? 'Headline of ' : 'From '}
          <Link href={a.passageHref}>{a.title}</Link> · <DateCell date={a.publishedAt} precision={a.publishedAt ? 'day' : 'unknown'} />
          {a.via ? ` · via ${a.via}` : ''} · <Link href={`/publishers/${a.publisherSlug}`}>about the outlet</Link>
        </p>
        <Cues title="In this passage" cues={a.here} empty="No lexicon term, figure or quoted source in the passage itself: its group shows, if at all, in its wording and choice of facts." />
        <Cues title="Elsewhere in the article" cues={a.elsewhere} leaning={a.leaning} />
      </article>
    </li>
  );
}

function Cues({ title, cues, empty, leaning }: { title: string; cues: CueSet; empty?: string; leaning?: BlindAnswer['leaning'] }) {
  const none = cues.terms.length + cues.figures.length + cues.quotes.length === 0;
  if (none && !empty) return null;
  return (
    <div className="blind-cues">
      <h4>{title}</h4>
      {none ? <p className="small muted">{empty}</p> : null}
      {leaning === 'advocacy' || leaning === 'critical' ? (
        <p className="small">
          The article&apos;s loaded terms lean <strong>{leaning}</strong> (text cues, <Link href="/methodology#cues">how</Link>).
        </p>
      ) : null}
      <ul className="blind-cues__list small">
        {cues.terms.map((t) => (
          <li key={`t-${t.term}`}>
            <span className="blind-cue-kind">term</span> <Link href={`/terms/${t.term}`}>{t.label}</Link>
            {t.count > 1 ? ` ×${t.count}` : ''} {t.leaning ? <span className="muted">({LEANS[t.leaning]})</span> : null} ·{' '}
            <Link href={t.href}>see the sentence</Link>
          </li>
        ))}
        {cues.figures.map((f, i) => (
          <li key={`f-${i}`}>
            <span className="blind-cue-kind">figure</span> <strong>{f.label}</strong> {f.kind}
            {f.source ? <> · citing {f.source}</> : <span className="muted"> · no source named</span>} · <Link href={f.href}>see the sentence</Link>
          </li>
        ))}
        {cues.quotes.map((q) => (
          <li key={`q-${q.entity}`}>
            <span className="blind-cue-kind">quoted</span> {q.entity} <span className="muted">({q.verb}{q.quoted ? ', in quotation marks' : ''})</span> ·{' '}
            <Link href={q.href}>see the sentence</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
