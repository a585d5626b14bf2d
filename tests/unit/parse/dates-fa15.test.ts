// Persian date lines the fifteenth Persian test set showed after its blind run (not blind). Lines
// written for the test.
import { describe, expect, it } from 'vitest';
import { dateOfLine } from '@/lib/parse/page-head';
import { parseText } from '@/lib/parse/text';

describe('a date line with its time, the item’s code and its section', () => {
  it('is the day', () => {
    expect(dateOfLine('۲۲ فروردین ۱۳۹۰ | ۱۳:۴۴ کد : ۶۲۴ از دیگر رسانه‌ها', { dayFirst: true })).toEqual({ date: '2011-04-11', precision: 'day' });
    expect(dateOfLine('۳ مهر ۱۴۰۲ | ۰۹:۱۵ کد خبر: ۱۲۳۴۵', { dayFirst: true })).toEqual({ date: '2023-09-25', precision: 'day' });
  });
  it('leaves a line that goes on with words after the code', () => {
    expect(dateOfLine('۲۲ فروردین ۱۳۹۰ | ۱۳:۴۴ کد : ۶۲۴ از دیگر رسانه‌ها و خبرگزاری‌ها خبر رسید', { dayFirst: true }).precision).toBe('unknown');
  });
});

describe('a wiki diff page’s summary of the change shown', () => {
  const DIFF = (summary: string) =>
    [
      'قتل عام: تفاوت میان نسخه‌ها',
      '',
      summary,
      'خط ۱۱۱: خط ۱۱۱:',
      'یکی از مسئولان وقت در گفت‌وگویی گفت که پرونده زندانیان در آن تابستان در چند دقیقه بررسی می‌شد و بسیاری از آنان پس از آن اعدام شدند و خانواده‌ها هرگز خبری نیافتند.',
    ].join('\n');
  it('dates the page by the newer version’s day', () => {
    expect(parseText('x.txt', DIFF('۷٬۹۲۰ بایت اضافه‌شده ،  ۲۷ دسامبر ۲۰۲۳'))[0]!.publishedAt).toBe('2023-12-27');
    expect(parseText('x.txt', DIFF('1,204 bytes removed, 3 March 2021'))[0]!.publishedAt).toBe('2021-03-03');
  });
});
