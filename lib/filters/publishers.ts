// The publisher registry's filter (/publishers, its export and the API): the outlets' groups.
import { STANCES, type StanceKey } from '@/lib/stance';
import { parseListParam, type SearchParamsRecord } from './search-params';

export interface PublisherFilter {
  stances: StanceKey[];
}

export function parsePublisherFilter(raw: SearchParamsRecord): PublisherFilter {
  return { stances: parseListParam(raw.stance, STANCES) as StanceKey[] };
}
