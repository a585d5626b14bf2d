// Documentation of the query params the shared filter parsers read (lib/filters/*), for the
// OpenAPI description and docs/api.md. The parsing itself stays in lib/filters: exports and the
// API call the same functions the pages do.
import { ARTICLE_DEFAULT_SORT, ARTICLE_SORTS } from '@/lib/filters/articles';
import { CLAIM_KINDS } from '@/lib/filters/slice';
import { STANCES } from '@/lib/stance';
import type { ParamSpec } from './types';

const groups = STANCES.join(', ');

export const PARAM_SPECS = {
  stance: {
    name: 'stance',
    description: `Stance groups of the outlet, comma-separated (${groups}). Unknown values are ignored.`,
    schema: { type: 'string' },
    example: 'critical',
  },
  publisher: {
    name: 'publisher',
    description: 'Publisher slugs, comma-separated (at most 50), e.g. amnesty-international.',
    schema: { type: 'string' },
    example: 'amnesty-international',
  },
  via: {
    name: 'via',
    description: 'Slug of the site that hosted or republished the article (e.g. iran-interlink).',
    schema: { type: 'string' },
  },
  from: {
    name: 'from',
    description: 'Earliest publication date, inclusive (YYYY-MM-DD). Undated articles drop out when a date bound is set.',
    schema: { type: 'string', format: 'date' },
    example: '2019-01-01',
  },
  to: {
    name: 'to',
    description: 'Latest publication date, inclusive (YYYY-MM-DD).',
    schema: { type: 'string', format: 'date' },
    example: '2020-12-31',
  },
  q: {
    name: 'q',
    description: 'Full-text search over title and body (web-search syntax: "exact phrase", or, -exclude).',
    schema: { type: 'string' },
    example: '"death commissions"',
  },
  outletSearch: {
    name: 'q',
    description: 'Outlets whose name, alias, domain or slug contains this text (case, Arabic/Persian letter variants and ZWNJ ignored).',
    schema: { type: 'string' },
    example: 'iranintl.com',
  },
  lang: {
    name: 'lang',
    description: 'Article languages, comma-separated ISO 639-1 codes (fa, en, ar, …; und: too little text to tell). The language is the article’s own metadata, else the detector’s reading of its text.',
    schema: { type: 'string' },
    example: 'fa',
  },
  articleSort: {
    name: 'sort',
    description: 'Row order, as on the page: column.asc or column.desc. Ties are broken by article id.',
    schema: { type: 'string', enum: ARTICLE_SORTS.flatMap((s) => [`${s}.asc`, `${s}.desc`]), default: ARTICLE_DEFAULT_SORT },
  },
  event: {
    name: 'event',
    description: 'Event slug from the catalog (letters, digits and hyphens): only articles linked to this event.',
    schema: { type: 'string' },
    example: '1988-massacre',
  },
  kind: {
    name: 'kind',
    description: `Claim kinds, comma-separated (${CLAIM_KINDS.join(', ')}).`,
    schema: { type: 'string' },
    example: 'executed',
  },
  source: {
    name: 'source',
    description: 'Only claims attributed to this source (normalised entity name, exact match).',
    schema: { type: 'string' },
  },
  entity: {
    name: 'entity',
    description: 'Only attributions to this quoted or cited entity (normalised name, exact match).',
    schema: { type: 'string' },
    example: 'Amnesty International',
  },
  a: {
    name: 'a',
    description: `First group of the comparison (${groups}); default advocacy.`,
    schema: { type: 'string', enum: STANCES, default: 'advocacy' },
  },
  b: {
    name: 'b',
    description: `Second group of the comparison (${groups}); default critical, and never the same as a.`,
    schema: { type: 'string', enum: STANCES, default: 'critical' },
  },
} satisfies Record<string, ParamSpec>;

export const SLICE_PARAM_SPECS: readonly ParamSpec[] = [PARAM_SPECS.event, PARAM_SPECS.from, PARAM_SPECS.to, PARAM_SPECS.publisher, PARAM_SPECS.stance, PARAM_SPECS.lang];
