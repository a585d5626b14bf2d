// Credits and head lines the fifteenth English and the 23rd–24th Persian test sets print (read after
// their blind runs; not blind): a carrier's introduction naming the report it carries, a news
// service's dateline, a caption under a byline, an edition switcher and a menu that lost its spaces
// over the headline, a site's full name opening its lead; a paper's «… نوشت:» credit on a line of its
// own, an agency's name before its desk. Every line is written for the test; each rule has its false friends.
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
