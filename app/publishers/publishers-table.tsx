'use client';
import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import { DataTable } from '@/components/data-table/data-table';
import { NumberCell, StanceCell, TruncatedText } from '@/components/data-table/cells';
import { OutletFilters, OutletListEmpty } from '@/components/outlet-filters';
import type { PublisherRow } from '@/lib/queries/publishers';
import { kindLabel } from '@/lib/publisher-kind';
import { PUBLISHERS_PAGE_SIZE } from '@/lib/shape/publishers-page';
import { STANCES } from '@/lib/stance';

const columns: ColumnDef<PublisherRow, unknown>[] = [
  {
    id: 'name',
    header: 'Outlet',
    accessorKey: 'name',
    cell: ({ row }) => <Link href={`/publishers/${row.original.slug}`}>{row.original.name}</Link>,
  },
  {
    id: 'stance',
    header: 'Group',
    accessorFn: (r) => STANCES.indexOf(r.stance),
    cell: ({ row }) => <StanceCell stance={row.original.stance} />,
  },
  { id: 'kind', header: 'Kind', accessorFn: (r) => kindLabel(r.kind) },
  {
    id: 'rationale',
    header: 'Why this group',
    accessorKey: 'stanceRationale',
    enableSorting: false,
    cell: ({ row }) => <TruncatedText text={row.original.stanceRationale ?? 'Not rated yet.'} max={140} />,
  },
  { id: 'articles', header: 'Articles', accessorKey: 'articles', cell: ({ row }) => <NumberCell value={row.original.articles} /> },
  { id: 'viaArticles', header: 'Hosted', accessorKey: 'viaArticles', cell: ({ row }) => <NumberCell value={row.original.viaArticles} /> },
  { id: 'country', header: 'Country', accessorFn: (r) => r.country ?? '—' },
  {
    id: 'aliases',
    header: 'Also written as',
    enableSorting: false,
    accessorFn: (r) => r.aliases.join(', '),
    cell: ({ row }) => <TruncatedText text={row.original.aliases.join(', ') || '—'} max={60} />,
  },
];

/** One page of publishers, filtered, sorted and paged on the server (lib/shape/publishers-page.ts). */
export function PublishersTable({ rows, total, filtered }: { rows: PublisherRow[]; total: number; filtered: boolean }) {
  return (
    <DataTable
      columns={columns}
      data={rows}
      rowCount={total}
      caption="Publishers with their stance toward the MEK/NCRI"
      defaultPageSize={PUBLISHERS_PAGE_SIZE}
      defaultSort="articles.desc"
      getRowId={(r) => r.slug}
      initialColumnVisibility={{ aliases: false, country: false }}
      toolbar={<OutletFilters label="Filter publishers" />}
      emptyState={
        <OutletListEmpty filtered={filtered} noneTitle="No publisher yet" noneText="Publishers appear as the registry is loaded and imports meet new outlets." />
      }
    />
  );
}
