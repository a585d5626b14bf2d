'use client';

// The one table every page uses. A page's table is a 'use client' `columns.tsx` plus a thin
// wrapper that renders <DataTable columns={columns} …/>: column definitions hold functions,
// which cannot cross from a server component, while rows, counts, toolbar and empty state can.

import {
  flexRender,
  getCoreRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type Column,
  type ColumnDef,
  type Header,
  type PaginationState,
  type RowData,
  type SortingState,
  type Table,
  type Updater,
  type VisibilityState,
} from '@tanstack/react-table';
import { parseAsInteger, parseAsString, useQueryStates } from 'nuqs';
import { useEffect, useId, useMemo, useRef, useState, useTransition, type ReactNode } from 'react';
import { DEFAULT_PAGE_SIZE, PAGE_SIZE_OPTIONS, parseSort, serializeSort } from '@/lib/filters/search-params';
import { TableTransitionContext } from './transition-context';
import { useDismiss } from '../use-dismiss';

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

interface DataTableBaseProps<TData> {
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

export function DataTable<TData>(props: DataTableProps<TData>) {
  return props.clientSide ? <ClientDataTable {...props} /> : <ServerDataTable {...props} rowCount={props.rowCount} />;
}

function resolveUpdater<T>(updater: Updater<T>, old: T): T {
  return typeof updater === 'function' ? (updater as (old: T) => T)(old) : updater;
}

function pageSizes(options: number[] | undefined, current: number): number[] {
  const base = options && options.length > 0 ? options : [...PAGE_SIZE_OPTIONS];
  return [...new Set([...base, current])].sort((a, b) => a - b);
}

function ServerDataTable<TData>(props: DataTableBaseProps<TData> & { rowCount: number }) {
  const { columns, data, rowCount, defaultPageSize = DEFAULT_PAGE_SIZE, defaultSort, getRowId } = props;
  const [isPending, startTransition] = useTransition();
  const parsers = useMemo(
    () => ({ page: parseAsInteger.withDefault(1), size: parseAsInteger.withDefault(defaultPageSize), sort: parseAsString }),
    [defaultPageSize],
  );
  // shallow: false re-runs the server component, which re-queries; the transition keeps the old
  // rows on screen (dimmed) until the new ones arrive instead of flashing a skeleton.
  const [params, setParams] = useQueryStates(parsers, { shallow: false, startTransition, scroll: false });

  const maxSize = Math.max(...pageSizes(props.pageSizeOptions, defaultPageSize));
  // Mirror the server's clamping (parseTableParams) so "Rows X–Y" matches what was queried.
  const pageSize = params.size >= 1 ? Math.min(params.size, maxSize) : defaultPageSize;
  const pageIndex = Math.max(0, params.page - 1);
  const activeSort = parseSort(params.sort) ?? parseSort(defaultSort);
  const sorting: SortingState = activeSort ? [activeSort] : [];
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>(props.initialColumnVisibility ?? {});

  const table = useReactTable<TData>({
    data,
    columns,
    rowCount,
    getRowId: getRowId ? (row) => getRowId(row) : undefined,
    state: { sorting, pagination: { pageIndex, pageSize }, columnVisibility },
    manualPagination: true,
    manualSorting: true,
    enableMultiSort: false,
    // With a default sort, "no sort" would silently mean the default: cycle asc ↔ desc instead.
    enableSortingRemoval: false,
    onSortingChange: (updater) => {
      const next = resolveUpdater(updater, sorting)[0];
      const value = next ? serializeSort(next) : null;
      const defaultValue = defaultSort ? serializeSort(parseSort(defaultSort) ?? { id: '', desc: false }) : null;
      void setParams({ sort: value === defaultValue ? null : value, page: null }, { history: 'push' });
    },
    onPaginationChange: (updater) => {
      const next = resolveUpdater<PaginationState>(updater, { pageIndex, pageSize });
      const sizeChanged = next.pageSize !== pageSize;
      void setParams(
        { page: sizeChanged ? null : next.pageIndex + 1, size: next.pageSize },
        // Page steps are history entries so Back returns to the previous page of results.
        { history: sizeChanged ? 'replace' : 'push' },
      );
    },
    onColumnVisibilityChange: setColumnVisibility,
    getCoreRowModel: getCoreRowModel(),
  });

  return (
    <TableTransitionContext.Provider value={{ startTransition, isPending }}>
      <DataTableView {...props} table={table} rowCount={rowCount} isPending={isPending} />
    </TableTransitionContext.Provider>
  );
}

function ClientDataTable<TData>(props: DataTableBaseProps<TData>) {
  const { columns, data, defaultPageSize = DEFAULT_PAGE_SIZE, defaultSort, getRowId } = props;
  const [isPending, startTransition] = useTransition();
  const [sorting, setSorting] = useState<SortingState>(() => {
    const s = parseSort(defaultSort);
    return s ? [s] : [];
  });
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: defaultPageSize });
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>(props.initialColumnVisibility ?? {});

  const table = useReactTable<TData>({
    data,
    columns,
    getRowId: getRowId ? (row) => getRowId(row) : undefined,
    state: { sorting, pagination, columnVisibility },
    enableMultiSort: false,
    enableSortingRemoval: false,
    onSortingChange: setSorting,
    onPaginationChange: setPagination,
    onColumnVisibilityChange: setColumnVisibility,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
  });

  return (
    <TableTransitionContext.Provider value={{ startTransition, isPending }}>
      <DataTableView {...props} table={table} rowCount={data.length} isPending={isPending} />
    </TableTransitionContext.Provider>
  );
}

