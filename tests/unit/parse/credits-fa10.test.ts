// Credits the tenth Persian test set's carried texts print (read after its blind run; not blind).
// Lines written for the test, each with a false friend.
import { describe, expect, it } from 'vitest';
import { creditedOutlet } from '@/lib/parse/page-head';
import { parseText } from '@/lib/parse/text';

const BODY = 'نماینده‌ای در کنگره گفت قطعنامه تازه از خواست مردم برای تغییر حمایت می‌کند و شمار امضاکنندگان آن رو به افزایش است.';

describe('an aggregator’s summary, a dash, then the lead’s «به گزارش X»', () => {
  it('credits X', () => {
    expect(creditedOutlet(['خلاصه‌ای از خبر که جمع‌کننده بالای متن می‌گذارد. - به گزارش خبرنگار جماران، ' + BODY])).toBe('Jamaran');
    expect(creditedOutlet(['خلاصه خبر! — به گزارش جماران، ' + BODY])).toBe('Jamaran');
  });
  it('does not read a dash inside a sentence or a range as the break', () => {
    expect(creditedOutlet(['سال‌های ۱۳۹۸-به گزارش جماران، ' + BODY])).toBeNull();
    expect(creditedOutlet(['او گفت که - به گزارش جماران، ' + BODY])).toBeNull();
  });
});

describe('an aggregator’s header row with a «منبع:» cell', () => {
  it('credits the outlet the cell names', () => {
    expect(creditedOutlet(['شناسه خبر: 62176247 - سرویس سیاسی', 'نسخه قابل چاپ منبع: روزنامه شهروند | لینک خبر', BODY])).toBe('Shahrvand (Tehran daily)');
    expect(creditedOutlet(['منبع: جماران | لینک خبر', BODY])).toBe('Jamaran');
  });
  it('does not take a cell that is no outlet’s name, or a source named in prose', () => {
    expect(creditedOutlet(['نسخه قابل چاپ منبع: مهر ۱۴۰۲ | لینک خبر', BODY])).toBeNull();
    expect(creditedOutlet(['منبع: شهروند | لینک خبر', BODY])).toBeNull();
    expect(creditedOutlet(['او گفت منبع: روزنامه شهروند بوده است و نه دیگری.', BODY])).toBeNull();
  });
});

describe('a dated head credit naming the outlet’s site and edition («سایت X(فارسی) ۱۳/۴/۹۷ :»)', () => {
  const url = 'https://blog.example.blogspot.com/2018/07/post.html';
  const page = (...lines: string[]) => parseText('x.txt', lines.join('\n\n'), { url })[0]!;
  it('credits X with the day of its item, a two-digit year in Persian figures read as Solar', () => {
    const a = page('۱۳۹۷ تیر ۱۵, جمعه', 'گوشه‌ای از تاریخ یک سازمان', 'سایت رادیو فرانسه(فارسی) ۱۳/۴/۹۷ : « .. ' + BODY + ' ' + BODY);
    expect(a).toMatchObject({ publisherName: 'Radio France Internationale', publishedAt: '2018-07-04' });
  });
  it('does not credit a speaker, nor take a figure that is no day', () => {
    expect(page('گوشه‌ای از تاریخ یک سازمان', 'سایت مریم رجوی ۱۳/۴/۹۷ : « .. ' + BODY + ' ' + BODY).publisherName).not.toBe('Radio France Internationale');
    expect(page('گوشه‌ای از تاریخ یک سازمان', 'سایت رادیو فرانسه(فارسی) ۱۳/۴۵/۹۷ : « .. ' + BODY + ' ' + BODY).publishedAt).not.toBe('2018-07-04');
  });
});

describe('a news organisation’s name alone between a carried standfirst and the body', () => {
  const url = 'https://carrier.example.org/iran/1';
  const page = (...ps: string[]) => parseText('x.txt', ps.join('\n\n'), { url })[0]!;
  const LEAD = 'خانواده و وکیل یک کارمند سازمان امدادی که چند ماه بازداشت بود، روز دوشنبه در نشستی با خبرنگاران از سلامت او و شرایط نگهداری‌اش گفتند و خواستار رسیدگی مستقل به پرونده شدند';
  it('credits that organisation, the site carrying it', () => {
    expect(page('عنوان خبر درباره آزادی امدادگر', LEAD, 'بی بی سی فارسی', BODY + ' ' + BODY, BODY)).toMatchObject({ publisherName: 'BBC', via: 'carrier.example.org' });
  });
  it('does not credit one of several names heading paragraphs, nor a name with a heading, not the body, under it', () => {
    expect(page('واکنش رسانه‌ها', LEAD, 'بی بی سی فارسی', BODY + ' ' + BODY, 'رادیو فردا', BODY + ' ' + BODY, BODY, BODY, BODY).publisherName).toBe('carrier.example.org');
    expect(page('عنوان خبر درباره آزادی امدادگر', LEAD, 'بی بی سی فارسی', 'گفت‌وگوی کوتاه', BODY + ' ' + BODY, BODY, BODY, BODY).publisherName).toBe('carrier.example.org');
  });
});
