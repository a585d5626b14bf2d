// Dates and credits the twenty-second Persian test set prints (read after its blind run; not
// blind): a podcast host's localised stamps, a tag line ending in the item's ISO day, and a
// service's own dateline over the agency copy it quotes. Every line is written for the test; each
// rule has its false friends.
import { describe, expect, it } from 'vitest';
import { EN_MORE, EN_PROSE, MORE, page, PROSE } from './written-page';
import { dateOfLine, isNeverTitle } from '@/lib/parse/page-head';
import { parseDateOnly } from '@/lib/parse/dates';
import { hostSpells } from '@/lib/registry/spelled-host';

describe("a podcast page's stamp: the day in the page's language, the recording's length after a dot", () => {
  it.each([
    ['Jul 21, 2022 · 5m 16s', '2022-07-21'],
    ['Jul 21, 2022 ·', '2022-07-21'],
    ['Mar 3, 2021 · 1h 2m', '2021-03-03'],
    ['6 de ago. de 2023 · 5m 23s', '2023-08-06'],
    ['21 de jul. de 2022', '2022-07-21'],
    ['12 de out. de 2020', '2020-10-12'],
  ])('%s', (line, day) => {
    expect(dateOfLine(line)).toEqual({ date: day, precision: 'day' });
  });
  it.each([
    // A length alone, a dot between two words, a Spanish phrase that is no date.
    ['5m 16s'],
    ['Episode 4 · The long road'],
    ['6 de los 20 de 2023'],
  ])('not: %s', (line) => {
    expect(dateOfLine(line).precision).toBe('unknown');
  });
  it('dates a Persian episode page by the stamp under its title', () => {
    expect(page('https://es-es.spreaker.com/episode/nmwnh--1234', 'عنوان یک برنامه آزمایشی', '', '6 de ago. de 2023 · 5m 23s', 'عنوان یک برنامه آزمایشی', 'Descripción', PROSE, MORE).publishedAt).toBe('2023-08-06');
  });
  it('keeps the Spanish reading out of running prose', () => {
    expect(parseDateOnly('el informe se publicó el 6 de ago. de 2023 en Madrid').precision).toBe('unknown');
  });
});

describe("a tag line ending in the item's day, year first", () => {
  it('is the sign-off of a text that gives no other day', () => {
    expect(page(undefined, 'عنوان یک گزارش آزمایشی', '', PROSE, MORE, 'استاندار نمونه آقای آزمایشی 2019-11-24').publishedAt).toBe('2019-11-24');
  });
  it.each([
    // A sentence ending in a day, a day after a word that makes it an event's, a long line.
    [`${MORE} 2019-11-24`],
    ['این نشست در 2019-11-24'],
    ['The hearing was adjourned until 2019-11-24'],
  ])('not: %s', (last) => {
    expect(page(undefined, 'عنوان یک گزارش آزمایشی', '', PROSE, MORE, last).publishedAt).toBeNull();
  });
});

describe("a news service's own dateline over the agency copy it quotes", () => {
  const lines = ['عنوان یک گزارش آزمایشی', 'تهران -سانا', 'یک مسئول اعلام کرد که چند نفر در این ناآرامی‌ها بازداشت شدند.', `به گزارش ایرنا؛ ${PROSE}`, MORE];
  it('keeps the report its own when the dateline names the site by its address', () => {
    expect(page('https://sana.sy/fa/?p=1', ...lines)).toMatchObject({ publisherName: 'sana.sy', via: null });
  });
  it('hands it to the agency when the dateline names another (a site carrying the agency copy)', () => {
    expect(page('https://example-blog.ir/post/1', ...lines)).toMatchObject({ publisherName: 'Islamic Republic News Agency', via: 'example-blog.ir' });
  });
  it('hands it to the agency with no dateline at all', () => {
    const [, , ...rest] = lines;
    expect(page('https://sana.sy/fa/?p=1', lines[0]!, ...rest)).toMatchObject({ publisherName: 'Islamic Republic News Agency', via: 'sana.sy' });
  });
  it.each([
    ['sana.sy', 'سانا'],
    ['mehr.ir', 'مهر'],
  ])('a short name spells a whole address: %s, %s', (host, name) => {
    expect(hostSpells(host, name)).toBe(true);
  });
  it.each([
    // A short name only spells the whole first label, never its start.
    ['sanandaj.ir', 'سانا'],
    ['mehrnews.com', 'مهر'],
  ])('not %s, %s', (host, name) => {
    expect(hostSpells(host, name)).toBe(false);
  });
});

