'use client';
// Columns of the claims table; the table itself is the shared DataTable in server mode.
import { LangText } from '@/components/lang-text';
import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import { DataTable } from '@/components/data-table/data-table';
import { truncate } from '@/components/data-table/cells';
import { EmptyState } from '@/components/ui/empty-state';
import { CLAIM_DEFAULT_SORT } from '@/lib/filters/slice';
import type { ClaimRow } from '@/lib/queries/claims';
import { ExpandableText } from './expandable-text';
import { dateColumn, outletColumn, stanceColumn } from '@/components/data-table/columns';


export function figureLabel(r: Pick<ClaimRow, 'qualifier' | 'valueText'>): string {
  return `${r.qualifier ? `${r.qualifier} ` : ''}${r.valueText}`;
}

const columns: ColumnDef<ClaimRow, unknown>[] = [
  {
    id: 'value',
    header: 'Figure',
    accessorKey: 'value',
    meta: { label: 'Figure' },
    cell: ({ row }) => (
      <strong className="num" title={row.original.vague ? 'A vague quantity: no number to place on a scale' : undefined}>
        {figureLabel(row.original)}
      </strong>
    ),
  },
  { id: 'kind', header: 'Kind', accessorKey: 'kind' },
  stanceColumn({ sortable: false }),
  outletColumn(),
  dateColumn(),
  {
    id: 'event',
    header: 'Event',
    accessorKey: 'eventName',
    enableSorting: false,
    cell: ({ row }) =>
      row.original.eventSlug ? <Link href={`/events/${row.original.eventSlug}`}>{row.original.eventName}</Link> : <span className="muted">—</span>,
  },
  {
    id: 'source',
    header: 'Source cited',
    accessorKey: 'source',
    enableSorting: false,
    cell: ({ row }) =>
      row.original.source ? (
        <span title={row.original.sourceText && row.original.sourceText !== row.original.source ? `As written: ${row.original.sourceText}` : undefined}>
          {row.original.source}
        </span>
      ) : (
        <span className="muted">none named</span>
      ),
  },
  {
    id: 'sentence',
    header: 'Sentence and article',
    accessorKey: 'sentence',
    enableSorting: false,
    meta: { label: 'Sentence and article' },
    cell: ({ row }) => {
      const title = truncate(row.original.title, 70);
      return (
        <span style={{ display: 'block', minWidth: '16rem', maxWidth: '34rem' }}>
          <LangText lang={row.original.language} block>
            <ExpandableText text={row.original.sentence} />
          </LangText>
          <span className="small" style={{ display: 'block', marginTop: '0.25rem' }}>
            <Link href={`/articles/${row.original.articleId}`} title={row.original.title}>
              <LangText lang={row.original.language}>
                {title.short}
                {title.truncated ? '…' : ''}
              </LangText>
            </Link>
          </span>
        </span>
      );
    },
  },
];

export function ClaimsTable({ rows, total, filtered }: { rows: ClaimRow[]; total: number; filtered: boolean }) {
  return (
    <DataTable
      columns={columns}
      data={rows}
      rowCount={total}
      caption="Figures cited in the articles"
      defaultSort={CLAIM_DEFAULT_SORT}
      getRowId={(r) => String(r.id)}
      emptyState={
        <EmptyState
          headingLevel={3}
          title={filtered ? 'No figure matches these filters' : 'No figures yet'}
          description={
            filtered
              ? 'Remove a filter (kind, group, outlet, source) or widen the date range.'
              : 'Figures are extracted when articles are imported. Import a corpus with npm run import -- <files or folders>, or run npm run analyze.'
          }
        />
      }
    />
  );
}
