// Credits and head lines the fifteenth English and the 23rd–24th Persian test sets print (read after
// their blind runs; not blind): a carrier's introduction naming the report it carries, a news
// service's dateline, a caption under a byline, an edition switcher and a menu that lost its spaces
// over the headline, a site's full name opening its lead; a paper's «… نوشت:» credit on a line of its
// own, an agency's name before its desk; from the 27th Persian set's run, a relative stamp glued to a
// headline, a Persian skip link, a headline's second line opening with «و». Every line is written for
// the test; each rule has its false friends.
import { describe, expect, it } from 'vitest';
import { EN_MORE, EN_PROSE, MORE, page, PROSE } from './written-page';
import { isNeverTitle } from '@/lib/parse/page-head';

describe("a carrier's introduction to the report it carries", () => {
  it('credits the named news service', () => {
    const a = page(
      'https://www.ncr-iran.org/en/news/a-test-item/',
      'A Test Headline About A Briefing',
      '',
      'NCRI – The following is a report by the Global Security Newswire published on March 3 covering a briefing in Washington:',
      EN_PROSE,
      EN_MORE,
    );
    expect(a.publisherName).toBe('Global Security Newswire');
    expect(a.via).toBe('National Council of Resistance of Iran');
  });
  it('leaves an introduction naming no outlet the carrier’s', () => {
    const a = page('https://www.ncr-iran.org/en/news/a-test-item/', 'A Test Headline About A Briefing', '', 'NCRI – The following is a report by our correspondent in Paris on the rally:', EN_PROSE, EN_MORE);
    expect(a.publisherName).toBe('National Council of Resistance of Iran');
  });
});

describe("a news service's dateline", () => {
  it('"CITY, Mon DD (IPS) -" is Inter Press Service copy', () => {
    const a = page('http://www.iran-interlink.org/?mod=view&id=1', 'A Test Headline On A Camp', '', `WASHINGTON, Dec 19 (IPS) - ${EN_PROSE}`, EN_MORE);
    expect(a.publisherName).toBe('Inter Press Service');
  });
});

describe('a line under a byline', () => {
  it("is a caption when it names a person or a group's site, not the outlet", () => {
    const a = page('https://ifpnews.com/a-test-item/', 'A Test Headline On A Ban', '', 'By IFP Editorial Staff', 'Maryam Rajavi', EN_PROSE, EN_MORE);
    expect(a.publisherName).toBe('IFP News (Iran Front Page)');
  });
  it('is the credit when it names a news agency', () => {
    const a = page('https://www.example-carrier.org/a-test-item/', 'A Test Headline On A Ban', '', 'By Jane Roe', 'The Associated Press', EN_PROSE, EN_MORE);
    expect(a.publisherName).toBe('Associated Press');
  });
});

describe('head lines that are never the headline', () => {
  it.each([['فارسی English عربي'], ['English | Français | Deutsch'], ['NewsTop News'], ['IFP ExclusiveFeatured NewsSecurity']])('%s', (line) => {
    expect(isNeverTitle(line)).toBe(true);
  });
  it.each([['English Lessons For Refugees In Tirana'], ['YouTube Removes Channels Of The Group'], ['McCain Meets Exiles In Paris'], ['LinkedIn Accounts Tied To Campaign']])('not: %s', (line) => {
    expect(isNeverTitle(line)).toBe(false);
  });
});

describe("a lead opening with the site's own full name and a dash", () => {
  it('keeps the page its own over an outlet the text says an official spoke to', () => {
    const a = page(
      'http://en.advtngo.org/1/a-test-item/',
      'فارسی English عربي',
      'NewsTop News',
      '',
      'Albania Reports A Test Finding About A Camp',
      '',
      'Association for Defending Victims of Terrorism - Albania has reached a new stage in its approach to the group, a report in a local paper says.',
      EN_PROSE,
      '“We are examining the devices,” the prosecutor in the case told BIRN, adding that partners abroad were involved.',
    );
    expect(a.title).toBe('Albania Reports A Test Finding About A Camp');
    expect(a.publisherName).toBe('Association for Defending Victims of Terrorism');
  });
});

const CARRIER = 'https://carrier.example/news/1';

describe('a paper’s «… نوشت:» credit on a line of its own over the lead', () => {
  it('credits the paper', () => {
    expect(page(CARRIER, 'نگاهی به اردوگاه', '', '- وب سایت روزنامه جوان نوشت:', '', PROSE, MORE)).toMatchObject({ publisherName: 'Javan (newspaper)', via: 'carrier.example' });
  });
  it('not under the site’s own lead, nor in a review of two papers', () => {
    expect(page(CARRIER, 'نگاهی به اردوگاه', '', PROSE, 'روزنامه جوان نوشت:', MORE).publisherName).toBe('carrier.example');
    expect(page(CARRIER, 'مروری بر مطبوعات', '', 'روزنامه جوان نوشت:', PROSE, 'روزنامه کیهان نوشت:', MORE).publisherName).toBe('carrier.example');
  });
});

