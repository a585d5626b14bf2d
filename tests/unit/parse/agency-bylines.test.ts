// Bylines that end with a news agency (lib/parse/page-head.ts agencyByline): a page whose byline is
// "Writer, Agency" (or the two fields glued, as a page's markup comes out in its text, or the agency
// alone between dashes with its day) carries that agency's copy, on any site: a byline is a credit
// (data/devset/README.md, rule 1). Copy a paper prints without one stays the paper's (rule 3).
// The pages are written for this test; the small hosts are made up.
import { describe, expect, it } from 'vitest';
import { parseFile } from '@/lib/parse/parse-file';
import { agencyByline } from '@/lib/parse/page-head';

describe('agencyByline', () => {
  it.each([
    ['Maria Lopez and Tom BakerAAP', 'australian-associated-press', 'Maria Lopez and Tom Baker'],
    ['Staff WritersDeutsche Presse Agentur', 'dpa', null],
    ['By Sam Carter, Associated Press', 'ap', 'Sam Carter'],
    ['Sam Carter | AFP', 'afp', 'Sam Carter'],
    ['Staff reporter - Reuters', 'reuters', null],
    ['Anne de la Cruz / Belga', 'belga', 'Anne de la Cruz'],
  ])('%s is %s copy', (line, slug, writer) => {
    const b = agencyByline(line);
    expect(b?.agency.slug).toBe(slug);
    expect(b?.writer).toBe(writer);
  });

  it.each([
    ['a title-case headline ending with an agency', 'Tehran Summons Envoy Over Reuters'],
    ['a sentence naming an agency', 'The minister said in Brussels, Reuters'],
    ['a headline with a comma', 'Trial opens in Antwerp, Belga'],
    ['a credit of a non-agency', 'Sam Carter, The Guardian'],
    ['a name alone', 'Sam Carter'],
    ['a Persian line', 'خبرگزاری فرانسه'],
  ])('%s is no agency byline', (_what, line) => {
    expect(agencyByline(line)).toBeNull();
  });
});

const PAGE = [
  'Court jails diplomat over rally bomb plot',
  '',
  'Maria Lopez and Tom BakerAAP',
  '',
  'A court in Antwerp sentenced a diplomat to twenty years in prison on Thursday for a plot to bomb a rally of an exiled opposition group near Paris in 2018.',
  '',
  'Lawyers for the civil parties said the verdict showed that the plot had been planned by the state, which the defence denied throughout the trial.',
].join('\n');

describe('a page carrying agency copy', () => {
  it('on a site that does not report news, the agency published it and the site carried it', () => {
    const [a] = parseFile('a.txt', Buffer.from(PAGE), { url: 'https://example-daily.com.au/news/court-jails-diplomat' });
    expect(a!.publisherName).toBe('Australian Associated Press');
    expect(a!.via).toBe('example-daily.com.au');
    expect(a!.author).toBe('Maria Lopez and Tom Baker');
    expect(a!.title).toBe('Court jails diplomat over rally bomb plot');
  });

  it('on a registry news site too: the byline is a credit, the paper carries the copy', () => {
    const [a] = parseFile('a.txt', Buffer.from(PAGE), { url: 'https://www.theguardian.com/world/court-jails-diplomat' });
    expect(a!.publisherName).toBe('Australian Associated Press');
    expect(a!.via).toBe('The Guardian');
  });
  it('the agency alone between dashes, with its day', () => {
    const page = PAGE.replace('Maria Lopez and Tom BakerAAP', '- Associated Press - Thursday, April 14, 2011');
    const [a] = parseFile('a.txt', Buffer.from(page), { url: 'https://www.theguardian.com/world/court-jails-diplomat' });
    expect(a).toMatchObject({ publisherName: 'Associated Press', via: 'The Guardian', publishedAt: '2011-04-14', author: null });
  });
  it('a paper’s own story that quotes an agency stays the paper’s', () => {
    const page = PAGE.replace('Maria Lopez and Tom BakerAAP', 'By Maria Lopez');
    const [a] = parseFile('a.txt', Buffer.from(`${page}\n\nThe minister told AFP the verdict would be appealed.`), { url: 'https://www.theguardian.com/world/court-jails-diplomat' });
    expect(a!.publisherName).toBe('The Guardian');
  });
});

describe('a carrier’s dateline naming the agency after a slash', () => {
  const BODY = 'People who organised the protests were trained abroad, the interior minister said on Wednesday, according to media reports from the capital.\n\nThe minister gave no evidence for the claim, which the opposition group named in his remarks denied on the same day.';
  it('credits the agency, the carrier collecting it', () => {
    const [a] = parseFile('a.txt', Buffer.from(`MOSCOW (Carrier News / Sputnik - 09th November, 2022) ${BODY}`), { url: 'https://carrier-news.example/story/1' });
    expect(a!.publisherName).toBe('Sputnik');
    expect(a!.via).toBe('carrier-news.example');
  });
  it('leaves a bracket that names no agency after its slash', () => {
    const [a] = parseFile('a.txt', Buffer.from(`MOSCOW (Carrier News / Staff - 09th November, 2022) ${BODY}`), { url: 'https://carrier-news.example/story/1' });
    expect(a!.publisherName).toBe('carrier-news.example');
  });
});

describe('a source line typed with a semicolon', () => {
  const BODY = 'Officials in the capital marked the anniversary of the bombing on Thursday with ceremonies in several provinces.\n\nSpeakers blamed the armed group for the attack and for thousands of deaths in the years after it.';
  it('credits the outlet it names, as "Source:" does', () => {
    const [a] = parseFile('a.txt', Buffer.from(`${BODY}\n\nSource; IFP`), { url: 'https://carrier-news.example/story/2' });
    expect(a!.publisherName).toBe('IFP News (Iran Front Page)');
    expect(a!.via).toBe('carrier-news.example');
  });
});
