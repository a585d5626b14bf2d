// Dates as Persian pages write them, read into Gregorian calendar dates with their precision.
// The Solar Hijri (Jalali) calendar is converted with jalaali-js (Borkowski's algorithm).
//
// Shapes read (digits in any script, also glued to the words, month names with or without «ماه»):
//   ۲۷ آبان ۱۳۹۸ · ۲۷آبان۹۸ (two-digit years: ≥ 50 → 13xx, else 14xx) · آبان ۱۳۹۸ (month) ·
//   1398/08/27 · ۱۳۹۸-۰۸-۲۷ · 27-08-1398 and 27/08/1398 (day first, a Solar year) · ۱۶ - فروردین - ۱۳۹۸ ·
//   ۱۳۸۹ اسفند ۱۱ and «1398 آذر 4, دوشنبه» (year first) · «تیر ۱۳, ۱۳۹۷» and «تیر-۲۷ ۱۳۹۵» (month first) ·
//   weekday-led datelines («چهارشنبه ١٦ اسفند ١٤٠٢»; a weekday that does not fit the date makes the
//   reading doubtful and it is dropped) · Gregorian months in Persian (۱۹ سپتامبر ۲۰۱۸, ۱۰ ژانویه 2019) ·
//   a day written as an ordinal word (بیست و هشتم ژانویه ۲۰۱۸, سوم مرداد ۱۳۶۷, سی‌ام آبان ۱۳۹۸) ·
//   a weekly's span of days in one month («جمعه ۱۶ تا ۲۲ دی‌ماه ۱۴۰۱», read as its first day) ·
//   a Gregorian date in figures, day first as Persian writes it («تاریخ انتشار :04.09.2016»).
// A day and month without a year («سه‌شنبه ۳۰ خرداد») is not a date: the year cannot be known.
// A date stamp run into the lead is read when its weekday follows and fits it (openingDateline).
//
// Site clocks: many pages begin with the crawl-time clock ("امروز: شنبه ۳ آذر ۱۴۰۳", "خبر فوری …",
// "به روز شده در …"). Those lines are the time the page was saved, not the article's date, and are
// skipped (isClockLine); a page's "تاریخ انتشار" (published) wins over its "آخرین بروزرسانی" (updated).
import { toGregorian, isValidJalaaliDate } from 'jalaali-js';
import { foldPersian, solarYear } from '@/lib/analysis/persian';

export { solarYear, gregorianYearsInPersian } from '@/lib/analysis/persian';
import type { DatePrecision } from './types';

export interface PersianDate {
  /** YYYY-MM-DD (Gregorian); parts beyond `precision` are 01. */
  date: string;
  precision: DatePrecision;
  /** Offsets in the folded text (same length as the input for the shapes read here). */
  start: number;
  end: number;
}

export const SOLAR_MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'] as const;

// Gregorian month names as Persian text writes them. «مه» and «می» (May) are also ordinary words,
// so they only count between a day and a four-digit year.
const GREGORIAN_MONTHS: ReadonlyArray<[string, number]> = [
  ['ژانویه', 1], ['ژانویهٔ', 1], ['ژانوئیه', 1], ['فوریه', 2], ['فبریه', 2], ['مارس', 3], ['آوریل', 4], ['آپریل', 4],
  ['مه', 5], ['می', 5], ['ژوئن', 6], ['ژوین', 6], ['جون', 6], ['ژوئیه', 7], ['ژوییه', 7], ['جولای', 7], ['اوت', 8], ['آگوست', 8],
  ['اگوست', 8], ['سپتامبر', 9], ['اکتبر', 10], ['نوامبر', 11], ['دسامبر', 12],
];
const GREGORIAN_BY_NAME = new Map(GREGORIAN_MONTHS);
const SOLAR_BY_NAME = new Map<string, number>(SOLAR_MONTHS.map((m, i) => [m, i + 1]));
/**
 * The same Solar months by their Afghan (Dari) names, the zodiac's (حمل for فروردین … حوت for
 * اسفند), as Afghan sites and Dari services print them («جوزا 31, 1402»). Most are ordinary words
 * too (میزان amount, جدی serious, سرطان cancer, اسد a name), so they are read only with a day and a
 * four-digit Solar year, never as a month alone.
 */
