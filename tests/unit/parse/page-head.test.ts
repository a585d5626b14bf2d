// Pasted pages: where the headline is among the head's lines, and where a text credits another
// outlet. Every page here is written for the test, reproducing the shapes met in real pages.
import { describe, expect, it } from 'vitest';
import { parseText } from '@/lib/parse/text';
import { isNeverTitle, pickTitle } from '@/lib/parse/page-head';
import { stripSiteSuffix } from '@/lib/parse/html';

const page = (...lines: string[]) => lines.join('\n');
const BODY =
  'Albanian police entered the exiles’ camp on Tuesday and took away dozens of computers, officials said in a statement issued in the capital.\n\n' +
  'Residents said the search lasted several hours; the ministry said it followed a court order.';

describe('titles of pasted pages', () => {
  it.each([
    ['navigation, a weather line, a date line and a breadcrumb that repeats the title', page('23.5 C', 'Friday, May 3, 2024', 'HomeWorldPolice search exiles’ camp in Albania', '', 'Police search exiles’ camp in Albania', '', BODY)],
    ['share widgets and an ad slot', page('Share article:', '728 x 90', '', 'Police search exiles’ camp in Albania', '', BODY)],
    ['a section kicker that is the start of the headline', page('Police search', '', 'Police search exiles’ camp in Albania', '', BODY)],
    ['a site label and a code line', page('Balkan News - Local News - Site', 'Item Code 77123', 'Police search exiles’ camp in Albania', BODY)],
    ['a breadcrumb with separators', page('Home » Albania » Police search exiles’ camp in Albania', '', 'Police search exiles’ camp in Albania', '', BODY)],
  ])('finds the headline under %s', (_what, text) => {
    const [a] = parseText('x.txt', text);
    expect(a!.title).toBe('Police search exiles’ camp in Albania');
    expect(a!.titleSource).toBe('title-line');
    expect(a!.body.startsWith('Albanian police entered')).toBe(true);
  });

  it('prefers the headline to the standfirst under it, and keeps the standfirst in the text', () => {
    const [a] = parseText('x.txt', page('Police search exiles’ camp in Albania', '', 'Officers took away computers from the compound where members of the group live', '', BODY));
    expect(a!.title).toBe('Police search exiles’ camp in Albania');
    expect(a!.body).toContain('Officers took away computers');
  });

  it('reads a date line with a time and a plain date stamp', () => {
    expect(parseText('x.txt', page('Tue Jun 20, 2023 4:15', 'Police search exiles’ camp in Albania', BODY))[0]).toMatchObject({ publishedAt: '2023-06-20' });
    expect(parseText('x.txt', `date 2023-06-20 ${BODY}`)[0]).toMatchObject({ publishedAt: '2023-06-20', titleSource: 'first-sentence' });
  });

  it('falls back to the first sentence only when there is no title line, and says so', () => {
    const [a] = parseText('x.txt', BODY);
    expect(a!.titleSource).toBe('first-sentence');
    expect(a!.title).toMatch(/^Albanian police entered the exiles’ camp/);
  });

  it.each([
    ['Photo: Police outside the camp gate (AFP)'],
    ['Source: Albanian State Police'],
    ['By Jane Roe and John Doe'],
    ['Posted on 21-Jun-2023'],
    ['Police stand at the gate of the camp near Durres on Tuesday. (AFP)'],
    ['© Example Photo Agency 2023'],
    ['BALKANS-IRAN-POLICE'],
    ['you are here'],
    ['Skip to main content'],
    // Persian page furniture: a skip link (numbered as lists render it), a "more videos »»" link, a news code.
    ['1. پرش به محتوا'],
    ['ویدیوهای بیشتر »»'],
    ['کد خبر: ۴۵۲۱۷'],
    // A site's reuse notice (free to use with the source named, Arabic kaf) and a rights line.
    ['--- نقل مطالب این وبلاگ با ذكر منبع آزاد است ---'],
    ['کلیه حقوق این پایگاه برای نویسندگان آن محفوظ است'],
  ])('never takes %j as a title', (line) => {
    expect(isNeverTitle(line)).toBe(true);
  });

  it('still takes a headline about sources or rights for a title', () => {
    expect(isNeverTitle('خبرنگاران از ذکر نام منابع خود خودداری کردند')).toBe(false);
    expect(isNeverTitle('حقوق زندانیان سیاسی در گزارش تازه')).toBe(false);
  });

  it('picks nothing that shares no words with a long body when a better line exists', () => {
    expect(pickTitle(['Popular now', 'Police search exiles’ camp in Albania'], BODY)).toBe('Police search exiles’ camp in Albania');
  });
});

