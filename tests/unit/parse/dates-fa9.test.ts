// Dates the ninth Persian test set's pages print (read after its blind run; not blind). Pages
// written for the test, each with a date that must not be taken for the page's.
import { describe, expect, it } from 'vitest';
import { parseText } from '@/lib/parse/text';
import { findPersianDate } from '@/lib/parse/persian-dates';

const WIKI = 'https://wiki.example/w/index.php?diff=2';
const page = (...lines: string[]) => parseText('x.txt', lines.join('\n'), { url: WIKI })[0]!;
const BODY = 'روز ۱۷ ژوئن ۲۰۰۳ نیروهای پلیس به دفتر یک سازمان در حومه پاریس یورش بردند و ده‌ها نفر را بازداشت کردند؛ بیشتر آنان در روزهای بعد آزاد شدند و پرونده سال‌ها در دادگاه ماند.';
const MORE = 'در هفته‌های بعد چند تجمع اعتراضی در شهرهای اروپا برگزار شد و گروهی از نمایندگان پارلمان نیز بیانیه دادند.';

describe('a wiki diff’s column head without «تاریخ»', () => {
  it('gives the version’s day, even below the quoted prose of a diff page', () => {
    expect(page('صفحه تمرین: تفاوت میان نسخه‌ها', '', 'از ویکی نمونه', BODY, BODY, '', 'نسخهٔ ۱۲ مهٔ ۲۰۲۰، ساعت ۰۹:۱۰', '', MORE)).toMatchObject({ publishedAt: '2020-05-12' });
  });
  it('does not take prose that opens with «نسخه» and a date', () => {
    expect(page('صفحه تمرین', '', 'نسخهٔ ۱۲ مهٔ ۲۰۲۰، ساعت ۰۹:۱۰ در جلسه هیئت مدیره خوانده شد و تصویب نشد', BODY, MORE).publishedAt).not.toBe('2020-05-12');
  });
  it('looks below the prose only on a diff page', () => {
    expect(page('صفحه تمرین', '', BODY, BODY, MORE, MORE, 'نسخهٔ ۱۲ مهٔ ۲۰۲۰، ساعت ۰۹:۱۰').publishedAt).not.toBe('2020-05-12');
  });
});

describe('a reviewed wiki page’s stable-version notice', () => {
  it('gives the day the version was checked', () => {
    expect(page('صفحه تمرین', '', 'این نسخهٔ پایداری است که در ۳ مارس ۲۰۲۳ بررسی شده است.', '', BODY, MORE)).toMatchObject({ publishedAt: '2023-03-03' });
  });
  it('does not take another sentence about a version', () => {
    expect(page('صفحه تمرین', '', 'نسخهٔ نهایی این گزارش در ۳ مارس ۲۰۲۳ منتشر خواهد شد و بررسی آن ادامه دارد.', '', BODY, MORE).publishedAt).not.toBe('2023-03-03');
  });
});

describe('a day written with a dot after it', () => {
  it('reads «7. مرداد 1401» as a whole day', () => {
    expect(findPersianDate('7. مرداد 1401 - 14:32 | کد مطلب: 100')).toMatchObject({ date: '2022-07-29', precision: 'day' });
  });
  it('does not read a figure ending a sentence as the day', () => {
    expect(findPersianDate('شمار زندانیان به 7.مرداد 1401')?.precision).not.toBe('day');
    expect(findPersianDate('بند 3.5 مرداد 1401')?.date).not.toBe('2022-07-29');
  });
});

describe('a numeric Solar stamp with its time at the end of a head line', () => {
  const LEAD = 'نمایندگان دو طرف در این دیدار درباره پرونده‌های حقوقی و وضعیت پناهندگان گفت‌وگو کردند و قرار شد گفت‌وگوها در هفته‌های آینده ادامه یابد و گزارش آن منتشر شود.';
  const news = (...lines: string[]) => parseText('x.txt', lines.join('\n'), { url: 'https://paper.example/news/1' })[0]!;
  it('gives the stamp’s day, even behind a list bullet', () => {
    expect(news('• تقویم روزنامه نمونه ۱۴۰۲-۰۳-۰۵ - ۱۰:۲۰', 'گزارشی از یک دیدار', '', LEAD, MORE)).toMatchObject({ publishedAt: '2023-05-26' });
  });
  it('does not take such a day without its time, nor one inside a sentence', () => {
    expect(news('گزارشی از یک دیدار', '', 'جلسه در ۱۴۰۲-۰۳-۰۵ - ۱۰:۲۰ ساعت طول کشید و نتیجه‌ای نداشت؛ نمایندگان هر دو طرف بعدا گفتند که گفت‌وگوها ادامه خواهد یافت.', MORE).publishedAt).not.toBe('2023-05-26');
  });
});
