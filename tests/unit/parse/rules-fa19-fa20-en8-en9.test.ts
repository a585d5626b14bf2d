// Dates and credits the nineteenth to twenty-second Persian and the eighth to eleventh English test
// sets print (read after their blind runs; not blind). Every line is written for the test; each rule has its false friends.
import { describe, expect, it } from 'vitest';
import { EN_MORE, EN_PROSE, MORE, page, PROSE } from './written-page';
import { dateOfLine, reportingOutlet } from '@/lib/parse/page-head';
import { dateFromUrl, parseDateOnly } from '@/lib/parse/dates';
import { ruleRatingForHost } from '@/lib/registry/host-rules';
import { hostSpells } from '@/lib/registry/spelled-host';
import { siteOf } from '@/lib/registry/channels';

describe("a day line with furniture: a site's top bar (the day, then its menu), a content type run into the label", () => {
  it.each([
    ['دوشنبه 5 مرداد 1394 صفحه اول | درباره ما | گویا', '2015-07-27'],
    ['Monday, July 27, 2015 Home | About | Contact', '2015-07-27'],
    // A content type's label run into the date label.
    ['ResearchPublished Jul 28, 2009', '2009-07-28'],
  ])('%s', (line, day) => {
    expect(dateOfLine(line)).toEqual({ date: day, precision: 'day' });
  });
  it.each([
    // One bar is a section label, not a menu; a menu item with a figure may be a second date.
    ['دوشنبه 5 مرداد 1394 | گویا'],
    ['دوشنبه 5 مرداد 1394 صفحه اول | شماره 12 | گویا'],
    ['Home | About | Contact'],
  ])('not: %s', (line) => {
    expect(dateOfLine(line).precision).toBe('unknown');
  });
  it("dates a page by its top bar's day", () => {
    expect(page(undefined, 'دوشنبه 5 مرداد 1394 صفحه اول | درباره ما | نمونه', '', 'عنوان یک گزارش آزمایشی', '', PROSE, MORE).publishedAt).toBe('2015-07-27');
  });
});

describe('a headline with the day it recalls and then its own', () => {
  it('takes the later day when the headline is repeated with both', () => {
    const a = page(undefined, 'سالگرد یک عملیات نمونه در مرز ـ ۱۲فروردین۱۳۷۰', '', 'سالگرد یک عملیات نمونه در مرز ـ ۱۲فروردین۱۳۷۰ ـ ۱۱فروردین۱۴۰۱', '', PROSE, MORE);
    expect(a.publishedAt).toBe('2022-03-31');
  });
  it('keeps the one day a headline gives', () => {
    expect(page(undefined, 'سالگرد یک عملیات نمونه در مرز ـ ۱۲فروردین۱۳۷۰', '', PROSE, MORE).publishedAt).toBe('1991-04-01');
  });
});

describe('the Latin spelling of a Persian site name', () => {
  it.each([
    ['webangah.ir', 'وبانگاه'],
    ['www.kebnakhabar.ir', 'کبنا'],
    ['tabnak.ir', 'تابناک'],
    ['rajanews.com', 'رجانیوز'],
  ])('%s spells %s', (host, name) => {
    expect(hostSpells(host, name)).toBe(true);
  });
  it.each([
    ['example.ir', 'وبانگاه'],
    ['webangah.ir', 'تابناک'],
    // Too few firm letters to tell: «مهر» could start many addresses.
    ['mehrnews.com', 'مهر'],
    // Only the address's first label counts.
    ['news.webangah.ir', 'وبانگاه'],
  ])('%s does not spell %s', (host, name) => {
    expect(hostSpells(host, name)).toBe(false);
  });
});