describe('outlets credited in the text of a reposted page', () => {
  const url = 'https://reposts.example/2023/06/21/camp-search/';
  it.each([
    ['a wire dateline', page('Camp searched', '', 'TIRANA (Reuters) - Albanian police searched the exiles’ camp on Tuesday and removed computers, officials said.'), 'Reuters'],
    ['a byline naming the agency', page('Camp searched', '', 'By Jane Roe / Associated Press', '', BODY), 'Associated Press'],
    ['a byline naming the paper', page('Camp searched', '', 'By Jane Roe, The Guardian', '', BODY), 'The Guardian'],
    ['a republication note', page('Camp searched', '', BODY, '', 'This article was originally published by Radio Free Europe/Radio Liberty and is reprinted with permission.'), 'Radio Free Europe/Radio Liberty'],
    ['a continue-reading line', page('Camp searched', '', BODY, '', 'Continue reading this article at Middle East Eye'), 'Middle East Eye'],
    ['an aggregator lead', page('Camp searched', '', 'Tehran Times, Tehran, June 21 2023:… Albanian police searched the camp of the exiles and removed computers, officials said.'), 'Tehran Times'],
    ['a source the reporters spoke to', page('Camp searched', '', `${BODY} A former member told The Intercept that the computers ran hundreds of accounts.`), 'The Intercept'],
  ])('credits the outlet in %s, with the page’s site as via', (_what, text, outlet) => {
    const [a] = parseText('x.txt', text, { url });
    expect(a!.publisherName).toBe(outlet);
    expect(a!.via).toBe('reposts.example');
  });

  it('keeps the paper as publisher when a source spoke to a news agency (wire copy)', () => {
    const [a] = parseText('x.txt', page('Camp searched', '', `${BODY} His lawyer told AFP the search was unlawful.`), { url: 'https://www.kuwaittimes.com/camp-searched/' });
    expect(a!.publisherName).toBe('Kuwait Times');
    expect(a!.via).toBeNull();
  });

  it('does not credit an outlet the text only cites', () => {
    const [a] = parseText('x.txt', page('Camp searched', '', `${BODY} According to Press TV, the computers were sent to Tehran.`), { url });
    expect(a!.publisherName).toBe('reposts.example');
  });

  it('leaves a press review to the site that wrote it, whatever outlet its headline names', () => {
    const [a] = parseText('x.txt', page('Home » Exiles » Balkan Insight: What the search of the camp found', '', BODY), { url });
    expect(a).toMatchObject({ publisherName: 'reposts.example', via: null });
  });

  it('credits the issuer a release opens with, with the press-release wire as via', () => {
    const [a] = parseText('x.txt', page('Opposition says fake accounts target it', '', `(NCRI) – ${BODY}`), { url: 'https://www.einpresswire.com/article/123/x' });
    expect(a).toMatchObject({ publisherName: 'National Council of Resistance of Iran', via: 'EIN Presswire' });
    const [b] = parseText('x.txt', `date 2022-03-01 (PMOI / MEK) & a statement on the accounts. ${BODY}`, { url: 'https://www.einpresswire.com/article/124/y' });
    expect(b).toMatchObject({ publisherName: "People's Mojahedin Organization of Iran", via: 'EIN Presswire' });
  });

  it('never takes the group’s own names in a heading for a credit', () => {
    const [a] = parseText('x.txt', page('Mojahedin-e Khalq (MEK)', '', 'What the MEK did in the 1970s', '', BODY), { url });
    expect(a!.publisherName).toBe('reposts.example');
    const [b] = parseText('x.txt', page('PMOI / MEK', '', BODY), { url });
    expect(b!.publisherName).toBe('reposts.example');
  });

  it('credits a press release to its issuer, known or not, never to the host', () => {
    const [a] = parseText(
      'x.txt',
      page('Exiles to rally at the UN', '', 'The rally will ask governments to hear the protesters.” — NCRI', '', `NEW YORK, NY, UNITED STATES, May 2, 2024 / EINPresswire.com / -- ${BODY}`),
      { url: 'https://www.einpresswire.com/article/125/z' },
    );
    expect(a).toMatchObject({ publisherName: 'National Council of Resistance of Iran', via: 'EIN Presswire' });
    const [b] = parseText('x.txt', page('Vigil for the protesters', '', 'Press Release: Jo Bloggs', '', BODY), { url: 'https://www.scoop.co.nz/stories/WO2210/S0001/x.htm' });
    expect(b).toMatchObject({ publisherName: 'Jo Bloggs', via: 'Scoop (New Zealand)' });
  });

  it('does not take a caption naming a person, a picture credit or a contents list for a masthead', () => {
    const [a] = parseText('x.txt', page('What future for the exiles?', '', 'Maryam Rajavi', '', BODY), { url });
    expect(a!.publisherName).toBe('reposts.example');
    const [b] = parseText('x.txt', page('What future for the exiles?', '', '(source: mintpressnews.com)', '', BODY), { url });
    expect(b!.publisherName).toBe('reposts.example');
    const [c] = parseText('x.txt', page('Newsletter, April issue', '', 'An interview about the camp', 'BBC News, March 10, 2006', '', 'A second interview', 'Radio Farda, March 15, 2006', '', BODY), { url });
    expect(c!.publisherName).toBe('reposts.example');
  });

  it('takes the group’s own organisation on the first line as the outlet of a pasted text with no address', () => {
    const [a] = parseText('x.txt', page('NCRI', '', 'Statement on the camp search', '', BODY));
    expect(a!.publisherName).toBe('National Council of Resistance of Iran');
    const [b] = parseText('x.txt', page('NCRI', '', 'Statement on the camp search', '', BODY), { url });
    expect(b!.publisherName).toBe('reposts.example');
  });

  it('does not take a statement to a human-rights organisation for reporting', () => {
    const [a] = parseText('x.txt', page('Camp searched', '', `${BODY} The group has told Amnesty International that two of its members were held.`), { url });
    expect(a!.publisherName).toBe('reposts.example');
  });

  it('keeps "Amnesty:" in a headline as the paper’s wording, not a repost', () => {
    const [a] = parseText('x.txt', page('Amnesty International: prisoners were denied lawyers', '', BODY), { url: 'https://www.tehrantimes.com/news/1/x' });
    expect(a!.publisherName).toBe('Tehran Times');
  });

  it('takes the page’s site and the date in its path when the text names no outlet', () => {
    const [a] = parseText('x.txt', page('Camp searched', '', BODY), { url: 'https://www.tehrantimes.com/news/2023/06/21/x' });
    expect(a).toMatchObject({ publisherName: 'Tehran Times', via: null, url: 'https://www.tehrantimes.com/news/2023/06/21/x' });
  });
});

