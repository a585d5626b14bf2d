// Date forms read after fa-test7's blind run (development work on its missed dates, not blind).
// Lines written for the test; the false positives are the same words in a headline or in prose.
import { describe, expect, it } from 'vitest';
import { parseDateOnly } from '@/lib/parse/dates';
import { dateOfLine } from '@/lib/parse/page-head';
import { creditedDay } from '@/lib/parse/text';

describe('a Scandinavian blog’s date header with its weekday', () => {
  it.each([
    ['fredag 26. september 2014', '2014-09-26'],
    ['Lørdag 3. mai 2015', '2015-05-03'],
    ['söndag 7 juni 2015', '2015-06-07'],
  ])('%s', (line, date) => {
    expect(parseDateOnly(line)).toEqual({ date, precision: 'day' });
  });

  it('is no date line when other words stand with it', () => {
    expect(parseDateOnly('fredag demonstrasjon 26. september 2014').precision).toBe('unknown');
    expect(parseDateOnly('fredagsbar 26. september 2014').precision).toBe('unknown');
  });
});

describe('a Persian date and its clock time, then a widget’s label', () => {
  it('reads the day when at most two words follow the time', () => {
    expect(dateOfLine('15 نوامبر 2021، 5:08 ب.ظ. مقاله بشنو', { dayFirst: true })).toEqual({ date: '2021-11-15', precision: 'day' });
    expect(dateOfLine('۱۲ مهر ۱۴۰۰ ساعت ۱۲:۳۰ چاپ', { dayFirst: true })).toEqual({ date: '2021-10-04', precision: 'day' });
  });

  it.each([
    ['a headline after the stamp', '۱۲ مهر ۱۴۰۰ ساعت ۱۲:۳۰ حمله به اشرف آغاز شد'],
    ['a headline with a date and no time', '۱۲ مهر ۱۴۰۰ حمله به اشرف'],
    ['words before the date', 'حمله به اشرف ۱۲ مهر ۱۴۰۰ ۱۲:۳۰ امروز'],
  ])('is no date line: %s', (_what, line) => {
    expect(dateOfLine(line, { dayFirst: true }).precision).toBe('unknown');
  });
});

describe('an outlet’s credit line with a weekday and the day', () => {
  it('reads the day after a registry outlet’s name', () => {
    expect(creditedDay('خبرگزاری میزان چهارشنبه 18 فروردین 1400 - 11:16')).toEqual({ date: '2021-04-07', precision: 'day' });
  });

  it.each([
    ['words the registry does not know', 'دیدار خانواده‌ها چهارشنبه 18 فروردین 1400'],
    ['a weekday and a day alone (a clock)', 'چهارشنبه 18 فروردین 1400'],
    ['a weekday that names no date', 'خبرگزاری میزان چهارشنبه گزارش داد'],
  ])('is no credited day: %s', (_what, line) => {
    expect(creditedDay(line)).toBeNull();
  });
});
