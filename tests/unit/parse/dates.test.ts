import { describe, expect, it } from 'vitest';
import { dateFromUrl, parseDateOnly, parseLooseDate } from '@/lib/parse/dates';

describe('parseLooseDate', () => {
  // Every form that occurs in data/samples, plus the month/year-only cases.
  it.each([
    ['May 26, 2021', '2021-05-26', 'day'],
    ['March 19, 2021', '2021-03-19', 'day'],
    ['2-4-2021', '2021-02-04', 'day'], // month-day-year, as the WSJ header in seed 002 means it
    ['1/8/2021', '2021-01-08', 'day'],
    ['Jan. 4, 2021', '2021-01-04', 'day'],
    ['12/15/2020', '2020-12-15', 'day'],
    ['2019/08/15', '2019-08-15', 'day'],
    ['August 15 2019', '2019-08-15', 'day'],
    ['August 09 2019', '2019-08-09', 'day'],
    ['July 27 2019', '2019-07-27', 'day'],
    ['Augest 15, 2013', '2013-08-15', 'day'], // misspelt masthead in seed 000
    ['November 16, 2020', '2020-11-16', 'day'],
    ['September 2, 2020', '2020-09-02', 'day'],
    ['December 3, 2020', '2020-12-03', 'day'],
    ['July 22, 2020', '2020-07-22', 'day'],
    ['15 November 2019', '2019-11-15', 'day'],
    ['2021-01-04T23:30:00-05:00', '2021-01-04', 'day'], // calendar date as written, no timezone shift
    ['2023-06-20 14:03:00', '2023-06-20', 'day'],
    ['July 2019', '2019-07-01', 'month'],
    ['2023-07', '2023-07-01', 'month'],
    ['2019', '2019-01-01', 'year'],
  ] as const)('%s → %s (%s)', (text, date, precision) => {
    expect(parseLooseDate(text)).toEqual({ date, precision });
  });

  it.each([
    ['', 'empty'],
    ['no date here', 'prose'],
    ['tomorrow', 'relative: would need today as reference'],
    ['last Friday', 'relative weekday'],
    ['May 26', 'no year: chrono would take the current one'],
    ['February 30, 2021', 'impossible day'],
    ['30,000 political prisoners', 'a count, not a year'],
  ])('%j → unknown (%s)', (text) => {
    expect(parseLooseDate(text)).toEqual({ date: null, precision: 'unknown' });
  });

  it('finds the date inside a lead or header line', () => {
    expect(parseLooseDate('Posted on: 2019/08/10')).toEqual({ date: '2019-08-10', precision: 'day' });
    expect(parseLooseDate('INU- Augest 15, 2013-')).toEqual({ date: '2013-08-15', precision: 'day' });
  });

  it('leaves ordinary words that resemble month names alone', () => {
    expect(parseLooseDate('Chapter 5 of 2019 report').precision).not.toBe('day');
  });
});

describe('parseDateOnly', () => {
  it('accepts a line that is only a date', () => {
    expect(parseDateOnly('Jan. 4, 2021')).toEqual({ date: '2021-01-04', precision: 'day' });
  });
  it('rejects a headline that merely contains one', () => {
    expect(parseDateOnly('Protests spread across Iran on November 16, 2019')).toEqual({ date: null, precision: 'unknown' });
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://www.presstv.ir/Detail/2023/06/22/706012/Iran-Albania', '2023-06-22', 'day'],
    ['https://example.com/2023/06/20/story-slug/', '2023-06-20', 'day'],
    ['https://example.com/news/2023/06/story-slug', '2023-06-01', 'month'],
    ['https://www.aljazeera.com/news/2023/7/1/exile-group-holds-rally', '2023-07-01', 'day'],
    ['https://www.reuters.com/world/europe/belgian-court-jails-iranian-diplomat-2021-02-04/', '2021-02-04', 'day'],
  ] as const)('%s → %s (%s)', (url, date, precision) => {
    expect(dateFromUrl(url)).toEqual({ date, precision });
  });

  it.each([['https://example.com/article/12345'], ['https://example.com/2023/13/40/x'], ['not a url']])(
    '%s → unknown',
    (url) => {
      expect(dateFromUrl(url)).toEqual({ date: null, precision: 'unknown' });
    },
  );
});
