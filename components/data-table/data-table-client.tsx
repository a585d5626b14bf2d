'use client';

// Client mode: `data` is every row; sorting and paging happen in memory, the URL is untouched.

import {
  getCoreRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type PaginationState,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useState, useTransition } from 'react';
import { DEFAULT_PAGE_SIZE, parseSort } from '@/lib/filters/search-params';
import type { DataTableBaseProps } from './data-table-types';
import { DataTableView } from './data-table-view';
import { TableTransitionContext } from './transition-context';

export function ClientDataTable<TData>(props: DataTableBaseProps<TData>) {
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
