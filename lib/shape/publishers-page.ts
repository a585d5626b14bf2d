// One page of /publishers from the cached list of every publisher (lib/queries/publishers.ts):
// the page used to send all of them (~900 rows, ~840 KB) for the browser to page.
import { STANCES, type StanceKey } from '@/lib/stance';
import { kindLabel } from '@/lib/publisher-kind';
import { foldForSearch, nameCollator, pageRows } from './page-rows';

/** The fields of a publisher row (lib/queries/publishers.ts) the page filters and sorts on. */
export interface PublisherListingFields {
  id: number;
  slug: string;
  name: string;
  kind: string;
  stance: StanceKey;
  country: string | null;
  aliases: readonly string[];
  domains: readonly string[];
  articles: number;
  viaArticles: number;
}

export const PUBLISHERS_PAGE_SIZE = 50;
export const PUBLISHERS_SORTABLE = ['name', 'stance', 'kind', 'articles', 'viaArticles', 'country'] as const;
export type PublishersSortId = (typeof PUBLISHERS_SORTABLE)[number];

const COMPARE: Record<PublishersSortId, (a: PublisherListingFields, b: PublisherListingFields) => number> = {
  name: (a, b) => nameCollator.compare(a.name, b.name),
  stance: (a, b) => STANCES.indexOf(a.stance) - STANCES.indexOf(b.stance),
  kind: (a, b) => nameCollator.compare(kindLabel(a.kind), kindLabel(b.kind)),
  articles: (a, b) => a.articles - b.articles,
  viaArticles: (a, b) => a.viaArticles - b.viaArticles,
  country: (a, b) => nameCollator.compare(a.country ?? '', b.country ?? ''),
};

/** The filter's test: in one of the groups (none: any) and, with a search, named so in a name, alias, domain or slug (case and Arabic/Persian letter variants ignored). */
export function publisherMatcher(f: { stances?: readonly StanceKey[]; q?: string | null }): (p: PublisherListingFields) => boolean {
  const needle = f.q ? foldForSearch(f.q) : '';
  return (p) => (!f.stances?.length || f.stances.includes(p.stance)) && (!needle || [p.name, p.slug, ...p.aliases, ...p.domains].some((s) => foldForSearch(s).includes(needle)));
}

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
    keep: publisherMatcher(query),
    compare: COMPARE[query.sortId],
    desc: query.sortDesc,
    tieBreak: (a, b) => nameCollator.compare(a.name, b.name) || a.id - b.id,
    offset: query.offset,
    limit: query.limit,
  });
}
