'use client';
// The registry on /methodology: one page of it at a time (lib/registry/registry-listing.ts), in
// the shared DataTable with its search and group filters in the URL, so a filtered view is a link.
import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import { DataTable } from '@/components/data-table/data-table';
import { StanceCell } from '@/components/data-table/cells';
import { FilterBar, SearchFilter, SelectFilter } from '@/components/data-table/data-table-toolbar';
import { EmptyState } from '@/components/ui/empty-state';
import { kindLabel } from '@/lib/publisher-kind';
import { REGISTRY_PAGE_SIZE, type RegistryListingRow } from '@/lib/registry/registry-listing';
import { STANCES, STANCE_STYLE } from '@/lib/stance';

const columns: ColumnDef<RegistryListingRow, unknown>[] = [
  {
    id: 'name',
    header: 'Outlet',
    accessorKey: 'name',
    cell: ({ row }) => (
      <>
        <Link href={`/publishers/${row.original.slug}`}>{row.original.name}</Link>
        {row.original.alsoKnownAs.length > 0 ? (
          <span className="small muted" dir="auto">
            {' '}
            (matched: {row.original.alsoKnownAs.join(', ')})
          </span>
        ) : null}
      </>
    ),
  },
  { id: 'stance', header: 'Group', accessorKey: 'stance', cell: ({ row }) => <StanceCell stance={row.original.stance} /> },
  { id: 'kind', header: 'Kind', accessorFn: (r) => kindLabel(r.kind) },
  {
    id: 'rationale',
    header: 'Why',
    accessorKey: 'rationale',
    enableSorting: false,
    cell: ({ row }) => <span className="small">{row.original.rationale ?? '—'}</span>,
  },
];

export function RegistryTable({ rows, total, filtered }: { rows: RegistryListingRow[]; total: number; filtered: boolean }) {
  return (
    <DataTable
      columns={columns}
      data={rows}
      rowCount={total}
      caption="Publisher registry with stance and rationale"
      defaultPageSize={REGISTRY_PAGE_SIZE}
      defaultSort="name.asc"
      getRowId={(r) => r.slug}
      toolbar={
        <FilterBar label="Filter the registry">
          <SearchFilter label="Outlet, alias or domain" placeholder="e.g. Tasnim, تسنیم, iranintl.com" />
          <SelectFilter param="stance" label="Group" multiple options={STANCES.map((s) => ({ value: s, label: STANCE_STYLE[s].label }))} />
        </FilterBar>
      }
      emptyState={
        <EmptyState
          headingLevel={3}
          title={filtered ? 'No registry outlet matches' : 'The registry is empty'}
          description={filtered ? 'Clear the search or the group filter. Outlets met in an import but not in the registry are on Publishers.' : 'data/publishers.json lists no outlet.'}
        />
      }
    />
  );
}
