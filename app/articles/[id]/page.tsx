import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DateCell } from '@/components/data-table/cells';
import { StanceBadge } from '@/components/stance-badge';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getArticle } from '@/lib/queries/articles';

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
  // Untrusted text: rendered as React text nodes (escaped), paragraph by paragraph. Never HTML.
  const paragraphs = a.body.split(/\n{2,}/).filter((p) => p.trim());
  return (
    <>
      <PageHeader
        before={<Breadcrumbs items={[{ label: 'Articles', href: '/articles' }, { label: a.title }]} />}
        title={a.title}
        meta={
          <>
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
      <div className="article-layout">
        <article className="article-text" lang={a.language}>
          {paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </article>
        <aside className="article-aside">
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
            </dl>
          </Card>
        </aside>
      </div>
    </>
  );
}
