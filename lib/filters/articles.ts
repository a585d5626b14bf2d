// One schema for the article filters, shared by the /articles page, its exports and the API,
// so a view, its export and its link always mean the same rows.
import { firstParam, parseIsoDay, parseListParam, type SearchParamsRecord } from './search-params';
import { STANCES, type StanceKey } from '@/lib/stance';
import { parseLanguages, slug } from './slice';

export interface ArticleFilter {
  stances: StanceKey[];
  publishers: string[];
  via: string | null;
  from: string | null;
  to: string | null;
  q: string | null;
  /** Only articles linked to this catalog event (the event page's "see them all"). */
  event: string | null;
  /** Article languages (ISO 639-1 codes, 'und'). */
  languages: string[];
}

export const ARTICLE_FILTER_PARAMS = ['stance', 'publisher', 'via', 'from', 'to', 'q', 'event', 'lang'] as const;

export function parseArticleFilter(raw: SearchParamsRecord): ArticleFilter {
  const q = firstParam(raw.q)?.trim().slice(0, 200);
  const via = firstParam(raw.via)?.trim();
  return {
    stances: parseListParam(raw.stance, STANCES) as StanceKey[],
    publishers: parseListParam(raw.publisher).slice(0, 50),
    via: via || null,
    from: parseIsoDay(raw.from),
    to: parseIsoDay(raw.to),
    q: q || null,
    event: slug(raw.event),
    languages: parseLanguages(raw.lang),
  };
}

export const ARTICLE_SORTS = ['publishedAt', 'title', 'publisher', 'wordCount', 'stance'] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];
export const ARTICLE_DEFAULT_SORT = 'publishedAt.desc';
/** The article table's sort whitelist and default (parseTableParams, parseOrder). */
export const ARTICLE_TABLE = { sortable: ARTICLE_SORTS, defaultSort: ARTICLE_DEFAULT_SORT };

export function isFiltered(f: ArticleFilter): boolean {
  return f.stances.length > 0 || f.publishers.length > 0 || !!f.via || !!f.from || !!f.to || !!f.q || !!f.event || f.languages.length > 0;
}
