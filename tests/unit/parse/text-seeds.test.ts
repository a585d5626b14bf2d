import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '@/lib/parse/parse-file';
import type { ParsedArticle } from '@/lib/parse/types';

// The four seed files are copies of the real corpus; what they should yield is the
// acceptance test for the plain-text importer.

const SAMPLES = path.resolve(__dirname, '../../../data/samples');
const read = (name: string) => readFileSync(path.join(SAMPLES, name));
const parse = (name: string, opts = {}) => parseFile(name, read(name), opts);

const DIGEST = '002_74173d21cf827cb5.txt';
const LISTING = '003_8214347e08f4bec9.txt';
const INU = '000_70f0cd925d83c631.txt';
const UNHEADED = '001_229c8878a0d77bf2.txt';

type Expected = Pick<ParsedArticle, 'publisherName' | 'publishedAt' | 'datePrecision' | 'author' | 'via'> & {
  title: string | RegExp;
};

/** Lines that must never surface as a title: page furniture, headers, leads. */
const FURNITURE_TITLE =
  /^(?:Insider news|latest INU tweet|Iran Protests 2018|Free Iran 2018|The Diplomat$|Author:|Posted on|Twitter:|Aims of Iran-Interlink|Iran Interlink$)|\|/;

function expectArticles(articles: ParsedArticle[], expected: Expected[], file: string) {
  expect(articles.map((a) => a.publisherName)).toEqual(expected.map((e) => e.publisherName));
  for (const [i, e] of expected.entries()) {
    const a = articles[i]!;
    const { title, ...meta } = e;
    expect({ ...pick(a, Object.keys(meta) as Array<keyof ParsedArticle>), index: a.sourceIndex }, `${file}#${i}`).toEqual({
      ...meta,
      index: i,
    });
    if (typeof title === 'string') expect(a.title, `${file}#${i}`).toBe(title);
    else expect(a.title, `${file}#${i}`).toMatch(title);
    expect(a.title.length, `${file}#${i}`).toBeLessThanOrEqual(160);
    expect(a.title, `${file}#${i}`).not.toMatch(FURNITURE_TITLE);
    expect(a.sourceFile).toBe(file);
    expect(a.language).toBe('en');
    expect(a.body.length).toBeGreaterThan(100);
    expect(a.body, 'paragraphs are separated by exactly one blank line').not.toMatch(/\n{3,}/);
    expect(a.body).not.toMatch(/[\u00A0\u200B\r]|[ \t]\n/);
  }
}

function pick<T extends object>(obj: T, keys: Array<keyof T>): Partial<T> {
  return Object.fromEntries(keys.map((k) => [k, obj[k]])) as Partial<T>;
}

describe(`digest: ${DIGEST}`, () => {
  const articles = parse(DIGEST);
  const day = (publishedAt: string) => ({ publishedAt, datePrecision: 'day' as const });

  const expected: Expected[] = [
    { publisherName: 'Bloomberg', author: 'Kurt Wagner', via: null, ...day('2021-05-26'), title: /^Facebook Inc\. issued a new report Wednesday/ },
    { publisherName: 'Fox News', author: 'Eric Shawn', via: null, ...day('2021-03-19'), title: /^New Mexico Republican Rep\. Yvette Herrell/ },
    {
      publisherName: 'The Wall Street Journal',
      author: 'Sune Engel Rasmussen',
      via: null,
      ...day('2021-02-04'),
      title: 'Assadollah Assadi is the first Iranian diplomat convicted for terrorism in Europe in a case that has soured Iranian relations with a key partner',
    },
    { publisherName: 'Reuters', author: 'Parisa Hafezi', via: null, ...day('2021-01-08'), title: /^Iran’s Supreme Leader on Friday banned the government from importing COVID-19 vaccines/ },
    { publisherName: 'The New York Times', author: 'the Editorial Board', via: null, ...day('2021-01-04'), title: 'His advisers cling to the 2015 deal, but the region has moved on' },
    {
      publisherName: 'Organization of Iranian American Communities',
      author: null,
      via: null,
      ...day('2020-12-15'),
      title: 'Iranian Americans Outline a Comprehensive, Bi-partisan Iran Policy for 2021',
    },
    {
      publisherName: 'Association of Iranian Americans in New York',
      author: null,
      via: null,
      ...day('2020-12-03'),
      title: /^Association of Iranian Americans in New York congratulates Congressman Gregory Meeks/,
    },
    { publisherName: 'Amnesty International', author: null, via: null, ...day('2020-11-16'), title: 'Iran: Internet deliberately shut down during November 2019 killings' },
    { publisherName: 'Amnesty International', author: null, via: null, ...day('2020-09-02'), title: /^Widespread torture including beatings, floggings/ },
    { publisherName: 'National Council of Resistance of Iran', author: 'Shamsi Saadati', via: null, ...day('2020-07-22'), title: /^Morgan Ortagus, the spokesperson of the United States State Department/ },
  ];

  it('yields the nine headed articles plus the embedded press release', () => {
    expect(articles).toHaveLength(10);
    expectArticles(articles, expected, DIGEST);
  });

  it('moves each headline out of the previous article', () => {
    const [bloomberg, fox, wsj, reuters, nyt, oiac, release] = articles;
    expect(fox!.body).not.toContain('Assadollah Assadi is the first Iranian diplomat convicted');
    expect(wsj!.body.startsWith('A Belgian court sentenced an Iranian diplomat')).toBe(true);
    expect(reuters!.body).not.toContain('His advisers cling');
    expect(nyt!.body).not.toContain('Iranian Americans Outline');
    expect(oiac!.body).not.toContain('Iranian Americans Outline'); // the repeated title line is furniture
    expect(oiac!.body).not.toContain('congratulates Congressman Gregory Meeks');
    expect(release!.body).not.toContain('Iran: Internet deliberately shut down');
    expect(bloomberg!.body.endsWith('Facebook’s head of cybersecurity policy.')).toBe(true);
  });

  it('keeps wire datelines in the body but not in derived titles', () => {
    expect(articles[3]!.body.startsWith('DUBAI (Reuters) – Iran’s Supreme Leader')).toBe(true);
    expect(articles[6]!.body.startsWith('New York, NY; December 3, 2020 – Association')).toBe(true);
  });

  it('strips a browser text-fragment URL glued to a sentence', () => {
    expect(articles[7]!.body.endsWith('as the first step towards ending impunity.')).toBe(true);
    expect(articles.map((a) => a.body).join('\n')).not.toContain('%20');
  });

  it('cuts derived titles on a word boundary', () => {
    for (const a of articles) {
      expect(a.title.length).toBeLessThanOrEqual(160);
      if (a.title.endsWith('…')) expect(a.title).toMatch(/\p{L}…$/u);
    }
  });

  it('keeps section headings and pull-quote attributions inside the body', () => {
    expect(articles[8]!.body).toContain('\n\nTorture epidemic\n\n');
    expect(articles[9]!.body).toContain('\n\nIranian Massacre\n\n');
  });
});