function columnLabel<TData>(column: Column<TData, unknown>): string {
  const header = column.columnDef.header;
  return column.columnDef.meta?.label ?? (typeof header === 'string' ? header : column.id);
}

function alignClass(align: 'start' | 'center' | 'end' | undefined): string | undefined {
  return align && align !== 'start' ? `align-${align}` : undefined;
}

function cx(...names: Array<string | undefined | false>): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined || undefined;
}

interface ViewProps<TData> extends DataTableBaseProps<TData> {
  table: Table<TData>;
  rowCount: number;
  isPending: boolean;
}

function DataTableView<TData>({ table, rowCount, isPending, caption, captionVisible, emptyState, toolbar, pageSizeOptions }: ViewProps<TData>) {
  const { pageIndex, pageSize } = table.getState().pagination;
  const rows = table.getRowModel().rows;
  const visibleColumnCount = table.getVisibleLeafColumns().length;
  const pastTheEnd = rowCount > 0 && rows.length === 0 && pageIndex > 0;
  const scrollRef = useRef<HTMLDivElement>(null);
  const previousPage = useRef(pageIndex);

  // The page controls sit below the rows: after a page change, show the new page from its
  // first row rather than leaving the reader at the bottom of it.
  useEffect(() => {
    if (previousPage.current === pageIndex) return;
    previousPage.current = pageIndex;
    const box = scrollRef.current;
    if (!box) return;
    box.scrollTop = 0;
    if (box.getBoundingClientRect().top < 0) box.scrollIntoView({ block: 'start' });
  }, [pageIndex, rows]);

  return (
    <div className="data-table" data-pending={isPending ? 'true' : undefined}>
      <div className="data-table__toolbar">
        {toolbar ? <div className="data-table__filters">{toolbar}</div> : <div className="data-table__filters" />}
        {rowCount > 0 ? <ColumnMenu table={table} /> : null}
      </div>

      {rowCount === 0 ? (
        (emptyState ?? (
          <div className="empty-state">
            <p className="empty-state__title">No rows to show</p>
            <p className="empty-state__description">Nothing matches these filters. Clear or widen them to see more.</p>
          </div>
        ))
      ) : (
        <div ref={scrollRef} className="table-scroll" role="region" aria-label={caption} tabIndex={0} aria-busy={isPending || undefined}>
          <table className="table">
            <caption className={captionVisible ? 'table-caption' : 'visually-hidden'}>{caption}</caption>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => (
                    <HeaderCell key={header.id} header={header} />
                  ))}
                </tr>
              ))}
            </thead>
            <tbody>
              {pastTheEnd ? (
                <tr>
                  <td colSpan={visibleColumnCount}>
                    This page is past the end of the results.{' '}
                    <button type="button" className="link-button" onClick={() => table.setPageIndex(0)}>
                      Go to the first page
                    </button>
                  </td>
                </tr>
              ) : (
                rows.map((row) => (
                  <tr key={row.id}>
                    {row.getVisibleCells().map((cell) => {
                      const meta = cell.column.columnDef.meta;
                      return (
                        <td key={cell.id} className={cx(alignClass(meta?.align), meta?.className)}>
                          {flexRender(cell.column.columnDef.cell, cell.getContext())}
                        </td>
                      );
                    })}
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}

      {rowCount > 0 ? (
        <Pagination
          table={table}
          rowCount={rowCount}
          pageIndex={pageIndex}
          pageSize={pageSize}
          pageSizeOptions={pageSizes(pageSizeOptions, pageSize)}
          caption={caption}
        />
      ) : null}
    </div>
  );
}

function HeaderCell<TData>({ header }: { header: Header<TData, unknown> }) {
  const meta = header.column.columnDef.meta;
  const className = cx(alignClass(meta?.align), meta?.className);
  if (header.isPlaceholder) return <th scope="col" className={className} />;
  const content = flexRender(header.column.columnDef.header, header.getContext());
  if (!header.column.getCanSort()) {
    return (
      <th scope="col" colSpan={header.colSpan} className={className}>
        {content}
      </th>
    );
  }
  const sorted = header.column.getIsSorted();
  return (
    <th
      scope="col"
      colSpan={header.colSpan}
      className={className}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
    >
      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
        <span>{content}</span>
        <SortIcon direction={sorted} />
      </button>
    </th>
  );
}

function SortIcon({ direction }: { direction: false | 'asc' | 'desc' }) {
  return (
    <svg className="sort-icon" data-direction={direction || 'none'} width="10" height="14" viewBox="0 0 10 14" aria-hidden="true" focusable="false">
      <path className="sort-icon__up" d="M5 1 9 6H1z" />
      <path className="sort-icon__down" d="M5 13 1 8h8z" />
    </svg>
  );
}

function ColumnMenu<TData>({ table }: { table: Table<TData> }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const hideable = table.getAllLeafColumns().filter((c) => c.getCanHide());
  const visibleCount = table.getVisibleLeafColumns().length;

  useDismiss(ref);

  if (hideable.length < 2) return null;
  return (
    <details className="column-menu" ref={ref}>
      <summary className="button button--small">Columns</summary>
      <div className="column-menu__panel">
        <fieldset>
          <legend>Show columns</legend>
          {hideable.map((column) => {
            const visible = column.getIsVisible();
            return (
              <label key={column.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={visible}
                  // Hiding every column would leave an empty table with no way to read it.
                  disabled={visible && visibleCount <= 1}
                  onChange={column.getToggleVisibilityHandler()}
                />
                {columnLabel(column as Column<TData, unknown>)}
              </label>
            );
          })}
        </fieldset>
      </div>
    </details>
  );
}

const countFormat = new Intl.NumberFormat('en-GB');

function Pagination<TData>({
  table,
  rowCount,
  pageIndex,
  pageSize,
  pageSizeOptions,
  caption,
}: {
  table: Table<TData>;
  rowCount: number;
  pageIndex: number;
  pageSize: number;
  pageSizeOptions: number[];
  caption: string;
}) {
  const sizeId = useId();
  const pageCount = Math.max(1, Math.ceil(rowCount / pageSize));
  const from = Math.min(rowCount, pageIndex * pageSize + 1);
  const to = Math.min(rowCount, (pageIndex + 1) * pageSize);
  const singlePage = pageCount === 1 && pageIndex === 0;
  const smallestSize = Math.min(...pageSizeOptions);

  return (
    <div className="pagination">
      <p className="pagination__summary" aria-live="polite">
        {singlePage
          ? `${countFormat.format(rowCount)} ${rowCount === 1 ? 'row' : 'rows'}`
          : `Rows ${countFormat.format(from)}–${countFormat.format(to)} of ${countFormat.format(rowCount)}`}
      </p>
      {rowCount > smallestSize ? (
        <div className="pagination__size">
          <label htmlFor={sizeId}>Rows per page</label>
          <select id={sizeId} value={pageSize} onChange={(e) => table.setPageSize(Number(e.target.value))}>
            {pageSizeOptions.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {singlePage ? null : (
        <nav className="pagination__pages" aria-label={`Pages of ${caption}`}>
          <button type="button" className="button button--small" onClick={() => table.setPageIndex(0)} disabled={pageIndex === 0} aria-label="First page">
            <span aria-hidden="true">«</span>
          </button>
          <button type="button" className="button button--small" onClick={() => table.previousPage()} disabled={pageIndex === 0} aria-label="Previous page">
            <span aria-hidden="true">‹</span> <span className="pagination__word">Previous</span>
          </button>
          <span className="pagination__position">
            Page {countFormat.format(Math.min(pageIndex + 1, pageCount))} of {countFormat.format(pageCount)}
          </span>
          <button type="button" className="button button--small" onClick={() => table.nextPage()} disabled={pageIndex >= pageCount - 1} aria-label="Next page">
            <span className="pagination__word">Next</span> <span aria-hidden="true">›</span>
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => table.setPageIndex(pageCount - 1)}
            disabled={pageIndex >= pageCount - 1}
            aria-label="Last page"
          >
            <span aria-hidden="true">»</span>
          </button>
        </nav>
      )}
    </div>
  );
}
