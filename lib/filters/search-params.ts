// The pieces every URL schema in lib/filters is built from (a param's first value, a calendar
// day, a comma-separated list) and the page, size and sort of every server-paginated table.
// Imported from `nuqs/server` so the same parsers work in client components (DataTable), server
// pages, exports, the API and unit tests.
import { parseAsInteger, parseAsString } from 'nuqs/server';

export const DEFAULT_PAGE_SIZE = 25;
export const DEFAULT_MAX_PAGE_SIZE = 100;
export const PAGE_SIZE_OPTIONS = [10, 25, 50, 100] as const;
// Deep pages cost a large OFFSET; no real corpus needs more than this many pages.
const MAX_PAGE = 100_000;

/** Param names: `page` (1-based), `size` (rows per page), `sort` (`columnId.asc|desc`). */
export const tableSearchParams = {
  page: parseAsInteger.withDefault(1),
  size: parseAsInteger.withDefault(DEFAULT_PAGE_SIZE),
  sort: parseAsString,
};

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

export interface SortSpec {
  id: string;
  desc: boolean;
}

/** First value of a possibly repeated query param. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Parses `columnId.asc` / `columnId.desc`. The last dot separates the direction so column ids
 * may themselves contain dots. A bare `columnId` means ascending.
 */
export function parseSort(value: string | null | undefined): SortSpec | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (!trimmed) return null;
  const dot = trimmed.lastIndexOf('.');
  if (dot === -1) return { id: trimmed, desc: false };
  const id = trimmed.slice(0, dot);
  const dir = trimmed.slice(dot + 1).toLowerCase();
  if (!id || (dir !== 'asc' && dir !== 'desc')) return null;
  return { id, desc: dir === 'desc' };
}

export function serializeSort(sort: SortSpec): string {
  return `${sort.id}.${sort.desc ? 'desc' : 'asc'}`;
}

function parsePositiveInt(value: string | undefined): number | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

export interface TableParamsOptions {
  /** Column ids the query can ORDER BY; anything else in the URL is ignored. */
  sortable: readonly string[];
  /** Used when the URL has no valid sort, e.g. `published.desc`. Must name a sortable column. */
  defaultSort: string;
  /** Upper bound for `size`; larger values are clamped, not rejected. Default 100. */
  maxSize?: number;
  /** Rows per page when the URL has none (keep equal to the DataTable's `defaultPageSize`). Default 25. */
  defaultSize?: number;
}

export interface TableParams {
  page: number;
  size: number;
  /** Rows to skip: `(page - 1) * size`. */
  offset: number;
  sortId: string;
  sortDesc: boolean;
  /** Normalised `columnId.asc|desc`, handy for cache keys and export links. */
  sort: string;
}

/**
 * Reads page, size and sort from a page's `searchParams` for the database query.
 * Never throws on user input: invalid or hostile values fall back to defaults, so a hand-edited
 * URL can never reach ORDER BY with an unknown column. Throws only on a programming error
 * (a default sort that is not in the whitelist).
 */
export function parseTableParams(searchParams: SearchParamsRecord, opts: TableParamsOptions): TableParams {
  const maxSize = Math.max(1, Math.floor(opts.maxSize ?? DEFAULT_MAX_PAGE_SIZE));
  const defaultSize = Math.min(maxSize, Math.max(1, Math.floor(opts.defaultSize ?? DEFAULT_PAGE_SIZE)));

  const fallback = parseSort(opts.defaultSort);
  if (!fallback || !opts.sortable.includes(fallback.id)) {
    throw new Error(`parseTableParams: defaultSort "${opts.defaultSort}" is not one of the sortable columns`);
  }

  const page = Math.min(parsePositiveInt(firstParam(searchParams.page)) ?? 1, MAX_PAGE);
  const size = Math.min(parsePositiveInt(firstParam(searchParams.size)) ?? defaultSize, maxSize);

  const requested = parseSort(firstParam(searchParams.sort));
  const sort = requested && opts.sortable.includes(requested.id) ? requested : fallback;

  return {
    page,
    size,
    offset: (page - 1) * size,
    sortId: sort.id,
    sortDesc: sort.desc,
    sort: serializeSort(sort),
  };
}

/** A table's row order: the column it sorts by, and the direction. */
export interface Order<S extends string> {
  sort: S;
  desc: boolean;
}

/**
 * Only the sort of a table's params, for the readers of every row (exports, the API): the same
 * whitelist and default as the page's parseTableParams.
 */
export function parseOrder<S extends string>(searchParams: SearchParamsRecord, opts: { sortable: readonly S[]; defaultSort: string }): Order<S> {
  const t = parseTableParams(searchParams, opts);
  return { sort: t.sortId as S, desc: t.sortDesc };
}

/** A `YYYY-MM-DD` day from a date filter param, or null if absent or not a real calendar day. */
export function parseIsoDay(value: string | string[] | undefined): string | null {
  const v = firstParam(value)?.trim();
  if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v ? v : null;
}

/** Values of a multi-select filter stored comma-separated (`?stance=advocacy,critical`). */
export function parseListParam(value: string | string[] | undefined, allowed?: readonly string[]): string[] {
  const v = firstParam(value);
  if (!v) return [];
  const items = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unique = [...new Set(items)];
  return allowed ? unique.filter((s) => allowed.includes(s)) : unique;
}
