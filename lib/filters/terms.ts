// The term dictionary's one param: `term`, a lexicon term id (/terms/<id> and the term-usage,
// term-examples and term-events exports). Syntax only here; whether the id is in the lexicon is
// checked where it is used (404 on the page, DatasetNotFoundError in exports).
import { DatasetParamError } from './errors';
import { firstParam, type SearchParamsRecord } from './search-params';

export interface TermFilter {
  term: string;
}

export function termId(value: string | string[] | undefined): string | null {
  const v = firstParam(value)?.trim();
  return v && /^[a-z0-9-]{1,80}$/.test(v) ? v : null;
}

export function parseTermFilter(raw: SearchParamsRecord): TermFilter {
  const term = termId(raw.term);
  if (!term) throw new DatasetParamError('This dataset needs ?term=<lexicon term id>, e.g. term=mko (the ids are listed on /terms).', 'term');
  return { term };
}
