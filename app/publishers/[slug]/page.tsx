import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChartFrame } from '@/components/charts/chart-frame';
import { SimpleBarChart } from '@/components/charts/simple-bar-chart';
import { StanceBadge } from '@/components/stance-badge';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { CuratorBar } from '@/components/curation/curator-bar';
import { HistoryCard } from '@/app/changes/history-card';
import { currentActor } from '@/lib/auth/require-admin';
import { historyOf } from '@/lib/queries/changes';
import { getPublisher, publisherChoices, publisherTimeline } from '@/lib/queries/publishers';
import { kindLabel } from '@/lib/publisher-kind';
import { isRuleSource } from '@/lib/registry/host-rules';
import { PublisherCuration } from './publisher-curation';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const p = await getPublisher((await params).slug);
  return { title: p?.name ?? 'Publisher not found' };
}

export default async function PublisherPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [p, timeline, actor] = await Promise.all([getPublisher(slug), publisherTimeline(slug), currentActor()]);
  if (!p) notFound();
  const [history, choices] = await Promise.all([historyOf('publisher', p.id), actor ? publisherChoices() : Promise.resolve([])]);
  const dated = timeline.filter((t) => t.year !== null);
  const undated = timeline.find((t) => t.year === null)?.articles ?? 0;
  return (
    <>
      <PageHeader
        before={<Breadcrumbs items={[{ label: 'Publishers', href: '/publishers' }, { label: p.name }]} />}
        title={p.name}
        meta={
          <>
            <StanceBadge stance={p.stance} /> · {kindLabel(p.kind)}
            {p.country ? ` · ${p.country}` : ''} · {p.articles} article{p.articles === 1 ? '' : 's'}
            {p.viaArticles ? ` · hosts ${p.viaArticles} from other outlets` : ''}
          </>
        }
        actions={
          p.articles > 0 ? (
            <Link className="button" href={`/articles?publisher=${p.slug}`}>
              Its articles →
            </Link>
          ) : null
        }
      />
      {actor ? (
        <>
          <CuratorBar actor={actor} />
          <PublisherCuration p={p} others={choices.filter((c) => c.id !== p.id)} />
        </>
      ) : null}
      <div className="grid-2">
        <Card title="Why this group">
          <p>{p.stanceRationale ?? 'This outlet has no stance rating yet: the registry does not know it. Its articles count as unrated.'}</p>
          <p className="muted small">
            {p.curatedAt
              ? `Curated in the app (see History); rating last changed ${p.stanceChangedAt.toISOString().slice(0, 10)}.`
              : p.inRegistry
                ? 'From the publisher registry (data/publishers.json).'
                : isRuleSource(p.source)
                  ? 'Created during an import and rated by a rule (see Methodology, “Rated by rule”), not researched; a curator can confirm or change it.'
                  : 'Created during an import; not in the registry.'}{' '}
            A stance label describes the outlet&apos;s stance toward the MEK/NCRI, not the truth of what it publishes.
          </p>
          <dl className="meta-list">
            <dt>Where documented</dt>
            <dd>{p.source ?? '—'}</dd>
            {p.notes ? (
              <>
                <dt>Reviewers’ notes</dt>
                <dd>{p.notes}</dd>
              </>
            ) : null}
            <dt>Languages</dt>
            <dd>{p.languages.length ? p.languages.join(', ') : '—'}</dd>
            <dt>Also written as</dt>
            <dd>{p.aliases.length ? p.aliases.join(', ') : '—'}</dd>
            <dt>Domains</dt>
            <dd>{p.domains.length ? p.domains.join(', ') : '—'}</dd>
            <dt>Coverage</dt>
            <dd>{p.firstDate ? `${p.firstDate} to ${p.lastDate}` : 'no dated article'}</dd>
            {p.viaArticles ? (
              <>
                <dt>Hosts</dt>
                <dd>
                  <Link href={`/articles?via=${p.slug}`}>{p.viaArticles} articles republished from other outlets</Link>
                </dd>
              </>
            ) : null}
          </dl>
        </Card>
        {dated.length > 0 ? (
          <ChartFrame
            title="Articles per year"
            unit="articles"
            source={`Source: stance-lens corpus, articles by ${p.name}.${undated ? ` ${undated} undated not shown.` : ''}`}
            alt={{ columns: ['Year', 'Articles'], rows: dated.map((t) => [String(t.year), t.articles]) }}
          >
            <SimpleBarChart
              layout="vertical"
              data={dated.map((t) => ({ label: String(t.year), value: t.articles, stance: p.stance }))}
              valueLabel="Articles"
            />
          </ChartFrame>
        ) : (
          <Card title="Articles per year">
            <p className="muted">No dated article from this outlet yet.</p>
          </Card>
        )}
      </div>
      <HistoryCard rows={history} type="publisher" />
    </>
  );
}
