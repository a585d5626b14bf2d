import Link from 'next/link';
import { redirect } from 'next/navigation';
import { CuratorBar } from '@/components/curation/curator-bar';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { currentActor } from '@/lib/auth/require-admin';
import { recentUploads } from '@/lib/queries/uploads';
import { recentUrlImports } from '@/lib/queries/web-imports';
import { parseFetchSettings } from '@/lib/web/settings';
import { FeedSubscribe } from './feed-subscribe';
import { UploadPanel } from './upload-panel';
import { UrlListPanel } from './url-list-panel';

export const metadata = { title: 'Import' };
export const dynamic = 'force-dynamic';

export default async function ImportPage() {
  const actor = await currentActor();
  if (!actor) redirect('/login?next=/import');
  const [uploads, lists] = await Promise.all([recentUploads(), recentUrlImports()]);
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
    </>
  );
}
