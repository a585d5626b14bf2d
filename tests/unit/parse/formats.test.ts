import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, parseFile } from '@/lib/parse/parse-file';
import { ImportFileError } from '@/lib/parse/types';

const FIXTURES = path.resolve(__dirname, '../../fixtures/import');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));

describe('HTML (Readability + page metadata)', () => {
  const [article, ...rest] = parseFile('sample-article.html', fixture('sample-article.html'));

  it('reads one article with metadata from og:/article:/meta tags', () => {
    expect(rest).toHaveLength(0);
    expect(article).toMatchObject({
      title: 'Belgian court jails Iranian diplomat over 2018 bomb plot',
      publisherName: 'Reuters',
      via: null,
      author: 'Jane Doe',
      // As written on the page: no shift into the importer's timezone.
      publishedAt: '2021-02-04',
      datePrecision: 'day',
      url: 'https://www.reuters.com/world/europe/belgian-court-jails-iranian-diplomat-2021-02-04/',
      language: 'en',
      sourceFile: 'sample-article.html',
      sourceIndex: 0,
    });
  });

  it('extracts the main text as paragraphs, without navigation, sidebar or footer', () => {
    const body = article!.body;
    expect(body.startsWith('ANTWERP, Belgium (Reuters) - A Belgian court on Thursday sentenced')).toBe(true);
    expect(body).toContain('\n\nAssadollah Assadi, who was based at Iran');
    expect(body.endsWith('preserve the 2015 nuclear deal.')).toBe(true);
    for (const furniture of ['Subscribe to our newsletter', 'Markets rally', 'Privacy policy', 'All quotes delayed', 'Most read']) {
      expect(body).not.toContain(furniture);
    }
  });

  it('falls back to the canonical URL for publisher and date, and derives a title', () => {
    const html = `<!doctype html><html><head>
      <link rel="canonical" href="https://www.theguardian.com/world/2022/03/05/iran-story">
      </head><body><article>
      <p>${'The exiled opposition group held a rally in Paris on Saturday, its organisers said. '.repeat(4)}</p>
      <p>${'Speakers called for a tougher Western policy toward Tehran and for accountability. '.repeat(4)}</p>
      </article></body></html>`;
    const [a] = parseFile('page.htm', Buffer.from(html));
    expect(a).toMatchObject({ publisherName: 'The Guardian', publishedAt: '2022-03-05', datePrecision: 'day' });
    expect(a!.title).toBe('The exiled opposition group held a rally in Paris on Saturday, its organisers said');
  });

  it('rejects a page without article text', () => {
    expect(() => parseFile('empty.html', Buffer.from('<html><body><nav></nav></body></html>'))).toThrow(
      new ImportFileError('no article text found'),
    );
  });
});

describe('Media Cloud CSV export', () => {
  const articles = parseFile('mediacloud.csv', fixture('mediacloud.csv'));

  it('skips the story without text and keeps row positions', () => {
    expect(articles).toHaveLength(3);
    expect(articles.map((a) => a.sourceIndex)).toEqual([0, 1, 2]);
  });

  it('reads Media Cloud column names; media_name may be a domain', () => {
    expect(articles[0]).toMatchObject({
      title: 'Albania raids MEK camp near Durres',
      publisherName: 'Associated Press',
      publishedAt: '2023-06-20',
      datePrecision: 'day',
      url: 'https://apnews.com/article/albania-iran-mek-raid-ashraf-3',
      language: 'en',
      via: null,
    });
    expect(articles[0]!.body).toContain('on Tuesday.\n\nOfficials said');
  });

  it('resolves a missing publisher from the story URL domain', () => {
    expect(articles[1]).toMatchObject({ publisherName: 'National Council of Resistance of Iran', publishedAt: '2023-06-21' });
  });

  it('takes a missing date from the URL path', () => {
    expect(articles[2]).toMatchObject({ publisherName: 'Press TV', publishedAt: '2023-06-22', datePrecision: 'day' });
  });

  it('rejects a CSV without a body/text column', () => {
    const csv = 'title,url,publisher\nA headline,https://example.com/a,Reuters\n';
    expect(() => parseFile('no-text.csv', Buffer.from(csv))).toThrow(ImportFileError);
    expect(() => parseFile('no-text.csv', Buffer.from(csv))).toThrow(/^CSV has no body\/text column/);
  });

  it('accepts plain column names and a UTF-8 byte-order mark', () => {
    const csv = '\uFEFFTitle,Publisher,Date,Author,Body\n"A, quoted title",NY Times,Jan. 4 2021,By Jane Doe,"Body text, with a comma."\n';
    const [a] = parseFile('plain.csv', Buffer.from(csv));
    expect(a).toMatchObject({
      title: 'A, quoted title',
      publisherName: 'The New York Times',
      publishedAt: '2021-01-04',
      author: 'Jane Doe',
      body: 'Body text, with a comma.',
    });
  });
});

