'use client';

// The one table every page uses. A page's table is a 'use client' `columns.tsx` plus a thin
// wrapper that renders <DataTable columns={columns} …/>: column definitions hold functions,
// which cannot cross from a server component, while rows, counts, toolbar and empty state can.
// The table is split like openstatus's: server mode and client mode (data-table-server.tsx,
// data-table-client.tsx) hold the state, data-table-view.tsx draws it with the header cells,
// the column menu and the pagination as siblings.

import { ClientDataTable } from './data-table-client';
import { ServerDataTable } from './data-table-server';
import type { DataTableProps } from './data-table-types';

export type { DataTableProps } from './data-table-types';

export function DataTable<TData>(props: DataTableProps<TData>) {
  return props.clientSide ? <ClientDataTable {...props} /> : <ServerDataTable {...props} rowCount={props.rowCount} />;
}
