import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';
import { Card } from '@/components/ui/card';
import { feedList } from '@/lib/queries/web-imports';
import { parseFetchSettings } from '@/lib/web/settings';
import { FeedsTable } from './feeds-table';

export const metadata = { title: 'Feeds' };
export const dynamic = 'force-dynamic';

export default async function FeedsPage() {
  const rows = await feedList();
  const hours = parseFetchSettings().feedPollHours;
  return (
    <>
      <PageHeader
        title="Feeds"
        description={
          <>
            Outlets&apos; RSS and Atom feeds. The worker polls each subscribed feed every {hours} h (conditional requests: an unchanged feed costs its site
            one short answer) and imports the items it has not seen before. Subscribe on <Link href="/import">Import</Link>.
          </>
        }
      />
      <Card>
        <FeedsTable rows={rows} />
      </Card>
    </>
  );
}
