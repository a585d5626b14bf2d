// One page of the publisher registry for /methodology: filtered by a search and a group, sorted
// and sliced here rather than in the browser. The whole registry (890 outlets with rationales)
// made that page about 1 MB of HTML and RSC payload; a page of it is a few dozen KB.
import { foldPersian } from '@/lib/analysis/persian';
import { STANCES, type StanceKey } from '@/lib/stance';
import type { RegistryPublisher } from './publishers';

/** Rows per page (the server's parse and the table's default must agree). */
export const REGISTRY_PAGE_SIZE = 25;

export const REGISTRY_SORTABLE = ['name', 'stance', 'kind'] as const;
export type RegistrySortId = (typeof REGISTRY_SORTABLE)[number];

export interface RegistryListingQuery {
  /** Matches a name, an alias, a domain or a slug, ignoring case and Arabic/Persian letter variants. */
  q?: string | null;
  stance?: StanceKey | null;
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
  /** Names the search matched on besides the main one, so a hit on «…» or a domain is visible. */
  alsoKnownAs: string[];
}

export interface RegistryListing {
  rows: RegistryListingRow[];
  /** Outlets matching the filters, across all pages. */
  total: number;
}

const fold = (s: string) => foldPersian(s, 'all').toLocaleLowerCase('en').replace(/\u200c/g, '').replace(/\s+/g, ' ').trim();
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function keyOf(p: RegistryPublisher, sortId: RegistrySortId): string | number {
  if (sortId === 'stance') return STANCES.indexOf(p.stance);
  return sortId === 'kind' ? p.kind : p.name;
}

export function listRegistry(registry: readonly RegistryPublisher[], query: RegistryListingQuery): RegistryListing {
  const needle = query.q ? fold(query.q) : '';
  const matches: { p: RegistryPublisher; hits: string[] }[] = [];
  for (const p of registry) {
    if (query.stance && p.stance !== query.stance) continue;
    if (!needle) {
      matches.push({ p, hits: [] });
      continue;
    }
    const others = [...p.aliases, ...p.domains, p.slug];
    if (fold(p.name).includes(needle)) matches.push({ p, hits: [] });
    else {
      const hits = others.filter((s) => fold(s).includes(needle));
      if (hits.length > 0) matches.push({ p, hits: hits.slice(0, 3) });
    }
  }
  const dir = query.sortDesc ? -1 : 1;
  matches.sort((a, b) => {
    const ka = keyOf(a.p, query.sortId);
    const kb = keyOf(b.p, query.sortId);
    const primary = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : collator.compare(String(ka), String(kb));
    // Ties (a group, a kind) stay in name order whichever way the column is sorted.
    return primary !== 0 ? primary * dir : collator.compare(a.p.name, b.p.name) || a.p.slug.localeCompare(b.p.slug);
  });
  const rows = matches.slice(query.offset, query.offset + query.limit).map(({ p, hits }) => ({
    slug: p.slug,
    name: p.name,
    stance: p.stance,
    kind: p.kind,
    rationale: p.stanceRationale,
    alsoKnownAs: hits,
  }));
  return { rows, total: matches.length };
}
