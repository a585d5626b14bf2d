// Date lines read after the seventeenth Persian and sixth English test sets' blind runs (their
// misses read, not blind): «تاریخ و زمان ارسال» (date and time sent) labels a Persian date line,
// and an aggregator's English excerpt lead gives its day before the colon and the ellipsis
// ("Jane Roe, examplenews, May 24 2020:… text"), as its Persian leads already did. Pages written
// for these tests; and, after the seventh English set, three more English day lines.
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

// Added after the seventh English test set's blind run (its misses read, not blind).
describe('English day lines of the seventh set’s shapes', () => {
  const body = [
    'A court in the capital held the last hearing of the trial of a former prison official, who is accused of taking part in the executions of prisoners in the summer of 1988.',
    'Relatives of the victims who had travelled from several countries followed the hearing from the public gallery, and some of them spoke to reporters afterwards.',
  ];
  it.each([
    ['a lead that opens with its day and a dash', ['Court hears closing arguments', `May 4th 2022 - ${body[0]}`, body[1]!], '2022-05-04'],
    ['a lead that opens with a short day', ['Court hears closing arguments', `3 Dec 2020 – ${body[0]}`, body[1]!], '2020-12-03'],
    ['a byline run into its day', ['Court hears closing arguments', 'by Joseph Sample October 1, 2012', ...body], '2012-10-01'],
    ['a byline whose name the page left empty', ['Court hears closing arguments', 'by | Nov 7, 2022', ...body], '2022-11-07'],
  ])('%s', (_what, lines, day) => {
    const [a] = parseText('x.txt', lines.join('\n\n'));
    expect(a!.publishedAt).toBe(day);
  });
  it('leaves a lead that opens with a place and a dash', () => {
    const [a] = parseText('x.txt', ['Court hears closing arguments', `Stockholm - ${body[0]}`, body[1]!].join('\n\n'));
    expect(a!.publishedAt).toBeNull();
  });
});