export const DARI_MONTHS = ['حمل', 'ثور', 'جوزا', 'سرطان', 'اسد', 'سنبله', 'میزان', 'عقرب', 'قوس', 'جدی', 'دلو', 'حوت'] as const;
const DARI_BY_NAME = new Map<string, number>(DARI_MONTHS.map((m, i) => [m, i + 1]));

/** Saturday = 6 … Friday = 5, as JavaScript's getUTCDay counts (Sunday = 0). */
const WEEKDAYS: ReadonlyArray<[string, number]> = [
  ['شنبه', 6], ['یکشنبه', 0], ['یک شنبه', 0], ['دوشنبه', 1], ['دو شنبه', 1], ['سه شنبه', 2], ['سهشنبه', 2],
  ['چهارشنبه', 3], ['چهار شنبه', 3], ['پنجشنبه', 4], ['پنج شنبه', 4], ['جمعه', 5],
  // «آدینه», the literary name for Friday, as some exile sites print their date line.
  ['آدینه', 5],
];

const ALT = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).join('|');
const SOLAR_ALT = ALT(SOLAR_MONTHS);
const DARI_ALT = ALT(DARI_MONTHS);
const GREG_ALT = ALT(GREGORIAN_MONTHS.map(([n]) => n).filter((n) => n !== 'مه' && n !== 'می'));
const WEEKDAY_ALT = ALT(WEEKDAYS.map(([n]) => n.replace(/ /g, '[\\s\\u200c]?')));
// A Persian month name may carry «ماه» («مردادماه»), attached or not.
const MAH = '(?:[\\s\\u200c]?ماه)?';
const SEP = '[\\s\\u200c]*';
const NOT_DIGIT_BEFORE = '(?<![\\d])';
const NOT_DIGIT_AFTER = '(?![\\d])';

// A day written as an ordinal word: یکم (or اول) … نهم, دهم … بیستم, «بیست و یکم» … «سی و یکم»,
// the parts of a compound joined by spaces, a ZWNJ or nothing. Folded spellings (Persian yeh).
const ORDINAL_UNITS: ReadonlyArray<[string, number]> = [
  ['یکم', 1], ['دوم', 2], ['سوم', 3], ['چهارم', 4], ['پنجم', 5], ['ششم', 6], ['هفتم', 7], ['هشتم', 8], ['نهم', 9],
];
const ORDINAL_WHOLE: ReadonlyArray<[string, number]> = [
  ['اول', 1], ['دهم', 10], ['یازدهم', 11], ['دوازدهم', 12], ['سیزدهم', 13], ['چهاردهم', 14], ['پانزدهم', 15], ['پونزدهم', 15],
  ['شانزدهم', 16], ['هفدهم', 17], ['هفتدهم', 17], ['هجدهم', 18], ['هیجدهم', 18], ['هژدهم', 18], ['نوزدهم', 19], ['بیستم', 20],
  ['سی ام', 30], ['سیام', 30],
];
const ORDINAL_TENS: ReadonlyArray<[string, number]> = [['بیست', 20], ['سی', 30]];
const ORDINAL_ALT = [
  `(?:${ORDINAL_TENS.map(([n]) => n).join('|')})[\\s\\u200c]*و[\\s\\u200c]*(?:${ALT(ORDINAL_UNITS.map(([n]) => n))})`,
  ALT([...ORDINAL_UNITS, ...ORDINAL_WHOLE].map(([n]) => n.replace(/ /g, '[\\s\\u200c]?'))),
].join('|');
// Not inside a word («اول» ends «تاول», «سوم» ends «رسوم»), and not a part of the month: «هفته
// دوم مرداد ۱۴۰۰» is its second week, «نیمه اول مهر» its first half, not a day.
const ORDINAL = `(?<![\\p{L}\\u200c])(?<!(?:نیمه|هفته|دهه)[\\s\\u200c]+)(${ORDINAL_ALT})`;

