import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/ui/page-header';
import { StanceLegend } from '@/components/stance-badge';
import { currentActor } from '@/lib/auth/require-admin';
import { publishersNeedingRating } from '@/lib/queries/overview';
import { parsePublisherFilter } from '@/lib/filters/publishers';
import { parseTableParams, type SearchParamsRecord } from '@/lib/filters/search-params';
import { listPublishers } from '@/lib/queries/publishers';
import { publishersPage, PUBLISHERS_PAGE_SIZE, PUBLISHERS_SORTABLE, type PublishersSortId } from '@/lib/shape/publishers-page';
import { REGISTRY_VERSION } from '@/lib/registry/publishers';
import { PublishersTable } from '../publishers-table';
import { RatingQueue } from '../rating-queue';

export const metadata = { title: 'Publishers' };
export const dynamic = 'force-dynamic';

export default async function PublishersPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const raw = await searchParams;
  const table = parseTableParams(raw, { sortable: PUBLISHERS_SORTABLE, defaultSort: 'articles.desc', defaultSize: PUBLISHERS_PAGE_SIZE });
  const { q, stances } = parsePublisherFilter(raw);
  const [all, queue, actor] = await Promise.all([listPublishers(), publishersNeedingRating(), currentActor()]);
  const page = publishersPage(all, { q, stances, sortId: table.sortId as PublishersSortId, sortDesc: table.sortDesc, offset: table.offset, limit: table.size });
  const unrated = queue.length;
  return (
    <>
      <PageHeader
        title="Publishers"
        description="The publisher registry: each outlet's stance toward the MEK/NCRI with the reason for it. Outlets met during an import that the registry does not know are listed as unrated."
        meta={`${all.length} outlets · registry version ${REGISTRY_VERSION}${unrated ? ` · ${unrated} in the corpus need a rating` : ''}`}
        actions={<ExportMenu dataset="publishers" rowsLabel="publishers" rowCount={page.total} />}
      />
      <StanceLegend descriptions />
      <section id="rating-queue" aria-label="Rating queue">
        <RatingQueue rows={queue} curator={actor !== null} />
      </section>
      <PublishersTable rows={page.rows} total={page.total} filtered={q !== null || stances.length > 0} />
    </>
  );
}
