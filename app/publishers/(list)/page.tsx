import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/ui/page-header';
import { StanceLegend } from '@/components/stance-badge';
import { currentActor } from '@/lib/auth/require-admin';
import { publishersNeedingRating } from '@/lib/queries/overview';
import { listPublishers } from '@/lib/queries/publishers';
import { REGISTRY_VERSION } from '@/lib/registry/publishers';
import { PublishersTable } from '../publishers-table';
import { RatingQueue } from '../rating-queue';

export const metadata = { title: 'Publishers' };
export const dynamic = 'force-dynamic';

export default async function PublishersPage() {
  const [rows, queue, actor] = await Promise.all([listPublishers(), publishersNeedingRating(), currentActor()]);
  const unrated = queue.length;
  return (
    <>
      <PageHeader
        title="Publishers"
        description="The publisher registry: each outlet's stance toward the MEK/NCRI with the reason for it. Outlets met during an import that the registry does not know are listed as unrated."
        meta={`${rows.length} outlets · registry version ${REGISTRY_VERSION}${unrated ? ` · ${unrated} in the corpus need a rating` : ''}`}
        actions={<ExportMenu dataset="publishers" rowsLabel="publishers" rowCount={rows.length} />}
      />
      <StanceLegend descriptions />
      <section id="rating-queue" aria-label="Rating queue">
        <RatingQueue rows={queue} curator={actor !== null} />
      </section>
      <PublishersTable rows={rows} />
    </>
  );
}
