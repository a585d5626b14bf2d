// The publisher list's filter (/publishers, its export and the API): the outlets' groups and a
// search over their names, aliases, domains and slugs.
import { STANCES, type StanceKey } from '@/lib/stance';
import { firstParam, parseListParam, type SearchParamsRecord } from './search-params';

export interface PublisherFilter {
  stances: StanceKey[];
  /** Name, alias, domain or slug contains this (lib/shape/publishers-page.ts matches it); null: any. */
  q: string | null;
}

export function parsePublisherFilter(raw: SearchParamsRecord): PublisherFilter {
  // Bounded: it is matched against every publisher's names in memory.
  const q = firstParam(raw.q)?.trim().slice(0, 200) || null;
  return { stances: parseListParam(raw.stance, STANCES) as StanceKey[], q };
}
