'use client';
// The distinctive words as a table: the numbers behind the diverging chart, each word linked to
// the articles of the two groups that use it.
import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import { DataTable } from '@/components/data-table/data-table';
import { NumberCell, StanceCell } from '@/components/data-table/cells';
import { EmptyState } from '@/components/ui/empty-state';
import { STANCE_STYLE, type StanceKey } from '@/lib/stance';

export interface DistinctiveRow {
  word: string;
  zeta: number;
  delta: number;
  countA: number;
  countB: number;
  leansTo: StanceKey;
  /** The articles of both groups in the slice that contain the word. */
  href: string;
}

export function DistinctiveTable({ rows, a, b }: { rows: DistinctiveRow[]; a: StanceKey; b: StanceKey }) {
  const columns: ColumnDef<DistinctiveRow, unknown>[] = [
    {
      id: 'word',
      header: 'Word',
      accessorKey: 'word',
      cell: ({ row }) => (
        <Link href={row.original.href} title={`Articles of both groups containing “${row.original.word}”`}>
          {row.original.word}
        </Link>
      ),
    },
    { id: 'leansTo', header: 'More typical of', accessorKey: 'leansTo', cell: ({ row }) => <StanceCell stance={row.original.leansTo} /> },
    {
      id: 'zeta',
      header: 'z-score',
      accessorKey: 'zeta',
      meta: { align: 'end' },
      cell: ({ row }) => <NumberCell value={row.original.zeta} digits={2} />,
    },
    {
      id: 'delta',
      header: 'Log-odds ratio',
      accessorKey: 'delta',
      meta: { align: 'end' },
      cell: ({ row }) => <NumberCell value={row.original.delta} digits={2} />,
    },
    {
      id: 'countA',
      header: `Count in ${STANCE_STYLE[a].label}`,
      accessorKey: 'countA',
      meta: { align: 'end', label: 'Count in group A' },
      cell: ({ row }) => <NumberCell value={row.original.countA} />,
    },
    {
      id: 'countB',
      header: `Count in ${STANCE_STYLE[b].label}`,
      accessorKey: 'countB',
      meta: { align: 'end', label: 'Count in group B' },
      cell: ({ row }) => <NumberCell value={row.original.countB} />,
    },
  ];
  return (
    <DataTable
      clientSide
      columns={columns}
      data={rows}
      caption={`Distinctive words, ${STANCE_STYLE[a].label} against ${STANCE_STYLE[b].label}`}
      defaultSort="zeta.desc"
      defaultPageSize={50}
      getRowId={(r) => r.word}
      emptyState={
        <EmptyState
          headingLevel={3}
          title="No distinctive words"
          description="One of the two groups has no article in this slice, or they share too few words. Pick other groups or widen the filters."
        />
      }
    />
  );
}
