// Terms: how often each stance group uses each lexicon term over a slice, per 1,000 words of
// the group's articles in the slice — the /compare page's numbers, from its own queries
// (lib/queries/compare.ts). One row per group × term, zeros included, so a pivot table has every
// cell: a group that never uses a term has rate 0, not a missing row.
import type { SearchParamsRecord } from '@/lib/filters/search-params';
import { LEXICON, TERMS_BY_ID } from '@/lib/analysis/lexicon';
import { parseSliceFilter, type SliceFilter } from '@/lib/filters/slice';
import { compareTermRates, sliceGroupCounts } from '@/lib/queries/compare';
import { compareTerms } from '@/lib/shape/compare';
import { STANCES } from '@/lib/stance';
import { computed, sliceQuery, withQuery } from '../common';
import { SLICE_PARAM_SPECS } from '../params';
import type { Column, Dataset, DatasetContext, Row } from '../types';

const columns: Column[] = [
  { key: 'group', header: 'Group', type: 'string', nullable: false, description: 'Stance group.' },
  { key: 'term', header: 'Term ID', type: 'string', nullable: false, description: 'Canonical term id from the lexicon.' },
  { key: 'termLabel', header: 'Term', type: 'string', nullable: false, description: 'The term as the dashboard shows it.' },
  { key: 'category', header: 'Category', type: 'string', nullable: false, description: 'Lexicon category.' },
  { key: 'rate', header: 'Per 1,000 words', type: 'number', nullable: false, description: 'Occurrences per 1,000 words of all the group’s articles in the slice, to 3 decimals (0 when the group never uses it).' },
  { key: 'count', header: 'Occurrences', type: 'integer', nullable: false, description: 'Occurrences of the term in the group’s articles.' },
  { key: 'articles', header: 'Articles using it', type: 'integer', nullable: false, description: 'The group’s articles that use the term at least once.' },
  { key: 'groupArticles', header: 'Group articles', type: 'integer', nullable: false, description: 'All the group’s articles in the slice.' },
  { key: 'groupWords', header: 'Group words', type: 'integer', nullable: false, description: 'Words in all the group’s articles in the slice (the rate’s denominator).' },
];

const TERM_ORDER = new Map(LEXICON.terms.map((t, i) => [t.id, i]));
const CATEGORY_ORDER = new Map(LEXICON.categories.map((c, i) => [c.id, i]));

/** Category and term in lexicon order, then the groups in display order. */
export async function termRows(ctx: DatasetContext, f: SliceFilter): Promise<Row[]> {
  const [rates, groups] = await Promise.all([compareTermRates(f, ctx.db), sliceGroupCounts(f, ctx.db)]);
  const present = STANCES.filter((s) => groups.some((g) => g.stance === s && g.articles > 0));
  const using = new Map(rates.map((r) => [`${r.stance}|${r.term}`, r.articles]));
  const terms = compareTerms(rates).sort(
    (x, y) =>
      (CATEGORY_ORDER.get(x.category) ?? 1e9) - (CATEGORY_ORDER.get(y.category) ?? 1e9) ||
      (TERM_ORDER.get(x.term) ?? 1e9) - (TERM_ORDER.get(y.term) ?? 1e9) ||
      x.term.localeCompare(y.term),
  );
  const rows: Row[] = [];
  for (const t of terms) {
    for (const s of present) {
      const g = groups.find((x) => x.stance === s)!;
      rows.push({
        group: s,
        term: t.term,
        termLabel: TERMS_BY_ID.get(t.term)?.label ?? t.term,
        category: t.category,
        rate: t.rates[s],
        count: t.counts[s],
        articles: using.get(`${s}|${t.term}`) ?? 0,
        groupArticles: g.articles,
        groupWords: g.words,
      });
    }
  }
  return rows;
}

export const termsDataset: Dataset<SliceFilter> = {
  name: 'terms',
  title: 'Term rates',
  description: 'Lexicon terms (names and labels for the MEK, the state, violence) per stance group over a slice: occurrences per 1,000 words, counts and articles using them (the /compare term table).',
  page: '/compare',
  rowIs: 'one term in one stance group',
  pageUrl: (f) => withQuery('/compare', sliceQuery(f)),
  params: SLICE_PARAM_SPECS,
  columns,
  parse: (raw: SearchParamsRecord) => parseSliceFilter(raw),
  toQuery: sliceQuery,
  sortId: () => 'category.term.group',
  ...computed(termRows),
};
