import { redirect } from 'next/navigation';
import { CuratorBar } from '@/components/curation/curator-bar';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { currentActor } from '@/lib/auth/require-admin';
import { recentUploads } from '@/lib/queries/uploads';
import { UploadPanel } from './upload-panel';

export const metadata = { title: 'Import files' };
export const dynamic = 'force-dynamic';

export default async function ImportPage() {
  const actor = await currentActor();
  if (!actor) redirect('/login?next=/import');
  const uploads = await recentUploads();
  return (
    <>
      <PageHeader
        title="Import files"
        description="Upload articles from the browser. The background worker imports them with the same importer as npm run import: each file all-or-nothing, duplicates skipped, a broken file reported with its reason."
      />
      <CuratorBar actor={actor} />
      <Card>
        <UploadPanel initial={uploads} />
      </Card>
    </>
  );
}
