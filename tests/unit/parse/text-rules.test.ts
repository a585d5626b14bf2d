import { describe, expect, it } from 'vitest';
import { deriveTitle, parseDigestHeader, parseLead, parseText, stripTrailingTitle } from '@/lib/parse/text';

// Synthetic inputs for the rules the seed files exercise only once.

describe('digest header lines', () => {
  it.each([
    ['Bloomberg | By Kurt Wagner | May 26, 2021', { outlet: 'Bloomberg', author: 'Kurt Wagner', date: '2021-05-26' }],
    ['NCRI | Written by Shamsi Saadati | July 22, 2020', { outlet: 'NCRI', author: 'Shamsi Saadati', date: '2020-07-22' }],
    ['NY Times | By the Editorial Board | Jan. 4, 2021', { outlet: 'NY Times', author: 'the Editorial Board', date: '2021-01-04' }],
    ['OIAC | 12/15/2020', { outlet: 'OIAC', author: null, date: '2020-12-15' }],
    ['Some Gazette | by: A. Writer | July 2019', { outlet: 'Some Gazette', author: 'A. Writer', date: '2019-07-01' }],
  ])('%s', (line, e) => {
    const h = parseDigestHeader(line);
    expect({ outlet: h?.outlet, author: h?.author, date: h?.date.date }).toEqual(e);
  });

  it.each([
    ['Name | Role | Not a date'],
    ['a | b | c | May 26, 2021'],
    ['This is a long sentence that happens to contain a pipe | and ends with a date that is far too far away, May 26, 2021'],
    ['Bloomberg | May'],
  ])('rejects %j', (line) => {
    expect(parseDigestHeader(line)).toBeNull();
  });
});

describe('listing leads', () => {
  it.each([
    ['Amil Imani, PipeLineNews, August 15 2019:… text', { author: 'Amil Imani', outlet: 'PipeLineNews', date: '2019-08-15', rest: 'text' }],
    ['Iran Interlink, August 09 2019:… text', { author: null, outlet: 'Iran Interlink', date: '2019-08-09', rest: 'text' }],
    ['Al Masdar and Asharq Al-Ausat, July 31 2019:… text', { author: null, outlet: 'Al Masdar News', date: '2019-07-31', rest: 'text' }],
    ['Catherine Shakdam, Citizen truth, August 03 2019:… text', { author: 'Catherine Shakdam', outlet: 'Citizen Truth', date: '2019-08-03', rest: 'text' }],
    // A date with its own comma, an unknown outlet kept as written, and "..." for the ellipsis.
    ['Jane Roe, The Local Gazette, August 9, 2019: ... text', { author: 'Jane Roe', outlet: 'The Local Gazette', date: '2019-08-09', rest: 'text' }],
    // "and" inside an unknown outlet name is not split.
    ['Friends and Family News, May 1 2020:… text', { author: null, outlet: 'Friends and Family News', date: '2020-05-01', rest: 'text' }],
  ])('%s', (lead, e) => {
    const l = parseLead(lead);
    expect({ author: l?.author, outlet: l?.outlet, date: l?.date.date, rest: l?.rest }).toEqual(e);
  });

  it('is not fooled by an ordinary sentence with a colon', () => {
    expect(parseLead('He said: the regime will fall.')).toBeNull();
  });
});

describe('stripTrailingTitle', () => {
  it('removes the full or truncated headline at the end of an excerpt', () => {
    expect(stripTrailingTitle('Body text here. Some Title Words Here', 'Some Title Words Here')).toBe('Body text here.');
    expect(stripTrailingTitle('Body text. Iran Interlink Weekly Digest', 'Iran Interlink Weekly Digest – July 26, 2019')).toBe('Body text.');
    expect(stripTrailingTitle('Body text. MEK : Cult , or Hope ?', 'MEK : Cult , or Hope ?')).toBe('Body text.');
  });
  it('leaves a paragraph alone when fewer than three headline words repeat', () => {
    expect(stripTrailingTitle('It happened in Iran Interlink', 'Interlink Weekly Digest')).toBe('It happened in Iran Interlink');
  });
});

describe('deriveTitle', () => {
  it.each([
    ['Short first sentence. Then more.', 'Short first sentence'],
    ['Mr. Assadi, a diplomat, was convicted. More.', 'Mr. Assadi, a diplomat, was convicted'],
    ['The U.S. State Department spoke. More.', 'The U.S. State Department spoke'],
    ['DUBAI (Reuters) – Iran banned imports. More.', 'Iran banned imports'],
    ['• Widespread torture documented\n• Second bullet', 'Widespread torture documented'],
    [
      'A very long opening sentence that keeps going well past the point where any reasonable headline would have ended already and then some more words',
      'A very long opening sentence that keeps going well past the point where any reasonable headline would have ended already…',
    ],
  ])('%j → %j', (body, title) => {
    expect(deriveTitle(body)).toBe(title);
  });
});

describe('single-article conventions', () => {
  it('reads a headline, date line and byline at the top', () => {
    const [a] = parseText('x.txt', 'Exiles rally in Paris\n\nJuly 1, 2023\n\nBy Jane Roe\n\nThousands gathered on Saturday.\n\nSpeakers followed.');
    expect(a).toMatchObject({
      title: 'Exiles rally in Paris',
      publishedAt: '2023-07-01',
      datePrecision: 'day',
      author: 'Jane Roe',
      body: 'Thousands gathered on Saturday.\n\nSpeakers followed.',
    });
  });

  it('uses an outlet name on the first line as the publisher', () => {
    const [a] = parseText('x.txt', 'Reuters\n\nIran banned vaccine imports on Friday, officials said.');
    expect(a).toMatchObject({ publisherName: 'Reuters', body: 'Iran banned vaccine imports on Friday, officials said.' });
  });

  it('does not take a headline that mentions a date for a date line', () => {
    const [a] = parseText('x.txt', 'Protests of November 2019\n\nThe protests began on a Friday.');
    expect(a).toMatchObject({ title: 'Protests of November 2019', publishedAt: null });
  });

  it('labels Persian text', () => {
    expect(parseText('fa.txt', 'سازمان مجاهدین خلق در آلبانی.')[0]!.language).toBe('fa');
  });
});

describe('digest edge cases', () => {
  it('keeps substantial prose before the first header as an unattributed article', () => {
    const prose = 'Intro words about the subject matter. '.repeat(12);
    const text = `${prose}\n\nReuters | By A. Writer | May 26, 2021\n\nArticle body sentence one.`;
    const articles = parseText('d.txt', text);
    expect(articles.map((a) => a.publisherName)).toEqual([null, 'Reuters']);
  });

  it('takes a headline above the first header', () => {
    const articles = parseText('d.txt', 'A headline for the first item\n\nReuters | May 26, 2021\n\nBody one.');
    expect(articles).toHaveLength(1);
    expect(articles[0]!.title).toBe('A headline for the first item');
  });

  it('does not split on a press-release dateline naming the host outlet or an unknown group', () => {
    const text =
      'OIAC | 12/15/2020\n\nFirst paragraph.\n\nNew York, NY; December 3, 2020 – Some Unknown Group congratulates someone.\n\nWashington, DC; December 4, 2020 – OIAC welcomes the move.';
    expect(parseText('d.txt', text)).toHaveLength(1);
  });
});
