// Distinctive words between two stance groups over a slice: Fightin' Words (log-odds ratio with
// an informative Dirichlet prior), exactly as the /compare page computes it
// (lib/queries/compare.ts distinctiveWords: Postgres counts the words, the prior is the whole
// slice, words seen fewer than twice are left out), but every leaning word instead of the top 25
// of each side: group a's words from the most typical down, then group b's.
import type { SearchParamsRecord } from '@/lib/filters/search-params';
import { parseCompareFilter, type CompareFilter } from '@/lib/filters/slice';
import { distinctiveWords } from '@/lib/queries/compare';
import { computed, sliceQuery, withQuery } from '../common';
import { PARAM_SPECS, SLICE_PARAM_SPECS } from '../params';
import type { Column, Dataset, DatasetContext, Row } from '../types';

const columns: Column[] = [
  { key: 'word', header: 'Word', type: 'string', nullable: false, description: 'Content word (lower-cased; stop words and numbers left out).' },
  { key: 'group', header: 'Group', type: 'string', nullable: false, description: 'The group the word is typical of: a when zeta > 0, b when zeta < 0.' },
  { key: 'zeta', header: 'z-score', type: 'number', nullable: false, description: 'ζ = δ / σ: positive means typical of group a, negative of group b; |ζ| > 1.96 is the usual cut-off.' },
  { key: 'delta', header: 'Log-odds ratio', type: 'number', nullable: false, description: 'δ, the log-odds ratio of group a against group b with the prior.' },
  { key: 'groupA', header: 'Group a', type: 'string', nullable: false, description: 'First group of the comparison.' },
  { key: 'countA', header: 'Count in a', type: 'integer', nullable: false, description: 'Occurrences in group a’s articles.' },
  { key: 'rateA', header: 'Per 1,000 words in a', type: 'number', nullable: false, description: 'Occurrences per 1,000 content words of group a.' },
  { key: 'groupB', header: 'Group b', type: 'string', nullable: false, description: 'Second group of the comparison.' },
  { key: 'countB', header: 'Count in b', type: 'integer', nullable: false, description: 'Occurrences in group b’s articles.' },
  { key: 'rateB', header: 'Per 1,000 words in b', type: 'number', nullable: false, description: 'Occurrences per 1,000 content words of group b.' },
];

export async function distinctiveWordRows(ctx: DatasetContext, f: CompareFilter): Promise<Row[]> {
  const d = await distinctiveWords(f, { limit: Number.MAX_SAFE_INTEGER }, ctx.db);
  const per1000 = (n: number, total: number) => (total > 0 ? (n * 1000) / total : 0);
  return [...d.forA, ...d.forB].map((w) => ({
    word: w.word,
    group: w.zeta > 0 ? d.a : d.b,
    zeta: w.zeta,
    delta: w.delta,
    groupA: d.a,
    countA: w.countA,
    rateA: per1000(w.countA, d.totalA),
    groupB: d.b,
    countB: w.countB,
    rateB: per1000(w.countB, d.totalB),
  }));
}

const toQuery = (f: CompareFilter) => ({ ...sliceQuery(f), a: f.a, b: f.b });

export const distinctiveWordsDataset: Dataset<CompareFilter> = {
  name: 'distinctive-words',
  title: 'Distinctive words',
  description:
    "Words typical of one stance group against another over a slice (Fightin' Words: log-odds ratio with an informative Dirichlet prior, Monroe, Colaresi & Quinn 2008): every word leaning to a or b, group a's most typical first, then group b's.",
  page: '/compare',
  rowIs: 'one word',
  pageUrl: (f) => withQuery('/compare', toQuery(f)),
  params: [...SLICE_PARAM_SPECS, PARAM_SPECS.a, PARAM_SPECS.b],
  columns,
  parse: (raw: SearchParamsRecord) => parseCompareFilter(raw),
  toQuery,
  sortId: () => 'zeta',
  ...computed(distinctiveWordRows),
};
