'use client';
// Columns of the audit trail table; the table itself is the shared DataTable.
import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ChangeSummary } from '@/components/curation/change-summary';
import { DataTable } from '@/components/data-table/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import type { ChangeRow } from '@/lib/queries/changes';
import { actionLabel } from '@/lib/shape/audit-diff';

const TYPE_LABEL: Record<ChangeRow['entityType'], string> = { publisher: 'Publisher', article: 'Article', event: 'Event', import: 'Import' };

const columns: ColumnDef<ChangeRow, unknown>[] = [
  {
    id: 'at',
    header: 'When (UTC)',
    accessorKey: 'at',
    cell: ({ row }) => <time dateTime={row.original.at}>{row.original.at.slice(0, 16).replace('T', ' ')}</time>,
  },
  { id: 'actor', header: 'Who', accessorKey: 'actor', enableSorting: false },
  {
    id: 'entity',
    header: 'What',
    accessorKey: 'entityLabel',
    enableSorting: false,
    cell: ({ row }) => (
      <>
        <span className="muted">{TYPE_LABEL[row.original.entityType]}:</span>{' '}
        {row.original.href ? <Link href={row.original.href}>{row.original.entityLabel}</Link> : row.original.entityLabel}
      </>
    ),
  },
  {
    id: 'change',
    header: 'Change',
    accessorKey: 'action',
    enableSorting: false,
    cell: ({ row }) => (
      <>
        {actionLabel(row.original.action)}
        <ChangeSummary before={row.original.before} after={row.original.after} />
      </>
    ),
  },
  { id: 'reason', header: 'Why', accessorKey: 'reason', enableSorting: false, cell: ({ row }) => row.original.reason ?? '—' },
];

export function ChangesTable({ rows, total, filtered, toolbar }: { rows: ChangeRow[]; total: number; filtered: boolean; toolbar: ReactNode }) {
  return (
    <DataTable
      columns={columns}
      data={rows}
      rowCount={total}
      caption="Changes made by curators"
      defaultSort="at.desc"
      getRowId={(r) => String(r.id)}
      toolbar={toolbar}
      emptyState={
        <EmptyState
          headingLevel={3}
          title={filtered ? 'No change of this kind yet' : 'No change yet'}
          description="Changes appear here as curators correct publishers, articles and events."
        />
      }
    />
  );
}
