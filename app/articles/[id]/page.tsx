import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DateCell } from '@/components/data-table/cells';
import { StanceBadge } from '@/components/stance-badge';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { ArticleBody } from '@/components/article-body';
import { HighlightedText } from '@/components/highlighted-text';
import { analysedText } from '@/lib/analysis';
import { TERMS_BY_ID, LEXICON } from '@/lib/analysis/lexicon';
import { CuratorBar } from '@/components/curation/curator-bar';
import { HistoryCard } from '@/components/curation/history-card';
import { currentActor } from '@/lib/auth/require-admin';
import { articleAnalysis } from '@/lib/queries/article-analysis';
import { getArticle } from '@/lib/queries/articles';
import { historyOf } from '@/lib/queries/changes';
import { eventChoices } from '@/lib/queries/events';
import { publisherChoices } from '@/lib/queries/publishers';
import { layeredSegments, paragraphsOfSegments, segmentsForPhrases, type LayerSpan } from '@/lib/shape/highlight';
import { STANCE_STYLE } from '@/lib/stance';
import { ArticleCuration, RemoveLink } from './article-curation';

export const dynamic = 'force-dynamic';

async function load(params: Promise<{ id: string }>) {
  const { id } = await params;
  const n = Number(id);
  if (!Number.isSafeInteger(n) || n <= 0) notFound();
  const article = await getArticle(n);
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const a = await load(params);
  return { title: a.title };
}

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const a = await load(params);
  const [analysis, history, actor] = await Promise.all([articleAnalysis(a.id), historyOf('article', a.id), currentActor()]);
  const choices = actor ? await Promise.all([publisherChoices(), eventChoices()]).then(([publishers, events]) => ({ publishers, events })) : null;
  // Offsets refer to title + "\n\n" + body (what was analysed); the reader shows the body.
  const bodyStart = analysedText(a.title, '').length;
  const spans: LayerSpan[] = [
    ...analysis.terms.flatMap((t) =>
      pairs(t.offsets).map(([start, end]) => ({ start: start - bodyStart, end: end - bodyStart, layer: 'term', value: t.category, title: TERMS_BY_ID.get(t.term)?.label ?? t.term })),
    ),
    ...analysis.claims.map((c) => ({ start: c.spanStart - bodyStart, end: c.spanEnd - bodyStart, layer: 'claim', value: c.kind })),
  ];
  const paragraphs = paragraphsOfSegments(layeredSegments(a.body, spans));
  const stance = analysis.stance;
  const categories = LEXICON.categories.filter((c) => analysis.terms.some((t) => t.category === c.id));
  return (
    <>
      <PageHeader
        before={<Breadcrumbs items={[{ label: 'Articles', href: '/articles' }, { label: a.title }]} />}
        title={a.title}
        meta={
          <>
            {a.titleSource === 'first-sentence' ? (
              <span className="muted small" role="note">
                The source has no title; its first sentence stands in for one.{' '}
              </span>
            ) : null}
            <Link href={`/publishers/${a.publisherSlug}`}>{a.publisher}</Link> <StanceBadge stance={a.stance} /> ·{' '}
            <DateCell date={a.publishedAt} precision={a.datePrecision} />
            {a.author ? <> · {a.author}</> : null}
            {a.via ? (
              <>
                {' '}
                · via <Link href={`/publishers/${a.viaSlug}`}>{a.via}</Link>
              </>
            ) : null}
          </>
        }
      />
      {actor && choices ? (
        <>
          <CuratorBar actor={actor} />
          <ArticleCuration a={a} linked={analysis.events.map((e) => e.slug)} choices={choices} />
        </>
      ) : null}
      {a.stanceOverride ? (
        <p className="divergent-flag" role="note">
          <strong>Group set by a curator:</strong> this article counts as {STANCE_STYLE[a.stanceOverride].label.toLowerCase()}, not as its
          outlet&apos;s {STANCE_STYLE[a.publisherStance].label.toLowerCase()} group. Why: {a.stanceOverrideReason}
        </p>
      ) : null}
      {a.reprintOf ? (
        <p className="divergent-flag" role="note">
          <strong>Reprint</strong> of <Link href={`/articles/${a.reprintOf.id}`}>{a.reprintOf.title}</Link> ({a.reprintOf.publisher}):
          comparisons count the original only.
        </p>
      ) : null}
      <div className="article-layout">
        <article>
          {stance?.divergent ? (
            <p className="divergent-flag" role="note">
              <strong>Divergent:</strong> the words of this article lean {stance.stanceLeaning}, unlike its outlet&apos;s{' '}
              {STANCE_STYLE[a.stance].label.toLowerCase()} group. See the cues below.
            </p>
          ) : null}
          {categories.length > 0 ? (
            <ul className="highlight-key" aria-label="Highlight key">
              {categories.map((c) => (
                <li key={c.id}>
                  <mark data-mark={c.id}>{c.label}</mark>
                </li>
              ))}
              {analysis.claims.length ? (
                <li>
                  <span className="claim-span">figure cited</span>
                </li>
              ) : null}
            </ul>
          ) : null}
          <ArticleBody paragraphs={paragraphs} lang={a.language} />
        </article>
        <aside className="article-aside">
          <Card title="Events" headingLevel={2}>
            {analysis.events.length === 0 ? (
              <p className="muted">No catalog event matched this article.</p>
            ) : (
              <ul className="plain-list">
                {analysis.events.map((e) => (
                  <li key={e.slug}>
                    <Link href={`/events/${e.slug}`}>{e.name}</Link>{' '}
                    <span className="muted small">
                      {e.role === 'about' ? 'about it' : 'mentions it'} · score {e.score.toFixed(2)} · {e.method}
                    </span>
                    {e.evidence[0] ? (
                      <blockquote className="evidence small">
                        <HighlightedText segments={segmentsForPhrases(e.evidence[0].text, e.evidence[0].cues)} />
                      </blockquote>
                    ) : null}
                    {e.signals.length > 0 ? (
                      <details className="link-signals small">
                        <summary>Why this link ({e.method === 'manual' ? 'confirmed by a curator' : `${e.signals.length} signals`})</summary>
                        <ul className="plain-list" aria-label={`Signals for ${e.name}`}>
                          {e.signals.slice(0, 8).map((s) => (
                            <li key={s.key}>
                              {s.label}
                              {s.decisive ? ' — decided the link' : s.contribution !== 0 ? ` (${s.contribution > 0 ? '+' : '−'}${Math.abs(s.contribution).toFixed(2)})` : ''}
                            </li>
                          ))}
                        </ul>
                        {e.evidence.length > 1 ? (
                          <>
                            <p className="muted">Passages:</p>
                            {e.evidence.slice(1).map((p) => (
                              <blockquote key={p.start} className="evidence">
                                <HighlightedText segments={segmentsForPhrases(p.text, p.cues)} />
                              </blockquote>
                            ))}
                          </>
                        ) : null}
                      </details>
                    ) : null}
                    {actor ? <RemoveLink articleId={a.id} event={e.slug} name={e.name} /> : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="Stance cues" headingLevel={2}>
            {stance ? (
              <>
                <p>
                  Text leans <strong>{stance.stanceLeaning}</strong> (score {stance.stanceScore.toFixed(2)}, from −1 critical to +1 advocacy).
                  {stance.suggestedStance ? (
                    <>
                      {' '}
                      Suggested group for the unrated outlet: <StanceBadge stance={stance.suggestedStance} inferred />
                    </>
                  ) : null}
                  {stance.fallbackFromVia ? ' The outlet is unrated; its host site’s stance is used as a marked fallback.' : null}
                </p>
                {(stance.cues as { term: string; weight: number; count: number }[]).length ? (
                  <ul className="source-list small">
                    {(stance.cues as { term: string; weight: number; count: number }[]).map((c) => (
                      <li key={c.term}>
                        {TERMS_BY_ID.get(c.term)?.label ?? c.term} × {c.count}{' '}
                        <span className="muted">({c.weight > 0 ? 'leans advocacy' : 'leans critical'})</span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="muted small">No leaning term found.</p>
                )}
              </>
            ) : (
              <p className="muted">Not analysed yet: run npm run analyze.</p>
            )}
          </Card>
          <Card title="Figures cited" headingLevel={2}>
            {analysis.claims.length === 0 ? (
              <p className="muted">No casualty or repression figure found.</p>
            ) : (
              <ul className="plain-list small">
                {analysis.claims.map((c) => (
                  <li key={c.id}>
                    <strong>
                      {c.qualifier ? `${c.qualifier} ` : ''}
                      {c.valueText}
                    </strong>{' '}
                    {c.kind}
                    {c.source ? ` · according to ${c.source}` : ''}
                    {c.event ? (
                      <>
                        {' '}
                        · <Link href={`/events/${c.event.slug}`}>{c.event.name}</Link>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="Who is quoted" headingLevel={2}>
            {analysis.attributions.length === 0 ? (
              <p className="muted">No attributed quote or citation found.</p>
            ) : (
              <ul className="plain-list small">
                {analysis.attributions.map((q) => (
                  <li key={q.id}>
                    <strong>{q.entity}</strong> <span className="muted">({q.verb}{q.quoted ? ', quoted' : ''})</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="Outlet and stance" headingLevel={2}>
            <p>
              <Link href={`/publishers/${a.publisherSlug}`}>{a.publisher}</Link> <StanceBadge stance={a.stance} />
            </p>
            <p className="muted">
              {a.publisherRationale ?? 'This outlet has no stance rating yet; its articles count as unrated.'}
            </p>
            <p className="muted small">
              The label describes the outlet&apos;s stance toward the MEK/NCRI, not the truth of what this article says.
            </p>
          </Card>
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
              <dd>{a.url ? <a href={a.url} rel="noopener noreferrer nofollow">{a.url}</a> : 'not known'}</dd>
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
                  <dt>Reprinted as</dt>
                  <dd>
                    {a.reprints.map((r, i) => (
                      <span key={r.id}>
                        {i ? ', ' : ''}
                        <Link href={`/articles/${r.id}`}>{r.publisher}</Link>
                      </span>
                    ))}
                  </dd>
                </>
              ) : null}
            </dl>
          </Card>
          <HistoryCard rows={history} type="article" />
        </aside>
      </div>
    </>
  );
}

function pairs(flat: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
}