describe('more credit shapes, and the false joins they must not make', () => {
  const url = 'https://copies.example/2024/02/05/ruling/';
  const COURT =
    'The appeals court in the capital upheld the sentence on Monday, and the defence said it would take the case further.\n\n' +
    'Relatives of the victims gathered outside the building while the ruling was read.';

  it.each([
    ['an agency’s dateline without a date', page('Sentence upheld', '', `Tehran, IRNA – ${COURT}`), 'Islamic Republic News Agency'],
    ['a report’s imprint naming the company', page('Sentence upheld', '', COURT, '', 'First published in 2020 by Amnesty International Ltd, 1 Sample Street, London'), 'Amnesty International'],
    ['a report’s imprint without one', page('Sentence upheld', '', COURT, '', 'First published in 2019 by Human Rights Watch.'), 'Human Rights Watch'],
    ['the source’s home page alone on a line', page('Sentence upheld', 'The appeals court upheld the sentence on Monday, the channel reported.', 'https://www.aljazeera.com/', '', COURT), 'Al Jazeera'],
    ['a document the outlet obtained', page('Sentence upheld', '', `${COURT} The defence’s appeal, a copy of which was obtained by The Daily Beast, runs to forty pages.`), 'The Daily Beast'],
    ['a source who spoke to the outlet at the end of a sentence', page('Sentence upheld', '', `${COURT} A relative told The Intercept.\nResidents said they would return.`), 'The Intercept'],
    ['a masthead set as stacked words', page('MIDDLE', 'EAST', 'EYE', COURT), 'Middle East Eye'],
  ])('credits %s, the page’s site as via', (_what, text, outlet) => {
    const [a] = parseText('x.txt', text, { url });
    expect(a).toMatchObject({ publisherName: outlet, via: 'copies.example' });
  });

  it.each([
    ['a city and its country in the dateline', page('Sentence upheld', '', `Tehran, Iran – ${COURT}`)],
    ['a link in the text to one of another site’s pages', page('Sentence upheld', '', 'The appeals court upheld the sentence on Monday, as the channel reported here:', 'https://www.aljazeera.com/news/2024/2/5/ruling', '', COURT)],
    ['an imprint naming a company the registry does not list', page('Sentence upheld', '', COURT, '', 'First published in 2021 by Sample Books Ltd, London')],
    ['a statement to a news agency the registry names as one', page('Sentence upheld', '', `${COURT} The lawyer told Mizan on Monday that the ruling was wrong.`)],
    ['a statement to an outlet the text calls a news agency', page('Sentence upheld', '', `${COURT} The lawyer told Rudaw news agency that the ruling was wrong.`)],
    ['stacked words that name no outlet', page('BREAKING', 'NEWS', COURT)],
    ['stacked words that are a person’s name', page('MARYAM', 'RAJAVI', COURT)],
    ['stacked words that are the group’s own names', page('PMOI', 'MEK', COURT)],
  ])('credits nothing for %s: the page’s site is the publisher', (_what, text) => {
    const [a] = parseText('x.txt', text, { url });
    expect(a).toMatchObject({ publisherName: 'copies.example', via: null });
  });

  it('leaves a news organisation’s own page to it when it cites another outlet’s reporting', () => {
    const own = 'https://www.tehrantimes.com/news/2024/02/05/ruling';
    const [a] = parseText('x.txt', page('Sentence upheld', '', `${COURT} Emails obtained by The Intercept describe the appeal.`), { url: own });
    expect(a).toMatchObject({ publisherName: 'Tehran Times', via: null });
    const [b] = parseText('x.txt', page('Sentence upheld', '', `${COURT} A relative told The Guardian the family would appeal.`), { url: own });
    expect(b).toMatchObject({ publisherName: 'Tehran Times', via: null });
    // The same text pasted without an address still names the reporting outlet.
    expect(parseText('x.txt', page('Sentence upheld', '', `${COURT} A relative told The Guardian the family would appeal.`))[0]!.publisherName).toBe('The Guardian');
  });

  it('credits the agency signed under a byline, not the paper’s masthead above it', () => {
    const text = page('date 2021-03-01 The Oklahoman & NewsOK', '', 'Sentence upheld', '', 'By Jane Roe', 'The Associated Press', COURT);
    expect(parseText('x.txt', text, { url: 'https://www.oklahoman.com/story/news/2021/03/01/x' })[0]).toMatchObject({ publisherName: 'Associated Press', via: 'The Oklahoman' });
    // A byline over a job title credits nobody: the paper's own masthead stands.
    const own = page('date 2021-03-01 The Oklahoman & NewsOK', '', 'Sentence upheld', '', 'By Jane Roe', 'Staff Writer', COURT);
    expect(parseText('x.txt', own, { url: 'https://www.oklahoman.com/story/news/2021/03/01/y' })[0]).toMatchObject({ publisherName: 'The Oklahoman', via: null });
  });

  it('keeps a site’s own write-up of another outlet’s report as the site’s', () => {
    const text = page('Broadcaster: what the exiles do in Albania', '', `In a report by two BBC reporters it reads: “the residents may not use phones.” ${COURT}`);
    expect(parseText('x.txt', text, { url })[0]).toMatchObject({ publisherName: 'copies.example', via: null });
  });
});

