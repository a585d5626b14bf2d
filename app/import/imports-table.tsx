'use client';
// The imports whose articles are in the corpus, each with its removal form (curators only).
import type { ColumnDef } from '@tanstack/react-table';
import { ActionForm } from '@/components/curation/action-form';
import { EditPanel } from '@/components/curation/edit-panel';
import { ReasonField } from '@/components/curation/fields';
import { NumberCell } from '@/components/data-table/cells';
import { DataTable } from '@/components/data-table/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import type { ImportInCorpus } from '@/lib/queries/imports';
import { removeImportAction } from './actions';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function filesLabel(files: string[]): string {
  if (files.length === 0) return '—';
  return files.length <= 2 ? files.join(', ') : `${files.slice(0, 2).join(', ')} and ${files.length - 2} more`;
}

const columns: ColumnDef<ImportInCorpus, unknown>[] = [
  { id: 'id', header: 'Import', accessorKey: 'id', cell: ({ row }) => `#${row.original.id}` },
  {
    id: 'startedAt',
    header: 'When (UTC)',
    accessorKey: 'startedAt',
    cell: ({ row }) => <time dateTime={row.original.startedAt}>{row.original.startedAt.slice(0, 16).replace('T', ' ')}</time>,
  },
  {
    id: 'source',
    header: 'From',
    accessorKey: 'source',
    cell: ({ row }) => (row.original.uploadedBy ? `${row.original.source} (${row.original.uploadedBy})` : row.original.source),
  },
  { id: 'files', header: 'Files', accessorFn: (r) => filesLabel(r.files), enableSorting: false },
  { id: 'articles', header: 'Articles in the corpus', accessorKey: 'articles', meta: { align: 'end' }, cell: ({ row }) => <NumberCell value={row.original.articles} /> },
  { id: 'edited', header: 'Edited by curators', accessorKey: 'edited', meta: { align: 'end' }, cell: ({ row }) => <NumberCell value={row.original.edited} /> },
  {
    id: 'remove',
    header: 'Remove',
    enableSorting: false,
    cell: ({ row }) => {
      const b = row.original;
      return (
        <EditPanel summary={`Remove import #${b.id}…`}>
          <ActionForm action={removeImportAction} submitLabel={`Remove ${plural(b.articles, 'article')}`} label={`Remove import #${b.id}`}>
            <input type="hidden" name="id" value={b.id} />
            <input type="hidden" name="expected" value={b.articles} />
            <p className="small">
              Deletes the {plural(b.articles, 'article')} this import brought in, with their analysis and event links
              {b.edited ? <strong>, and the curators&apos; edits on {plural(b.edited, 'of them', 'of them')}</strong> : null}. Pages and exports change at once; the
              history keeps a record. Importing the same files again brings them back, without the edits.
            </p>
            <ReasonField required />
          </ActionForm>
        </EditPanel>
      );
    },
  },
];

export function ImportsTable({ rows }: { rows: ImportInCorpus[] }) {
  return (
    <DataTable
      clientSide
      columns={columns}
      data={rows}
      caption="Imports whose articles are in the corpus, newest first"
      defaultPageSize={10}
      getRowId={(r) => String(r.id)}
      emptyState={<EmptyState headingLevel={3} title="No import in the corpus" description="Articles you import from files, links or feeds appear here, one row per import." />}
    />
  );
}
