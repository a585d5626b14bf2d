// Dates the twelfth Persian test set's pages print (read after its blind run; not blind). Lines
// written for the test, each with a date that must not be read.
import { describe, expect, it } from 'vitest';
import { dateOfLine } from '@/lib/parse/page-head';
import { parseText } from '@/lib/parse/text';

const fa = (s: string) => dateOfLine(s, { dayFirst: true });
const BODY = 'دولت میزبان اعلام کرد آخرین گروه از ساکنان اردوگاه کشور را ترک کرده‌اند و ساختمان‌های آن به ارتش سپرده می‌شود تا درباره آینده‌اش تصمیم گرفته شود.';

describe('a date line ending in an empty clock label («… - ساعت :»)', () => {
  const url = 'https://news.example.com/fa/news/1/x';
  const page = (...lines: string[]) => parseText('x.txt', lines.join('\n'), { url })[0]!;
  it('is the site’s live clock: the item’s own stamp under it wins', () => {
    expect(fa('دوشنبه ۱۲ آبان ۱۴۰۲ - ساعت :').precision).toBe('unknown');
    expect(page('دوشنبه ۱۲ آبان ۱۴۰۲ - ساعت :', '۵ مهر ۱۳۹۵ - ۱۰:۱۵', 'اردوگاه بسته شد', '', BODY, BODY).publishedAt).toBe('2016-09-26');
    expect(page('دوشنبه ۱۲ آبان ۱۴۰۲ | ساعت:', 'اردوگاه بسته شد', '', BODY, BODY).publishedAt).toBeNull();
  });
  it('leaves a stamp whose clock is printed, and a clock label inside prose', () => {
    expect(fa('۵ مهر ۱۳۹۵ - ساعت : ۱۰:۱۵')).toEqual({ date: '2016-09-26', precision: 'day' });
    expect(fa('۵ مهر ۱۳۹۵ - ساعت ۱۰:۱۵')).toEqual({ date: '2016-09-26', precision: 'day' });
    expect(page('۵ مهر ۱۳۹۵', 'اردوگاه بسته شد', '', BODY, BODY).publishedAt).toBe('2016-09-26');
  });
});
