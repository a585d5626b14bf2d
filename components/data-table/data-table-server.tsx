'use client';

// Server mode: `data` is one page already sorted by the query; page, size and sort live in the
// URL (`page`, `size`, `sort`) and changing them re-renders the server page, which re-queries.

import { getCoreRowModel, useReactTable, type PaginationState, type SortingState, type Updater, type VisibilityState } from '@tanstack/react-table';
import { parseAsInteger, parseAsString, useQueryStates } from 'nuqs';
import { useMemo, useState, useTransition } from 'react';
import { DEFAULT_PAGE_SIZE, parseSort, serializeSort } from '@/lib/filters/search-params';
import { pageSizes } from './data-table-pagination';
import type { DataTableBaseProps } from './data-table-types';
import { DataTableView } from './data-table-view';
import { TableTransitionContext } from './transition-context';

function resolveUpdater<T>(updater: Updater<T>, old: T): T {
  return typeof updater === 'function' ? (updater as (old: T) => T)(old) : updater;
}

export function ServerDataTable<TData>(props: DataTableBaseProps<TData> & { rowCount: number }) {
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