/** The day an ordinal word names («بیست و هشتم» → 28), null for anything else. */
function ordinalDay(word: string): number | null {
  const w = word.replace(/[\s\u200c]+/g, ' ').trim();
  const flat = w.replace(/ /g, '');
  const whole = [...ORDINAL_UNITS, ...ORDINAL_WHOLE].find(([n]) => n.replace(/ /g, '') === flat);
  if (whole) return whole[1];
  const m = /^(بیست|سی)\s?و\s?(.+)$/u.exec(w);
  const tens = m ? ORDINAL_TENS.find(([n]) => n === m[1])?.[1] : undefined;
  const unit = m ? ORDINAL_UNITS.find(([n]) => n === m[2]!.replace(/ /g, ''))?.[1] : undefined;
  return tens !== undefined && unit !== undefined ? tens + unit : null;
}

// Tried in this order at every position; the first that reads a valid date wins.
const SHAPES: Array<{ re: RegExp; read: (m: RegExpExecArray) => Reading | null }> = [
  // 1398/08/27, 1398-08-27, 1398.08.27 (a Solar year first)
  {
    re: new RegExp(`${NOT_DIGIT_BEFORE}(1[34]\\d\\d)\\s*([/\\-.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})${NOT_DIGIT_AFTER}`, 'gu'),
    read: (m) => solar(Number(m[1]), Number(m[3]), Number(m[4])),
  },
  // 27-08-1398, 27/08/1398 (a day first, a Solar year last)
  {
    re: new RegExp(`${NOT_DIGIT_BEFORE}(\\d{1,2})\\s*([/\\-.])\\s*(\\d{1,2})\\s*\\2\\s*(1[34]\\d\\d)${NOT_DIGIT_AFTER}`, 'gu'),
    read: (m) => solar(Number(m[4]), Number(m[3]), Number(m[1])),
  },
  // 04.09.2016, 10/09/2018, 10-09-2018 (a Gregorian year last): Persian writes the day first, as
  // it does for a Solar date, so a date that reads both ways is 4 September, not 9 April. One that
  // only reads month-first (09/27/2018) is not read here and is left to the English reading.
  {
    re: new RegExp(`${NOT_DIGIT_BEFORE}(\\d{1,2})\\s*([/\\-.])\\s*(\\d{1,2})\\s*\\2\\s*((?:19|20)\\d\\d)${NOT_DIGIT_AFTER}`, 'gu'),
    read: (m) => gregorian(Number(m[4]), Number(m[3]), Number(m[1])),
  },
  // چهارشنبه 88 تیر 24 (a weekday, then a two-digit year, month and day): a blog platform's post
  // stamp. Only after a weekday, which must fit the date: «88 تیر 24» alone may be counts.
  {
    re: new RegExp(`(?<=(?:${WEEKDAY_ALT})[\\s\\u200c،,]*)(\\d{2})${SEP}(${SOLAR_ALT})${MAH}${SEP}(\\d{1,2})${NOT_DIGIT_AFTER}`, 'gu'),
    read: (m) => solar(solarYear(m[1]!), SOLAR_BY_NAME.get(m[2]!)!, Number(m[3])),
  },
  // ۱۳۸۹ اسفند ۱۱ (year, month, day)
  {
    re: new RegExp(`${NOT_DIGIT_BEFORE}(1[34]\\d\\d)${SEP}(${SOLAR_ALT})${MAH}${SEP}(\\d{1,2})${NOT_DIGIT_AFTER}`, 'gu'),
    read: (m) => solar(Number(m[1]), SOLAR_BY_NAME.get(m[2]!)!, Number(m[3])),
  },
  // ۲۷ آبان ۱۳۹۸ / ۲۷آبان۹۸ / ۲۷ آبان‌ماه سال ۹۸ (day, month, year); some sites write the day as
  // an ordinal with a dot, German-style («7. مرداد 1401»), the dot always followed by a space, or
  // with the Persian ordinal suffix glued on («6ام خرداد, 1402»: the 6th of Khordad).
  {
    re: new RegExp(`${NOT_DIGIT_BEFORE}(\\d{1,2})(?:\\.(?=\\s)|ام(?=[\\s\\u200c]))?${SEP}(${SOLAR_ALT})${MAH}${SEP}[،,]?${SEP}(?:سال${SEP})?(\\d{4}|\\d{2})${NOT_DIGIT_AFTER}`, 'gu'),
    read: (m) => solar(solarYear(m[3]!), SOLAR_BY_NAME.get(m[2]!)!, Number(m[1])),
  },
  // ۱۶ - فروردین - ۱۳۹۸ (day, month and a four-digit year set apart by dashes: a site's date stamp)
  {
    re: new RegExp(`${NOT_DIGIT_BEFORE}(\\d{1,2})\\s*[-–]\\s*(${SOLAR_ALT})${MAH}\\s*[-–]\\s*(1[34]\\d\\d)${NOT_DIGIT_AFTER}`, 'gu'),
    read: (m) => solar(Number(m[3]), SOLAR_BY_NAME.get(m[2]!)!, Number(m[1])),
  },
  // ۱۶ تا ۲۲ دی‌ماه ۱۴۰۱ (a weekly's issue: a span of days in one month) → its first day, the issue's
  // date; a weekday before it must fit that day, and one before the last day («جمعه ۱۸ تا پنجشنبه
  // ۲۴ بهمن ۱۳۹۸») must fit that one.
  {
    re: new RegExp(`${NOT_DIGIT_BEFORE}(\\d{1,2})${SEP}(?:تا|الی)${SEP}(?:(${WEEKDAY_ALT})[\\s\\u200c،,]*)?(\\d{1,2})${SEP}(${SOLAR_ALT})${MAH}${SEP}[،,]?${SEP}(?:سال${SEP})?(\\d{4}|\\d{2})${NOT_DIGIT_AFTER}`, 'gu'),
    read: (m) => {
      if (Number(m[1]) >= Number(m[3])) return null;
      const [year, month] = [solarYear(m[5]!), SOLAR_BY_NAME.get(m[4]!)!];
      const last = m[2] ? solar(year, month, Number(m[3])) : null;
      if (m[2] && (!last || isWeekdayOf(m[2], last) === false)) return null;
      return solar(year, month, Number(m[1]));
    },
  },
  // سوم مرداد ۱۳۶۷, بیست و هشتم آبان‌ماه ۹۸ (an ordinal day, month, year)
  {
    re: new RegExp(`${ORDINAL}${SEP}(${SOLAR_ALT})${MAH}${SEP}[،,]?${SEP}(?:سال${SEP})?(\\d{4}|\\d{2})${NOT_DIGIT_AFTER}`, 'gu'),
    read: (m) => {
      const d = ordinalDay(m[1]!);
      return d === null ? null : solar(solarYear(m[3]!), SOLAR_BY_NAME.get(m[2]!)!, d);
    },
  },
  // تیر ۱۳, ۱۳۹۷ (month, day, year)
  {
    re: new RegExp(`(?<![\\p{L}])(${SOLAR_ALT})${MAH}${SEP}(\\d{1,2})${SEP}[,،]${SEP}(1[34]\\d\\d)${NOT_DIGIT_AFTER}`, 'gu'),
    read: (m) => solar(Number(m[3]), SOLAR_BY_NAME.get(m[1]!)!, Number(m[2])),
  },
  // تیر-۲۷ ۱۳۹۵ (month, a dash, day, year): a site's date stamp with the month and day joined.
  // The dash is what tells the day from a count («تیر ۲۷ ۱۳۹۵» is not read).
  {
    re: new RegExp(`(?<![\\p{L}])(${SOLAR_ALT})${MAH}\\s*[-–]\\s*(\\d{1,2})${SEP}[,،]?${SEP}(1[34]\\d\\d)${NOT_DIGIT_AFTER}`, 'gu'),
    read: (m) => solar(Number(m[3]), SOLAR_BY_NAME.get(m[1]!)!, Number(m[2])),
  },
  // ۳۱ جوزا ۱۴۰۲ and «جوزا 31, 1402» (a Dari month name, with its day and a four-digit Solar year)
  {
    re: new RegExp(`${NOT_DIGIT_BEFORE}(\\d{1,2})${SEP}(${DARI_ALT})${SEP}[،,]?${SEP}(1[34]\\d\\d)${NOT_DIGIT_AFTER}`, 'gu'),
    read: (m) => solar(Number(m[3]), DARI_BY_NAME.get(m[2]!)!, Number(m[1])),
  },
  {
    re: new RegExp(`(?<![\\p{L}\\u200c])(${DARI_ALT})${SEP}(\\d{1,2})${SEP}[,،]${SEP}(1[34]\\d\\d)${NOT_DIGIT_AFTER}`, 'gu'),
    read: (m) => solar(Number(m[3]), DARI_BY_NAME.get(m[1]!)!, Number(m[2])),
  },
  // ۱۹ سپتامبر ۲۰۱۸, 10 ژانویه 2019, ۸ مه ۲۰۲۱ (a Gregorian month in Persian)
  {
    re: new RegExp(`${NOT_DIGIT_BEFORE}(\\d{1,2})${SEP}(${GREG_ALT}|مه|می)${SEP}[،,]?${SEP}((?:19|20)\\d\\d)${NOT_DIGIT_AFTER}`, 'gu'),
    read: (m) => gregorian(Number(m[3]), GREGORIAN_BY_NAME.get(m[2]!)!, Number(m[1])),
  },
  // سپتامبر 5, 2020 (a Gregorian month in Persian first, as WordPress prints an English date in
  // Persian): the comma after the day is required, as for the Solar month-first shape.
  {
    re: new RegExp(`(?<![\\p{L}])(${GREG_ALT})${SEP}(\\d{1,2})${SEP}[,،]${SEP}((?:19|20)\\d\\d)${NOT_DIGIT_AFTER}`, 'gu'),
    read: (m) => gregorian(Number(m[3]), GREGORIAN_BY_NAME.get(m[1]!)!, Number(m[2])),
  },
  // بیست و هشتم ژانویه ۲۰۱۸, سی و یکم ژوئیه 2012 (an ordinal day, a Gregorian month in Persian)
  {
    re: new RegExp(`${ORDINAL}${SEP}(${GREG_ALT}|مه|می)${SEP}[،,]?${SEP}((?:19|20)\\d\\d)${NOT_DIGIT_AFTER}`, 'gu'),
    read: (m) => {
      const d = ordinalDay(m[1]!);
      return d === null ? null : gregorian(Number(m[3]), GREGORIAN_BY_NAME.get(m[2]!)!, d);
    },
  },
  // آبان ۱۳۹۸, مرداد ۶۷ (a month of a year)
  {
    re: new RegExp(`(?<![\\p{L}\\d]\\s?)(${SOLAR_ALT})${MAH}${SEP}(?:سال${SEP})?(1[34]\\d\\d|\\d{2})${NOT_DIGIT_AFTER}`, 'gu'),
    read: (m) => solarMonth(solarYear(m[2]!), SOLAR_BY_NAME.get(m[1]!)!),
  },
  // سپتامبر ۲۰۱۸ (a Gregorian month of a year)
  {
    re: new RegExp(`(?<![\\p{L}\\d]\\s?)(${GREG_ALT})${SEP}((?:19|20)\\d\\d)${NOT_DIGIT_AFTER}`, 'gu'),
    read: (m) => ({ y: Number(m[2]), m: GREGORIAN_BY_NAME.get(m[1]!)!, d: 1, precision: 'month' }),
  },
];