describe('English credits from the earlier English sets (en-test10, en-test11; read after their blind runs)', () => {
  it("dates a release by its dateline with the place set off by a semicolon", () => {
    expect(page(undefined, 'Exhibition on the hill', '', `Springfield, IL; September 5, 2016 – ${EN_PROSE}`, EN_MORE).publishedAt).toBe('2016-09-05');
  });
  it('not a semicolon inside a sentence before a day', () => {
    expect(page(undefined, 'Exhibition on the hill', '', `The hall was full; September 5, 2016 was the day – ${EN_PROSE}`, EN_MORE).publishedAt).toBeNull();
  });
  it("reads writers, a listed outlet and its day in a blog's copied credit line", () => {
    const a = page('https://someone.blogspot.com/2012_02_14_archive.html', 'A headline the blog copied', 'By Jane Roe and John Doe – NBC News February 9, 2012', EN_PROSE, EN_MORE);
    expect(a).toMatchObject({ publisherName: 'NBC News', via: 'someone.blogspot.com', author: 'Jane Roe and John Doe', publishedAt: '2012-02-09' });
  });
  it('not when the name after the dash is no listed outlet', () => {
    const a = page('https://someone.blogspot.com/2012_02_14_archive.html', 'A headline the blog copied', 'By Jane Roe and John Doe – Springfield February 9, 2012', EN_PROSE, EN_MORE);
    expect(a.publisherName).toBe('someone.blogspot.com');
  });
});

describe('credits from the twelfth English set (read after its blind run)', () => {
  it.each([
    ['by Example Wire', 'https://example-aggregator.com/news/1'],
  ])('a byline naming no listed outlet stays a byline: %s', (line, url) => {
    expect(page(url, 'A headline about the group', line, EN_PROSE, EN_MORE).publisherName).toBe('example-aggregator.com');
  });
  it.each([
    ['By Associated Press', 'Associated Press'],
    ['by Bloomberg', 'Bloomberg'],
  ])("'%s' under the headline: the outlet's copy, carried", (line, outlet) => {
    expect(page('https://example-aggregator.com/news/1', 'A headline about the group', line, EN_PROSE, EN_MORE)).toMatchObject({ publisherName: outlet, via: 'example-aggregator.com' });
  });
  it('not a writer after "By"', () => {
    expect(page('https://example-aggregator.com/news/1', 'A headline about the group', 'By Jane Roe', EN_PROSE, EN_MORE).publisherName).toBe('example-aggregator.com');
  });
  it("a closing 'Credit :' line names the text's outlet (the photo's credit after it does not count)", () => {
    const a = page('https://example-times.com/story', 'A headline about the group', EN_PROSE, EN_MORE, 'Credit : Voice of America (VOA), Photo Credit : Associated Press (AP)');
    expect(a).toMatchObject({ publisherName: 'Voice of America', via: 'example-times.com' });
  });
  it('not a photo credit alone', () => {
    expect(page('https://example-times.com/story', 'A headline about the group', EN_PROSE, EN_MORE, 'Photo Credit : Associated Press (AP)').publisherName).toBe('example-times.com');
  });
});

describe('credits from the twenty-third Persian set (read after its blind run)', () => {
  it("a post's tag line naming a person with a site of her own does not make the post hers", () => {
    const a = page('https://example.blog.ir/1394/03/16/a1', 'منافقین,مجاهدین خلق,مسعودرجوی,مریم رجوی,ترور', PROSE, MORE);
    expect(a.publisherName).toBe('example.blog.ir');
  });
  it("still reads a head line that names an outlet alone", () => {
    const a = page('https://example.blog.ir/1394/03/16/a1', 'عنوان یک گزارش آزمایشی', 'بی بی سی', PROSE, MORE);
    expect(a.publisherName).toBe('BBC');
  });
  const SUMMARY =
    'دادستانی یک کشور اروپایی روز چهارشنبه یک دیپلمات را که هفته گذشته بازداشت شده بود رسماً به جاسوسی و توطئه برای بمب‌گذاری در یک گردهمایی متهم کرد و گفت تحقیقات ادامه دارد.';
  const SECOND =
    'این دیپلمات که چند سال در سفارت کشورش در یک پایتخت اروپایی کار می‌کرد، به ظن حمل مواد منفجره و کمک به یک حمله برنامه‌ریزی‌شده علیه نشست سالانه یک گروه مخالف بازداشت شده بود.';
  it("a credit after two paragraphs of the site's own prose is a source it cites", () => {
    const a = page('https://example-news.org/fa/?p=1', 'عنوان یک گزارش آزمایشی', SUMMARY, SECOND, `به گزارش آسوشیتدپرس به نقل از دادستانی، ${MORE}`);
    expect(a.publisherName).toBe('example-news.org');
  });
  it('a credit opening the paragraph under a summary is still the lead credit (an agency page)', () => {
    const a = page('https://example-news.org/fa/?p=1', 'عنوان یک گزارش آزمایشی', SUMMARY, `به گزارش آسوشیتدپرس، ${SECOND}`, MORE);
    expect(a).toMatchObject({ publisherName: 'Associated Press', via: 'example-news.org' });
  });
});

