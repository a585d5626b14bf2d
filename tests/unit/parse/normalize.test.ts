import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText, contentHash, countWords } from '@/lib/parse/normalize';
import { parseFile } from '@/lib/parse/parse-file';

describe('contentHash', () => {
  const article = { title: 'Iran: Internet deliberately shut down', body: 'The authorities’ shutdown —\nhid the killings.' };

  it('is SHA-256 hex', () => {
    expect(contentHash(article)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('collides for reprints that differ only in case, spacing, typography or Unicode form', () => {
    const reprint = {
      title: '  IRAN:  internet deliberately\tshut down ',
      body: "The authorities' shutdown -\r\n\r\nhid   the killings.",
    };
    expect(contentHash(reprint)).toBe(contentHash(article));
    // NFKC: a ligature and full-width letters fold to plain ones.
    expect(contentHash({ title: 'ﬁnal', body: 'ＡＢＣ' })).toBe(contentHash({ title: 'final', body: 'abc' }));
  });

  it('differs when the words differ, or move between title and body', () => {
    expect(contentHash({ ...article, body: 'The authorities’ shutdown hid the protests.' })).not.toBe(contentHash(article));
    expect(contentHash({ title: 'a b', body: 'c' })).not.toBe(contentHash({ title: 'a', body: 'b c' }));
  });

  it('gives the same hash when a seed file is imported twice', () => {
    const file = path.resolve(__dirname, '../../../data/samples/002_74173d21cf827cb5.txt');
    const once = parseFile('a.txt', readFileSync(file)).map(contentHash);
    const twice = parseFile('b.txt', readFileSync(file)).map(contentHash);
    expect(twice).toEqual(once);
    expect(new Set(once).size).toBe(once.length);
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['  \n ', 0],
    ['The MEK’s camp, in Albania.', 5],
    ['COVID-19 vaccines', 2],
    ['30,000 political prisoners', 4], // "30" and "000": digits split by a comma, like most tokenisers
    ['Café société', 2],
    ['می‌خواهم به ایران بروم', 4], // the zero-width non-joiner keeps می‌خواهم one word
    ['سازمان مجاهدین خلق', 3],
    ['— • …', 0],
  ])('%j → %i', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});

describe('cleanText', () => {
  it('normalises line ends, odd spaces and paragraph gaps', () => {
    expect(cleanText('a\u00A0\u00A0b \r\n\r\n\r\n\r\nc\u200B d  \n')).toBe('a b\n\nc d');
  });
  it('keeps the Persian zero-width non-joiner', () => {
    expect(cleanText('می\u200Cخواهم')).toBe('می\u200Cخواهم');
  });
  it('composes to NFC', () => {
    expect(cleanText('Cafe\u0301')).toBe('Caf\u00e9');
  });
});
