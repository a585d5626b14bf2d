// Filtering, sorting and paging rows already in the server's memory (the registry, the publisher
// list: hundreds to a few thousand rows, read once and cached), so a page sends one page of rows
// instead of all of them for the browser to page.
import { foldPersian } from '@/lib/analysis/persian';

/** A search key: case, Arabic/Persian letter variants, ZWNJ and runs of spaces do not matter. */
export function foldForSearch(s: string): string {
  return foldPersian(s, 'all').toLocaleLowerCase('en').replace(/\u200c/g, '').replace(/\s+/g, ' ').trim();
}

export const nameCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export interface RowsPageQuery<T> {
  keep?: (row: T) => boolean;
  /** The sort column's order (ascending). */
  compare: (a: T, b: T) => number;
  desc: boolean;
  /** Order among equal keys, the same whichever way the column is sorted, so paging is stable. */
  tieBreak: (a: T, b: T) => number;
  offset: number;
  limit: number;
}

export function pageRows<T>(rows: readonly T[], q: RowsPageQuery<T>): { rows: T[]; total: number } {
  const kept = q.keep ? rows.filter(q.keep) : [...rows];
  const dir = q.desc ? -1 : 1;
  kept.sort((a, b) => q.compare(a, b) * dir || q.tieBreak(a, b));
  return { rows: kept.slice(q.offset, q.offset + q.limit), total: kept.length };
}
