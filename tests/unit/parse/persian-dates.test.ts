// Solar Hijri and Persian-written dates → Gregorian dates with their precision. Every line here
// was written for the test in the shapes Persian pages use.
import { describe, expect, it } from 'vitest';
import { dateFromUrl, parseDateOnly, parseLooseDate } from '@/lib/parse/dates';
import { findPersianDate, gregorianYearsInPersian, isClockLine, openingDateline, persianDateOnly, postedLineDate, solarYear } from '@/lib/parse/persian-dates';
import { parseFile } from '@/lib/parse/parse-file';
import { isNeverTitle, stripTime } from '@/lib/parse/page-head';

const day = (date: string) => ({ date, precision: 'day' });
const month = (date: string) => ({ date, precision: 'month' });

describe('Persian dates', () => {
  it.each([
    ['۲۷ آبان ۱۳۹۸', day('2019-11-18')],
    ['1398/08/27', day('2019-11-18')],
    ['۱۳۹۸-۰۸-۲۷', day('2019-11-18')],
    ['27-08-1398', day('2019-11-18')],
    ['٢٧ آبان ١٣٩٨', day('2019-11-18')],
    ['۲۷ آبان ۱٣٩٨', day('2019-11-18')], // Persian and Arabic-Indic digits in one number
    ['۲۷آبان۹۸', day('2019-11-18')], // glued, two-digit year
    ['۲۷ آبان‌ماه ۹۸', day('2019-11-18')],
    ['۱ فروردین ۱۴۰۰', day('2021-03-21')],
    ['۳۰ اسفند ۱۳۹۹', day('2021-03-20')], // 1399 is a leap year
    ['۱۳۸۹ اسفند ۱۱, چهارشنبه', day('2011-03-02')], // year first, Blogger style
    ['تیر ۱۳, ۱۳۹۷', day('2018-07-04')], // month first, WordPress style
    ['دوشنبه ۲۷ آبان ۱۳۹۸', day('2019-11-18')], // weekday-led, the weekday fits
    ['تاریخ انتشار: ۱۰:۰۵ - ۲۷-۰۸-۱۳۹۸', day('2019-11-18')],
    ['۱۹ سپتامبر ۲۰۱۸', day('2018-09-19')],
    ['10 ژانویه 2019 - 12:07', day('2019-01-10')],
    ['آبان ۱۳۹۸', month('2019-11-01')],
    ['مرداد ۶۷', month('1988-08-01')],
  ])('%s', (line, want) => {
    expect(parseDateOnly(line)).toEqual(want);
  });

  it.each([
    ['بیست و هشتم ژانویه ۲۰۱۸', day('2018-01-28')],
    ['بیست‌وهفتم ژوئیه 2014', day('2014-07-27')], // the parts of the ordinal joined by a ZWNJ
    ['سي و يکم ژوئيه 2012', day('2012-07-31')], // Arabic yeh
    ['سوم مرداد ۱۳۶۷', day('1988-07-25')],
    ['اول فروردین ۱۴۰۰', day('2021-03-21')],
    ['یکم فروردین ۱۴۰۰', day('2021-03-21')],
    ['سی‌ام آبان‌ماه ۹۸', day('2019-11-21')],
    ['دوشنبه بیست و هفتم آبان ۱۳۹۸', day('2019-11-18')],
  ])('an ordinal-word day: %s', (line, want) => {
    expect(parseDateOnly(line)).toEqual(want);
  });

  it('reads an ordinal word as a day only with a month and year, inside no word, and never a week or half of the month', () => {
    expect(parseDateOnly('سوم مرداد').precision).toBe('unknown'); // no year
    expect(parseDateOnly('جمعه بیست و هفتم آبان ۱۳۹۸').precision).toBe('unknown'); // the weekday does not fit
    expect(parseDateOnly('سی و یکم اسفند ۱۴۰۲').precision).toBe('unknown'); // Esfand has no 31st
    expect(findPersianDate('برنامه‌های هفته دوم مرداد ۱۴۰۰ اعلام شد')).toBeNull();
    expect(findPersianDate('گزارش نیمه اول مهر ۱۴۰۲')).toBeNull();
    expect(findPersianDate('آداب و رسوم مرداد ۱۴۰۰')).toBeNull();
  });

  it('drops a date whose weekday does not fit it', () => {
    // 27 Aban 1398 was a Monday.
    expect(parseDateOnly('جمعه ۲۷ آبان ۱۳۹۸').precision).toBe('unknown');
    expect(findPersianDate('جمعه ۲۷ آبان ۱۳۹۸')).toBeNull();
  });
  it('needs a year: a day and month alone are not a date', () => {
    expect(parseDateOnly('سه‌شنبه ۳۰ خرداد').precision).toBe('unknown');
  });
  it('reads two-digit years as 13xx from 50 and 14xx up to 10, and nothing between', () => {
    expect(solarYear('67')).toBe(1367);
    expect(solarYear('02')).toBe(1402);
    expect(Number.isNaN(solarYear('30'))).toBe(true);
  });
  it('finds the date inside running text', () => {
    expect(parseLooseDate('دیوان عالی چهارشنبه ١٦ اسفند ١٤٠٢، درخواست را رد کرد')).toEqual(day('2024-03-06'));
  });
  it('gives the years a text names as Gregorian years for event matching', () => {
    expect(gregorianYearsInPersian('اعدام‌های سال ۶۷ و کشتار ۱۳۶۷')).toEqual(['1988']);
    expect(gregorianYearsInPersian('اعتراضات آبان ۹۸')).toEqual(['2019']);
    expect(gregorianYearsInPersian('قتل‌عام۶۷')).toEqual(['1988']);
    expect(gregorianYearsInPersian('۳۰ نفر کشته شدند')).toEqual([]);
  });
  it('takes a Solar date from a URL path', () => {
    expect(dateFromUrl('https://example.ir/fa/news/1392/06/04/125935/slug')).toEqual(day('2013-08-26'));
    expect(dateFromUrl('https://www.example.com/persian/iran/2015/09/150915_l47_slug')).toEqual(day('2015-09-15'));
    expect(dateFromUrl('https://example.com/amp/20230703130116018/slug')).toEqual(day('2023-07-03'));
    expect(dateFromUrl('https://example.tv/2017/13404')).toEqual({ date: '2017-01-01', precision: 'year' });
  });
});

