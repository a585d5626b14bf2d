// Persian date lines the fifteenth Persian test set showed after its blind run (not blind). Lines
// written for the test.
import { describe, expect, it } from 'vitest';
import { dateOfLine } from '@/lib/parse/page-head';

describe('a date line with its time, the item’s code and its section', () => {
  it('is the day', () => {
    expect(dateOfLine('۲۲ فروردین ۱۳۹۰ | ۱۳:۴۴ کد : ۶۲۴ از دیگر رسانه‌ها', { dayFirst: true })).toEqual({ date: '2011-04-11', precision: 'day' });
    expect(dateOfLine('۳ مهر ۱۴۰۲ | ۰۹:۱۵ کد خبر: ۱۲۳۴۵', { dayFirst: true })).toEqual({ date: '2023-09-25', precision: 'day' });
  });
  it('leaves a line that goes on with words after the code', () => {
    expect(dateOfLine('۲۲ فروردین ۱۳۹۰ | ۱۳:۴۴ کد : ۶۲۴ از دیگر رسانه‌ها و خبرگزاری‌ها خبر رسید', { dayFirst: true }).precision).toBe('unknown');
  });
});
