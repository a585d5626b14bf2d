import { LangTag, LangText } from '@/components/lang-text';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DateCell } from '@/components/data-table/cells';
import { StanceBadge } from '@/components/stance-badge';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { PageHeader } from '@/components/ui/page-header';
import { ArticleBody } from '@/components/article-body';
import { LEXICON } from '@/lib/analysis/lexicon';
import { CuratorBar } from '@/components/curation/curator-bar';
import { HistoryCard } from '@/app/changes/history-card';
import { currentActor } from '@/lib/auth/require-admin';
import { articleAnalysis } from '@/lib/queries/article-analysis';
import { getArticle } from '@/lib/queries/articles';
import { historyOf } from '@/lib/queries/changes';
import { articleWebSource } from '@/lib/queries/web-imports';
import { eventChoices } from '@/lib/queries/events';
import { publisherChoices } from '@/lib/queries/publishers';
import { bodySpans, layeredSegments, paragraphsOfSegments, sharedSpans } from '@/lib/shape/highlight';
import { FOCUS_ANCHOR, parseFocusSpan } from '@/lib/filters/reader';
import type { SearchParamsRecord } from '@/lib/filters/search-params';
import { STANCE_STYLE } from '@/lib/stance';
import { ArticleCuration } from './article-curation';
import { EventsCard } from './events-card';
import { FiguresCard } from './figures-card';
import { OutletCard } from './outlet-card';
import { ProvenanceCard } from './provenance-card';
import { ReprintNote } from './reprint-note';
import { QuotesCard } from './quotes-card';
import { StanceCuesCard } from './stance-cues-card';
import { WebSourceCard } from './web-source-card';

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

export default async function ArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParamsRecord> }) {
  const a = await load(params);
  const focus = parseFocusSpan(await searchParams);
  const [analysis, history, actor, webSource] = await Promise.all([articleAnalysis(a.id), historyOf('article', a.id), currentActor(), articleWebSource(a.id)]);
  const choices = actor ? await Promise.all([publisherChoices(), eventChoices()]).then(([publishers, events]) => ({ publishers, events })) : null;
  const paragraphs = paragraphsOfSegments(layeredSegments(a.body, [...bodySpans(a.title, analysis.terms, analysis.claims, focus), ...sharedSpans(a.quotes)]));
  const stance = analysis.stance;
  const categories = LEXICON.categories.filter((c) => analysis.terms.some((t) => t.category === c.id));
  return (
    <>
      <PageHeader
        before={<Breadcrumbs items={[{ label: 'Articles', href: '/articles' }, { label: a.title }]} />}
        title={<LangText lang={a.language}>{a.title}</LangText>}
        meta={
          <>
            {a.titleSource === 'first-sentence' ? (
              <span className="muted small" role="note">
                The source has no title; its first sentence stands in for one.{' '}
              </span>
            ) : null}
            <Link href={`/publishers/${a.publisherSlug}`}>{a.publisher}</Link> <StanceBadge stance={a.stance} /> ·{' '}
            <DateCell date={a.publishedAt} precision={a.datePrecision} /> · <LangTag lang={a.language} />
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
      <ReprintNote a={a} />
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
              {a.quotes.length ? (
                <li>
                  <span className="shared-span">text of another article, counted there</span>
                </li>
              ) : null}
            </ul>
          ) : null}
          <ArticleBody paragraphs={paragraphs} lang={a.language} focusAnchor={FOCUS_ANCHOR} />
        </article>
        <aside className="article-aside">
          <EventsCard articleId={a.id} events={analysis.events} curator={actor !== null} language={a.language} />
          <StanceCuesCard stance={stance} />
          <FiguresCard claims={analysis.claims} />
          <QuotesCard attributions={analysis.attributions} />
          <OutletCard a={a} />
          <ProvenanceCard a={a} />
          {webSource ? <WebSourceCard source={webSource} /> : null}
          <HistoryCard rows={history} type="article" />
        </aside>
      </div>
    </>
  );
}
