// A wiki's old revision prints the day of the version shown (fa-test8's wrong date, read after its
// blind run; not blind). Pages written for the test, with the dates that must not be taken for it.
import { describe, expect, it } from 'vitest';
import { parseText } from '@/lib/parse/text';

const WIKI = 'https://wiki.example/w/index.php?oldid=1';
const page = (...lines: string[]) => parseText('x.txt', lines.join('\n'), { url: WIKI })[0]!;
const BODY = 'روز ۱۷ ژوئن ۲۰۰۳ نیروهای پلیس به دفتر یک سازمان در حومه پاریس یورش بردند و ده‌ها نفر را بازداشت کردند؛ بیشتر آنان در روزهای بعد آزاد شدند و پرونده سال‌ها در دادگاه ماند.';
const MORE = 'در هفته‌های بعد چند تجمع اعتراضی در شهرهای اروپا برگزار شد و گروهی از نمایندگان پارلمان نیز بیانیه دادند.';

describe('a wiki revision line', () => {
  it('gives the version’s day, in Persian and in English', () => {
    expect(page('صفحه تمرین', '', 'از ویکی نمونه', 'نسخهٔ تاریخ ۵ ژوئن ۲۰۱۸، ساعت ۱۵:۴۳ توسط ویرایشگر (بحث | مشارکت‌ها) (اصلاح ارقام)', '', BODY, MORE)).toMatchObject({ publishedAt: '2018-06-05' });
    expect(page('Sandbox', '', 'Revision as of 15:43, 5 June 2018 by Editor (talk | contribs)', '', BODY, MORE)).toMatchObject({ publishedAt: '2018-06-05' });
  });

  it('is only the revision line’s shape, near the top', () => {
    // A sentence of prose that happens to begin with the words.
    expect(page('صفحه تمرین', '', BODY, MORE, MORE, 'نسخه تاریخ ۵ ژوئن ۲۰۱۸، ساعت ۱۵:۴۳ را در بایگانی ببینید.').publishedAt).not.toBe('2018-06-05');
  });
});