interface Reading {
  y: number;
  m: number;
  d: number;
  precision: DatePrecision;
}

function solar(jy: number, jm: number, jd: number): Reading | null {
  if (!Number.isInteger(jy) || jy < 1280 || jy > 1420 || !isValidJalaaliDate(jy, jm, jd)) return null;
  const g = toGregorian(jy, jm, jd);
  return { y: g.gy, m: g.gm, d: g.gd, precision: 'day' };
}

/**
 * A Solar month as a Gregorian month: a Solar month straddles two Gregorian ones (Aban runs from
 * 23 October to 21 November), so the date is the month its 15th falls in, at month precision.
 */
function solarMonth(jy: number, jm: number): Reading | null {
  const mid = solar(jy, jm, 15);
  return mid ? { ...mid, d: 1, precision: 'month' } : null;
}

function gregorian(y: number, m: number, d: number): Reading | null {
  if (!Number.isInteger(m) || m < 1 || m > 12) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= last ? { y, m, d, precision: 'day' } : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

// Lines that show the site's clock (the time the page was saved), or a later update time.
const CLOCK_RE = /(?:امروز|خبر\s*فوری|به[\s\u200c]*روز[\s\u200c]*(?:شده|رسانی)|بروز[\s\u200c]*(?:شده|رسانی)|آخرین[\s\u200c]*(?:بروز|به[\s\u200c]*روز)|تاریخ[\s\u200c]*امروز|\btoday\b|last\s+updated?|last[\s-]+modified)/iu;

/**
 * A date line ending in an empty clock label («شنبه ۰۳ آذر ۱۴۰۳ - ساعت :»): the site's live clock,
 * whose time a script fills in and the stored copy lost. An item's own stamp prints its time.
 */
const EMPTY_CLOCK_RE = /[\s\u200c][-–—|،,]?[\s\u200c]*ساعت[\s\u200c]*:[\s\u200c]*$/u;

/** True for a line that carries the site's clock or an update time, not the article's date. */
export function isClockLine(line: string): boolean {
  const l = foldPersian(line);
  return CLOCK_RE.test(l) || EMPTY_CLOCK_RE.test(l);
}

/**
 * The first Persian-written date in the text (null when none). The text is folded first (digits
 * in any script, Arabic letters): offsets refer to the folded text, which has the input's length
 * for everything these shapes contain.
 */
export function findPersianDate(text: string): PersianDate | null {
  const s = foldPersian(text);
  let best: (PersianDate & { weekdayOk: boolean }) | null = null;
  for (const shape of SHAPES) {
    shape.re.lastIndex = 0;
    for (let m = shape.re.exec(s); m !== null; m = shape.re.exec(s)) {
      const r = shape.read(m);
      if (!r) continue;
      const weekdayOk = weekdayFits(s, m.index, r);
      if (!weekdayOk) continue;
      const found = { date: `${r.y}-${pad(r.m)}-${pad(r.precision === 'day' ? r.d : 1)}`, precision: r.precision, start: m.index, end: m.index + m[0].length, weekdayOk };
      // The earliest date in the text wins; at one position the most precise reading.
      if (!best || found.start < best.start || (found.start === best.start && rank(found.precision) > rank(best.precision))) best = found;
      break;
    }
  }
  if (!best) return null;
  const { weekdayOk: _w, ...out } = best;
  return out;
}

const rank = (p: DatePrecision) => (p === 'day' ? 3 : p === 'month' ? 2 : p === 'year' ? 1 : 0);

// A weekday right before the date («چهارشنبه ١٦ اسفند ١٤٠٢») must be the date's weekday.
const WEEKDAY_BEFORE = new RegExp(`(${WEEKDAY_ALT})[\\s\\u200c،,]*$`, 'u');
function weekdayFits(s: string, at: number, r: Reading): boolean {
  if (r.precision !== 'day') return true;
  const w = WEEKDAY_BEFORE.exec(s.slice(Math.max(0, at - 14), at));
  return w ? isWeekdayOf(w[1]!, r) !== false : true;
}

/** Whether a weekday name is the date's weekday; null for a name the list does not hold. */
function isWeekdayOf(weekday: string, r: { y: number; m: number; d: number }): boolean | null {
  const name = weekday.replace(/[\s\u200c]/g, '');
  const want = WEEKDAYS.find(([n]) => n.replace(/\s/g, '') === name)?.[1];
  return want === undefined ? null : new Date(Date.UTC(r.y, r.m - 1, r.d)).getUTCDay() === want;
}

/**
 * A dateline that opens a text with a full date and then its weekday, the site's date stamp run
 * into the lead by the copy: «۱۳۹۸ آذر ۴, دوشنبه…», «۴ آذر ۱۳۹۸، دوشنبه …». The weekday must fit
 * the date; a date opening a sentence without one («۲۷ آبان ۱۳۹۸ معترضان …») is history, not a
 * dateline, and is not read.
 */
export function openingDateline(text: string): PersianDate | null {
  const s = foldPersian(text.slice(0, 80));
  const hit = findPersianDate(s);
  if (!hit || hit.precision !== 'day' || s.slice(0, hit.start).trim() !== '') return null;
  const w = WEEKDAY_AFTER.exec(s.slice(hit.end));
  if (!w) return null;
  const [y, m, d] = hit.date.split('-').map(Number) as [number, number, number];
  return isWeekdayOf(w[1]!, { y, m, d }) === true ? hit : null;
}
// The weekday right after the date, glued to what follows or not («دوشنبهسازمان …»). The longer
// names come first, so «یکشنبه» is never read as «شنبه».
const WEEKDAY_AFTER = new RegExp(`^[\\s\\u200c،,\\-–—]*(${WEEKDAY_ALT})`, 'u');

/**
 * Everything a Persian date line may hold besides the date: weekday, time, labels («تاریخ خبر»
 * news date, «تاریخ و زمان ارسال» date and time sent), the time of day («ساعت ۱۱:۳۱ صبح»), the
 * calendar's name («خورشیدی», «میلادی»), the other calendar's figures after «برابر با» (equal to),
 * punctuation, and the item's number that news sites print on the same line («کد خبر: 1234 تاریخ
 * ثبت: …», «شناسه مطلب»).
 */
const DATE_LINE_REST = new RegExp(
  `^(?:${WEEKDAY_ALT}|تاریخ[\\s\\u200c]+و[\\s\\u200c]+زمان|تاریخ|انتشار|ثبت|ارسال|خبر|کد|شناسه|مطلب|منتشر[\\s\\u200c]*شده|منتشرشده|ساعت|ق\\.?\\s?ظ|ب\\.?\\s?ظ|صبح|عصر|بعد[\\s\\u200c]*از[\\s\\u200c]*ظهر|ظهر|شب|بامداد|خورشیدی|شمسی|هجری|میلادی|برابر[\\s\\u200c]*با|[\\d:\\s\\u200c.,،:/|()\\-–—_]|\\bam\\b|\\bpm\\b)*$`,
  'iu',
);

const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EN_MONTH = `(${ENGLISH_MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`).join('|')})\\.?`;
// The same day in English beside the Persian date ("2019 June 14 - ۲۴ خرداد ۱۳۹۸", "June 14, 2019").
const ENGLISH_DAY = [
  new RegExp(`\\b(\\d{4})\\s+${EN_MONTH}\\s+(\\d{1,2})\\b`, 'i'),
  new RegExp(`\\b${EN_MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i'),
  // The day may be glued to the month («… - 24July 2020»), as a Persian page's template sets it.
  new RegExp(`\\b(\\d{1,2})\\s*${EN_MONTH}\\s+(\\d{4})\\b`, 'i'),
];
function withoutSameEnglishDay(rest: string, date: string): string {
  for (const [i, re] of ENGLISH_DAY.entries()) {
    const m = re.exec(rest);
    if (!m) continue;
    const [y, mon, d] = i === 0 ? [m[1], m[2], m[3]] : i === 1 ? [m[3], m[1], m[2]] : [m[3], m[2], m[1]];
    const month = ENGLISH_MONTHS.findIndex((n) => n.startsWith(mon!.toLowerCase().slice(0, 3))) + 1;
    if (`${y}-${pad(month)}-${pad(Number(d))}` === date) return rest.slice(0, m.index) + ' ' + rest.slice(m.index + m[0].length);
  }
  return rest;
}