describe(`"Posted on" listing: ${LISTING}`, () => {
  const articles = parse(LISTING);
  const via = 'Iran Interlink';
  const d = (publishedAt: string) => ({ publishedAt, datePrecision: 'day' as const });
  const expected: Expected[] = [
    { publisherName: 'PipeLineNews', author: 'Amil Imani', via, ...d('2019-08-15'), title: 'OIAC aka MEK Deceptive Tactics in USA' },
    // Iran Interlink's own items: via is null because the host is the publisher.
    { publisherName: 'Iran Interlink', author: null, via: null, ...d('2019-08-09'), title: 'Iran Interlink Weekly Digest – August 09, 2019' },
    { publisherName: 'Iranian Oral History', author: 'Bakhshali Alizadeh', via, ...d('2019-08-09'), title: 'Bakhshali Alizadeh : Memories with Mujahidin Khalq Organisation MKO' },
    { publisherName: 'CGTN', author: 'Zeng Ziyi', via, ...d('2019-08-07'), title: 'John Bolton MEK Desperate Attempt to Awaken the U.S. War Machine' },
    { publisherName: 'Inside Arabia', author: 'Giorgio Cafiero', via, ...d('2019-08-05'), title: 'MEK : Totalitarian Cult , or Iran’s Brightest Hope for Democracy ?' },
    { publisherName: 'Citizen Truth', author: 'Catherine Shakdam', via, ...d('2019-08-03'), title: 'Mujahedin-e-Khalq MEK terrorists Shape Trump Admin Iran Policy. Why ?' },
    { publisherName: 'Iran Interlink', author: null, via: null, ...d('2019-08-02'), title: 'Iran Interlink Weekly Digest – August 02, 2019' },
    // "Al Masdar and Asharq Al-Ausat" credits two outlets and no author: filed under the first.
    { publisherName: 'Al Masdar News', author: null, via, ...d('2019-07-31'), title: 'Israel Rewards MEK by Bombing lost Ashraf Garrison in Iraq' },
    // Lead date (July 27) wins over the listing's own title date (July 26).
    { publisherName: 'Iran Interlink', author: null, via: null, ...d('2019-07-27'), title: 'Iran Interlink Weekly Digest – July 26, 2019' },
    // Empty "Posted on:"; the date comes from the lead.
    { publisherName: 'Iran Press', author: null, via, ...d('2019-07-27'), title: 'Iran Blasts US , EU support for MKO Terrorists – Mersad Anniversary' },
  ];

  it('yields ten items, each with its original outlet and date, via the host', () => {
    expect(articles).toHaveLength(10);
    expectArticles(articles, expected, LISTING);
  });

  it('drops the page header (author line, masthead, mission statement, Twitter handle)', () => {
    const all = articles.map((a) => `${a.title}\n${a.body}`).join('\n');
    expect(all).not.toContain('Aims of Iran-Interlink');
    expect(all).not.toContain('Twitter: IranInterlink');
    expect(all).not.toContain('Author:');
    expect(all).not.toContain('Posted on');
  });

  it('removes the lead metadata and the trailing repeated headline from each excerpt', () => {
    const [pipeline, weekly0809, oral, cgtn, , , weekly0802, masdar, weekly0726, iranPress] = articles;
    expect(pipeline!.body.startsWith('OIAC or MEK is an Islamist-Marxist cultish group')).toBe(true);
    expect(pipeline!.body.endsWith('in their chauffeur driven car.')).toBe(true);
    expect(weekly0809!.body.endsWith('could not be credibly linked to Iran.')).toBe(true);
    expect(oral!.body.endsWith('an Iranian prison camp in Iraq.')).toBe(true);
    expect(cgtn!.body.endsWith('justified for waging war.')).toBe(true);
    expect(weekly0802!.body.endsWith('access to the internet.')).toBe(true);
    expect(masdar!.body.startsWith('Asharq Al-Aswat then referenced')).toBe(true);
    expect(masdar!.body.endsWith('struck by Israeli jets.')).toBe(true);
    // Truncated repeat "Iran Interlink Weekly Digest" of "… – July 26, 2019".
    expect(weekly0726!.body.endsWith('not allowed to attend the funeral.')).toBe(true);
    expect(iranPress!.body.endsWith('the eight-year war with Iran.')).toBe(true);
    for (const a of articles) expect(a.body).not.toMatch(/^[^:]{0,80}\d{4}:…/);
  });
});

