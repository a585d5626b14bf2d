import { describe, expect, it } from 'vitest';
import { shapeYearTimeline } from '@/lib/shape/timeline';

describe('shapeYearTimeline', () => {
  it('fills every year of the range and sums groups', () => {
    const out = shapeYearTimeline([
      { year: 2019, stance: 'critical', articles: 7 },
      { year: 2021, stance: 'mainstream', articles: 4 },
      { year: 2021, stance: 'advocacy', articles: 1 },
      { year: null, stance: 'unrated', articles: 1 },
    ]);
    expect(out.map((r) => r.period)).toEqual(['2019', '2020', '2021']);
    expect(out[0]).toEqual({ period: '2019', advocacy: 0, mainstream: 0, critical: 7, unrated: 0 });
    expect(out[1]).toEqual({ period: '2020', advocacy: 0, mainstream: 0, critical: 0, unrated: 0 });
    expect(out[2]).toMatchObject({ mainstream: 4, advocacy: 1 });
  });
  it('returns nothing when no article is dated', () => {
    expect(shapeYearTimeline([{ year: null, stance: 'unrated', articles: 3 }])).toEqual([]);
  });
});
