// Titles the twelfth Persian test set's pages print (read after its blind run; not blind). Pages
// written for the test, each rule with its false friends.
import { describe, expect, it } from 'vitest';
import { isNeverTitle } from '@/lib/parse/page-head';
import { parseText } from '@/lib/parse/text';

const BODY = 'او در دهه پنجاه به سازمان پیوست و پس از انقلاب یکی از چهره‌های شناخته‌شده آن شد؛ سال‌ها بعد از صحنه عمومی کنار رفت و از سرنوشتش خبری در دست نیست.';
const page = (url: string, ...lines: string[]) => parseText('x.txt', lines.join('\n'), { url })[0]!;

describe('a Wikipedia article’s name over the tagline «از ویکی‌پدیا، دانشنامهٔ آزاد»', () => {
  const url = 'https://fa.wikipedia.org/wiki/x';
  it('is the title, even a person’s name, with status labels between them', () => {
    expect(page(url, 'پرش به محتوا', '', 'نمونه نام‌دار', '', 'بررسی‌شده', 'صفحه حفاظت‌شده', 'از ویکی‌پدیا، دانشنامهٔ آزاد', '', 'نمونه نام‌دار', 'زادهٔ ۱ مهر ۱۳۳۰', '', BODY, BODY).title).toBe('نمونه نام‌دار');
    expect(page(url, 'مسعود رجوی', 'از ویکیپدیا، دانشنامهٔ آزاد', '', BODY, BODY).title).toBe('مسعود رجوی');
  });
  it('never takes the tagline or a status label as the title', () => {
    expect(isNeverTitle('از ویکی‌پدیا، دانشنامهٔ آزاد')).toBe(true);
    expect(isNeverTitle('From Wikipedia, the free encyclopedia')).toBe(true);
    expect(isNeverTitle('صفحه حفاظت‌شده')).toBe(true);
    expect(page(url, 'از ویکی‌پدیا، دانشنامهٔ آزاد', '', BODY, BODY).title).not.toContain('ویکی');
  });
  it('leaves a page without the tagline, and a headline that only mentions Wikipedia', () => {
    expect(page('https://news.example.com/1', 'مسعود رجوی', '', 'زندگی‌نامه او در ویکی‌پدیا دوباره ویرایش شد', '', BODY, BODY).title).toBe('زندگی‌نامه او در ویکی‌پدیا دوباره ویرایش شد');
    expect(isNeverTitle('از ویکی‌پدیا، دانشنامهٔ آزاد تا دانشنامه‌های بسته')).toBe(false);
  });
});

describe('a series headline under a teaser paragraph («… – بخش اول»)', () => {
  const url = 'https://site.example.org/fa/posts/1';
  const TEASER = 'اسنادی که از سال‌های حضور گروه در خاک همسایه به جا مانده نشان می‌دهد هزینه‌های آن از کجا تأمین می‌شد و چه کسانی در این داد و ستد دست داشتند، موضوعی که تا امروز کمتر به آن پرداخته شده است!';
  it('is the title when the head gives none', () => {
    expect(page(url, TEASER, 'بررسی اسناد مالی گروه در سال‌های جنگ – بخش اول', '', BODY, BODY).title).toBe('بررسی اسناد مالی گروه در سال‌های جنگ – بخش اول');
    expect(page(url, TEASER, 'بررسی اسناد مالی گروه در سال‌های جنگ (قسمت ۲)', '', BODY, BODY).title).toBe('بررسی اسناد مالی گروه در سال‌های جنگ (قسمت ۲)');
  });
  it.each([
    ['a bare part label', 'بخش اول'],
    ['a short label with a part', 'اسناد – بخش اول'],
    ['a sentence ending before the part', 'این گزارش در چند شماره منتشر می‌شود. – بخش اول'],
    ['a part named inside the line, not closing it', 'بخش اول این گزارش درباره اسناد مالی گروه است'],
  ])('leaves %s', (_what, line) => {
    expect(page(url, TEASER, line, '', BODY, BODY).title).not.toBe(line);
  });
});
