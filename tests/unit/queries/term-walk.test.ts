// Sizing the term examples' walk from the summaries' counts, without a database.
import { describe, expect, it } from 'vitest';
import { examplesWalk, walkLimits, walkOrder, type YearArticles, type YearHits } from '@/lib/queries/term-walk';

const articles: YearArticles[] = [
  { year: 2024, articles: 1000 },
  { year: 2023, articles: 1000 },
  { year: 2022, articles: 1000 },
  { year: 0, articles: 500 },
];

describe('walkOrder', () => {
  it('walks the years newest first and the undated last, as published_at DESC NULLS LAST', () => {
    expect([2022, 0, 2024, 1999, 2023].sort(walkOrder)).toEqual([2024, 2023, 2022, 1999, 0]);
  });
});

describe('examplesWalk', () => {
  it('stops within the year where each group is expected to show enough, in proportion', () => {
    const hits: YearHits[] = [
      { stance: 'advocacy', year: 2024, hits: 400 },
      { stance: 'critical', year: 2024, hits: 10 },
      { stance: 'advocacy', year: 2023, hits: 400 },
      { stance: 'critical', year: 2023, hits: 40 },
    ];
    // critical: its 10 in 2024 (410 hits, 1,000 articles), then 2 of its 40 in 2023: 5% of 440 and of 1,000.
    expect(examplesWalk(hits, articles, 12)).toEqual({ hits: 410 + 22, articles: 1000 + 50, totalHits: 850 });
    // critical: 5 of its 10 in 2024, half of that year; advocacy 5 of 400 there, far less.
    expect(examplesWalk(hits, articles, 5)).toEqual({ hits: 205, articles: 500, totalHits: 850 });
  });

  it('reads the whole last year of a group that has fewer articles than wanted, the undated last', () => {
    const hits: YearHits[] = [
      { stance: 'advocacy', year: 2024, hits: 300 },
      { stance: 'unrated', year: 2022, hits: 1 },
      { stance: 'unrated', year: 0, hits: 1 },
    ];
    expect(examplesWalk(hits, articles, 6)).toEqual({ hits: 302, articles: 3500, totalHits: 302 });
    expect(examplesWalk(hits.slice(0, 2), articles, 6)).toEqual({ hits: 301, articles: 3000, totalHits: 301 });
  });

  it('needs no walk for a term nobody uses', () => {
    expect(examplesWalk([], articles, 6)).toEqual({ hits: 0, articles: 0, totalHits: 0 });
  });
});

describe('walkLimits', () => {
  const common: YearHits[] = [
    { stance: 'advocacy', year: 2024, hits: 600 },
    { stance: 'mainstream', year: 2024, hits: 100 },
    { stance: 'critical', year: 2024, hits: 100 },
    { stance: 'advocacy', year: 2023, hits: 600 },
    { stance: 'critical', year: 2023, hits: 50 },
  ];

  it('tries a short walk, then longer ones, while they read fewer articles than half the hits', () => {
    // 2 × 3 and 8 × 3 of critical's (and mainstream's) 100 in 2024, of its 800 hits and 1,000
    // articles; 32 × 3 would read 960 articles, more than half of 1,450 hits.
    expect(walkLimits(common, articles, 3)).toEqual([48, 192]);
  });

  it('goes straight to the search over every hit when a walk would read too much', () => {
    // The second walk would need 80 of critical's 100 in 2024: 800 articles for 1,450 hits.
    expect(walkLimits(common, articles, 10)).toEqual([160]);
    const rare: YearHits[] = [
      { stance: 'advocacy', year: 2024, hits: 30 },
      { stance: 'critical', year: 2022, hits: 2 },
    ];
    expect(walkLimits(rare, articles, 3)).toEqual([]);
    expect(walkLimits([], articles, 3)).toEqual([]);
  });
});
