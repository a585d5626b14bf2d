'use client';

// A column's header: a sort button with its direction (aria-sort) when the column sorts.

import { flexRender, type Header } from '@tanstack/react-table';
import { alignClass, cx } from './data-table-classes';

export function HeaderCell<TData>({ header }: { header: Header<TData, unknown> }) {
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
