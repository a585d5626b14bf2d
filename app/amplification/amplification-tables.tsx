'use client';
// Columns of the two /amplification tables: outlets (all in memory: one row per outlet) and the
// republished texts (the shared DataTable in server mode: page, size and order in the URL).
import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import { DataTable } from '@/components/data-table/data-table';
import { DateCell, NumberCell, StanceCell, truncate } from '@/components/data-table/cells';
import { dateColumn, outletColumn, stanceColumn } from '@/components/data-table/columns';
import { StanceBadge } from '@/components/stance-badge';
import { EmptyState } from '@/components/ui/empty-state';
import type { OutletOriginalityRow, RepublishedTextRow } from '@/lib/queries/amplification';
import { STANCES } from '@/lib/stance';

const outletColumns: ColumnDef<OutletOriginalityRow, unknown>[] = [
  {
    id: 'name',
    header: 'Outlet',
    accessorKey: 'name',
    cell: ({ row }) => <Link href={`/publishers/${row.original.slug}`}>{row.original.name}</Link>,
  },
  { id: 'stance', header: 'Group', accessorFn: (r) => STANCES.indexOf(r.stance), cell: ({ row }) => <StanceCell stance={row.original.stance} /> },
  { id: 'articles', header: 'Articles', accessorKey: 'articles', cell: ({ row }) => <NumberCell value={row.original.articles} /> },
  { id: 'own', header: 'Own texts', accessorKey: 'own', cell: ({ row }) => <NumberCell value={row.original.own} /> },
  { id: 'reprints', header: 'Reprints', accessorKey: 'reprints', cell: ({ row }) => <NumberCell value={row.original.reprints} /> },
  { id: 'ownShare', header: 'Own share', accessorKey: 'ownShare', cell: ({ row }) => <NumberCell value={row.original.ownShare} digits={1} unit="%" /> },
  { id: 'quoting', header: 'Quoting in full', accessorKey: 'quoting', cell: ({ row }) => <NumberCell value={row.original.quoting} /> },
  { id: 'hosted', header: 'Hosted reprints', accessorKey: 'hosted', cell: ({ row }) => <NumberCell value={row.original.hosted} /> },
  {
    id: 'republishedByOthers',
    header: 'Republished by others',
    accessorKey: 'republishedByOthers',
    cell: ({ row }) => (
      <span title={`${row.original.textsRepublished} of its texts were republished`}>
        <NumberCell value={row.original.republishedByOthers} />
      </span>
    ),
  },
];

export function OutletOriginalityTable({ rows }: { rows: OutletOriginalityRow[] }) {
  return (
    <DataTable
      clientSide
      columns={outletColumns}
      data={rows}
      caption="Outlets: their own texts, their reprints of others' texts, and the copies others made of theirs"
      defaultPageSize={25}
      defaultSort="articles.desc"
      getRowId={(r) => r.slug}
      initialColumnVisibility={{ hosted: false, quoting: false }}
      emptyState={<EmptyState headingLevel={3} title="No outlet in this slice" description="Widen the filters." />}
    />
  );
}

const textColumns: ColumnDef<RepublishedTextRow, unknown>[] = [
  {
    id: 'title',
    header: 'Original text',
    accessorKey: 'title',
    enableSorting: false,
    cell: ({ row }) => {
      const t = truncate(row.original.title, 90);
      return (
        <Link href={`/articles/${row.original.id}`} title={row.original.title}>
          {t.short}
          {t.truncated ? '…' : ''}
        </Link>
      );
    },
  },
  { ...outletColumn<RepublishedTextRow>(), enableSorting: false },
  stanceColumn<RepublishedTextRow>({ sortable: false }),
  { ...dateColumn<RepublishedTextRow>(), enableSorting: false },
  { id: 'copies', header: 'Copies', accessorKey: 'copies', cell: ({ row }) => <NumberCell value={row.original.copies} /> },
  {
    id: 'republishers',
    header: 'Republished by',
    accessorKey: 'republishers',
    enableSorting: false,
    cell: ({ row }) => {
      const r = row.original;
      return (
        <ul className="carrier-list">
          {r.carriers.map((c) => (
            <li key={c.id}>
              <Link href={`/articles/${c.id}`}>{c.site}</Link> <StanceBadge stance={c.stance} /> <DateCell date={c.publishedAt} precision={c.datePrecision} />
            </li>
          ))}
          {r.copies > r.carriers.length ? (
            <li className="muted small">
              and {r.copies - r.carriers.length} more on <Link href={`/articles/${r.id}`}>the original&apos;s page</Link>
            </li>
          ) : null}
        </ul>
      );
    },
  },
];

export function RepublishedTextsTable({ rows, total, filtered }: { rows: RepublishedTextRow[]; total: number; filtered: boolean }) {
  return (
    <DataTable
      columns={textColumns}
      data={rows}
      rowCount={total}
      caption="Republished texts, most copied first, with the sites that republished them"
      defaultSort="copies.desc"
      getRowId={(r) => String(r.id)}
      emptyState={
        <EmptyState
          headingLevel={3}
          title={filtered ? 'No reprint in this slice' : 'No reprints yet'}
          description={
            filtered
              ? 'Remove a filter or widen the date range.'
              : 'Reprints are found when articles are imported (and by npm run analyze); a curator can also mark one on an article’s page.'
          }
        />
      }
    />
  );
}
