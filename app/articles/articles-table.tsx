'use client';
// Columns of the article table; the table itself is the shared DataTable.
import { LangText } from '@/components/lang-text';
import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { NumberCell } from '@/components/data-table/cells';
import { EmptyState } from '@/components/ui/empty-state';
import type { ArticleRow } from '@/lib/queries/articles';
import { dateColumn, outletColumn, stanceColumn } from '@/components/data-table/columns';

const columns: ColumnDef<ArticleRow, unknown>[] = [
  {
    id: 'title',
    header: 'Title',
    accessorKey: 'title',
    cell: ({ row }) => (
      <Link href={`/articles/${row.original.id}`}>
        <LangText lang={row.original.language}>{row.original.title}</LangText>
      </Link>
    ),
  },
  outletColumn(),
  stanceColumn(),
  dateColumn(),
  { id: 'author', header: 'Author', accessorKey: 'author', enableSorting: false, cell: ({ row }) => row.original.author ?? '—' },
  {
    id: 'via',
    header: 'Via',
    accessorKey: 'via',
    enableSorting: false,
    cell: ({ row }) =>
      row.original.viaSlug ? <Link href={`/publishers/${row.original.viaSlug}`}>{row.original.via}</Link> : '—',
  },
  { id: 'wordCount', header: 'Words', accessorKey: 'wordCount', cell: ({ row }) => <NumberCell value={row.original.wordCount} /> },
];

export function ArticlesTable({ rows, total, filtered, toolbar }: { rows: ArticleRow[]; total: number; filtered: boolean; toolbar: ReactNode }) {
  return (
    <DataTable
      columns={columns}
      data={rows}
      rowCount={total}
      caption="Articles"
      defaultSort="publishedAt.desc"
      getRowId={(r) => String(r.id)}
      initialColumnVisibility={{ author: false }}
      toolbar={toolbar}
      emptyState={
        <EmptyState
          headingLevel={3}
          title={filtered ? 'No article matches these filters' : 'No articles yet'}
          description={
            filtered ? 'Remove a filter or widen the date range.' : 'Import a corpus with npm run import -- <files or folders>.'
          }
        />
      }
    />
  );
}
