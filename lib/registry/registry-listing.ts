// One page of the publisher registry for /methodology: filtered by a search and a group, sorted
// and sliced on the server. The whole registry (about 900 outlets with rationales) made that page about
// 1 MB of HTML and RSC payload; a page of it is a small part of that.
import { OUTLET_COMPARE, outletSearchHits } from '@/lib/shape/outlet-list';
import { foldForSearch, nameCollator, pageRows } from '@/lib/shape/page-rows';
import type { StanceKey } from '@/lib/stance';
import type { RegistryPublisher } from './publishers';

/** Rows per page (the server's parse and the table's default must agree). */
export const REGISTRY_PAGE_SIZE = 25;

export const REGISTRY_SORTABLE = ['name', 'stance', 'kind'] as const;
export type RegistrySortId = (typeof REGISTRY_SORTABLE)[number];

export interface RegistryListingQuery {
  /** Matches a name, an alias, a domain or a slug, ignoring case and Arabic/Persian letter variants. */
  q?: string | null;
  /** Groups to keep; none keeps every group. */
  stances?: readonly StanceKey[];
  sortId: RegistrySortId;
  sortDesc: boolean;
  offset: number;
  limit: number;
}

/** What a row of the listing shows: no notes, taglines or sources (those are on the outlet's page). */
export interface RegistryListingRow {
  slug: string;
  name: string;
  stance: StanceKey;
  kind: string;
  rationale: string | null;
  /** Names the search matched on besides the main one, so a hit on an alias or a domain is visible. */
  alsoKnownAs: string[];
}

export interface RegistryListing {
  rows: RegistryListingRow[];
  /** Outlets matching the filters, across all pages. */
  total: number;
}

export function listRegistry(registry: readonly RegistryPublisher[], query: RegistryListingQuery): RegistryListing {
  const needle = query.q ? foldForSearch(query.q) : '';
  const hitsOf = new Map<RegistryPublisher, string[]>();
  const keep = (p: RegistryPublisher) => {
    if (query.stances?.length && !query.stances.includes(p.stance)) return false;
    if (!needle) return true;
    const hits = outletSearchHits(p, needle);
    if (hits?.length) hitsOf.set(p, hits);
    return hits !== null;
  };
  const { rows, total } = pageRows(registry, {
    keep,
    compare: OUTLET_COMPARE[query.sortId],
    desc: query.sortDesc,
    tieBreak: (a, b) => nameCollator.compare(a.name, b.name) || a.slug.localeCompare(b.slug),
    offset: query.offset,
    limit: query.limit,
  });
  return {
    rows: rows.map((p) => ({ slug: p.slug, name: p.name, stance: p.stance, kind: p.kind, rationale: p.stanceRationale, alsoKnownAs: hitsOf.get(p) ?? [] })),
    total,
  };
}