describe('site clocks and datelines on pasted Persian pages', () => {
  it('knows a clock line', () => {
    expect(isClockLine('امروز : شنبه ۳ آذر ۱۴۰۳')).toBe(true);
    expect(isClockLine('به روز شده در: ۰۵ آذر ۱۴۰۳ - ۱۱:۵۳')).toBe(true);
    expect(isClockLine('تاریخ انتشار: ۲۷ آبان ۱۳۹۸')).toBe(false);
  });
  const lead =
    'شورای شهر در نشست خود درباره بودجه سال آینده گفت‌وگو کرد و اعضای آن پس از چند ساعت بحث درباره هزینه‌های حمل و نقل عمومی به نتیجه رسیدند و گزارش را منتشر کردند.';
  it('prefers the labelled publication date to the site clock above it', () => {
    const page = ['۰۵ آذر ۱۴۰۳', 'به روز شده در: ۰۵ آذر ۱۴۰۳ - ۱۱:۵۳', 'تاریخ انتشار: ۰۹:۳۰ - ۲۷-۰۸-۱۳۹۸', '', 'بودجه شهر تصویب شد', '', lead].join('\n');
    const [a] = parseFile('clock.txt', Buffer.from(page));
    expect(a).toMatchObject({ publishedAt: '2019-11-18', datePrecision: 'day', title: 'بودجه شهر تصویب شد' });
  });
  it('never takes the clock for the date when nothing else dates the page', () => {
    const page = ['امروز : شنبه ۳ آذر ۱۴۰۳', '', 'بودجه شهر تصویب شد', '', lead].join('\n');
    const [a] = parseFile('clock-only.txt', Buffer.from(page));
    expect(a!.publishedAt).toBeNull();
  });
  it('reads a weekday-led dateline in the lead and a statement’s dated sign-off', () => {
    const dated = ['بودجه شهر تصویب شد', '', `تهران– شورای شهر دوشنبه ۲۷ آبان ۱۳۹۸ ${lead}`].join('\n');
    expect(parseFile('lead.txt', Buffer.from(dated))[0]).toMatchObject({ publishedAt: '2019-11-18', datePrecision: 'day' });
    const signed = ['بیانیه شورا', '', lead, '', 'دبیرخانه شورا', '', '۲۷ آبان ۱۳۹۸(۱۸ نوامبر ۲۰۱۹)'].join('\n');
    expect(parseFile('signed.txt', Buffer.from(signed))[0]).toMatchObject({ publishedAt: '2019-11-18', datePrecision: 'day' });
  });
  it('reads a date stamp run into the lead when its weekday follows and fits it', () => {
    // 27 Aban 1398 = Monday 18 November 2019.
    expect(openingDateline('۱۳۹۸ آبان ۲۷, دوشنبهشورای شهر در نشست خود')).toMatchObject({ date: '2019-11-18', precision: 'day' });
    expect(openingDateline('۲۷ آبان ۱۳۹۸، دوشنبه - شورای شهر')).toMatchObject({ date: '2019-11-18' });
    // No weekday: a sentence about that day, not a dateline. A weekday that does not fit: doubtful.
    expect(openingDateline('۲۷ آبان ۱۳۹۸ شورای شهر بودجه را تصویب کرد')).toBeNull();
    expect(openingDateline('۱۳۹۸ آبان ۲۷, جمعه شورای شهر')).toBeNull();
    // Not at the opening: left to the other lead rules.
    expect(openingDateline('شورای شهر ۱۳۹۸ آبان ۲۷, دوشنبه')).toBeNull();
    const page = ['بودجه شهر تصویب شد', `۱۳۹۸ آبان ۲۷, دوشنبه${lead}`].join('\n');
    expect(parseFile('stamp.txt', Buffer.from(page))[0]).toMatchObject({ publishedAt: '2019-11-18', datePrecision: 'day' });
  });
  it('reads a long labelled Persian date line, and the same day written again in English beside it', () => {
    const labelled = ['تاریخ خبر: چهارشنبه، ۱۸ فروردین ۱۴۰۰ ساعت: ۱۲:۴۶', '', 'بودجه شهر تصویب شد', '', lead].join('\n');
    expect(parseFile('labelled.txt', Buffer.from(labelled))[0]).toMatchObject({ publishedAt: '2021-04-07', datePrecision: 'day' });
    // 24 Khordad 1398 = 14 June 2019.
    expect(persianDateOnly('تاریخ انتشار: 2019 June 14  -  ۲۴ خرداد ۱۳۹۸ - ۱۰:۳۹')).toMatchObject({ date: '2019-06-14', precision: 'day' });
    expect(persianDateOnly('۲۴ خرداد ۱۳۹۸ (June 14, 2019)')).toMatchObject({ date: '2019-06-14' });
    // Another day in English is more than the date: not a date line.
    expect(persianDateOnly('تاریخ انتشار: 2019 June 20  -  ۲۴ خرداد ۱۳۹۸')).toBeNull();
  });
  it('reads a date line set just under the standfirst, below where the head ends', () => {
    const standfirst = 'شورای شهر پس از چند ساعت بحث بودجه سال آینده را با اکثریت آرا تصویب کرد و جزئیات آن را منتشر کرد.';
    const page = ['بودجه شهر تصویب شد', standfirst, '  • ۱۴۰۰-۰۵-۰۵ - ۰۱:۰۰', '', lead].join('\n');
    expect(parseFile('under.txt', Buffer.from(page))[0]).toMatchObject({ publishedAt: '2021-07-27', datePrecision: 'day' });
    // A date inside a sentence there is not a date line.
    const inProse = ['بودجه شهر تصویب شد', standfirst, 'این بودجه از ۵ مرداد ۱۴۰۰ اجرا می‌شود و تا پایان سال ادامه دارد.', '', lead].join('\n');
    expect(parseFile('prose.txt', Buffer.from(inProse))[0]!.publishedAt).toBeNull();
  });
  it('reads a day printed in both calendars, the Gregorian one with a Persian month name and no year', () => {
    // 28 Shahrivar 1401 = 19 September 2022.
    expect(persianDateOnly('۱۹سپتامبر - ۲۸شهریور ۱۴۰۱')).toMatchObject({ date: '2022-09-19', precision: 'day' });
    expect(persianDateOnly('۲۸ شهریور ۱۴۰۱ (۱۹ سپتامبر ۲۰۲۲)')).toMatchObject({ date: '2022-09-19' });
    // A different Gregorian day beside it is more than the date.
    expect(persianDateOnly('۲۰سپتامبر - ۲۸شهریور ۱۴۰۱')).toBeNull();
  });
  it('takes the labelled publication date under the lead over an unlabelled date at the top', () => {
    // The top line is the site's clock without a «today» label; the item's own date sits under the lead.
    const opening =
      'شورای شهر در نشست خود درباره بودجه سال آینده گفت‌وگو کرد و پس از چند ساعت بحث درباره هزینه‌های حمل و نقل عمومی، ساخت پارک‌ها، نگهداری خیابان‌ها و حقوق کارکنان به نتیجه رسید و گزارش را منتشر کرد';
    const page = ['جمعه ۱۰ بهمن ۱۳۹۹', '', 'بودجه شهر تصویب شد', '', opening, '', 'کد خبر : 3301', 'تاریخ انتشار : پنجشنبه ۱۴ اردیبهشت ۱۴۰۲ - ۰۹:۱۵', '', lead].join('\n');
    expect(parseFile('clock-above.txt', Buffer.from(page))[0]).toMatchObject({ publishedAt: '2023-05-04', datePrecision: 'day' });
  });
  it('reads a day set after a dash at the end of a head line, keeping the rest as a headline candidate', () => {
    const page = ['برنامه گفتگو ـ بودجه شهر و هزینه‌های حمل و نقل ـ ۱۴اردیبهشت۱۴۰۲', '', lead].join('\n');
    expect(parseFile('dash-date.txt', Buffer.from(page))[0]).toMatchObject({ publishedAt: '2023-05-04', datePrecision: 'day' });
    // A dash before a year alone, or before words, gives no date.
    const yearOnly = ['برنامه گفتگو ـ بودجه شهر ـ ۱۴۰۲', '', lead].join('\n');
    expect(parseFile('dash-year.txt', Buffer.from(yearOnly))[0]!.publishedAt).toBeNull();
  });
  it('reads a day glued into one word at the end of a head line after other words, not the day something happened', () => {
    const page = ['برنامه گفتگو - قسمت ۱۴اردیبهشت۱۴۰۲', '', lead].join('\n');
    expect(parseFile('glued-date.txt', Buffer.from(page))[0]).toMatchObject({ publishedAt: '2023-05-04', datePrecision: 'day' });
    // After «در» (on) it is the headline's event; spaced, it is part of the headline's words.
    for (const head of ['تجمع بازنشستگان در ۱۴اردیبهشت۱۴۰۲', 'برنامه گفتگو قسمت ۱۴ اردیبهشت ۱۴۰۲']) {
      expect(parseFile('event-date.txt', Buffer.from([head, '', lead].join('\n')))[0]!.publishedAt).toBeNull();
    }
  });
  it('reads a byline that ends in its date, on its own line or opening the lead before a colon', () => {
    const page = ['بودجه شهر تصویب شد', '', 'سارا نمونه – سایت شهر ما، شیراز، بیست و هشتم ژانویه ۲۰۱۸', '', lead].join('\n');
    expect(parseFile('byline-date.txt', Buffer.from(page))[0]).toMatchObject({ publishedAt: '2018-01-28', datePrecision: 'day', title: 'بودجه شهر تصویب شد' });
    // A headline that reads as prose (it ends in a bracket) above the byline.
    const bracketed = ['شورای شهر بودجه سال آینده را پس از چند ساعت بحث تصویب کرد (گزارش کامل)', '', 'علی نمونه، وبلاگ شهر، سی و یکم ژوئیه 2012', '', lead].join('\n');
    expect(parseFile('byline-bracket.txt', Buffer.from(bracketed))[0]).toMatchObject({ publishedAt: '2012-07-31', datePrecision: 'day' });
    const opening = ['بودجه شهر تصویب شد', '', `علی نمونه، سایت شهر ما، سوم مرداد ۱۴۰۰:… ${lead}`].join('\n');
    expect(parseFile('byline-lead.txt', Buffer.from(opening))[0]).toMatchObject({ publishedAt: '2021-07-25', datePrecision: 'day' });
    // A date inside a sentence with commas, or after a single part (a place), is not a byline's.
    const sentence = ['بودجه شهر تصویب شد', '', 'شورای شهر، پس از بحث، بودجه را در نشست ۵ مرداد ۱۴۰۰ تصویب کرد', '', lead].join('\n');
    expect(parseFile('comma-sentence.txt', Buffer.from(sentence))[0]!.publishedAt).toBeNull();
    const placeOnly = ['بودجه شهر تصویب شد', '', `در شیراز، سوم مرداد ۱۴۰۰: ${lead}`].join('\n');
    expect(parseFile('place-date.txt', Buffer.from(placeOnly))[0]!.publishedAt).toBeNull();
  });
  it('reads a date stamp that opens the first line before other words', () => {
    const page = [' date 2025-11-04 پخش زنده', 'شورای شهر در نشست امروز خود بودجه سال آینده را پس از چند ساعت بحث با اکثریت آرا تصویب کرد.', lead].join('\n');
    expect(parseFile('stamp-words.txt', Buffer.from(page))[0]).toMatchObject({ publishedAt: '2025-11-04', datePrecision: 'day' });
    // Further down the page it is not the page's stamp.
    const later = ['بودجه شهر تصویب شد', '', lead, '', 'date 2025-11-04 پخش زنده'].join('\n');
    expect(parseFile('stamp-later.txt', Buffer.from(later))[0]!.publishedAt).toBeNull();
  });
  it('keeps a sign-off date printed in both calendars even when the copy cut it inside the brackets', () => {
    const signed = ['بیانیه شورا', '', lead, '', 'دبیرخانه شورا', '۲۷آبان۱۳۹۸ (۱۸'].join('\n');
    expect(parseFile('cut-sign-off.txt', Buffer.from(signed))[0]).toMatchObject({ publishedAt: '2019-11-18', datePrecision: 'day' });
    // A lone date at the end, in one calendar, is a sidebar's as likely as a signature's: dropped as before.
    const lone = ['بیانیه شورا', '', lead, '', 'خبر بعدی', '۲۷آبان۱۳۹۸'].join('\n');
    expect(parseFile('lone-date.txt', Buffer.from(lone))[0]!.publishedAt).toBeNull();
  });
  it('reads a month-only date stamp run into a Persian lead', () => {
    const page = ` date 2023-05 ${lead}`;
    expect(parseFile('month-stamp.txt', Buffer.from(page))[0]).toMatchObject({ publishedAt: '2023-05-01', datePrecision: 'month' });
  });
  // Found reading fa-test4's missed dates; every page here is written for the test.
  it('reads an aggregator’s excerpt lead with the outlet alone before the date, also after a headline glued in front', () => {
    const alone = ['بودجه شهر تصویب شد', '', `سایت شهر ما، پنجم ژوئن 2013: … ${lead}`].join('\n');
    expect(parseFile('excerpt.txt', Buffer.from(alone))[0]).toMatchObject({ publishedAt: '2013-06-05', datePrecision: 'day' });
    const glued = ['بودجه شهر تصویب شد', '', `علی نمونه - بودجه شهر پس از چند ساعت بحث در نشست امروز تصویب شدعلی نمونه، سایت شهر ما، بیست و چهارم می 2021:.. ${lead}`].join('\n');
    expect(parseFile('excerpt-glued.txt', Buffer.from(glued))[0]).toMatchObject({ publishedAt: '2021-05-24', datePrecision: 'day' });
    // An event's date before a colon, without an excerpt's ellipsis or without a part before it, dates nothing.
    for (const first of [`شورای شهر، سوم مرداد ۱۴۰۰: ${lead}`, `سخنگو درباره نشست سوم مرداد ۱۴۰۰ گفت:… ${lead}`]) {
      expect(parseFile('event.txt', Buffer.from(['بودجه شهر تصویب شد', '', first].join('\n')))[0]!.publishedAt, first).toBeNull();
    }
  });
  it('reads a weekly’s span of days as the issue’s first day when its weekday fits, the calendar named after it', () => {
    // 16 Dey 1401 = Friday 6 January 2023.
    expect(persianDateOnly('جمعه ۱۶ تا ۲۲ دی‌ماه ۱۴۰۱ خورشیدی')).toMatchObject({ date: '2023-01-06', precision: 'day' });
    const page = ['صفحه ۱۸ شماره ۳۹۴', 'جمعه  ۱۶تا  ۲۲دیماه ۱۴۰۱خورشیدی', '', 'بودجه شهر تصویب شد', '', lead].join('\n');
    expect(parseFile('weekly.txt', Buffer.from(page))[0]).toMatchObject({ publishedAt: '2023-01-06', datePrecision: 'day' });
    // A weekday that fits neither day is doubtful; a span in a sentence is an event's, not the page's.
    expect(persianDateOnly('شنبه ۱۶ تا ۲۲ دی ۱۴۰۱')).toBeNull();
    const event = ['بودجه شهر تصویب شد', '', `نمایشگاه شهر از ۱۶ تا ۲۲ دی ۱۴۰۱ برپا بود و ${lead}`].join('\n');
    expect(parseFile('span-event.txt', Buffer.from(event))[0]!.publishedAt).toBeNull();
  });
  it('reads the literary weekday «آدینه» (Friday) on a date line in both calendars', () => {
    // 4 Esfand 1396 = Friday 23 February 2018.
    expect(persianDateOnly('آدینه  ۴ اسفند ۱۳۹۶ -  ۲۳ فوریه ۲۰۱۸')).toMatchObject({ date: '2018-02-23', precision: 'day' });
    expect(persianDateOnly('آدينه ۴ اسفند ۱٣۹۶')).toMatchObject({ date: '2018-02-23' }); // Arabic yeh and digits
    expect(persianDateOnly('۲۳ فوریه ۲۰۱۸ میلادی')).toMatchObject({ date: '2018-02-23' });
    expect(persianDateOnly('آدینه ۵ اسفند ۱۳۹۶')).toBeNull(); // a Saturday
    const standfirst = 'شورای شهر پس از چند ساعت بحث بودجه سال آینده را با اکثریت آرا تصویب کرد و جزئیات آن را در گزارشی بلند برای شهروندان منتشر کرد.';
    const page = ['بودجه شهر تصویب شد', '', `• ${standfirst}`, '', 'سایت شهر ما: www.example.org', 'آدینه  ۴ اسفند ۱۳۹۶ -  ۲۳ فوریه ۲۰۱۸', '', lead].join('\n');
    expect(parseFile('adineh.txt', Buffer.from(page))[0]).toMatchObject({ publishedAt: '2018-02-23', datePrecision: 'day' });
  });
  it('reads a blog’s date header in the blog’s own language', () => {
    expect(parseDateOnly('Sonntag, 18. August 2013')).toEqual(day('2013-08-18'));
    expect(parseDateOnly('dimanche 18 août 2013')).toEqual(day('2013-08-18'));
    expect(parseDateOnly('August 2013')).toEqual(month('2013-08-01'));
    expect(parseDateOnly('Er kam am 5. Mai 2013 an')).toEqual({ date: null, precision: 'unknown' }); // more than a date
    const page = ['Sonntag, 18. August 2013', '', 'بودجه شهر تصویب شد', '', lead].join('\n');
    expect(parseFile('blog-header.txt', Buffer.from(page))[0]).toMatchObject({ publishedAt: '2013-08-18', datePrecision: 'day' });
  });
  it('takes the day under the headline when two different days stand above it, and only then', () => {
    const stamps = ['Saturday, 18 July 2015', '03 October 2023', 'بودجه شهر تصویب شد', '', '2013 October 25', '', lead].join('\n');
    expect(parseFile('two-stamps.txt', Buffer.from(stamps))[0]).toMatchObject({ publishedAt: '2013-10-25', datePrecision: 'day' });
    // One day above the headline is the article's; a day under it then is something else's.
    const one = ['۲۷ آبان ۱۳۹۸', 'بودجه شهر تصویب شد', '۱۵ آذر ۱۳۹۸', '', lead].join('\n');
    expect(parseFile('one-above.txt', Buffer.from(one))[0]).toMatchObject({ publishedAt: '2019-11-18' });
    // A clock does not count as one of the two, and a related-links list after the prose is not under the headline.
    const clock = ['امروز : شنبه ۳ آذر ۱۴۰۳', '۲۷ آبان ۱۳۹۸', 'بودجه شهر تصویب شد', '۱۵ آذر ۱۳۹۸', '', lead].join('\n');
    expect(parseFile('clock-and-day.txt', Buffer.from(clock))[0]).toMatchObject({ publishedAt: '2019-11-18' });
    const related = ['۲۷ آبان ۱۳۹۸', '۰۵ آذر ۱۴۰۳', 'بودجه شهر تصویب شد', '', lead, '', 'مطالب مرتبط', '۱۵ آذر ۱۳۹۸'].join('\n');
    expect(parseFile('related.txt', Buffer.from(related))[0]).toMatchObject({ publishedAt: '2019-11-18' });
  });
  it('reads a head date set as a list item, and still skips the clock', () => {
    const page = ['• امروز : شنبه ۳ آذر ۱۴۰۳', '', 'بودجه شهر تصویب شد', '', '• کد خبر : 5512', '• 18 نوامبر 2019 - 09:40', '', lead].join('\n');
    expect(parseFile('bullets.txt', Buffer.from(page))[0]).toMatchObject({ publishedAt: '2019-11-18', datePrecision: 'day' });
  });
  // Found reading fa-test5's missed dates; every page here is written for the test.
  it('reads a Gregorian date in figures day first on a Persian page, labelled, in a byline or alone on its line', () => {
    expect(persianDateOnly('تاریخ انتشار :04.09.2016')).toMatchObject({ date: '2016-09-04', precision: 'day' });
    expect(parseDateOnly('تاریخ انتشار: 10/09/2018')).toEqual(day('2018-09-10'));
    expect(parseDateOnly('10.09.2018', { dayFirst: true })).toEqual(day('2018-09-10'));
    // A date that reads only month first is still read, whatever the page's language.
    expect(parseDateOnly('09/27/2018', { dayFirst: true })).toEqual(day('2018-09-27'));
    const labelled = ['مقاله', '', 'تاریخ انتشار :04.09.2016', '', 'بودجه شهر تصویب شد', '', lead].join('\n');
    expect(parseFile('dotted-label.txt', Buffer.from(labelled))[0]).toMatchObject({ publishedAt: '2016-09-04', datePrecision: 'day' });
    const byline = ['بودجه شهر تصویب شد', '', 'علی نمونه، سایت شهر ما، 10.09.2018', '', lead].join('\n');
    expect(parseFile('dotted-byline.txt', Buffer.from(byline))[0]).toMatchObject({ publishedAt: '2018-09-10', datePrecision: 'day' });
    const alone = ['10.09.2018', '', 'بودجه شهر تصویب شد', '', lead].join('\n');
    expect(parseFile('dotted-alone.txt', Buffer.from(alone))[0]).toMatchObject({ publishedAt: '2018-09-10', datePrecision: 'day' });
  });
  it('takes no date from figures in a sentence, the site clock or an impossible day', () => {
    const inProse = ['بودجه شهر تصویب شد', '', 'این قانون از 10.09.2018 اجرا می‌شود و تا پایان سال آینده ادامه خواهد داشت.', '', lead].join('\n');
    expect(parseFile('dotted-prose.txt', Buffer.from(inProse))[0]!.publishedAt).toBeNull();
    const clock = ['امروز : 10.09.2018', '', 'بودجه شهر تصویب شد', '', lead].join('\n');
    expect(parseFile('dotted-clock.txt', Buffer.from(clock))[0]!.publishedAt).toBeNull();
    // Read day first only when that is a day: no 31st month, no 34th.
    expect(findPersianDate('گزارش 12.31.2018')).toBeNull();
    expect(findPersianDate('شماره 12.34.2019')).toBeNull();
  });
  it('reads a top line with the Solar month before the day, joined by a dash, then the year', () => {
    // 27 Tir 1395 = 17 July 2016.
    expect(persianDateOnly('تیر-۲۷ ۱۳۹۵')).toMatchObject({ date: '2016-07-17', precision: 'day' });
    expect(persianDateOnly('مرداد – 3, 1399')).toMatchObject({ date: '2020-07-24' });
    const page = ['تیر-۲۷ ۱۳۹۵', '', 'بودجه شهر تصویب شد', '', lead].join('\n');
    expect(parseFile('month-dash-day.txt', Buffer.from(page))[0]).toMatchObject({ publishedAt: '2016-07-17', datePrecision: 'day', title: 'بودجه شهر تصویب شد' });
    // Without the dash the figures are not a day; without a year nothing is read; no 32nd day.
    expect(findPersianDate('تیر ۲۷ ۱۳۹۵')).toBeNull();
    expect(findPersianDate('تیر-۲۷')).toBeNull();
    expect(findPersianDate('تیر-۳۲ ۱۳۹۵')).toBeNull();
  });
  it('takes no month-dash-day date from a sentence, the site clock or a related-links list', () => {
    const inProse = ['بودجه شهر تصویب شد', '', `سالگرد رویداد تیر-۱۸ ۱۳۷۸ در شهر برگزار شد و ${lead}`].join('\n');
    expect(parseFile('month-dash-prose.txt', Buffer.from(inProse))[0]!.publishedAt).toBeNull();
    const clock = ['امروز : تیر-۲۷ ۱۳۹۵', '', 'بودجه شهر تصویب شد', '', lead].join('\n');
    expect(parseFile('month-dash-clock.txt', Buffer.from(clock))[0]!.publishedAt).toBeNull();
    const related = ['بودجه شهر تصویب شد', '', lead, '', 'مطالب مرتبط', 'خرداد-۱۲ ۱۳۹۶'].join('\n');
    expect(parseFile('month-dash-related.txt', Buffer.from(related))[0]!.publishedAt).toBeNull();
  });
  it('reads an English dateline with a time and a time-zone name, never the last-modified stamp above it', () => {
    expect(parseDateOnly(stripTime('Jun 27, 2024 11:26 Asia/Tehran'))).toEqual(day('2024-06-27'));
    expect(isClockLine('(last modified Fri, 05 Jul 2024 07:56:54 GMT )')).toBe(true);
    expect(isNeverTitle('(last modified Fri, 05 Jul 2024 07:56:54 GMT )')).toBe(true);
    const page = ['سالگرد رویداد در شهر', '(last modified Fri, 05 Jul 2024 07:56:54 GMT )', 'Jun 27, 2024 11:26 Asia/Tehran', '', lead].join('\n');
    expect(parseFile('zone.txt', Buffer.from(page))[0]).toMatchObject({ publishedAt: '2024-06-27', datePrecision: 'day', title: 'سالگرد رویداد در شهر' });
    // Nor is the stamp a headline when no line above it is one.
    const noHeadline = ['(last modified Fri, 05 Jul 2024 07:56:54 GMT )', 'Jun 27, 2024 11:26 Asia/Tehran', '', lead].join('\n');
    expect(parseFile('zone-no-title.txt', Buffer.from(noHeadline))[0]).toMatchObject({ publishedAt: '2024-06-27', titleSource: 'first-sentence' });
    // The last-modified stamp alone, or the time zone on a clock line, dates nothing.
    for (const top of ['last modified: Fri, 05 Jul 2024 07:56:54 GMT', 'Today: Jun 27, 2024 11:26 Asia/Tehran']) {
      const alone = ['سالگرد رویداد در شهر', top, '', lead].join('\n');
      expect(parseFile('zone-stamp.txt', Buffer.from(alone))[0]!.publishedAt, top).toBeNull();
    }
  });
  it('takes no date from a related-links list after the text, near the top or at the end', () => {
    for (const heading of ['Recent Posts', 'مطالب مرتبط', 'آخرین مطالب:']) {
      const list = [heading, '', 'نشست دیگری در شهر برگزار شد', 'سارا نمونه', '۱۳ آبان ۱۴۰۳', 'گزارش دیگری درباره شهر و شورای آن و نشست‌هایش'];
      for (const text of [[lead], Array<string>(10).fill(lead)]) {
        const page = ['بودجه شهر تصویب شد', '', ...text, ...list].join('\n');
        expect(parseFile('related-list.txt', Buffer.from(page))[0]!.publishedAt, heading).toBeNull();
      }
    }
    // The page's own date line above the list is still read.
    const standfirst = 'شورای شهر پس از چند ساعت بحث بودجه سال آینده را با اکثریت آرا تصویب کرد و جزئیات آن را منتشر کرد.';
    const dated = ['بودجه شهر تصویب شد', standfirst, '• ۱۴۰۰-۰۵-۰۵ - ۰۱:۰۰', '', lead, 'مطالب مرتبط', '۱۳ آبان ۱۴۰۳', 'گزارش دیگری درباره شهر و شورای آن و نشست‌هایش'].join('\n');
    expect(parseFile('related-below.txt', Buffer.from(dated))[0]).toMatchObject({ publishedAt: '2021-07-27', datePrecision: 'day' });
  });
  it('reads the lead’s own day in its first sentence only, not a day a later sentence tells of', () => {
    const first = ['بودجه شهر تصویب شد', '', `شورای شهر روز ۲۷تیر۹۹ در نشستی طولانی بودجه را تصویب کرد. ${lead}`].join('\n');
    expect(parseFile('lead-first.txt', Buffer.from(first))[0]).toMatchObject({ publishedAt: '2020-07-17', datePrecision: 'day' });
    // 4 Khordad 1351 (25 May 1972) in the second sentence is the history the text recounts.
    const history = ['سالگرد بنیانگذاران', '', `در روزهای آغاز خرداد رویدادی در تاریخ این شهر رخ داده است. در روز ۴خرداد سال ۱۳۵۱ شورای نخست شهر تشکیل شد و ${lead}`].join('\n');
    expect(parseFile('lead-history.txt', Buffer.from(history))[0]!.publishedAt).toBeNull();
  });
});

