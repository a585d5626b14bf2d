'use client';

// Rows X–Y of N, rows per page, and first / previous / next / last page.

import type { Table } from '@tanstack/react-table';
import { useId } from 'react';
import { PAGE_SIZE_OPTIONS } from '@/lib/filters/search-params';

/** The page sizes offered: the table's options (or the defaults) and the current size. */
export function pageSizes(options: number[] | undefined, current: number): number[] {
  const base = options && options.length > 0 ? options : [...PAGE_SIZE_OPTIONS];
  return [...new Set([...base, current])].sort((a, b) => a - b);
}

const countFormat = new Intl.NumberFormat('en-GB');

export function Pagination<TData>({
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
