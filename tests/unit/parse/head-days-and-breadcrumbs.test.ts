// Reading a pasted page's head (lib/parse/text.ts): the day in the page's address against the
// text's own date (withUrlDate: it fills in a missing or coarser date and replaces a text day more
// than two days after it, a site's clock over the item or an update); two unlabelled days above
// the headline, or one above and an earlier one under it; a breadcrumb trail that holds the headline. Pages written for this test.
import { describe, expect, it } from 'vitest';
import { parseText, withUrlDate } from '@/lib/parse/text';

const day = (date: string) => ({ date, precision: 'day' as const });
const URL_DAY = day('2016-08-19');

describe('withUrlDate', () => {
  it('fills in a date the text lacks', () => {
    expect(withUrlDate({ date: null, precision: 'unknown' }, URL_DAY)).toEqual(URL_DAY);
  });
  it('makes the text’s month or year a day when the address’s day falls in it', () => {
    expect(withUrlDate({ date: '2016-08-01', precision: 'month' }, URL_DAY)).toEqual(URL_DAY);
    expect(withUrlDate({ date: '2016-01-01', precision: 'year' }, URL_DAY)).toEqual(URL_DAY);
    expect(withUrlDate({ date: '2016-09-01', precision: 'month' }, URL_DAY)).toEqual({ date: '2016-09-01', precision: 'month' });
  });
  it('keeps the text’s day within two days after the address’s (time zones, a late edit)', () => {
    expect(withUrlDate(day('2016-08-21'), URL_DAY)).toEqual(day('2016-08-21'));
    expect(withUrlDate(day('2016-08-10'), URL_DAY)).toEqual(day('2016-08-10'));
  });
  it('takes the address’s day over a later one in the text (a clock, an update)', () => {
    expect(withUrlDate(day('2024-07-21'), URL_DAY)).toEqual(URL_DAY);
  });
  it('leaves the text’s date when the address has only a month', () => {
    expect(withUrlDate(day('2024-07-21'), { date: '2016-08-01', precision: 'month' })).toEqual(day('2024-07-21'));
  });
});

describe('a Persian page with the site’s clock over the item and a solar day in its address', () => {
  it('is dated by its address', () => {
    const text = [
      'یکشنبه , ۳۱ تیر ۱۴۰۳',
      'زندانیان سابق از سال ۶۷ گفتند',
      'چند زندانی سابق در یک نشست اینترنتی از تابستان سال ۱۳۶۷ و اعدام هم‌بندانشان گفتند و خواستند که پرونده آن سال در دادگاهی بین‌المللی بررسی شود.',
    ].join('\n');
    const [a] = parseText('x.txt', text, { url: 'https://khabar-nemouneh.com/1395/05/29/%D8%B2%D9%86%D8%AF%D8%A7%D9%86/' });
    expect(a!.publishedAt).toBe('2016-08-19');
    expect(a!.datePrecision).toBe('day');
  });
});

describe('two unlabelled days above the headline and none under it', () => {
  it('dates the item by the earlier (the later is the site’s clock)', () => {
    const text = [
      '02 Mar 2025',
      'Tuesday 14 June 2022 - 10:05',
      'Veterans mark anniversary of the battle',
      'Veterans of the war gathered on Tuesday to mark the anniversary of the battle fought in the final days of the war against an armed group that crossed the border from Iraq.',
      'Speakers said the battle showed that the country had to stay vigilant against the same group and its foreign backers.',
    ].join('\n\n');
    const [a] = parseText('x.txt', text);
    expect(a!.publishedAt).toBe('2022-06-14');
    expect(a!.title).toBe('Veterans mark anniversary of the battle');
  });
});

describe('one unlabelled day above the headline and another under it', () => {
  const page = (above: string, below: string) =>
    [
      above,
      'خانه',
      'گفتگو',
      'دیدگاه‌ها',
      'درباره ما',
      'نگاهی به یک گفتگوی ویدئویی درباره شورا',
      below,
      'نویسنده نمونه',
      'در این یادداشت به چند نکته از گفتگویی ویدئویی می‌پردازم که در آن یکی از اعضای پیشین شورا از تجربه خود و از رابطه شورا با سازمان گفته است.',
      'این گفتگو در سه بخش منتشر شده و در اینجا تنها به بخش نخست آن پرداخته می‌شود.',
    ].join('\n');

  it('dates the item by the day under it when the day above is later (the site’s clock)', () => {
    const [a] = parseText('x.txt', page('- جمعه 7 اردیبهشت 1403', '26 آبان 1393'));
    expect(a!.publishedAt).toBe('2014-11-17');
  });
  it('keeps the day above when the day under it is later (an update)', () => {
    const [a] = parseText('x.txt', page('26 آبان 1393', '- جمعه 7 اردیبهشت 1403'));
    expect(a!.publishedAt).toBe('2014-11-17');
  });
});

describe('city names over the site’s clock, and the item’s day under the headline', () => {
  it('reads the clock as above the headline (the headline picked decides, not the first short line)', () => {
    const text = [
      'Cape Town',
      'Hong Kong',
      'Mon, 09 Dec 2019 04:10 GMT',
      'Exiles build a new base on the coast',
      'Sample News London - Jane Sample',
      'Tue, 16 Jul 2019 08:30 GMT',
      'A group of exiles has finished building a new compound near the coast, the country’s second such site in five years, officials said on Monday.',
      'The compound holds several thousand people, who arrived over the past year from camps abroad, according to the local authorities.',
    ].join('\n\n');
    const [a] = parseText('x.txt', text);
    expect(a!.title).toBe('Exiles build a new base on the coast');
    expect(a!.publishedAt).toBe('2019-07-16');
  });
});

describe('a breadcrumb trail ending with the headline', () => {
  it('is not the title; the headline under it is', () => {
    const text = [
      'Home Iran News Opposition Rally in Berlin draws exiles from across Europe',
      '',
      'Rally in Berlin draws exiles from across Europe',
      '',
      'Thousands of Iranian exiles gathered in Berlin on Saturday to call for a change of government in Tehran, with speakers from several European parliaments.',
    ].join('\n');
    expect(parseText('x.txt', text)[0]!.title).toBe('Rally in Berlin draws exiles from across Europe');
  });
});
