import { describe, expect, it } from 'vitest';
import { compareTerms, contrast, onlyHere, presentGroups, termsForGroup } from '@/lib/shape/compare';

const rates = [
  { stance: 'advocacy' as const, term: 'pmoi', category: 'names', count: 8, articles: 2, rate: 4.1 },
  { stance: 'advocacy' as const, term: 'regime', category: 'state', count: 10, articles: 2, rate: 5 },
  { stance: 'mainstream' as const, term: 'regime', category: 'state', count: 2, articles: 1, rate: 1 },
  { stance: 'critical' as const, term: 'mko', category: 'names', count: 6, articles: 2, rate: 5.3 },
  { stance: 'critical' as const, term: 'regime', category: 'state', count: 1, articles: 1, rate: 0.5 },
];

describe('compareTerms', () => {
  it('puts every group on one row per term, zero where unused', () => {
    const rows = compareTerms(rates);
    const regime = rows.find((r) => r.term === 'regime')!;
    expect(regime.rates).toEqual({ advocacy: 5, mainstream: 1, critical: 0.5, unrated: 0 });
    expect(rows.find((r) => r.term === 'pmoi')!.counts.critical).toBe(0);
  });
});

describe('contrast and termsForGroup', () => {
  const rows = compareTerms(rates);
  const present = ['advocacy', 'mainstream', 'critical'] as const;
  it('compares a group with the mean of the others', () => {
    const c = contrast(rows.find((r) => r.term === 'regime')!, 'advocacy', present);
    expect(c.othersRate).toBeCloseTo(0.75);
    expect(c.diff).toBeCloseTo(4.25);
    expect(c.ratio).toBeCloseTo(6.667, 2);
    expect(contrast(rows.find((r) => r.term === 'pmoi')!, 'advocacy', present).ratio).toBeNull();
  });
  it('lists a group’s terms most distinctive first', () => {
    expect(termsForGroup(rows, 'advocacy', present).map((t) => t.term)).toEqual(['regime', 'pmoi']);
    expect(termsForGroup(rows, 'critical', present).map((t) => t.term)).toEqual(['mko', 'regime']);
  });
});

describe('onlyHere', () => {
  const rows = compareTerms(rates);
  it('finds terms, figures and sources one group has and the others do not', () => {
    const out = onlyHere(
      ['advocacy', 'mainstream', 'critical'],
      rows,
      [
        { stance: 'advocacy', kind: 'executed', valueText: '30,000', value: 30000, qualifier: 'over', source: null },
        { stance: 'mainstream', kind: 'executed', valueText: 'thousands', value: null, qualifier: null, source: null },
        { stance: 'advocacy', kind: 'killed', valueText: '304', value: 304, qualifier: 'at least', source: 'Amnesty International' },
        { stance: 'mainstream', kind: 'killed', valueText: '304', value: 304, qualifier: null, source: 'Amnesty International' },
      ],
      [
        { stance: 'advocacy', entity: 'Maryam Rajavi' },
        { stance: 'mainstream', entity: 'Amnesty International' },
        { stance: 'advocacy', entity: 'Amnesty International' },
      ],
    );
    expect(out.advocacy.terms).toEqual(['pmoi']);
    expect(out.critical.terms).toEqual(['mko']);
    expect(out.advocacy.figures).toEqual(['over 30,000 executed']);
    expect(out.mainstream.figures).toEqual(['thousands executed']);
    expect(out.advocacy.sources).toEqual(['Maryam Rajavi']);
    expect(out.mainstream.sources).toEqual([]);
  });
  it('says nothing is unique when only one group covered the event', () => {
    expect(onlyHere(['advocacy'], rows, [], []).advocacy.terms).toEqual([]);
  });
});

describe('presentGroups', () => {
  it('always shows the three rated groups and unrated only with articles', () => {
    expect(presentGroups({ advocacy: 2 })).toEqual(['advocacy', 'mainstream', 'critical']);
    expect(presentGroups({ unrated: 1 })).toEqual(['advocacy', 'mainstream', 'critical', 'unrated']);
  });
});

describe('groupFigures', () => {
  it('merges the same figure from several outlets and keeps cited sources', async () => {
    const { groupFigures } = await import('@/lib/shape/compare');
    const base = { kind: 'executed', value: 30000, qualifier: 'more than', valueText: '30,000', source: null };
    const out = groupFigures([
      { ...base, id: 1, articleId: 1, publisher: 'Iran News Update' },
      { ...base, id: 2, articleId: 2, publisher: 'NCRI' },
      { ...base, id: 3, articleId: 1, publisher: 'Iran News Update' },
      { id: 4, articleId: 5, kind: 'killed', value: 304, qualifier: 'at least', valueText: '304', source: 'Amnesty International', publisher: 'Amnesty International' },
      { id: 5, articleId: 2, kind: 'executed', value: null, qualifier: null, valueText: 'thousands', source: null, publisher: 'NCRI' },
    ]);
    expect(out.map((g) => `${g.label} ${g.kind}`)).toEqual(['more than 30,000 executed', 'at least 304 killed', 'thousands executed']);
    expect(out[0]).toMatchObject({ outlets: ['Iran News Update', 'NCRI'], articleIds: [1, 2] });
    expect(out[1]!.sources).toEqual(['Amnesty International']);
  });
});

describe('figuresByGroup and summarizeNames', () => {
  it('merges figures within each group, in the groups’ order, never across groups', async () => {
    const { figuresByGroup } = await import('@/lib/shape/compare');
    const claim = (id: number, stance: 'advocacy' | 'critical' | 'mainstream', publisher: string, value: number | null, valueText: string) => ({
      id,
      articleId: id,
      stance,
      publisher,
      kind: 'executed',
      value,
      valueText,
      qualifier: null,
      source: null,
    });
    const out = figuresByGroup(
      [
        claim(1, 'critical', 'Habilian', 30000, '30,000'),
        claim(2, 'advocacy', 'NCRI', 30000, '30,000'),
        claim(3, 'advocacy', 'Iran Focus', 30000, '30,000'),
        claim(4, 'mainstream', 'BBC', null, 'thousands'),
      ],
      ['advocacy', 'mainstream', 'critical'],
    );
    expect(out.map((f) => [f.stance, f.label, f.outlets])).toEqual([
      ['advocacy', '30,000', ['NCRI', 'Iran Focus']],
      ['mainstream', 'thousands', ['BBC']],
      ['critical', '30,000', ['Habilian']],
    ]);
  });

  it('cuts long lists of names and says how many it left out', async () => {
    const { summarizeNames } = await import('@/lib/shape/compare');
    expect(summarizeNames([])).toBe('');
    expect(summarizeNames(['BBC', 'Reuters', 'AP'])).toBe('BBC, Reuters, AP');
    expect(summarizeNames(['BBC', 'Reuters', 'AP', 'AFP', 'DW'])).toBe('BBC, Reuters, AP and 2 more');
    expect(summarizeNames(['BBC', 'Reuters'], 1)).toBe('BBC and 1 more');
  });
});
