// One page of /publishers from the cached list of every publisher (lib/queries/publishers.ts):
// the page used to send all of them (~900 rows, ~840 KB) for the browser to page.
import type { StanceKey } from '@/lib/stance';
import { OUTLET_COMPARE, outletMatcher, type OutletFields } from './outlet-list';
import { nameCollator, pageRows } from './page-rows';

/** The fields of a publisher row (lib/queries/publishers.ts) the page filters and sorts on. */
export interface PublisherListingFields extends OutletFields {
  id: number;
  country: string | null;
  articles: number;
  viaArticles: number;
}

export const PUBLISHERS_PAGE_SIZE = 50;
export const PUBLISHERS_SORTABLE = ['name', 'stance', 'kind', 'articles', 'viaArticles', 'country'] as const;
export type PublishersSortId = (typeof PUBLISHERS_SORTABLE)[number];

const COMPARE: Record<PublishersSortId, (a: PublisherListingFields, b: PublisherListingFields) => number> = {
  ...OUTLET_COMPARE,
  articles: (a, b) => a.articles - b.articles,
  viaArticles: (a, b) => a.viaArticles - b.viaArticles,
  country: (a, b) => nameCollator.compare(a.country ?? '', b.country ?? ''),
};

export interface PublishersPageQuery {
  /** Matches a name, an alias, a domain or a slug (case and Arabic/Persian letter variants ignored). */
  q?: string | null;
  /** Groups to keep; none keeps every group. */
  stances?: readonly StanceKey[];
  sortId: PublishersSortId;
  sortDesc: boolean;
  offset: number;
  limit: number;
}

export function publishersPage<T extends PublisherListingFields>(all: readonly T[], query: PublishersPageQuery): { rows: T[]; total: number } {
  return pageRows<T>(all, {
    keep: outletMatcher(query),
    compare: COMPARE[query.sortId],
    desc: query.sortDesc,
    tieBreak: (a, b) => nameCollator.compare(a.name, b.name) || a.id - b.id,
    offset: query.offset,
    limit: query.limit,
  });
}
