'use client';
// The registry on /methodology: one page of it at a time (lib/registry/registry-listing.ts), in
// the shared DataTable with the outlet filters (components/outlet-filters.tsx).
import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import { DataTable } from '@/components/data-table/data-table';
import { StanceCell } from '@/components/data-table/cells';
import { OutletFilters, OutletListEmpty } from '@/components/outlet-filters';
import { kindLabel } from '@/lib/publisher-kind';
import { REGISTRY_PAGE_SIZE, type RegistryListingRow } from '@/lib/registry/registry-listing';

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
      toolbar={<OutletFilters label="Filter the registry" />}
      emptyState={
        <OutletListEmpty
          filtered={filtered}
          noneTitle="The registry is empty"
          noneText="data/publishers.json lists no outlet. Outlets met in an import but not in the registry are on Publishers."
        />
      }
    />
  );
}
