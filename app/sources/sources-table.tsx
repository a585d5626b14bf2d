'use client';
// Columns of the sources table (one row per quoted or cited entity, one column per group) and
// of the sentence list behind a selected entity. Both use the shared DataTable: the first in
// server mode (page, size and sort in the URL), the second client-side.
import { LangText } from '@/components/lang-text';
import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import { DataTable } from '@/components/data-table/data-table';
import { NumberCell, formatNumber } from '@/components/data-table/cells';
import { EmptyState } from '@/components/ui/empty-state';
import { SOURCE_DEFAULT_SORT } from '@/lib/filters/slice';
import type { AttributionRow } from '@/lib/queries/attributions';
import type { SourceEntityRow } from '@/lib/queries/sources';
import { STANCE_STYLE, type StanceKey } from '@/lib/stance';
import { ExpandableText } from '../claims/expandable-text';
import { dateColumn, outletColumn, stanceColumn } from '@/components/data-table/columns';


export type SourceTableRow = SourceEntityRow & { href: string; selected: boolean };

function columnsFor(groups: StanceKey[]): ColumnDef<SourceTableRow, unknown>[] {
  return [
    {
      id: 'entity',
      header: 'Quoted or cited',
      accessorKey: 'entity',
      cell: ({ row }) => (
        <Link href={row.original.href} aria-current={row.original.selected ? 'true' : undefined} title={`Show the sentences attributed to ${row.original.entity}`}>
          {row.original.selected ? <strong>{row.original.entity}</strong> : row.original.entity}
        </Link>
      ),
    },
    { id: 'entityType', header: 'Type', accessorKey: 'entityType', enableSorting: false },
    { id: 'mentions', header: 'Attributions', accessorKey: 'mentions', meta: { align: 'end' }, cell: ({ row }) => <NumberCell value={row.original.mentions} /> },
    { id: 'articles', header: 'Articles', accessorKey: 'articles', meta: { align: 'end' }, cell: ({ row }) => <NumberCell value={row.original.articles} /> },
    ...groups.map(
      (s): ColumnDef<SourceTableRow, unknown> => ({
        id: s,
        header: `${STANCE_STYLE[s].label} share`,
        accessorKey: `${s}Share`,
        meta: { align: 'end', label: `${STANCE_STYLE[s].label}: share and count` },
        cell: ({ row }) => {
          const n = row.original[s];
          const pct = row.original[`${s}Share`];
          if (!n) return <span className="muted">—</span>;
          return (
            <span className="cell-number" title={`${n} of the ${STANCE_STYLE[s].label.toLowerCase()} attributions in this slice`}>
              {pct === null ? '—' : `${formatNumber(pct, 1)}\u2009%`} <span className="muted small">({formatNumber(n)})</span>
            </span>
          );
        },
      }),
    ),
  ];
}

export function SourcesTable({
  rows,
  total,
  groups,
  filtered,
}: {
  rows: SourceTableRow[];
  total: number;
  groups: StanceKey[];
  filtered: boolean;
}) {
  return (
    <DataTable
      columns={columnsFor(groups)}
      data={rows}
      rowCount={total}
      caption="Quoted and cited sources by group"
      defaultSort={SOURCE_DEFAULT_SORT}
      getRowId={(r) => r.entity}
      emptyState={
        <EmptyState
          headingLevel={3}
          title={filtered ? 'No quoted source matches these filters' : 'No quoted sources yet'}
          description={
            filtered
              ? 'Remove a filter or widen the date range.'
              : 'Quotes and citations are found when articles are imported. Import a corpus with npm run import -- <files or folders>.'
          }
        />
      }
    />
  );
}

const sentenceColumns: ColumnDef<AttributionRow, unknown>[] = [
  {
    id: 'sentence',
    header: 'Sentence',
    accessorKey: 'sentence',
    enableSorting: false,
    cell: ({ row }) => (
      <span style={{ display: 'block', minWidth: '16rem', maxWidth: '40rem' }}>
        <LangText lang={row.original.language} block>
          <ExpandableText text={row.original.sentence} max={220} />
        </LangText>
        <span className="muted small">
          {' '}
          ({row.original.quoted ? 'quoted' : 'reported'}, “{row.original.verb}”)
        </span>
      </span>
    ),
  },
  stanceColumn(),
  outletColumn(),
  dateColumn(),
  {
    id: 'article',
    header: 'Article',
    accessorKey: 'title',
    cell: ({ row }) => <Link href={`/articles/${row.original.articleId}`}>{row.original.title}</Link>,
  },
];

export function EntitySentencesTable({ rows, entity }: { rows: AttributionRow[]; entity: string }) {
  return (
    <DataTable
      clientSide
      columns={sentenceColumns}
      data={rows}
      caption={`Sentences attributed to ${entity}`}
      defaultPageSize={10}
      getRowId={(r) => String(r.id)}
      emptyState={
        <EmptyState
          headingLevel={3}
          title={`No sentence attributed to ${entity} in this slice`}
          description="The filters leave out every article that quotes or cites this source. Widen them, or pick another source in the table."
        />
      }
    />
  );
}