describe('English date lines from the twelfth English set (read after its blind run)', () => {
  it.each([
    ['Thursday, April 14, 2011     INTELLIGENCE BRIEFING', { date: '2011-04-14', precision: 'day' }],
    ['September 15, 2009 VOLUME 64', { date: '2009-09-15', precision: 'day' }],
    ['2018-07-03 12:09 GMT+8', { date: '2018-07-03', precision: 'day' }],
    ['August/September 2003', { date: '2003-01-01', precision: 'year' }],
  ])('%s', (line, date) => {
    expect(dateOfLine(line)).toEqual(date);
  });
  it.each([
    // A label in ordinary case is a headline's words; a label of four words is more than a section's.
    ['September 15, 2009 Volume 64'],
    ['April 14, 2011 THE DAY THE CAMP FELL'],
    ['Summer/Autumn 2003'],
  ])('not: %s', (line) => {
    expect(dateOfLine(line).precision).not.toBe('day');
  });
  it("dates a briefing by its head line's day", () => {
    expect(page(undefined, 'Free Headline Alerts', '', 'Thursday, April 14, 2011     INTELLIGENCE BRIEFING', '', 'Camp raid ordered', '', EN_PROSE, EN_MORE).publishedAt).toBe('2011-04-14');
  });
});

describe('page furniture from the fourteenth English set (read after its blind run)', () => {
  it.each(['3. Skip to more DW sites', 'Skip to navigation', 'Donate today to keep Example Voices strong!', 'Switch to Example Light?'])('no headline: %s', (line) => {
    const a = page('https://example.com/a/1', line, 'Protest against the government in Berlin', EN_PROSE, EN_MORE);
    expect(a.title).toBe('Protest against the government in Berlin');
  });
  it('a headline that starts with "Donated" is still one', () => {
    expect(isNeverTitle('Donated weapons reached the camp before the raid')).toBe(false);
  });
});

describe("an English issuer line over a reproduced text (the fourteenth English set, read after its blind run)", () => {
  it("'Statement by <listed organisation>, <day>:' is that organisation's statement of that day", () => {
    const a = page('https://example-council.org/news/1', 'Tuesday, March 19, 2024', 'Concern over the camp', 'Statement by The United Nations High Commissioner for Refugees, May 6, 2014:', EN_PROSE, EN_MORE);
    expect(a).toMatchObject({ publisherName: 'UNHCR', via: 'example-council.org', publishedAt: '2014-05-06' });
  });
  it("a release wire's '<day>, <time> ET from <issuer>' credits the issuer and its day", () => {
    const a = page('https://www.prnewswire.com/news-releases/x-1.html', 'Reports from the camp', 'Sep 01, 2013, 08:30 ET from NCRI', EN_PROSE, EN_MORE);
    expect(a).toMatchObject({ publisherName: 'National Council of Resistance of Iran', publishedAt: '2013-09-01' });
  });
  it.each([
    // An organisation no list holds, a statement without its day, a sentence that runs on.
    ['Statement by the Example Residents Committee, May 6, 2014:'],
    ['Statement by The United Nations High Commissioner for Refugees:'],
    ['A statement by UNHCR, May 6, 2014, said that the residents were at risk of further attacks in the coming weeks'],
  ])('not: %s', (line) => {
    const a = page('https://example-council.org/news/1', 'Concern over the camp', line, EN_PROSE, EN_MORE);
    expect(a.publisherName).toBe('example-council.org');
  });
});
