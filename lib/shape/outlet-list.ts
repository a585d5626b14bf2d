// What a list of outlets filters and sorts on, the same for the registry on /methodology
// (lib/registry/registry-listing.ts) and for /publishers (publishers-page.ts): the search over an
// outlet's names, the group filter, and the name, group and kind orders.
import { kindLabel } from '@/lib/publisher-kind';
import { STANCES, type StanceKey } from '@/lib/stance';
import { foldForSearch, nameCollator } from './page-rows';

export interface OutletFields {
  slug: string;
  name: string;
  kind: string;
  stance: StanceKey;
  aliases: readonly string[];
  domains: readonly string[];
}

/**
 * Where an outlet's names hold a search already folded with foldForSearch: [] when its own name
 * does, else the aliases, domains or slug that do (at most three, to show why it matched), and
 * null when none does.
 */
export function outletSearchHits(o: OutletFields, needle: string): string[] | null {
  if (foldForSearch(o.name).includes(needle)) return [];
  const hits = [...o.aliases, ...o.domains, o.slug].filter((s) => foldForSearch(s).includes(needle));
  return hits.length > 0 ? hits.slice(0, 3) : null;
}

/** The list filter's test: in one of the groups (none: any) and, with a search, named so. */
export function outletMatcher(f: { stances?: readonly StanceKey[]; q?: string | null }): (o: OutletFields) => boolean {
  const needle = f.q ? foldForSearch(f.q) : '';
  return (o) => (!f.stances?.length || f.stances.includes(o.stance)) && (!needle || outletSearchHits(o, needle) !== null);
}

/** The orders both lists offer; kind by the label the tables show. */
export const OUTLET_COMPARE = {
  name: (a: OutletFields, b: OutletFields) => nameCollator.compare(a.name, b.name),
  stance: (a: OutletFields, b: OutletFields) => STANCES.indexOf(a.stance) - STANCES.indexOf(b.stance),
  kind: (a: OutletFields, b: OutletFields) => nameCollator.compare(kindLabel(a.kind), kindLabel(b.kind)),
} as const;
