import Link from 'next/link';
import { Suspense } from 'react';
import { redirect } from 'next/navigation';
import { CuratorBar } from '@/components/curation/curator-bar';
import { Card } from '@/components/ui/card';
import { TableSkeleton } from '@/components/ui/skeleton';
import { PageHeader } from '@/components/ui/page-header';
import { currentActor } from '@/lib/auth/require-admin';
import { importsInCorpus, removedImport } from '@/lib/queries/imports';
import { recentUploads } from '@/lib/queries/uploads';
import { recentUrlImports } from '@/lib/queries/web-imports';
import { parseFetchSettings } from '@/lib/web/settings';
import { FeedSubscribe } from './feed-subscribe';
import { ImportsTable } from './imports-table';
import { UploadPanel } from './upload-panel';
import { UrlListPanel } from './url-list-panel';

export const metadata = { title: 'Import' };
export const dynamic = 'force-dynamic';

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ removed?: string | string[] }> }) {
  const actor = await currentActor();
  if (!actor) redirect('/login?next=/import');
  const removedId = Number((await searchParams).removed);
  const [uploads, lists, removed] = await Promise.all([
    recentUploads(),
    recentUrlImports(),
    Number.isSafeInteger(removedId) && removedId > 0 ? removedImport(removedId) : null,
  ]);
  const settings = parseFetchSettings();
  return (
    <>
      <PageHeader
        title="Import"
        description="Add articles from files or from the web. The background worker imports them with the same importer as npm run import: duplicates skipped, each failure reported with its reason."
      />
      <CuratorBar actor={actor} />
      <Card title="From the web" headingLevel={2}>
        <p className="muted small">
          Each link is fetched politely (robots.txt honoured, at most two requests at a time and {settings.minDelayMs / 1000} s between requests per site), kept in the
          database, and read with its own metadata first. A page that is gone is taken from the Internet Archive&apos;s closest snapshot.{' '}
          <Link href="/methodology#web-import">How fetching works</Link>
        </p>
        <UrlListPanel initial={lists} />
      </Card>
      <Card title="Feeds" headingLevel={2}>
        <FeedSubscribe pollHours={settings.feedPollHours} />
      </Card>
      <Card title="Files" headingLevel={2}>
        <UploadPanel initial={uploads} />
      </Card>
      <Card title="In the corpus" headingLevel={2} anchor="in-the-corpus">
        {removed ? (
          <p role="status" className="form-message import-removed" data-ok="true">
            {removed.label} was removed by {removed.actor} at {removed.at} UTC: {removed.articles.toLocaleString('en')} article{removed.articles === 1 ? '' : 's'}
            {removed.reason ? ` (“${removed.reason}”)` : ''}. <Link href="/changes?type=import">All removals</Link>
          </p>
        ) : null}
        <p className="muted small">
          Every import whose articles are still in the corpus (the 50 newest). Removing one deletes its articles, for a wrong folder or a trial run; a copy
          imported later takes over as the original of any reprint cluster that loses its first text.
        </p>
        {/* Its counts read each listed import's entries in the articles' import index: the rest of the page need not wait for them. */}
        <Suspense fallback={<TableSkeleton rows={3} cols={7} />}>
          <ImportsInCorpus />
        </Suspense>
      </Card>
    </>
  );
}

async function ImportsInCorpus() {
  return <ImportsTable rows={await importsInCorpus()} />;
}
