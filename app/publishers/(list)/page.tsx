import { ExportMenu } from '@/components/export-menu';
import { PageHeader } from '@/components/ui/page-header';
import { StanceLegend } from '@/components/stance-badge';
import { listPublishers } from '@/lib/queries/publishers';
import { REGISTRY_VERSION } from '@/lib/registry/publishers';
import { PublishersTable } from '../publishers-table';

export const metadata = { title: 'Publishers' };
export const dynamic = 'force-dynamic';

export default async function PublishersPage() {
  const rows = await listPublishers();
  const unrated = rows.filter((r) => r.stance === 'unrated' && r.articles + r.viaArticles > 0).length;
  return (
    <>
      <PageHeader
        title="Publishers"
        description="The publisher registry: each outlet's stance toward the MEK/NCRI with the reason for it. Outlets met during an import that the registry does not know are listed as unrated."
        meta={`${rows.length} outlets · registry version ${REGISTRY_VERSION}${unrated ? ` · ${unrated} in the corpus need a rating` : ''}`}
        actions={<ExportMenu dataset="publishers" rowsLabel="publishers" rowCount={rows.length} />}
      />
      <StanceLegend descriptions />
      <PublishersTable rows={rows} />
    </>
  );
}
