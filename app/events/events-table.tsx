'use client';
import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import { MiniStanceBar } from '@/components/charts/mini-stance-bar';
import { DataTable } from '@/components/data-table/data-table';
import { DateCell, NumberCell } from '@/components/data-table/cells';
import type { EventCoverageRow } from '@/lib/queries/events';

const columns: ColumnDef<EventCoverageRow, unknown>[] = [
  {
    id: 'name',
    header: 'Event',
    accessorKey: 'name',
    cell: ({ row }) => <Link href={`/events/${row.original.slug}`}>{row.original.name}</Link>,
  },
  { id: 'period', header: 'When', accessorFn: (r) => r.dateStart ?? '9999', cell: ({ row }) => row.original.period },
  {
    id: 'coverage',
    header: 'Coverage by group',
    enableSorting: false,
    cell: ({ row }) => <MiniStanceBar counts={row.original} showCounts />,
  },
  { id: 'articles', header: 'Articles', accessorKey: 'articles', cell: ({ row }) => <NumberCell value={row.original.articles} /> },
  { id: 'about', header: 'About it', accessorKey: 'about', cell: ({ row }) => <NumberCell value={row.original.about} /> },
  { id: 'publishers', header: 'Outlets', accessorKey: 'publishers', cell: ({ row }) => <NumberCell value={row.original.publishers} /> },
  {
    id: 'firstCoverage',
    header: 'First coverage',
    accessorFn: (r) => r.firstCoverage ?? '',
    cell: ({ row }) => <DateCell date={row.original.firstCoverage} precision={row.original.firstCoverage ? 'day' : 'unknown'} />,
  },
  {
    id: 'lastCoverage',
    header: 'Last coverage',
    accessorFn: (r) => r.lastCoverage ?? '',
    cell: ({ row }) => <DateCell date={row.original.lastCoverage} precision={row.original.lastCoverage ? 'day' : 'unknown'} />,
  },
];

export function EventsTable({ rows, compact = false }: { rows: EventCoverageRow[]; compact?: boolean }) {
  return (
    <DataTable
      clientSide
      columns={columns}
      data={rows}
      caption="Events with their coverage by stance group"
      defaultSort="articles.desc"
      defaultPageSize={compact ? 10 : 50}
      getRowId={(r) => r.slug}
      initialColumnVisibility={compact ? { firstCoverage: false, lastCoverage: false, about: false } : {}}
    />
  );
}