describe('an agency’s name, then its desk, opening the lead («خبرگزاری X، گروه Y:»)', () => {
  it('is the agency’s copy on a site that is not a news organisation', () => {
    expect(page(CARRIER, 'نگاهی به اردوگاه', '', `خبرگزاری مهر، گروه استان‌ها: ${PROSE}`, MORE)).toMatchObject({ publisherName: 'Mehr News Agency', via: 'carrier.example' });
  });
  it('not a group’s name before a comma', () => {
    expect(page(CARRIER, 'نگاهی به اردوگاه', '', `سازمان مجاهدین خلق، گروه تروریستی: ${PROSE}`, MORE).publisherName).toBe('carrier.example');
  });
});

describe('head lines of a Persian page', () => {
  it('a relative stamp glued to the headline («… ۱۵ دقیقه پیش») is the clock, not the headline’s', () => {
    expect(page(CARRIER, 'گزارشی آزمایشی درباره زندان‌های دهه شصت', 'گزارشی آزمایشی درباره زندان‌های دهه شصت۱۵ دقیقه پیش', '', PROSE, MORE).title).toBe('گزارشی آزمایشی درباره زندان‌های دهه شصت');
    expect(page(CARRIER, 'A Test Report On The Camp 3 hours ago', '', EN_PROSE, EN_MORE).title).toBe('A Test Report On The Camp');
  });
  it('keeps a number of days that is the headline’s own', () => {
    expect(page(CARRIER, 'اعتصاب ۱۵ روزه کارگران در شهر نمونه', '', PROSE, MORE).title).toBe('اعتصاب ۱۵ روزه کارگران در شهر نمونه');
  });
  it('a Persian skip link is never the headline', () => {
    expect(isNeverTitle('رد شدن به محتوای اصلی')).toBe(true);
  });
  it('a line opening with «و» under the headline is its second line; a headline may open with «و»', () => {
    expect(page(CARRIER, 'فراخوان آزمایشی برای برگزاری یک نشست', 'و پاسخگو کردن عاملان در عرصه داخلی و بین‌المللی', '', PROSE, MORE).title).toBe('فراخوان آزمایشی برای برگزاری یک نشست');
    expect(page(CARRIER, 'و احمد؛ نخستین یار آزمایشی ما', '', PROSE, MORE).title).toBe('و احمد؛ نخستین یار آزمایشی ما');
  });
  it.each([['وزیر امور خارجه به بروکسل رفت'], ['ورود هیئت اروپایی به اردوگاه']])('a headline: %s', (line) => {
    expect(isNeverTitle(line)).toBe(false);
  });
});

describe("a broadcast's transcript reposted", () => {
  it("is the broadcaster's: its programme named in the head, the presenter's turns in the text", () => {
    const a = page('https://www.nejatngo.org/fa/posts/1', 'گفت‌وگوی آزمایشی با بی بی سی', '', 'بی بی سی برنامه صبحگاهی بیست و هفتم نوامبر', 'مجری:', 'برنامه صبحگاهی را از لندن می‌شنوید.', PROSE, MORE);
    expect(a).toMatchObject({ publisherName: 'BBC', via: 'Nejat Society' });
    const e = page('https://www.example-carrier.org/a/1', 'A Test Interview', '', 'BBC Radio 4 Today programme, 27 November', 'Presenter: Good morning.', EN_PROSE, EN_MORE);
    expect(e.publisherName).toBe('BBC');
  });
  it('not a programme named without a presenter’s turns, nor turns under no programme line', () => {
    expect(page('https://www.nejatngo.org/fa/posts/1', 'گفت‌وگوی آزمایشی با بی بی سی', '', 'بی بی سی برنامه صبحگاهی بیست و هفتم نوامبر', PROSE, MORE).publisherName).toBe('Nejat Society');
    expect(page('https://www.nejatngo.org/fa/posts/1', 'گفت‌وگوی آزمایشی', '', 'مجری:', PROSE, MORE).publisherName).toBe('Nejat Society');
  });
});

describe("a repost's source line with the original's day", () => {
  it.each([
    ['Source: Example Daily – February 22, 2009', '2009-02-22'],
    ['Source:, September9,2009', '2009-09-09'],
  ])('dates the item under a site clock: %s', (line, day) => {
    expect(page('https://www.example-carrier.org/a/1', 'Wednesday, July 17, 2024', 'A Test Headline On A Camp', '', EN_PROSE, 'By: Jane Roe', line, EN_MORE).publishedAt).toBe(day);
  });
  it('not a source line without a day', () => {
    expect(page('https://www.example-carrier.org/a/1', 'Wednesday, July 17, 2024', 'A Test Headline On A Camp', '', EN_PROSE, 'Source: Example Daily', EN_MORE).publishedAt).toBe('2024-07-17');
  });
});