// The same day with a Gregorian month written in Persian, its year left out or not
// («۱۹سپتامبر - ۲۸شهریور ۱۴۰۱»: a site that prints both calendars).
const PERSIAN_GREGORIAN_DAY = new RegExp(`${NOT_DIGIT_BEFORE}(\\d{1,2})${SEP}(${GREG_ALT})(?:${SEP}[،,]?${SEP}((?:19|20)\\d\\d))?${NOT_DIGIT_AFTER}`, 'gu');
function withoutSameGregorianDayInPersian(rest: string, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return rest.replace(PERSIAN_GREGORIAN_DAY, (whole, day: string, month: string, year?: string) =>
    Number(day) === d && GREGORIAN_BY_NAME.get(month) === m && (!year || Number(year) === y) ? ' ' : whole,
  );
}

/**
 * A Persian date when the line is only a date (with its weekday, time or a "published" label, or
 * the same day written once more in English or with a Gregorian month in Persian).
 */
export function persianDateOnly(line: string): PersianDate | null {
  const s = foldPersian(line).trim();
  const hit = findPersianDate(s);
  if (!hit) return null;
  const rest = s.slice(0, hit.start) + ' ' + s.slice(hit.end);
  if (DATE_LINE_REST.test(rest)) return hit;
  if (hit.precision !== 'day') return null;
  return DATE_LINE_REST.test(withoutSameEnglishDay(rest, hit.date)) || DATE_LINE_REST.test(withoutSameGregorianDayInPersian(rest, hit.date)) ? hit : null;
}

