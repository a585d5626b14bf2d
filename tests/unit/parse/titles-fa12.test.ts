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