describe('«به گزارش <the site’s own name> به نقل از X» on a site no list holds', () => {
  it('hands the text to X when the address spells the name', () => {
    expect(page('https://webangah.ir/1402-06-14/news=1', 'عنوان', '', `به گزارش وبانگاه به نقل از ایسنا، ${PROSE}`, MORE)).toMatchObject({
      publisherName: "Iranian Students' News Agency",
      via: 'webangah.ir',
    });
  });
  it('keeps the carrier when the name is not its own (another site reporting, quoting X)', () => {
    expect(page('https://carrier.example/news/1', 'عنوان', '', `به گزارش وبانگاه به نقل از ایسنا، ${PROSE}`, MORE).publisherName).toBe('carrier.example');
  });
  it('reads a reporter named as a desk as no site name', () => {
    expect(page('https://khabarnegar.example/news/1', 'عنوان', '', `به گزارش خبرنگار ما به نقل از ایسنا، ${PROSE}`, MORE).publisherName).toBe('khabarnegar.example');
  });
});

describe('a signed credit under a post’s introduction', () => {
  it("credits the outlet named between the writer and the day, with both", () => {
    const a = page('https://forum.example/posts/1', 'A letter about the report', '', EN_PROSE, '', 'Jane Roe, Iran Interlink, February 21 2013', '', EN_MORE);
    expect(a).toMatchObject({ publisherName: 'Iran Interlink', via: 'forum.example', author: 'Jane Roe', publishedAt: '2013-02-21' });
  });
  it('not when the line names no outlet the registry holds', () => {
    const a = page('https://forum.example/posts/1', 'A letter about the report', '', EN_PROSE, '', 'Jane Roe, Some Small Society, February 21 2013', '', EN_MORE);
    expect(a.publisherName).toBe('forum.example');
  });
  it('not when such lines list several sources', () => {
    const a = page(
      'https://forum.example/posts/1',
      'A letter about the report',
      '',
      EN_PROSE,
      '',
      'Jane Roe, Iran Interlink, February 21 2013',
      '',
      EN_MORE,
      '',
      'John Doe, The Guardian, March 2 2013',
    );
    expect(a.publisherName).toBe('forum.example');
  });
});

describe('an outlet’s name over a lead that tells its report in the third person (English)', () => {
  it('is the site’s label for its source, not a masthead', () => {
    const lead = 'By Jane Roe: The Washington Times ran a special section on the annual gathering in its latest digital edition, with interviews and a long account of the speeches given over three days.';
    expect(page('https://site.example/2020/08/15/x/', 'Washington Times', '', 'Report on the annual gathering', '', lead, '', EN_MORE).publisherName).toBe('site.example');
  });
  it('stays the masthead over the outlet’s own lead', () => {
    expect(page('https://site.example/2020/08/15/x/', 'Washington Times', '', 'Report on the annual gathering', '', EN_PROSE, '', EN_MORE).publisherName).toBe('The Washington Times');
  });
});

describe('an English lead opening with an outlet’s name and a dash', () => {
  it.each([
    ['NCRI - On Tuesday the committee met. ', 'National Council of Resistance of Iran'],
    ['Reuters – On Tuesday the committee met. ', 'Reuters'],
  ])('%s', (opening, outlet) => {
    const a = page('https://blog.example.com/2017/10/x.html', 'Skip to main content', opening + EN_PROSE, '', EN_MORE);
    expect(a).toMatchObject({ publisherName: outlet, via: 'blog.example.com' });
    expect(a.body.startsWith('On Tuesday')).toBe(true);
  });
  it.each([
    // A person's name, a place, a word that names no outlet.
    ['Jane Roe - On Tuesday the committee met. '],
    ['Brussels - On Tuesday the committee met. '],
    ['Update - On Tuesday the committee met. '],
  ])('not: %s', (opening) => {
    expect(page('https://blog.example.com/2017/10/x.html', opening + EN_PROSE, '', EN_MORE).publisherName).toBe('blog.example.com');
  });
});