describe('titles of saved web pages', () => {
  it.each([
    ['Police search exiles’ camp in Albania | Tehran Times', ['Tehran Times']],
    ['Police search exiles’ camp in Albania - Reuters', [null]],
    ['Police search exiles’ camp in Albania | World | Example News', ['Example News']],
    ['Police search exiles’ camp in Albania – example.org', ['example.org']],
  ])('drops the site-name suffix of %j', (title, names) => {
    expect(stripSiteSuffix(title, names)).toBe('Police search exiles’ camp in Albania');
  });

  it('keeps a suffix that is part of the headline', () => {
    expect(stripSiteSuffix('Iran and Albania - a year after the break', ['Example News'])).toBe('Iran and Albania - a year after the break');
  });
});

describe('headlines above digest headers', () => {
  it('takes the title line above the header, never a caption, credit or source line between them', () => {
    const text = [
      'Exiles mark the anniversary of the 1988 executions',
      '',
      'Photo: Relatives hold portraits at a vigil (AFP)',
      '',
      'Source: Example Wire',
      '',
      'Example Daily | By Jane Roe | July 30, 2023',
      '',
      'Relatives gathered on Saturday to remember prisoners executed in the summer of 1988, organisers said.',
      '',
      'Second Headline About Something Else',
      '',
      'Example Daily | August 2, 2023',
      '',
      'Another report followed on Wednesday, officials said.',
    ].join('\n');
    const [a, b] = parseText('digest.txt', text);
    expect(a!.title).toBe('Exiles mark the anniversary of the 1988 executions');
    expect(a!.titleSource).toBe('title-line');
    expect(a!.body).not.toMatch(/Photo:|Source:/);
    expect(b!.title).toBe('Second Headline About Something Else');
  });
});
