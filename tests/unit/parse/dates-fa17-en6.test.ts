// Date lines read after the seventeenth Persian and sixth English test sets' blind runs (their
// misses read, not blind): «تاریخ و زمان ارسال» (date and time sent) labels a Persian date line,
// and an aggregator's English excerpt lead gives its day before the colon and the ellipsis
// ("Jane Roe, examplenews, May 24 2020:… text"), as its Persian leads already did. Pages written
// for these tests.
import { describe, expect, it } from 'vitest';
import { dateOfLine } from '@/lib/parse/page-head';
import { parseText } from '@/lib/parse/text';

describe('«تاریخ و زمان ارسال»', () => {
  it('is a date line’s label', () => {
    expect(dateOfLine('تاریخ و زمان ارسال : 1397-12-20 04:34', { dayFirst: true })).toEqual({ date: '2019-03-11', precision: 'day' });
    expect(dateOfLine('تاریخ ارسال: ۱۴۰۲/۰۳/۳۰', { dayFirst: true })).toEqual({ date: '2023-06-20', precision: 'day' });
  });
  it('dates a page under its headline', () => {
    const [a] = parseText(
      'x.txt',
      [
        'آزادسازی یک شهر مرزی',
        'تاریخ و زمان ارسال : 1397-12-20 04:34',
        'در این نوشته روایتی از نبردهای تابستان سال ۱۳۶۷ در یک شهر مرزی آمده است که در آن نیروهای دو طرف چند بار جای خود را عوض کردند.',
        'نویسنده از گفته‌های چند فرمانده و از اسناد منتشرشده بهره برده است.',
      ].join('\n'),
    );
    expect(a!.publishedAt).toBe('2019-03-11');
  });
  it('leaves a section label’s time alone («زمان:» after a source bar)', () => {
    expect(dateOfLine('گزارش‌های نمونه | 22 اکتبر 2021، زمان: 19:27', { dayFirst: true }).precision).toBe('unknown');
  });
});

describe('an English excerpt lead', () => {
  it('gives its day', () => {
    const [a] = parseText(
      'x.txt',
      [
        'Sample headline about a camp',
        'Jane Roe, examplenews, May 24 2020:… The group has been based near the coast since 2016, and its presence has been debated in parliament several times since then, most recently this spring.',
      ].join('\n\n'),
    );
    expect(a!.publishedAt).toBe('2020-05-24');
  });
  it('needs the ellipsis: a sentence with a date and a colon is no credit', () => {
    const [a] = parseText(
      'x.txt',
      [
        'Sample headline about a camp',
        'Officials, speaking to reporters, May 24 2020: the group has been based near the coast since 2016, and its presence has been debated in parliament several times since then.',
      ].join('\n\n'),
    );
    expect(a!.publishedAt).not.toBe('2020-05-24');
  });
});