describe('a name in quotation marks over an essay', () => {
  it('is its title, not a masthead', () => {
    const a = page('https://www.nejatngo.org/fa/posts/1', '«شورای ملی مقاومت»', '', '«شورای ملی مقاومت»', 'بخش اول:', PROSE, MORE);
    expect(a.publisherName).toBe('Nejat Society');
  });
  it('the same name unquoted is a masthead', () => {
    expect(page(undefined, 'شورای ملی مقاومت ایران', '', 'عنوان یک بیانیه آزمایشی', '', PROSE, MORE).publisherName).toBe('National Council of Resistance of Iran');
  });
});

describe("a headline opening with the group's name and a comma", () => {
  it('is no credit to the group’s own outlet', () => {
    const a = page('https://example-daily.example/index.php?id=1', 'MEK, Secret Meeting to Celebrate the New Year in Tirana', 'Albanian Daily News', 'Published March 21, 2017', '', EN_PROSE, EN_MORE);
    expect(a.publisherName).toBe('Albanian Daily News');
  });
});

describe('an outlet a source spoke to, which the page also credits in the third person', () => {
  it('is the page retelling its reporting, not a repost', () => {
    expect(reportingOutlet('According to USA Today, the speech was given at a side event. Before the rally, the lawyer told USA Today that he was paid.')).toBeNull();
    expect(reportingOutlet('The Guardian reported that the lawyer was paid. He told The Guardian that he was.')).toBeNull();
    expect(reportingOutlet('The Albanian media "BIRN" comprehensively addressed the threats. The prosecutor told BIRN that the inquiry goes on.')).toBeNull();
  });
  it('is a repost when the text only says whom the source spoke to', () => {
    expect(reportingOutlet('Before the rally, the lawyer told USA Today that he was paid for his speeches.')).toBe('USA Today');
  });
});

describe('a video site on .ir that shows anyone’s videos', () => {
  it('is not rated by the .ir rule', () => {
    expect(ruleRatingForHost('www.seevid.ir')).toBeNull();
    expect(ruleRatingForHost('news.example.ir')?.stance).toBe('critical');
  });
});

describe("a month's name as an address's folder, and a day as MMDD", () => {
  it.each([
    ['https://news.example.com/news/2012/sep/28/group-taken-off-list/', '2012-09-28', 'day'],
    ['http://paper.example.com/news/2012/Sep/22/x-20120922/', '2012-09-22', 'day'],
    ['http://www.news.example/news/03/apr/1147.html', '2003-04-01', 'month'],
    ['http://www.news.example/news/99/jan/1147.html', '1999-01-01', 'month'],
    ['https://news.example.com/2019/March/5/x', '2019-03-05', 'day'],
    ['https://paper.example.com/World/Middle-East/2008/0211/p06s02-wome.html', '2008-02-11', 'day'],
    // A number glued before the month's name is no month's, and the folder after it no day.
    ['https://journal.example.com/archive/2011/06july/2/piece53.html', '2011-07-01', 'month'],
    // A month's name in a slug.
    ['https://www.paper.example/archives/la-xpm-2009-aug-14-fg-dissidents14-story.html', '2009-08-14', 'day'],
    // The day, then the item's number that day.
    ['http://www.site.example/en/201607132769/news/x.html', '2016-07-13', 'day'],
  ])('%s', (url, date, precision) => {
    expect(dateFromUrl(url)).toEqual({ date, precision });
  });
  it.each([
    // A four-digit article number that is no month and day; a word that only starts like a month.
    ['https://paper.example.com/2017/1340/x.html', 'year'],
    ['https://paper.example.com/tags/2017/marching-band/'],
    ['https://paper.example.com/tags/2017/marching/'],
  ])('not a day: %s', (url, precision = 'unknown') => {
    expect(dateFromUrl(url).precision).toBe(precision);
  });
});

describe('an English day and writer on one line under a headline that reads as a sentence', () => {
  it('dates the text', () => {
    const a = page(undefined, 'What will become of the group now that the war is over?', '', '4/29/03 By Jane Roe', '', EN_PROSE, '', EN_MORE);
    expect(a.publishedAt).toBe('2003-04-29');
  });
});

