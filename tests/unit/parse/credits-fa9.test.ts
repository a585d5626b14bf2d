// A source line naming an agency by a short name that is also a common word (fa-test9's f9-034,
// read after its blind run; not blind). Lines written for the test.
import { describe, expect, it } from 'vitest';
import { creditedOutlet } from '@/lib/parse/page-head';

const BODY = 'نماینده‌ای در کنگره گفت قطعنامه تازه از خواست مردم برای تغییر حمایت می‌کند و شمار امضاکنندگان آن رو به افزایش است.';

describe('«منبع: مهر» and «منبع: فارس»', () => {
  it('credit Mehr and Fars when the source line holds the name alone', () => {
    expect(creditedOutlet([BODY, 'منبع: مهر'])).toBe('Mehr News Agency');
    expect(creditedOutlet([BODY, 'منبع : فارس.'])).toBe('Fars News Agency');
  });
  it('do not read the month, the province or the word inside a sentence as the agency', () => {
    expect(creditedOutlet([BODY, 'منبع: مهر ۱۴۰۲'])).toBeNull();
    expect(creditedOutlet([BODY, 'منبع: استانداری فارس'])).not.toBe('Fars News Agency');
    expect(creditedOutlet(['این خبر در مهر ماه منتشر شد و منبع آن روشن نیست.', BODY])).toBeNull();
  });
});
