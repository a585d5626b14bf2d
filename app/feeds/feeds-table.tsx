'use client';
// Columns of the feeds table; the table itself is the shared DataTable.
import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import { DataTable } from '@/components/data-table/data-table';
import { NumberCell } from '@/components/data-table/cells';
import { EmptyState } from '@/components/ui/empty-state';
import type { FeedRow } from '@/lib/queries/web-imports';
import { POLL_LABEL } from './poll-labels';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const when = (iso: string | null) => (iso ? <time dateTime={iso}>{iso.slice(0, 16).replace('T', ' ')}</time> : '—');

const columns: ColumnDef<FeedRow, unknown>[] = [
  {
    id: 'feed',
    header: 'Feed',
    accessorFn: (r) => r.title ?? r.url,
    cell: ({ row }) => (
      <>
        <Link href={`/feeds/${row.original.id}`}>{row.original.title ?? row.original.url}</Link>
        {row.original.title ? <div className="muted small">{row.original.url}</div> : null}
      </>
    ),
  },
  {
    id: 'publisher',
    header: 'Publisher',
    accessorFn: (r) => r.publisher?.name ?? '',
    cell: ({ row }) => (row.original.publisher ? <Link href={`/publishers/${row.original.publisher.slug}`}>{row.original.publisher.name}</Link> : <span className="muted">from each page</span>),
  },
  { id: 'lastPolledAt', header: 'Last poll (UTC)', accessorKey: 'lastPolledAt', cell: ({ row }) => when(row.original.lastPolledAt) },
  {
    id: 'lastStatus',
    header: 'Result',
    accessorFn: (r) => r.lastPoll?.status ?? '',
    cell: ({ row }) => {
      const p = row.original.lastPoll;
      if (!p) return <span className="muted">not polled yet</span>;
      return (
        <>
          {POLL_LABEL[p.status] ?? p.status}
          {p.error ? <div className="small">{p.error}</div> : null}
        </>
      );
    },
  },
  { id: 'newItems', header: 'New in last poll', accessorFn: (r) => r.lastPoll?.newCount ?? 0, meta: { align: 'end' }, cell: ({ getValue }) => <NumberCell value={getValue() as number} /> },
  { id: 'items', header: 'Items seen', accessorKey: 'itemCount', meta: { align: 'end' }, cell: ({ getValue }) => <NumberCell value={getValue() as number} /> },
  {
    id: 'failures',
    header: 'Failures',
    accessorFn: (r) => r.failedItems + r.failedPolls,
    meta: { align: 'end' },
    cell: ({ row }) => `${plural(row.original.failedPolls, 'poll')}, ${plural(row.original.failedItems, 'item')}`,
  },
  {
    id: 'nextPollAt',
    header: 'Next poll (UTC)',
    accessorKey: 'nextPollAt',
    cell: ({ row }) => (row.original.active ? when(row.original.nextPollAt) : <span className="muted">not subscribed</span>),
  },
];

export function FeedsTable({ rows }: { rows: FeedRow[] }) {
  return (
    <DataTable
      clientSide
      columns={columns}
      data={rows}
      caption="Subscribed feeds, their last poll, new items and failures"
      defaultPageSize={50}
      getRowId={(r) => String(r.id)}
      emptyState={
        <EmptyState
          title="No feed yet"
          description={
            <>
              Subscribe to an outlet&apos;s RSS or Atom feed on <Link href="/import">Import</Link>, or read one once with{' '}
              <code>npm run import -- --feed URL</code>.
            </>
          }
        />
      }
    />
  );
}