describe("a blog's date header in French, in English's order", () => {
  it.each([
    ['mardi, juillet 31, 2007', '2007-07-31'],
    ['juillet 31, 2007', '2007-07-31'],
    ['mardi 31 juillet 2007', '2007-07-31'],
  ])('%s', (line, date) => {
    expect(parseDateOnly(line)).toEqual({ date, precision: 'day' });
  });
  it('not a month without its day', () => {
    expect(parseDateOnly('mardi, juillet 2007').precision).not.toBe('day');
  });
});

describe("a wire dateline whose place names its country", () => {
  it("credits the agency", () => {
    const a = page('https://news.example.com/x.html', 'A headline about a prisoner swap', '', 'DUBAI, United Arab Emirates (AP) — ' + EN_PROSE, '', EN_MORE);
    expect(a).toMatchObject({ publisherName: 'Associated Press', via: 'news.example.com' });
  });
});

describe('an agency’s name and a slash opening a Persian lead', () => {
  const lead = 'مستند «نمونه» با موضوع یک پرونده قدیمی از شبکه افق پخش می‌شود و بینندگان روایت‌های تازه‌ای از آن خواهند دید.';
  it.each([
    ['مهر/ ' + lead],
    // Glued after the headline an aggregator repeats over the lead.
    ['یک عنوان آزمایشی درباره «نمونه»مهر/ ' + lead],
  ])('%s', (first) => {
    expect(page('https://www.aggregator.example/d14/x', 'یک عنوان آزمایشی درباره «نمونه»', '', first, MORE)).toMatchObject({ publisherName: 'Mehr News Agency', via: 'aggregator.example' });
  });
  it('not a slash between two words that name no outlet', () => {
    expect(page('https://www.aggregator.example/d14/x', 'یک عنوان آزمایشی', '', 'ایران/ آمریکا: ' + lead, MORE).publisherName).toBe('aggregator.example');
  });
});

describe('a mirror of Telegram’s previews', () => {
  it('files the post under its channel', () => {
    expect(siteOf('https://tx.me/s/examplechannel?q=x')).toBe('t.me/examplechannel');
  });
});

describe('an excerpt that ends by sending the reader to its outlet', () => {
  it("is that outlet's copy", () => {
    const a = page('https://aggregator.example/x/', 'A rights group calls for an inquiry', '', EN_PROSE, '', EN_MORE, '', 'Read more at The Hill.');
    expect(a).toMatchObject({ publisherName: 'The Hill', via: 'aggregator.example' });
  });
});

describe("a press release's closing boilerplate on its issuer", () => {
  const release = (about: string) =>
    page('https://www.wire.example/article/1/x', 'Supporters will rally at the UN on Tuesday', '', EN_PROSE, '', '----> MEDIA INQUIRIES: media@example.org', '', 'BACKGROUND', '', about, '', EN_MORE);
  it('names the issuer the registry knows', () => {
    expect(release('The National Council of Resistance of Iran (NCRI) is a coalition of opposition organizations.').publisherName).toBe('National Council of Resistance of Iran');
  });
  it('not a subject the registry does not know', () => {
    expect(release('The Example Rally Committee is a volunteer group that organises the yearly march.').publisherName).toBe('wire.example');
  });
});

describe("a statement's sign-off day over the page's trailing furniture", () => {
  it('dates the statement', () => {
    const a = page(undefined, 'A committee calls for an end to executions', '', EN_PROSE, '', EN_MORE, '', 'Women’s Committee of the National Council of Resistance of Iran', 'April 15, 2016', '', 'Exit mobile version');
    expect(a.publishedAt).toBe('2016-04-15');
  });
});

describe("a statement's sign-off day over the page's trailing furniture, not a sidebar's", () => {
  it('not a lone day under the last paragraph of prose', () => {
    expect(page(undefined, 'A committee calls for an end to executions', '', EN_PROSE, '', EN_MORE, '', 'April 15, 2016', '', 'Exit mobile version').publishedAt).toBeNull();
  });
});
