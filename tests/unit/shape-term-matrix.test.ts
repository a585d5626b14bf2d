import { describe, expect, it } from 'vitest';
import { compareTerms } from '@/lib/shape/compare';
import { chartTerms, termMatrix, type CategoryInfo } from '@/lib/shape/term-matrix';

const categories: CategoryInfo[] = [
  { id: 'names', label: 'Names', description: 'Names for the group', terms: [{ id: 'mek', label: 'MEK' }, { id: 'mko', label: 'MKO' }, { id: 'pmoi', label: 'PMOI' }] },
  { id: 'labels', label: 'Labels', description: 'Labels', terms: [{ id: 'cult', label: 'cult' }, { id: 'dissidents', label: 'dissidents' }] },
  { id: 'framing', label: 'Framing', description: 'Campaign phrases', terms: [{ id: 'free-iran', label: 'Free Iran' }] },
];

const rows = compareTerms([
  { stance: 'advocacy', term: 'pmoi', category: 'names', count: 3, articles: 1, rate: 1.1 },
  { stance: 'advocacy', term: 'mek', category: 'names', count: 6, articles: 2, rate: 2.19 },
  { stance: 'critical', term: 'mek', category: 'names', count: 18, articles: 5, rate: 24.66 },
  { stance: 'critical', term: 'mko', category: 'names', count: 5, articles: 2, rate: 6.85 },
  { stance: 'critical', term: 'cult', category: 'labels', count: 1, articles: 1, rate: 1.37 },
  { stance: 'unrated', term: 'dissidents', category: 'labels', count: 1, articles: 1, rate: 2.29 },
  { stance: 'mainstream', term: 'old-term', category: 'retired', count: 2, articles: 1, rate: 0.3 },
]);

describe('termMatrix', () => {
  const rated = ['advocacy', 'mainstream', 'critical'] as const;

  it('keeps the lexicon order of categories, ranks terms by their highest rate, and lists the unused', () => {
    const m = termMatrix(rows, categories, rated);
    expect(m.map((c) => c.id)).toEqual(['names', 'labels', 'framing', 'other']);
    expect(m[0]!.terms.map((t) => [t.term, t.label, t.maxRate])).toEqual([
      ['mek', 'MEK', 24.66],
      ['mko', 'MKO', 6.85],
      ['pmoi', 'PMOI', 1.1],
    ]);
    expect(m[1]!.terms.map((t) => t.term)).toEqual(['cult']);
    expect(m[1]!.unused).toEqual(['dissidents']);
    expect(m[2]).toMatchObject({ terms: [], unused: ['Free Iran'] });
    expect(m[3]!.terms.map((t) => t.term)).toEqual(['old-term']);
  });

  it.each([
    [['critical'] as const, { names: ['mek', 'mko'], labels: ['cult'] }],
    [['unrated'] as const, { names: [], labels: ['dissidents'] }],
    [['advocacy'] as const, { names: ['mek', 'pmoi'], labels: [] }],
  ])('only counts the groups shown (%j)', (stances, expected) => {
    const m = termMatrix(rows, categories, stances);
    expect(m.find((c) => c.id === 'names')!.terms.map((t) => t.term)).toEqual(expected.names);
    expect(m.find((c) => c.id === 'labels')!.terms.map((t) => t.term)).toEqual(expected.labels);
  });
});

describe('chartTerms', () => {
  const m = termMatrix(rows, categories, ['advocacy', 'mainstream', 'critical', 'unrated']);
  it.each([
    [2, null, ['mek', 'mko']],
    [10, null, ['mek', 'mko', 'dissidents', 'cult', 'pmoi', 'old-term']],
    [10, 'labels', ['dissidents', 'cult']],
    [10, 'framing', []],
  ])('top %i of %s', (limit, category, expected) => {
    expect(chartTerms(m, limit, category).map((t) => t.term)).toEqual(expected);
  });
});