/**
 * A Solar Hijri date in a URL path: Tasnim and others file articles under /1392/06/04/.
 */
export function solarDateFromPath(path: string): PersianDate | null {
  // Folders (/1403/05/08/) or one segment (/1403-05-08/), as Iranian CMSs file an item by its Solar day.
  const m = /\/(1[34]\d\d)\/(\d{1,2})\/(\d{1,2})(?=\/|$)/.exec(path) ?? /\/(1[34]\d\d)-(\d{1,2})-(\d{1,2})(?=\/|$)/.exec(path);
  if (!m) return null;
  const r = solar(Number(m[1]), Number(m[2]), Number(m[3]));
  return r ? { date: `${r.y}-${pad(r.m)}-${pad(r.d)}`, precision: 'day', start: m.index, end: m.index + m[0].length } : null;
}

/**
 * A blog post's signature line: «ارسال شده توسط نام در 88/5/7:: 1:11 صبح» (posted by … on), «نوشته
 * شده در ۲۷ آبان ۱۳۹۸ ساعت …». Persian blog platforms print the post's Solar date there, often year
 * first with a two-digit year, which is read only after such a label: elsewhere «88/5/7» may be a
 * file or case number. The date must follow the label at once; the time after it is ignored.
 */
const POSTED_LINE = /^(?:ارسال|نوشته|منتشر|ثبت)[\s\u200c]*شده(?:[\s\u200c]+(?:توسط|به[\s\u200c]+قلم)[\s\u200c]+[^\n]{1,60}?)?[\s\u200c]+در(?:[\s\u200c]+تاریخ)?[\s\u200c:]*(\S[^\n]{3,80})$/u;
export function postedLineDate(line: string): PersianDate | null {
  const s = foldPersian(line.trim());
  const m = POSTED_LINE.exec(s);
  if (!m) return null;
  const at = m.index + m[0].length - m[1]!.length;
  const short = /^(\d{2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/u.exec(m[1]!);
  if (short) {
    const r = solar(solarYear(short[1]!), Number(short[2]), Number(short[3]));
    return r ? { date: `${r.y}-${pad(r.m)}-${pad(r.d)}`, precision: 'day', start: at, end: at + short[0].length } : null;
  }
  const hit = findPersianDate(m[1]!);
  return hit && hit.start === 0 && hit.precision === 'day' ? { ...hit, start: at + hit.start, end: at + hit.end } : null;
}
