// Dates the eleventh Persian test set's pages print (read after its blind run; not blind). Lines
// written for the test, each with a date that must not be read.
import { describe, expect, it } from 'vitest';
import { dateOfLine } from '@/lib/parse/page-head';
import { creditedDay, parseText } from '@/lib/parse/text';

const fa = (s: string) => dateOfLine(s, { dayFirst: true });
const BODY = 'گزارشگر ویژه در نشستی در ژنو از جامعه جهانی خواست برای پاسخ‌گو کردن مرتکبان گام‌های عینی بردارد و سازوکار تحقیق را فعال کند.';

describe('a day with its clock time under the label «زمان:» or «ساعت:»', () => {
  it('reads the day, also after a section label and a bar', () => {
    expect(fa('3 مارس 2022، زمان: 08:05')).toEqual({ date: '2022-03-03', precision: 'day' });
    expect(fa('۱۲ آبان ۱۴۰۱، ساعت: ۰۹:۳۰')).toEqual({ date: '2022-11-03', precision: 'day' });
    expect(creditedDay('اخبار دادگاه | 3 مارس 2022، زمان: 08:05')).toEqual({ date: '2022-03-03', precision: 'day' });
  });
  it('reads no day from a time alone or a label inside prose', () => {
    expect(fa('زمان: 08:05').precision).toBe('unknown');
    expect(fa('جلسه بعدی در زمان: 08:05').precision).toBe('unknown');
    expect(fa('3 مارس 2022 زمان جلسه بود و نه 08:05').precision).toBe('unknown');
  });
});

describe('a weather widget’s clock above the headline', () => {
  const url = 'https://news.example.com/item-1/';
  const page = (...lines: string[]) => parseText('x.txt', lines.join('\n\n'), { url })[0]!;
  it('is not the item’s date', () => {
    expect(page('18.5 C', 'London', 'Monday, March 7, 2022', 'عنوان خبر درباره نشست ژنو', BODY + ' ' + BODY).publishedAt).toBeNull();
    expect(page('-3 °F', 'Toronto', 'Monday, March 7, 2022', 'عنوان خبر درباره نشست ژنو', BODY + ' ' + BODY).publishedAt).toBeNull();
  });
  it('leaves a date line with no temperature over it, and a figure that is no temperature', () => {
    expect(page('Monday, March 7, 2022', 'عنوان خبر درباره نشست ژنو', BODY + ' ' + BODY).publishedAt).toBe('2022-03-07');
    expect(page('18.5', 'Monday, March 7, 2022', 'عنوان خبر درباره نشست ژنو', BODY + ' ' + BODY).publishedAt).toBe('2022-03-07');
  });
});
