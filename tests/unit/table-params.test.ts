import { describe, expect, it } from 'vitest';
import {
  parseIsoDay,
  parseListParam,
  parseSort,
  parseTableParams,
  serializeSort,
  type SearchParamsRecord,
  type TableParams,
} from '@/lib/filters/search-params';

const opts = { sortable: ['published', 'title', 'outlet.name'], defaultSort: 'published.desc', maxSize: 100 };

describe('parseTableParams', () => {
  const cases: Array<[string, SearchParamsRecord, Partial<TableParams>]> = [
    ['no params → defaults', {}, { page: 1, size: 25, offset: 0, sortId: 'published', sortDesc: true, sort: 'published.desc' }],
    ['page and size', { page: '3', size: '50' }, { page: 3, size: 50, offset: 100 }],
    ['page 0 → 1', { page: '0' }, { page: 1, offset: 0 }],
    ['negative page → 1', { page: '-4' }, { page: 1 }],
    ['non-numeric page → 1', { page: 'abc' }, { page: 1 }],
    ['fractional page → 1', { page: '2.5' }, { page: 1 }],
    ['trailing junk → 1', { page: '2abc' }, { page: 1 }],
    ['absurd page is capped', { page: '999999999999' }, { page: 100000 }],
    ['size above max is clamped', { size: '5000' }, { size: 100 }],
    ['size 0 → default', { size: '0' }, { size: 25 }],
    ['size garbage → default', { size: '1e3' }, { size: 25 }],
    ['repeated params → first wins', { page: ['2', '9'], size: ['10', '50'] }, { page: 2, size: 10, offset: 10 }],
    ['whitelisted sort asc', { sort: 'title.asc' }, { sortId: 'title', sortDesc: false, sort: 'title.asc' }],
    ['whitelisted sort desc', { sort: 'title.desc' }, { sortId: 'title', sortDesc: true }],
    ['direction is case-insensitive', { sort: 'title.DESC' }, { sortId: 'title', sortDesc: true, sort: 'title.desc' }],
    ['bare column id means ascending', { sort: 'title' }, { sortId: 'title', sortDesc: false }],
    ['dotted column id', { sort: 'outlet.name.desc' }, { sortId: 'outlet.name', sortDesc: true }],
    ['unknown column → default sort', { sort: 'password.asc' }, { sortId: 'published', sortDesc: true }],
    ['SQL in sort → default sort', { sort: 'title; DROP TABLE article.asc' }, { sortId: 'published', sortDesc: true }],
    ['bad direction → default sort', { sort: 'title.sideways' }, { sortId: 'published', sortDesc: true }],
    ['empty sort → default sort', { sort: '' }, { sortId: 'published', sortDesc: true }],
  ];

  it.each(cases)('%s', (_name, input, expected) => {
    expect(parseTableParams(input, opts)).toMatchObject(expected);
  });

  it('honours a custom default size and max size', () => {
    expect(parseTableParams({}, { ...opts, defaultSize: 50 })).toMatchObject({ size: 50 });
    expect(parseTableParams({ size: '40' }, { ...opts, maxSize: 30 })).toMatchObject({ size: 30 });
    // A default above the max would otherwise produce a page the UI can never request.
    expect(parseTableParams({}, { ...opts, defaultSize: 500, maxSize: 200 })).toMatchObject({ size: 200 });
  });

  it('rejects a default sort outside the whitelist (programming error)', () => {
    expect(() => parseTableParams({}, { sortable: ['title'], defaultSort: 'published.desc' })).toThrow(/defaultSort/);
  });
});

describe('parseSort / serializeSort', () => {
  const cases: Array<[string | null | undefined, ReturnType<typeof parseSort>]> = [
    [null, null],
    [undefined, null],
    ['', null],
    ['   ', null],
    ['title.asc', { id: 'title', desc: false }],
    ['title.desc', { id: 'title', desc: true }],
    ['title', { id: 'title', desc: false }],
    ['.desc', null],
    ['title.up', null],
  ];
  it.each(cases)('parseSort(%j)', (input, expected) => {
    expect(parseSort(input)).toEqual(expected);
  });

  it('round-trips', () => {
    for (const s of ['a.asc', 'b.desc', 'outlet.name.desc']) expect(serializeSort(parseSort(s)!)).toBe(s);
  });
});

describe('parseIsoDay', () => {
  const cases: Array<[string | string[] | undefined, string | null]> = [
    [undefined, null],
    ['', null],
    ['2021-05-26', '2021-05-26'],
    [['1988-07-19', '2000-01-01'], '1988-07-19'],
    ['2021-02-30', null],
    ['2021-5-6', null],
    ['26/05/2021', null],
  ];
  it.each(cases)('parseIsoDay(%j) → %j', (input, expected) => {
    expect(parseIsoDay(input)).toBe(expected);
  });
});

describe('parseListParam', () => {
  const cases: Array<[string | string[] | undefined, readonly string[] | undefined, string[]]> = [
    [undefined, undefined, []],
    ['advocacy', undefined, ['advocacy']],
    ['advocacy,critical', undefined, ['advocacy', 'critical']],
    [' advocacy , ,critical,advocacy', undefined, ['advocacy', 'critical']],
    ['advocacy,bogus', ['advocacy', 'mainstream'], ['advocacy']],
  ];
  it.each(cases)('parseListParam(%j, %j)', (input, allowed, expected) => {
    expect(parseListParam(input, allowed)).toEqual(expected);
  });
});