describe('JSON and JSON Lines', () => {
  it('reads a JSON array with alternative field names', () => {
    const [first, second] = parseFile('articles.json', fixture('articles.json'));
    expect(first).toMatchObject({
      title: 'Exile group holds annual rally near Paris',
      publisherName: 'Al Jazeera',
      publishedAt: '2023-07-01',
      author: 'Staff writer, News agencies',
      url: 'https://www.aljazeera.com/news/2023/7/1/exile-group-holds-rally',
    });
    expect(first!.body).toBe(
      'Thousands of supporters of the exiled Iranian opposition group gathered near Paris on Saturday.\n\nSpeakers called for stronger Western pressure on Tehran.',
    );
    expect(second).toMatchObject({
      title: 'Rally draws European lawmakers',
      publisherName: 'National Council of Resistance of Iran',
      publishedAt: '2023-07-01',
      datePrecision: 'day',
    });
  });

  it('reads JSON Lines, blank lines ignored, with date from the URL and month precision', () => {
    const [first, second] = parseFile('articles.jsonl', fixture('articles.jsonl'));
    expect(first).toMatchObject({ publisherName: 'Tasnim News Agency', publishedAt: '2023-07-15', sourceIndex: 0 });
    expect(second).toMatchObject({ publisherName: 'BBC', publishedAt: '2023-07-01', datePrecision: 'month', language: 'fa' });
  });

  it('accepts {"articles": [...]} and a single article object', () => {
    const wrapped = JSON.stringify({ articles: [{ title: 'T', text: 'Some body text.' }] });
    expect(parseFile('w.json', Buffer.from(wrapped))).toHaveLength(1);
    expect(parseFile('one.json', Buffer.from(JSON.stringify({ body: 'Only one.' })))[0]!.title).toBe('Only one');
  });

  it.each([
    ['bad.json', '{"title": "x",', /^not valid JSON/],
    ['bad.json', '{"count": 3}', /^JSON is not an array of articles/],
    ['nofield.json', '[{"title": "x"}]', /^JSON has no body\/text field/],
    ['bad.jsonl', '{"text": "ok"}\n{oops}\n', /^line 2 is not valid JSON$/],
    ['bad.jsonl', '{"text": "ok"}\n[1,2]\n', /^line 2 is not a JSON object$/],
  ])('%s %j → ImportFileError', (name, content, reason) => {
    expect(() => parseFile(name, Buffer.from(content))).toThrow(reason);
  });
});

describe('broken inputs', () => {
  const reasonOf = (name: string, bytes: Uint8Array) => {
    try {
      parseFile(name, bytes);
    } catch (e) {
      expect(e).toBeInstanceOf(ImportFileError);
      return (e as Error).message;
    }
    throw new Error('expected an ImportFileError');
  };

  it('empty file', () => {
    expect(reasonOf('empty.txt', new Uint8Array())).toBe('file is empty');
    expect(reasonOf('blank.txt', Buffer.from(' \n\n \t\n'))).toBe('file is empty');
  });

  it('binary file', () => {
    expect(reasonOf('image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toBe(
      'looks binary (NUL bytes)',
    );
  });

  it('UTF-16 cut short or with a broken surrogate pair', () => {
    expect(reasonOf('wide.txt', Buffer.concat([Buffer.from('\uFEFFhello', 'utf16le'), Buffer.from([0x41])]))).toMatch(/not valid UTF-16 .*cut short/);
    expect(reasonOf('wide.txt', Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toMatch(/not valid UTF-16/);
  });

  it('oversized file', () => {
    const big = Buffer.alloc(MAX_FILE_BYTES + 3.4 * 1024 * 1024, 0x61);
    expect(reasonOf('big.txt', big)).toBe('larger than 20 MB (23.4 MB)');
  });

  it('a file of exactly the limit is read', () => {
    const text = `${'word '.repeat(10)}\n\n`;
    const exact = Buffer.alloc(MAX_FILE_BYTES, ' ');
    exact.write(text, 0);
    expect(parseFile('limit.txt', exact)).toHaveLength(1);
  });

  it('invalid UTF-8', () => {
    expect(reasonOf('latin1.txt', Buffer.from('Caf\xe9 in Tehran', 'latin1'))).toMatch(/^not valid UTF-8/);
  });

  it('CSV without a text column', () => {
    expect(reasonOf('x.csv', Buffer.from('title,url\nA,https://example.com\n'))).toMatch(/^CSV has no body\/text column/);
  });

  it('text file with nothing but furniture', () => {
    expect(reasonOf('furniture.txt', Buffer.from('latest INU tweet\n'))).toBe('no article text found');
  });
});

describe('format detection', () => {
  it('sniffs content when the extension says nothing', () => {
    const html = `<!doctype html><html><body><article><p>${'A paragraph of article text about the rally. '.repeat(6)}</p></article></body></html>`;
    expect(parseFile('download', Buffer.from(html))[0]!.body).toMatch(/^A paragraph of article text/);
    expect(parseFile('export', Buffer.from('[{"text": "From JSON."}]'))[0]!.body).toBe('From JSON.');
    expect(parseFile('export', Buffer.from('{"text": "a"}\n{"text": "b"}\n'))).toHaveLength(2);
    expect(parseFile('export', Buffer.from('title,text\nT,From CSV.\n'))[0]!.body).toBe('From CSV.');
    expect(parseFile('notes', Buffer.from('Plain words here.'))[0]!.body).toBe('Plain words here.');
  });

  it('treats .md as text', () => {
    expect(parseFile('notes.md', Buffer.from('Plain words here.'))).toHaveLength(1);
  });
});

describe('UTF-16 with a byte-order mark (what Windows saves as "Unicode")', () => {
  const digest = 'Reuters | By Test Reporter | March 3, 2022\n\nA court in Stockholm heard testimony about the 1988 executions in Iran — «سازمان مجاهدین خلق».\n';
  it.each([
    ['little-endian', Buffer.from('\uFEFF' + digest, 'utf16le')],
    ['big-endian', Buffer.from('\uFEFF' + digest, 'utf16le').swap16()],
  ])('%s reads like its UTF-8 twin', (_, bytes) => {
    expect(parseFile('wide.txt', bytes)).toEqual(parseFile('wide.txt', Buffer.from(digest, 'utf8')));
  });
});
