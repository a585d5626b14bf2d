'use client';

// What every DataTable draws, whichever mode holds its state: the toolbar with the column menu,
// the table (or the empty state), and the pagination.

import { flexRender, type Table } from '@tanstack/react-table';
import { useEffect, useRef } from 'react';
import { alignClass, cx } from './data-table-classes';
import { ColumnMenu } from './data-table-column-menu';
import { HeaderCell } from './data-table-header-cell';
import { Pagination, pageSizes } from './data-table-pagination';
import type { DataTableBaseProps } from './data-table-types';

interface ViewProps<TData> extends DataTableBaseProps<TData> {
  table: Table<TData>;
  rowCount: number;
  isPending: boolean;
}

export function DataTableView<TData>({ table, rowCount, isPending, caption, captionVisible, emptyState, toolbar, pageSizeOptions }: ViewProps<TData>) {
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
