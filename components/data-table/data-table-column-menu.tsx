'use client';

// The "Columns" menu: show or hide the columns that may be hidden, never the last one.

import type { Column, Table } from '@tanstack/react-table';
import { useRef } from 'react';
import { useDismiss } from '../use-dismiss';

function columnLabel<TData>(column: Column<TData, unknown>): string {
  const header = column.columnDef.header;
  return column.columnDef.meta?.label ?? (typeof header === 'string' ? header : column.id);
}

export function ColumnMenu<TData>({ table }: { table: Table<TData> }) {
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
