// Filters shared by the analysis views (/compare, /claims, /sources), their exports and the
// API: one parser per view, all built from the same pieces, so a page, its export and its API
// call with the same query string mean the same rows.
import { firstParam, parseIsoDay, parseListParam, type SearchParamsRecord } from './search-params';
import { STANCES, type StanceKey } from '@/lib/stance';

/** A slice of the corpus: which articles a view aggregates over. */
export interface SliceFilter {
  /** Event slug: only articles linked to this event. */
  event: string | null;
  from: string | null;
  to: string | null;
  /** Publisher slugs. */
  publishers: string[];
  stances: StanceKey[];
  /** Article languages (ISO 639-1 codes, 'und'). */
  languages: string[];
}

export const SLICE_PARAMS = ['event', 'from', 'to', 'publisher', 'stance', 'lang'] as const;

/** "fa,en" → ['fa', 'en']: language codes only (two or three lower-case letters). */
export function parseLanguages(v: string | string[] | undefined): string[] {
  return parseListParam(v)
    .map((s) => s.toLowerCase())
    .filter((s) => /^[a-z]{2,3}$/.test(s))
    .slice(0, 20);
}

/** A catalog slug (letters, digits, hyphens), else null. */
export const slug = (v: string | string[] | undefined) => {
  const s = firstParam(v)?.trim();
  return s && /^[\p{L}\p{N}-]{1,120}$/u.test(s) ? s : null;
};

export function parseSliceFilter(raw: SearchParamsRecord): SliceFilter {
  return {
    event: slug(raw.event),
    from: parseIsoDay(raw.from),
    to: parseIsoDay(raw.to),
    publishers: parseListParam(raw.publisher).slice(0, 50),
    stances: parseListParam(raw.stance, STANCES) as StanceKey[],
    languages: parseLanguages(raw.lang),
  };
}

/** True when any slice filter is set (empty states then say "widen the filters", not "import"). */
export function isSliceFiltered(f: SliceFilter): boolean {
  return !!f.event || !!f.from || !!f.to || f.publishers.length > 0 || f.stances.length > 0 || f.languages.length > 0;
}

export const CLAIM_KINDS = ['killed', 'executed', 'injured', 'arrested', 'detained', 'disappeared', 'sentenced', 'other'] as const;

export interface ClaimFilter extends SliceFilter {
  kinds: string[];
  /** Attributed source (normalised entity name), exact match. */
  source: string | null;
}

export function parseClaimFilter(raw: SearchParamsRecord): ClaimFilter {
  const source = firstParam(raw.source)?.trim().slice(0, 200);
  return { ...parseSliceFilter(raw), kinds: parseListParam(raw.kind, CLAIM_KINDS), source: source || null };
}

/** Columns the claims table can sort by (server-side ORDER BY whitelist). */
export const CLAIM_SORTS = ['value', 'kind', 'publishedAt', 'publisher'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];
export const CLAIM_DEFAULT_SORT = 'publishedAt.desc';
/** The claims table's sort whitelist and default (parseTableParams, parseOrder). */
export const CLAIM_TABLE = { sortable: CLAIM_SORTS, defaultSort: CLAIM_DEFAULT_SORT };

export interface CompareFilter extends SliceFilter {
  /** The two groups the distinctive-words view sets against each other. */
  a: StanceKey;
  b: StanceKey;
}

export function parseCompareFilter(raw: SearchParamsRecord): CompareFilter {
  const pick = (v: string | string[] | undefined, fallback: StanceKey): StanceKey => {
    const s = firstParam(v);
    return (STANCES as readonly string[]).includes(s ?? '') ? (s as StanceKey) : fallback;
  };
  const a = pick(raw.a, 'advocacy');
  let b = pick(raw.b, 'critical');
  if (b === a) b = a === 'critical' ? 'advocacy' : 'critical';
  return { ...parseSliceFilter(raw), a, b };
}

export interface SourceFilter extends SliceFilter {
  /** Quoted entity, exact match, to list the sentences behind it. */
  entity: string | null;
}

/** Columns the sources table can sort by: the entity, its total, or its share of one group's attributions. */
export const SOURCE_SORTS = ['entity', 'mentions', 'articles', ...STANCES] as const;
export type SourceSort = (typeof SOURCE_SORTS)[number];
export const SOURCE_DEFAULT_SORT = 'mentions.desc';
/** The sources table's sort whitelist and default (parseTableParams, parseOrder). */
export const SOURCE_TABLE = { sortable: SOURCE_SORTS, defaultSort: SOURCE_DEFAULT_SORT };

/** The republished texts table on /amplification: most copied first (its one order). */
export const REPUBLISHED_TABLE = { sortable: ['copies'] as const, defaultSort: 'copies.desc' };

export function parseSourceFilter(raw: SearchParamsRecord): SourceFilter {
  const entity = firstParam(raw.entity)?.trim().slice(0, 200);
  return { ...parseSliceFilter(raw), entity: entity || null };
}