// fa-test6's missed dates (not blind): Afghan month names and a blog's "posted by … on" line.
describe('Dari month names and blog post lines', () => {
  it.each([
    ['جوزا 31, 1402 17:05 Asia/Kabul', '2023-06-21'], // a Dari service's date stamp, month first
    ['۱۵ اسد ۱۴۰۰', '2021-08-06'],
    ['حمل ۱, ۱۴۰۳', '2024-03-20'],
  ])('%s → %s', (line, date) => {
    expect(parseDateOnly(stripTime(line), { dayFirst: true })).toEqual(day(date));
  });
  it('never reads a Dari month name without a day and a four-digit year', () => {
    expect(findPersianDate('میزان ۱۴۰۲ تورم بالا بود')).toBeNull(); // «the amount»
    expect(findPersianDate('بیماری سرطان در ۳۰ سال گذشته')).toBeNull();
    expect(findPersianDate('۱۲ جدی ۹۸')).toBeNull();
  });
  it.each([
    ['ارسال شده توسط نام نویسنده در 88/5/7:: 1:11 صبح', '2009-07-29'],
    ['نوشته شده در ۲۷ آبان ۱۳۹۸ ساعت ۱۰:۲۰', '2019-11-18'],
  ])('a post line: %s', (line, date) => {
    expect(postedLineDate(line)?.date).toBe(date);
    expect(parseFile('post.txt', Buffer.from([line, 'عنوانی برای یادداشت وبلاگ', '', 'متن یادداشت درباره رویدادی است که نویسنده آن را از نزدیک دیده و درباره‌اش نوشته است.'].join('\n')))[0]).toMatchObject({ publishedAt: date });
  });
  it('reads a short year-first date only after a post label', () => {
    expect(postedLineDate('پرونده شماره 88/5/7 در دادگاه بررسی شد')).toBeNull();
    expect(findPersianDate('پرونده شماره 88/5/7')).toBeNull();
    expect(postedLineDate('ارسال شده توسط نام نویسنده')).toBeNull();
  });
});

