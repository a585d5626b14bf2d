// The shape every export dataset has: its columns, how it reads filters from a query string,
// and how it reads its rows from the database a batch at a time. Writers (CSV, XLSX, JSON,
// JSON Lines), the export routes, the paginated API and the OpenAPI description all work from
// these definitions only (lib/export/datasets.ts is the registry).
import type { SearchParamsRecord } from '@/lib/filters/search-params';
import type pg from 'pg';
import type { Db } from '@/lib/db/prisma';
import type { KeysetQuery } from './keyset';

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
}

export type CellValue = string | number | boolean | null;

/** How a dataset's query will be read: in keyset batches, or whole (the COPY path). */
export type QueryScope = 'batch' | 'all';
export type Row = Record<string, CellValue>;

/** A keyset position: the sort values of the last row read, then its id. */
export type Key = CellValue[];

export interface DatasetContext {
  /**
   * Client for the export's own SQL (articles, publishers, events, event-comparison, claims,
   * attributions). The terms, distinctive-words and sources datasets call the /compare and
   * /sources pages' query functions (lib/queries/compare.ts, sources.ts) so their numbers are the
   * pages' numbers; those read through the app's prisma() client, i.e. DATABASE_URL.
   */
  db: Db;
  /**
   * Plain node-postgres pool for streaming CSV with COPY (lib/export/copy-csv.ts). Without it,
   * or for a dataset without `query`, CSV goes through the batch writer: same bytes, slower.
   */
  pool?: pg.Pool;
}

export interface FetchRequest {
  /** Rows after this keyset position (exclusive). */
  after?: Key | null;
  /** Rows to skip (the API's `page`); used only without `after`. */
  offset?: number;
  limit: number;
}

export interface FetchResult {
  rows: Row[];
  /** Position after the last row returned, or null when no row follows. */
  next: Key | null;
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
  fetch(ctx: DatasetContext, filter: F, req: FetchRequest): Promise<FetchResult>;
  count(ctx: DatasetContext, filter: F): Promise<number>;
  /**
   * The rows as one SQL query (columns aliased to their keys, in export order), for datasets read
   * straight from tables: CSV exports of these stream through COPY. `scope` 'all' (the COPY path)
   * may join precomputed aggregates where 'batch' (default) looks them up row by row.
   */
  query?(filter: F, scope?: QueryScope): KeysetQuery;
  /** Streams every row in batches; defaults to calling fetch() with keyset positions. */
  batches?(ctx: DatasetContext, filter: F, batchSize: number): AsyncGenerator<Row[]>;
}

/** A bad or missing query parameter: HTTP 400. */
export class DatasetParamError extends Error {
  constructor(
    message: string,
    readonly param: string,
  ) {
    super(message);
    this.name = 'DatasetParamError';
  }
}

/** The filters name something that does not exist (an unknown event): HTTP 404. */
export class DatasetNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetNotFoundError';
  }
}
