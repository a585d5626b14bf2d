// The props every DataTable takes, and what a column definition may say beyond TanStack's own
// (its label in the column menu, its alignment, a class): shared by the table's sibling files.
import type { ColumnDef, RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Name in the column menu when `header` is not a plain string. */
    label?: string;
    /** `end` for numbers so digits line up. */
    align?: 'start' | 'center' | 'end';
    /** Extra class on the column's <th> and <td>s, e.g. a width. */
    className?: string;
  }
}

export interface DataTableBaseProps<TData> {
  // TanStack's own examples type columns this way: each column has its own value type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<TData, any>[];
  data: TData[];
  /** Names the table for screen readers (<caption>) and its scroll region. */
  caption: string;
  /** Show the caption above the table instead of only to screen readers. */
  captionVisible?: boolean;
  pageSizeOptions?: number[];
  defaultPageSize?: number;
  /** The sort the query applies when the URL has none (`columnId.asc|desc`), so the header shows it. */
  defaultSort?: string;
  /** Shown instead of the table when there are no rows. Say what to do (clear filters, import). */
  emptyState?: ReactNode;
  initialColumnVisibility?: Record<string, boolean>;
  getRowId?: (row: TData) => string;
  /** Filters (see data-table-toolbar.tsx); they share the table's loading state. */
  toolbar?: ReactNode;
}

export type DataTableProps<TData> = DataTableBaseProps<TData> &
  (
    | {
        /**
         * Server mode (default): `data` is one page already sorted by the query; page, size and
         * sort live in the URL (`page`, `size`, `sort`) and changing them re-renders the page.
         * Only one server-mode table per page, because they would share those params.
         */
        clientSide?: false;
        /** Total rows matching the filters, across all pages. */
        rowCount: number;
      }
    | {
        /** Client mode: `data` is every row; sorting and paging happen in memory, URL untouched. */
        clientSide: true;
        rowCount?: number;
      }
  );
