import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { currentActor } from '@/lib/auth/require-admin';
import { feedPage } from '@/lib/queries/web-imports';
import { POLL_LABEL } from '../poll-labels';
import { PollNow } from './poll-now';
import '@/components/curation/curation.css';
import '@/app/import/web-import.css';

export const dynamic = 'force-dynamic';

async function load(params: Promise<{ id: string }>) {
  const n = Number((await params).id);
  if (!Number.isSafeInteger(n) || n <= 0) notFound();
  const page = await feedPage(n);
  if (!page) notFound();
  return page;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { feed } = await load(params);
  return { title: feed.title ?? feed.url };
}

const when = (iso: string | null) => (iso ? <time dateTime={iso}>{iso.slice(0, 16).replace('T', ' ')} UTC</time> : '—');

export default async function FeedPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ feed, polls, items }, actor] = await Promise.all([load(params), currentActor()]);
  const failedItems = items.filter((i) => i.status === 'failed');
  return (
    <>
      <PageHeader
        before={<Breadcrumbs items={[{ label: 'Feeds', href: '/feeds' }, { label: feed.title ?? feed.url }]} />}
        title={feed.title ?? feed.url}
        meta={
          <>
            <a href={feed.url} rel="noopener noreferrer nofollow">
              {feed.url}
            </a>{' '}
            · {feed.publisher ? <>as <Link href={`/publishers/${feed.publisher.slug}`}>{feed.publisher.name}</Link></> : 'outlet taken from each page'} ·{' '}
            {feed.active ? <>next poll {when(feed.nextPollAt)}</> : 'not subscribed (read once)'}
          </>
        }
      />
      {actor ? <PollNow feedId={feed.id} /> : null}
      <Card title="Polls" headingLevel={2} description="Newest first: what the feed answered, how many items it listed, how many were new, and what became of them.">
        {polls.length === 0 ? (
          <EmptyState headingLevel={3} title="Not polled yet" description="The worker polls a new subscription within a minute (npm start runs the worker)." />
        ) : (
          <div className="table-scroll">
            <table className="mini-table">
              <caption className="visually-hidden">Polls of this feed</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Result</th>
                  <th scope="col" className="num">Items listed</th>
                  <th scope="col" className="num">New</th>
                  <th scope="col">New items imported</th>
                </tr>
              </thead>
              <tbody>
                {polls.map((p) => (
                  <tr key={p.id} data-poll={p.status}>
                    <td>{when(p.startedAt)}</td>
                    <td>
                      {POLL_LABEL[p.status] ?? p.status}
                      {p.httpStatus ? <span className="muted small"> (HTTP {p.httpStatus})</span> : null}
                      {p.error ? <div className="small">{p.error}</div> : null}
                    </td>
                    <td className="num">{p.itemCount}</td>
                    <td className="num">{p.newCount}</td>
                    <td>
                      {p.results.total === 0
                        ? '—'
                        : `${p.results.new} new, ${p.results.duplicate} duplicate, ${p.results.failed} failed${p.results.queued + p.results.running ? `, ${p.results.queued + p.results.running} waiting` : ''}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card title={`Items (${items.length})`} headingLevel={2} description={failedItems.length ? `${failedItems.length} failed: the reason is beside each.` : 'Every item URL the feed has listed, newest first.'}>
        {items.length === 0 ? (
          <p className="muted">No item yet.</p>
        ) : (
          <ul className="url-items" aria-label="Items of this feed">
            {items.map((i) => (
              <li key={i.id} data-url={i.url} data-status={i.status}>
                <span className="upload-status" data-status={i.status}>
                  {i.status === 'queued' ? 'waiting' : i.status === 'running' ? 'fetching…' : i.status}
                </span>
                <span className="url small">
                  {i.articleId ? <Link href={`/articles/${i.articleId}`}>{i.title ?? i.url}</Link> : (i.title ?? i.url)}
                  <span className="muted"> · seen {i.firstSeenAt.slice(0, 10)}</span>
                </span>
                {i.status === 'failed' || (i.status === 'duplicate' && i.reason) ? <span className="detail small">{i.reason}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
