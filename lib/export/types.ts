// The shape every export dataset has: its columns, how it reads filters from a query string,
// and which read-layer function (lib/queries) gives its rows, a page or a batch at a time — the
// function the dataset's page calls. Writers (CSV, XLSX, JSON, JSON Lines), the export routes,
// the paginated API and the OpenAPI description all work from these definitions only
// (lib/export/datasets.ts is the registry).
import type pg from 'pg';
import type { Db } from '@/lib/db/prisma';
import type { SearchParamsRecord } from '@/lib/filters/search-params';
import type { PageRequest, QueryScope, RowPage, RowQuery } from '@/lib/queries/keyset';

export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'url';

export interface Column {
  /** Property name in JSON rows and the API; CSV/XLSX header with `?headers=keys`. */
  key: string;
  /** Column header in CSV and XLSX files. */
  header: string;
  type: ColumnType;
  /** One line for the OpenAPI description, docs/api.md and the XLSX "About this export" sheet. */
  description: string;
  /** Default true: the value may be missing (null). */
  nullable?: boolean;
  /** The field of the view's row (lib/queries) this column exports, when it is not named `key`. */
  field?: string;
}

export type CellValue = string | number | boolean | null;

export type Row = Record<string, CellValue>;

export interface DatasetContext {
  /**
   * The client the dataset's query functions read through: the app's prisma() (DATABASE_URL) in
   * the routes, a test database's client in tests.
   */
  db: Db;
  /**
   * Plain node-postgres pool for streaming CSV with COPY (lib/export/copy-csv.ts). Without it,
   * or for a dataset without `query`, CSV goes through the batch writer: same bytes, slower.
   */
  pool?: pg.Pool;
}

export interface ParamSpec {
  name: string;
  description: string;
  schema: { type: 'string' | 'integer'; enum?: readonly string[]; format?: 'date'; pattern?: string; default?: string | number };
  required?: boolean;
  example?: string;
}

export interface Dataset<F> {
  name: string;
  title: string;
  description: string;
  /** What one row is, e.g. "one article". */
  rowIs: string;
  /** The dashboard page whose table this is, e.g. /articles or /events/{slug}. */
  page: string;
  /** The dashboard page showing these rows, with the filters as its query string (provenance). */
  pageUrl(filter: F): string;
  /** Query params this dataset reads (documentation and OpenAPI). */
  params: readonly ParamSpec[];
  columns: readonly Column[];
  /**
   * Reads the filters from a query string with the same shared parser the page uses. Never
   * throws on bad values (they fall back like on the page) except a missing required param,
   * which throws DatasetParamError.
   */
  parse(raw: SearchParamsRecord): F;
  /** The normalised filters as query params: parse(toQuery(f)) equals f. */
  toQuery(filter: F): Record<string, string>;
  /** Identifies the row order a cursor belongs to (a cursor from another sort is rejected). */
  sortId(filter: F): string;
  /** Checks the filters against the database (e.g. the event exists); throws DatasetNotFoundError. */
  check?(ctx: DatasetContext, filter: F): Promise<void>;
  /** One page (`offset`) or batch (`after`) of rows, from the page's own query function. */
  fetch(ctx: DatasetContext, filter: F, req: PageRequest): Promise<RowPage<Row>>;
  count(ctx: DatasetContext, filter: F): Promise<number>;
  /**
   * The view's rows as one SQL query (lib/queries), for datasets read straight from tables: CSV
   * exports of these stream through COPY, each column read from its field. `scope` 'all' (the
   * COPY path) may join precomputed aggregates where 'batch' (default) looks them up row by row.
   */
  query?(filter: F, scope?: QueryScope): RowQuery;
  /** Streams every row in batches; defaults to calling fetch() with keyset positions. */
  batches?(ctx: DatasetContext, filter: F, batchSize: number): AsyncGenerator<Row[]>;
}