// Forms found in a development study of Persian pages from the stored pages corpus (docs/analysis.md,
// "How Persian pages print their own date"); every page here was written for the test.
describe('date forms from the Persian page study', () => {
  const page = (lines: string[], url?: string) => parseFile('page.txt', Buffer.from(lines.join('\n'), 'utf8'), url ? { url } : {})[0]!;
  const lead = 'گزارش‌ها از برگزاری یک نشست خبری در پایتخت حکایت دارد که در آن سخنگوی نهاد درباره برنامه‌های سال آینده توضیح داد.';

  it('reads the item number and its date printed on one line', () => {
    expect(parseDateOnly('کد خبر: 5521 تاریخ ثبت: 1402/07/14 09:40:12')).toEqual(day('2023-10-06'));
    expect(parseDateOnly('شناسه مطلب : ۸۸۱۲ تاریخ انتشار : ۱۴۰۲/۰۷/۱۴')).toEqual(day('2023-10-06'));
    expect(page(['کد خبر : 5521 تاریخ ثبت : 1402/07/14 09:40:12', '', 'نشست خبری سخنگوی نهاد در پایتخت', '', lead]).publishedAt).toBe('2023-10-06');
  });
  it('never takes an item number alone, or a number line with words, for a date', () => {
    expect(parseDateOnly('کد خبر: 14020714')).toEqual({ date: null, precision: 'unknown' });
    expect(parseDateOnly('کد خبر: 5521 بازدید: 1402')).toEqual({ date: null, precision: 'unknown' });
    expect(parseDateOnly('کد خبر 5521 درباره ۱۴ مهر ۱۴۰۲ و پیامدهای آن')).toEqual({ date: null, precision: 'unknown' });
  });

  it("reads a source's credit line with its day after a slash, over the clock above it", () => {
    const p = page(['سه‌شنبه / ۵ دی / ۱۴۰۲ - 26 December, 2023', 'خبرگزاری نمونه / ۱۴۰۲/۰۲/۰۳', '', 'نشست خبری سخنگوی نهاد در پایتخت', '', lead]);
    expect(p.publishedAt).toBe('2023-04-23');
    expect(p.title).toBe('نشست خبری سخنگوی نهاد در پایتخت');
    expect(page(['روزنامه نمونه | ۳ اردیبهشت ۱۴۰۲', '', 'نشست خبری سخنگوی نهاد در پایتخت', '', lead]).publishedAt).toBe('2023-04-23');
  });
  it('does not take a weekday, a numbered part or a long line before a slash for a source', async () => {
    const { creditedDay } = await import('@/lib/parse/text');
    expect(creditedDay('سه‌شنبه / ۱۴۰۲/۱۰/۰۵')).toBeNull();
    expect(creditedDay('بخش ۳ / ۱۴۰۲/۰۲/۰۳')).toBeNull();
    expect(creditedDay('گزارش کامل نشست خبری سخنگوی نهاد با خبرنگاران و پرسش‌های آنان / ۱۴۰۲/۰۲/۰۳')).toBeNull();
    expect(creditedDay('خبرگزاری نمونه / گروه سیاسی')).toBeNull();
    // A headline whose slash is followed by words is no credit line.
    expect(creditedDay('تجمع در پایتخت / اعتراض ادامه دارد')).toBeNull();
  });

  it('reads a date stamp with an asterisk or an opening quote before the text', () => {
    expect(page([' date 2023-04-23 *یکشنبه ۳ اردیبهشت', '', lead]).publishedAt).toBe('2023-04-23');
    expect(page([' date 2023-04-23 «نشستی در پایتخت»: ' + lead]).publishedAt).toBe('2023-04-23');
  });

  it("reads a blog's date header in French or Italian with its weekday, not a month 'corrected' to English", () => {
    expect(parseDateOnly('mardi 29 octobre 2013')).toEqual(day('2013-10-29'));
    expect(parseDateOnly('jeudi 14 novembre 2013')).toEqual(day('2013-11-14'));
    expect(page(['mardi 29 octobre 2013', '', lead]).publishedAt).toBe('2013-10-29');
    // An English month typed wrong is still read.
    expect(parseDateOnly('Octobre 29, 2013')).toEqual(day('2013-10-29'));
  });

  it('reads a blog platform stamp: a weekday, then a two-digit year, month and day', () => {
    expect(parseDateOnly('چهارشنبه 92 آبان 1 , ساعت 9:05 صبح')).toEqual(day('2013-10-23'));
    expect(findPersianDate('چهارشنبه ۹۲ آبان ۱')?.date).toBe('2013-10-23');
    // Without a weekday, or with one that does not fit, the figures are not a date.
    expect(findPersianDate('92 آبان 1')).toBeNull();
    expect(findPersianDate('جمعه 92 آبان 1')).toBeNull();
    // The usual day-month-year after a weekday is unchanged.
    expect(findPersianDate('چهارشنبه ۱ آبان ۹۲')?.date).toBe('2013-10-23');
  });

  it('reads a byline whose day, after a long dash, is given in both calendars joined by «برابر با»', () => {
    const p = page(['عنوان یک یادداشت درباره نشست خبری', 'انجمن نمونه –2023-10-12 برابر با20-07-1402', '', lead]);
    expect(p.publishedAt).toBe('2023-10-12');
    expect(parseDateOnly('۲۰ مهر ۱۴۰۲ برابر با ۱۲ اکتبر ۲۰۲۳')).toEqual(day('2023-10-12'));
  });

  it('never reads the site clock «امروز:» run into the first line as a lead date', () => {
    const clock = 'امروز : سه‌شنبه ، 3 خرداد 1401    سخن روز: هر روز چیزی تازه بیاموزید و از آن برای ساختن فردایی بهتر بهره بگیرید تا زندگی شما پربارتر شود.';
    expect(page([clock, '', 'یادداشتی درباره آموزش', '', lead]).publishedAt).toBeNull();
    // A lead that dates its story with «امروز» and a weekday, without a colon, still does.
    expect(page(['نشست خبری سخنگو', '', 'امروز سه‌شنبه ۳ خرداد ۱۴۰۱ سخنگوی نهاد در نشستی با خبرنگاران درباره برنامه‌های سال آینده توضیح داد و به پرسش‌ها پاسخ گفت.']).publishedAt).toBe('2022-05-24');
  });

  it('reads a Gregorian month written in Persian before its day and a comma', () => {
    expect(parseDateOnly('آوریل 23, 2023')).toEqual(day('2023-04-23'));
    expect(page(['اخبار - گزارش‌ها - آوریل 23, 2023', '', 'نشست خبری سخنگوی نهاد در پایتخت', '', lead]).publishedAt).toBe('2023-04-23');
    // Without the comma the figures may be a count («آوریل ۲۳ ۲۰۲۳» is not read as a day).
    expect(findPersianDate('آوریل ۲۳ ۲۰۲۳')?.precision).not.toBe('day');
  });

  it('reads a day, month and four-digit year set apart by dashes', () => {
    expect(parseDateOnly('۳ - اردیبهشت - ۱۴۰۲')).toEqual(day('2023-04-23'));
    expect(page(['۳ - اردیبهشت - ۱۴۰۲', 'نوشتۀ : نام نویسنده', '', lead]).publishedAt).toBe('2023-04-23');
    // A two-digit figure after the second dash is no year.
    expect(findPersianDate('۳ - اردیبهشت - ۲۵ نفر')).toBeNull();
  });

  it("reads a weekly's issue span with a weekday before each day as its first day", () => {
    expect(parseDateOnly('جمعه ۱۸ تا پنجشنبه ۲۴ بهمن‌ماه ۱۳۹۸ خورشیدی')).toEqual(day('2020-02-07'));
    expect(parseDateOnly('جمعه 18تا پنجشنبه 24بهمن 1398')).toEqual(day('2020-02-07'));
    // A second weekday that does not fit its day drops the span, and the day after it too.
    expect(findPersianDate('جمعه ۱۸ تا چهارشنبه ۲۴ بهمن ۱۳۹۸')).toBeNull();
  });

  it("reads a sign-off whose other calendar's day is mistyped inside the brackets", () => {
    const body = [lead, '', 'این نهاد از همه خواست که در نشست‌های آینده شرکت کنند و نظرات خود را بگویند.', '', 'دبیرخانه نهاد نمونه', '', '۳ اردیبهشت ۱۴۰۲(۲۳ آوریل ۲۰پ۲۳)'];
    expect(page(body).publishedAt).toBe('2023-04-23');
    // Brackets without figures, or a prose line ending in a bracket, are not a sign-off's day.
    expect(page([...body.slice(0, -1), '۳ اردیبهشت ۱۴۰۲ (متن کامل)']).publishedAt).toBeNull();
    expect(page([...body.slice(0, -1), 'این بیانیه پس از نشست سه روزه در پایتخت منتشر شد (۱۲ صفحه)']).publishedAt).toBeNull();
  });
});
