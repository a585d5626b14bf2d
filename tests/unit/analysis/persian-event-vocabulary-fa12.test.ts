// Persian event vocabulary changed after the twelfth Persian test set's blind run (its misses read,
// not blind): the Aban 1398 protests named with the plural «اعتراض‌های» as well as «اعتراضات».
// Sentences written for these tests, with the false friends the change must leave alone.
import { describe, expect, it } from 'vitest';
import { slugs } from './event-slugs';

describe('«اعتراض‌های آبان ۹۸» names the November 2019 protests', () => {
  it('links the name with its year, the joiner typed or lost', () => {
    expect(slugs('عکسی از یکی از خیابان‌های شیراز در جریان اعتراض‌های آبان ۹۸ منتشر شد.')).toContain('november-2019-protests');
    expect(slugs('خانواده‌های کشته‌شدگان اعتراضهای آبان ۱۳۹۸ بار دیگر خواستار دادرسی شدند.')).toContain('november-2019-protests');
  });
  it('leaves protests in another Aban, and the month without protests', () => {
    expect(slugs('اعتراض‌های آبان ۱۴۰۱ در چند شهر کردستان ادامه داشت.', '2022-11-20')).not.toContain('november-2019-protests');
    expect(slugs('در آبان ۹۸ قرارداد تازه‌ای برای ساخت پل امضا شد.')).not.toContain('november-2019-protests');
  });
});
