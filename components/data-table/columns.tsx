'use client';
// Column definitions every article-derived table shares (outlet, date, group), so a new table
// names its columns instead of re-writing their cells.
import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import type { StanceKey } from '@/lib/stance';
import type { DatePrecision } from '@/lib/parse/types';
import { DateCell, StanceCell } from './cells';

export function outletColumn<T extends { publisher: string; publisherSlug: string }>(): ColumnDef<T, unknown> {
  return {
    id: 'publisher',
    header: 'Outlet',
    accessorKey: 'publisher',
    cell: ({ row }) => <Link href={`/publishers/${row.original.publisherSlug}`}>{row.original.publisher}</Link>,
  };
}

export function dateColumn<T extends { publishedAt: string | null; datePrecision: DatePrecision }>(): ColumnDef<T, unknown> {
  return {
    id: 'publishedAt',
    header: 'Date',
    accessorKey: 'publishedAt',
    cell: ({ row }) => <DateCell date={row.original.publishedAt} precision={row.original.datePrecision} />,
  };
}

export function stanceColumn<T extends { stance: StanceKey }>(opts: { sortable?: boolean } = {}): ColumnDef<T, unknown> {
  return {
    id: 'stance',
    header: 'Group',
    accessorKey: 'stance',
    enableSorting: opts.sortable ?? true,
    cell: ({ row }) => <StanceCell stance={row.original.stance} />,
  };
}
