// Dates the tenth Persian test set's pages print (read after its blind run; not blind). Lines
// written for the test, each with a date that must not be read.
import { describe, expect, it } from 'vitest';
import { dateOfLine } from '@/lib/parse/page-head';
import { findPersianDate } from '@/lib/parse/persian-dates';

const fa = (s: string) => dateOfLine(s, { dayFirst: true });

describe('a day with the Persian ordinal suffix («6ام خرداد, 1402»)', () => {
  it('reads the day, with the weekday and commas a template sets', () => {
    expect(fa('شنبه, 6ام خرداد, 1402')).toEqual({ date: '2023-05-27', precision: 'day' });
    expect(findPersianDate('۲۱ام تیر ۱۳۹۹')).toMatchObject({ date: '2020-07-11', precision: 'day' });
  });
  it('does not read an ordinal in prose as a date line, nor a suffix not glued to the day', () => {
    expect(fa('برای بار 6ام خرداد 1402').precision).toBe('unknown');
    expect(findPersianDate('6 امام خرداد 1402')?.date).not.toBe('2023-05-27');
  });
});

describe('the same day in English glued to its month after the Persian stamp', () => {
  it('reads «۰۳ مرداد ۱۳۹۹ - ۰۲:۲۲ - 24July 2020» under its label', () => {
    expect(fa('تاریخ انتشار: ۰۳ مرداد ۱۳۹۹ - ۰۲:۲۲ - 24July 2020')).toEqual({ date: '2020-07-24', precision: 'day' });
  });
  it('refuses the line when the English day is another day', () => {
    expect(fa('تاریخ انتشار: ۰۳ مرداد ۱۳۹۹ - ۰۲:۲۲ - 25July 2020').precision).toBe('unknown');
  });
});
