import { describe, expect, it } from 'vitest';
import { parseArticleFilter } from '@/lib/filters/articles';
import { parseClaimFilter, parseCompareFilter, parseSliceFilter, parseSourceFilter } from '@/lib/filters/slice';

describe('filters parsed from the URL', () => {
  it.each([
    [{}, { event: null, from: null, to: null, publishers: [], stances: [] }],
    [{ event: '1988-massacre', stance: 'advocacy,critical,bogus' }, { event: '1988-massacre', stances: ['advocacy', 'critical'] }],
    [{ event: "x'; DROP TABLE articles;--" }, { event: null }],
    [{ from: '2020-02-30', to: '2021-01-31' }, { from: null, to: '2021-01-31' }],
    [{ publisher: 'ncri,amnesty-international' }, { publishers: ['ncri', 'amnesty-international'] }],
  ])('slice %j', (raw, expected) => {
    expect(parseSliceFilter(raw)).toMatchObject(expected);
  });

  it('claims keep only known kinds', () => {
    expect(parseClaimFilter({ kind: 'killed,eaten', source: ' Amnesty International ' })).toMatchObject({
      kinds: ['killed'],
      source: 'Amnesty International',
    });
  });

  it('compare never sets a group against itself', () => {
    expect(parseCompareFilter({})).toMatchObject({ a: 'advocacy', b: 'critical' });
    expect(parseCompareFilter({ a: 'critical', b: 'critical' })).toMatchObject({ a: 'critical', b: 'advocacy' });
    expect(parseCompareFilter({ a: 'mainstream', b: 'nonsense' })).toMatchObject({ a: 'mainstream', b: 'critical' });
  });

  it('sources and articles', () => {
    expect(parseSourceFilter({ entity: 'Maryam Rajavi' }).entity).toBe('Maryam Rajavi');
    expect(parseArticleFilter({ q: '  "death commissions" ', stance: 'unrated' })).toMatchObject({ q: '"death commissions"', stances: ['unrated'] });
    expect(parseArticleFilter({ event: '1988-massacre' }).event).toBe('1988-massacre');
    expect(parseArticleFilter({ event: "x'; DROP TABLE articles" }).event).toBeNull();
    expect(parseArticleFilter({}).event).toBeNull();
  });
});