describe("an agency's copy on a carrier", () => {
  it('a dateline whose place names its province credits the agency ("Kashan, Isfahan Prov., April 11, IRNA –")', () => {
    expect(page('https://theiranproject.com/blog/2015/04/11/a-test-item/', 'A Test Headline On A Commander', '', `Kashan, Isfahan Prov., April 11, IRNA – ${EN_PROSE}`, EN_MORE).publisherName).toBe('Islamic Republic News Agency');
  });
  it("an agency's name alone on a head line, its short name after it, is the agency's copy on a site that is no news organisation", () => {
    const a = page('https://www.example-carrier.org/a/1', 'A Test Headline On A Plot', '', 'Anadolu Agency  Anadolu', EN_PROSE, EN_MORE);
    expect(a).toMatchObject({ publisherName: 'Anadolu Agency', via: 'example-carrier.org' });
  });
  it('not a name that is no agency', () => {
    expect(page('https://www.example-carrier.org/a/1', 'A Test Headline On A Plot', '', 'Maryam Rajavi', EN_PROSE, EN_MORE).publisherName).toBe('example-carrier.org');
  });
});

describe('an English repost signed off on one of its last lines', () => {
  const CARRIED = 'https://www.nejatngo.org/en/posts/1';
  it("names its source before its translator ('X, Translated by Y')", () => {
    expect(page(CARRIED, 'A Test Headline On A Cemetery', '', EN_PROSE, EN_MORE, 'Gazeta Impakt, Translated by Iran Interlink')).toMatchObject({ publisherName: 'Gazeta Impakt', via: 'Nejat Society' });
  });
  it("ends with a news service's name of two words or more", () => {
    expect(page(CARRIED, 'A Test Headline On An Envoy', '', EN_PROSE, EN_MORE, 'BBC Monitoring Middle East')).toMatchObject({ publisherName: 'BBC', via: 'Nejat Society' });
  });
  it("not a one-word name (a picture's credit), a person's name, nor a name before the last two lines", () => {
    expect(page(CARRIED, 'A Test Headline On An Envoy', '', EN_PROSE, EN_MORE, 'Reuters').publisherName).toBe('Nejat Society');
    expect(page(CARRIED, 'A Test Headline On An Envoy', '', EN_PROSE, EN_MORE, 'Maryam Rajavi').publisherName).toBe('Nejat Society');
    expect(page(CARRIED, 'A Test Headline On An Envoy', '', EN_PROSE, 'The Washington Post', EN_MORE, EN_PROSE, EN_MORE).publisherName).toBe('Nejat Society');
  });
});

describe('registry names added in session 35', () => {
  it('«نشنال پست» under a translated headline is the National Post', () => {
    expect(page('https://www.nejatngo.org/fa/posts/1', 'کودکان آزمایشی (قسمت اول)', '', 'نشنال پست', PROSE, MORE)).toMatchObject({ publisherName: 'National Post', via: 'Nejat Society' });
  });
});

describe('after the seventeenth English set (its misses read, not blind)', () => {
  it("a picture's credit at the end of its caption is not the text's", () => {
    const a = page('https://mondoweiss.net/2012/02/a-test-item/', 'A Test Headline On A Report', 'Tehran car bombing', '2011 Tehran car bombing. (Photo: Jane Roe / Fars)', '', EN_PROSE, EN_MORE);
    expect(a.publisherName).toBe('Mondoweiss');
  });
  it("a carried item's masthead over its day, under the standfirst, is that outlet's item of that day", () => {
    const a = page(
      'https://www.example-carrier.org/1999/01/01/a-test-item/',
      'December 18, 2017',
      '',
      'A Test Headline On A Designation',
      '',
      'Justice: the label triggers a law that freezes assets and denies visas to the members of the listed groups.',
      '',
      'The Los Angeles Times',
      'Thursday, October 9, 1997',
      '',
      EN_PROSE,
      EN_MORE,
    );
    expect(a).toMatchObject({ publisherName: 'Los Angeles Times', via: 'example-carrier.org', publishedAt: '1997-10-09' });
  });
  it('not a day under a name that is no news organisation', () => {
    expect(page('https://www.example-carrier.org/a/1', 'A Test Headline On A Designation', '', EN_PROSE, 'Maryam Rajavi', 'Thursday, October 9, 1997', EN_MORE).publisherName).toBe('example-carrier.org');
  });
});

describe("a report the lead names as its subject is the site's own telling (rule 2)", () => {
  it('«یک گزارش خبرگزاری رویترز …» under a headline «رویترز: …» on a news site', () => {
    const a = page('https://www.bbc.com/persian/iran-1', 'رویترز: شمار آزمایشی کشته‌ها بیش از برآوردها بود', '', `یک گزارش خبرگزاری رویترز شمار کشته‌های اعتراض‌ها را بیش از برآوردهای پیشین عنوان کرده است. ${PROSE}`, MORE);
    expect(a.publisherName).toBe('BBC');
  });
  it('"A new Reuters report …" under a "Reuters: …" headline', () => {
    const a = page('https://www.example-blog.org/1', 'Reuters: A Test Headline On A Toll', '', `A new Reuters report puts the toll of the protests far above earlier estimates, citing officials. ${EN_PROSE}`, EN_MORE);
    expect(a.publisherName).toBe('example-blog.org');
  });
});
