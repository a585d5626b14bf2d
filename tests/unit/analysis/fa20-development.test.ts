// Changes made after the twentieth Persian test set's blind run (its misses read, not blind): a
// text about Camp Liberty that names neither the group nor Ashraf, and a call to take the group off
// a list "of terrorism" (the noun, «تروریسم»). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { slugs } from './event-slugs';

describe('Camp Liberty named without the group', () => {
  it.each([
    'بنا به گزارش‌ها، کمپ لیبرتی دیروز هدف چند گلوله خمپاره قرار گرفت و چند تن از ساکنین زخمی شدند.',
    'Several mortar rounds hit Camp Liberty overnight, and the residents asked to be moved to safety.',
  ])('%s', (text) => {
    expect(slugs(text)).toContain('mek-camps');
  });
  it('not a camp of another name', () => {
    expect(slugs('Several mortar rounds hit a refugee camp overnight, and the residents asked to be moved to safety.')).not.toContain('mek-camps');
  });
});

describe('a list of terrorism', () => {
  it('names the delisting', () => {
    expect(slugs('شرکت‌کنندگان خواستار حذف نام سازمان مجاهدین خلق از لیست تروریسم اروپا و آمریکا شدند.')).toContain('us-delisting-2012');
  });
  it('not terrorism without a list', () => {
    expect(slugs('شرکت‌کنندگان خواستار مبارزه با تروریسم و حذف تبعیض شدند و از سازمان مجاهدین خلق نامی نبردند.')).not.toContain('us-delisting-2012');
  });
});
