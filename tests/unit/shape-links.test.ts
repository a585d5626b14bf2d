import { describe, expect, it } from 'vitest';
import { parseSliceFilter } from '@/lib/filters/slice';
import { articleSearchHref, phrasesQuery, withParams } from '@/lib/shape/links';

describe('phrasesQuery', () => {
  it.each([
    [['cult'], '"cult"'],
    [['MEK', 'Mujahedin-e Khalq'], '"MEK" or "Mujahedin-e Khalq"'],
    [['say "cult"', '  '], '"say cult"'],
    [['a', 'b', 'c'], '"a" or "b"', 2],
  ])('%j → %s', (phrases, expected, max?: number) => {
    expect(phrasesQuery(phrases, max)).toBe(expected);
  });
});

describe('articleSearchHref', () => {
  it.each([
    [{}, 'regime', undefined, '/articles?q=regime'],
    [{ stance: 'critical', from: '2020-01-01' }, 'mek', undefined, '/articles?q=mek&stance=critical&from=2020-01-01'],
    [{ stance: 'critical' }, 'mek', ['advocacy', 'critical'] as const, '/articles?q=mek&stance=advocacy%2Ccritical'],
    // The article list filters one outlet at a time and has no event filter.
    [{ publisher: 'ncri', event: '1988-massacre', to: '2021-12-31' }, '', undefined, '/articles?publisher=ncri&to=2021-12-31'],
    [{ publisher: 'ncri,cgtn' }, '', undefined, '/articles'],
  ])('%j %s %j → %s', (raw, q, stances, expected) => {
    expect(articleSearchHref(parseSliceFilter(raw), q, stances)).toBe(expected);
  });
});

describe('withParams', () => {
  it.each([
    [{ stance: 'critical', page: '3' }, { entity: 'Maryam Rajavi' }, '/sources?stance=critical&page=3&entity=Maryam+Rajavi'],
    [{ entity: 'Amnesty International', sort: 'entity.asc' }, { entity: null }, '/sources?sort=entity.asc'],
    [{ entity: 'x', page: '2' }, { entity: null, page: null }, '/sources'],
    [{ stance: ['mainstream', 'critical'], from: '' }, {}, '/sources?stance=mainstream'],
  ])('%j + %j → %s', (current, changes, expected) => {
    expect(withParams('/sources', current, changes)).toBe(expected);
  });
});
