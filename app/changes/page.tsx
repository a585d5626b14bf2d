import { firstParam, parseTableParams, type SearchParamsRecord } from '@/lib/filters/search-params';
import { PageHeader } from '@/components/ui/page-header';
import { ENTITY_TYPES, type EntityType } from '@/lib/curation/audit';
import { listChanges } from '@/lib/queries/changes';
import { ChangesFilters } from './changes-filters';
import { ChangesTable } from './changes-table';
import '@/components/curation/curation.css';

export const metadata = { title: 'Changes' };
export const dynamic = 'force-dynamic';

export default async function ChangesPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const raw = await searchParams;
  const t = firstParam(raw.type);
  const type = (ENTITY_TYPES as readonly string[]).includes(t ?? '') ? (t as EntityType) : null;
  const table = parseTableParams(raw, { sortable: ['at'], defaultSort: 'at.desc' });
  const { rows, total } = await listChanges({ type }, { offset: table.offset, limit: table.size, desc: table.sortDesc });
  return (
    <>
      <PageHeader
        title="Changes"
        description="Every correction curators made in the app: who, when, what it was before and after, and why. Labels are contested; this is their trail."
        meta={`${total.toLocaleString('en')} change${total === 1 ? '' : 's'}${type ? ` to ${type}s` : ''}`}
      />
      <ChangesTable rows={rows} total={total} filtered={type !== null} toolbar={<ChangesFilters />} />
    </>
  );
}
