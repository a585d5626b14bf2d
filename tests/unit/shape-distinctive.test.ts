import { describe, expect, it } from 'vitest';
import type { FightinWord } from '@/lib/analysis/fightin-words';
import { contentWordCounts, divergingRows, isContentWord, splitDistinctive } from '@/lib/shape/distinctive';

describe('contentWordCounts (ts_stat rows → content words)', () => {
  it.each([
    ['keeps content words and their counts', [{ word: 'regime', nentry: 5 }, { word: 'iran', nentry: 3 }], { regime: 5, iran: 3 }],
    ['drops stop words', [{ word: 'the', nentry: 90 }, { word: 'regime', nentry: 2 }], { regime: 2 }],
    ['drops numbers and signed numbers', [{ word: '1988', nentry: 4 }, { word: '3.5', nentry: 1 }, { word: '-19', nentry: 1 }, { word: 'covid', nentry: 1 }], { covid: 1 }],
    ['drops single letters (the s of "Iran\'s")', [{ word: 's', nentry: 40 }, { word: 'iran', nentry: 40 }], { iran: 40 }],
    ['drops e-mail addresses', [{ word: 'press@ncr-iran.org', nentry: 1 }, { word: 'press', nentry: 2 }], { press: 2 }],
    [
      'keeps a hyphenated word whole and takes its occurrences off its parts',
      [
        { word: 'so-called', nentry: 3 },
        { word: 'so', nentry: 10 },
        { word: 'called', nentry: 5 },
      ],
      { 'so-called': 3, called: 2 },
    ],
    [
      'removes a part that only ever appears inside the compound',
      [
        { word: 'pro-regime', nentry: 2 },
        { word: 'pro', nentry: 2 },
        { word: 'regime', nentry: 7 },
      ],
      { 'pro-regime': 2, regime: 5 },
    ],
    [
      'subtracts the parts of every compound a word belongs to',
      [
        { word: 'mujahedin-e-khalq', nentry: 1 },
        { word: 'mujahedin-e', nentry: 2 },
        { word: 'mujahedin', nentry: 4 },
        { word: 'e', nentry: 3 },
        { word: 'khalq', nentry: 1 },
      ],
      { 'mujahedin-e-khalq': 1, 'mujahedin-e': 2, mujahedin: 1 },
    ],
    ['ignores empty rows', [{ word: 'regime', nentry: 0 }], {}],
  ])('%s', (_name, rows, expected) => {
    expect(Object.fromEntries(contentWordCounts(rows))).toEqual(expected);
  });
});

describe('isContentWord', () => {
  it.each([
    ['mek', true],
    ['u.s', true],
    ['anti-regime', true],
    ['and', false],
    ['x', false],
    ['2019', false],
    ['-2020', false],
    ['ایران', true],
  ])('%s → %s', (word, expected) => {
    expect(isContentWord(word)).toBe(expected);
  });
});

const fw = (word: string, zeta: number): FightinWord => ({ word, zeta, delta: zeta / 2, countA: 0, countB: 0 });

describe('splitDistinctive and divergingRows', () => {
  const words = [fw('massacre', 2.3), fw('regime', 2.3), fw('justice', 1.1), fw('neutral', 0), fw('camp', -2.4), fw('mek', -3.6), fw('mko', -2)];

  it.each([
    [1, ['massacre'], ['mek']],
    [2, ['massacre', 'regime'], ['mek', 'camp']],
    [10, ['massacre', 'regime', 'justice'], ['mek', 'camp', 'mko']],
  ])('limit %i: the strongest words per side, ties by word, z = 0 on neither side', (limit, a, b) => {
    const d = splitDistinctive(words, limit);
    expect(d.forA.map((w) => w.word)).toEqual(a);
    expect(d.forB.map((w) => w.word)).toEqual(b);
  });

  it('orders chart rows so the bars fan out from the middle', () => {
    const rows = divergingRows(splitDistinctive(words, 10), 2);
    expect(rows).toEqual([
      { label: 'massacre', value: 2.3, side: 'a' },
      { label: 'regime', value: 2.3, side: 'a' },
      { label: 'camp', value: -2.4, side: 'b' },
      { label: 'mek', value: -3.6, side: 'b' },
    ]);
  });

  it('returns nothing for groups without words', () => {
    expect(divergingRows(splitDistinctive([], 5), 5)).toEqual([]);
  });
});
