// Pure shaping for the terms × groups matrix on /compare: the per-term rows of compareTerms
// (lib/shape/compare.ts) grouped under the lexicon's categories, in the lexicon's order, and the
// terms the chart shows. No I/O.
import type { TermComparisonRow } from '@/lib/shape/compare';
import type { StanceKey } from '@/lib/stance';

export interface CategoryInfo {
  id: string;
  label: string;
  description: string;
  /** Term ids in lexicon order. */
  terms: { id: string; label: string }[];
}

export interface MatrixTerm extends TermComparisonRow {
  label: string;
  /** Highest rate among the groups shown. */
  maxRate: number;
}

export interface MatrixCategory {
  id: string;
  label: string;
  description: string;
  terms: MatrixTerm[];
  /** Lexicon terms of the category that no shown group uses in the slice. */
  unused: string[];
}

/**
 * One section per lexicon category (lexicon order; categories no group uses keep their place
 * with an empty term list). Within a section the terms used most (highest rate in any shown
 * group) come first, ties in lexicon order. Terms whose category the lexicon no longer lists go
 * to a final "Other" section rather than vanishing.
 */
export function termMatrix(rows: readonly TermComparisonRow[], categories: readonly CategoryInfo[], stances: readonly StanceKey[]): MatrixCategory[] {
  const used = rows.filter((r) => stances.some((s) => r.counts[s] > 0));
  const byId = new Map(used.map((r) => [r.term, r]));
  const seen = new Set<string>();
  const out: MatrixCategory[] = categories.map((c) => {
    const terms: MatrixTerm[] = [];
    const unused: string[] = [];
    c.terms.forEach((t) => {
      seen.add(t.id);
      const r = byId.get(t.id);
      if (r) terms.push({ ...r, label: t.label, maxRate: maxOf(r, stances) });
      else unused.push(t.label);
    });
    const order = new Map(c.terms.map((t, i) => [t.id, i]));
    terms.sort((x, y) => y.maxRate - x.maxRate || (order.get(x.term) ?? 0) - (order.get(y.term) ?? 0));
    return { id: c.id, label: c.label, description: c.description, terms, unused };
  });
  const orphans = used.filter((r) => !seen.has(r.term));
  if (orphans.length > 0) {
    out.push({
      id: 'other',
      label: 'Other',
      description: 'Terms stored with the articles that the current lexicon no longer lists.',
      terms: orphans.map((r) => ({ ...r, label: r.term, maxRate: maxOf(r, stances) })).sort((x, y) => y.maxRate - x.maxRate || x.term.localeCompare(y.term)),
      unused: [],
    });
  }
  return out;
}

/** The `limit` terms with the highest rate in any shown group, optionally from one category. */
export function chartTerms(matrix: readonly MatrixCategory[], limit: number, category?: string | null): MatrixTerm[] {
  return matrix
    .filter((c) => !category || c.id === category)
    .flatMap((c) => c.terms)
    .filter((t) => t.maxRate > 0)
    .sort((x, y) => y.maxRate - x.maxRate || x.label.localeCompare(y.label))
    .slice(0, limit);
}

function maxOf(r: TermComparisonRow, stances: readonly StanceKey[]): number {
  return stances.reduce((m, s) => Math.max(m, r.rates[s]), 0);
}