describe(`single article with masthead: ${INU}`, () => {
  const [article, ...rest] = parse(INU);

  it('is one Iran News Update article dated from the misspelt dateline', () => {
    expect(rest).toHaveLength(0);
    expect(article).toMatchObject({
      publisherName: 'Iran News Update',
      via: null,
      author: null,
      publishedAt: '2013-08-15',
      datePrecision: 'day',
      sourceIndex: 0,
    });
  });

  it('derives the title from the first sentence, not from the tagline or sidebar', () => {
    expect(article!.title).toMatch(/^In an exclusive tell all interview conducted by Iran News Update \(INU\), 1988 Iranian massacre survivor/);
    expect(article!.title).not.toMatch(FURNITURE_TITLE);
  });

  it('drops masthead, datelines and pure sidebar furniture but keeps teaser facts', () => {
    const body = article!.body;
    expect(body.startsWith('In an exclusive tell all interview')).toBe(true);
    expect(body).not.toContain('Insider news & Analysis in Iran');
    expect(body).not.toContain('INU-');
    expect(body).not.toMatch(/(^|\n)INU:/);
    expect(body).toContain('In the summer of 1988, thousands of political prisoners');
    expect(body).toContain('A total of 9 people were killed and 400 injured');
    expect(body).not.toContain('latest INU tweet');
    expect(body).not.toContain('Free Iran 2018 Gathering');
    expect(body).not.toContain('Iran Protests 2018');
    expect(body).not.toMatch(/(^|\n)The Diplomat\s*(\n|$)/);
    expect(body.endsWith('relatively unknown in the West.')).toBe(true);
  });
});

describe(`single article without header: ${UNHEADED}`, () => {
  it('has no publisher or date unless the caller names one', () => {
    const [article, ...rest] = parse(UNHEADED);
    expect(rest).toHaveLength(0);
    expect(article).toMatchObject({ publisherName: null, via: null, author: null, publishedAt: null, datePrecision: 'unknown' });
    expect(article!.title).toBe(
      'So far, conservative estimates are that at least 1000 protesters have been murdered by the regime’s security forces…',
    );
    expect(article!.body.split('\n\n')).toHaveLength(7);
  });

  it('takes publisher and via from options, canonicalised through the registry', () => {
    const [article] = parse(UNHEADED, { publisher: 'INU', via: 'iran-interlink.org' });
    expect(article).toMatchObject({ publisherName: 'Iran News Update', via: 'Iran Interlink' });
  });

  it('keeps an unknown publisher name as given', () => {
    const [article] = parse(UNHEADED, { publisher: 'Some Local Gazette' });
    expect(article!.publisherName).toBe('Some Local Gazette');
  });
});

describe('options override every article in a file', () => {
  it('forces the publisher and via on a digest', () => {
    const articles = parse(DIGEST, { publisher: 'Reuters', via: 'Iran Interlink' });
    expect(new Set(articles.map((a) => a.publisherName))).toEqual(new Set(['Reuters']));
    expect(new Set(articles.map((a) => a.via))).toEqual(new Set(['Iran Interlink']));
  });

  it('drops a forced via that equals the publisher', () => {
    const articles = parse(LISTING, { via: 'Iran Interlink' });
    expect(articles.filter((a) => a.publisherName === 'Iran Interlink').every((a) => a.via === null)).toBe(true);
    expect(articles.filter((a) => a.publisherName !== 'Iran Interlink').every((a) => a.via === 'Iran Interlink')).toBe(true);
  });
});

describe('text normalisation', () => {
  it('handles CRLF, NBSP and zero-width characters like the clean file', () => {
    const clean = parse(DIGEST);
    const dirty = parseFile(DIGEST, Buffer.from(read(DIGEST).toString('utf8').replace(/\n/g, '\r\n').replace(/ /g, ' \u200B'), 'utf8'));
    expect(dirty.map((a) => [a.title, a.body])).toEqual(clean.map((a) => [a.title, a.body]));
  });
});
