import { describe, expect, it } from 'vitest';
import { ratingSuggestion } from '@/lib/shape/rating-queue';

const row = (o: Partial<Parameters<typeof ratingSuggestion>[0]>) => ({ articles: 4, read: 4, leanAdvocacy: 0, leanCritical: 0, meanScore: null, cues: [], ...o });

describe('rating queue suggestion', () => {
  it('suggests the group most of the leaning articles point to, with the count and the cues', () => {
    const s = ratingSuggestion(row({ leanAdvocacy: 3, leanCritical: 1, meanScore: 0.42, cues: [{ term: 'pmoi', count: 9, weight: 1 }] }));
    expect(s).toEqual({ stance: 'advocacy', summary: '3 of 4 articles lean advocacy (1 the other way); mean cue score +0.42.', cues: [{ term: 'pmoi', count: 9 }] });
    expect(ratingSuggestion(row({ articles: 1, read: 1, leanCritical: 1 })).summary).toBe('1 of 1 article leans critical.');
  });

  it('never suggests mainstream and suggests nothing on a tie or neutral texts', () => {
    expect(ratingSuggestion(row({})).stance).toBeNull();
    expect(ratingSuggestion(row({})).summary).toMatch(/lean neither way/);
    expect(ratingSuggestion(row({ leanAdvocacy: 2, leanCritical: 2 })).stance).toBeNull();
    expect(ratingSuggestion(row({ articles: 0, read: 0 })).summary).toMatch(/hosts other outlets/);
  });

  it('says when a large outlet was read from its newest articles', () => {
    expect(ratingSuggestion(row({ articles: 12000, read: 500, leanCritical: 410, leanAdvocacy: 3 })).summary).toBe('410 of its 500 newest articles lean critical (3 the other way).');
    expect(ratingSuggestion(row({ articles: 12000, read: 500 })).summary).toBe('No suggestion: the text cues of its 500 newest articles lean neither way.');
  });

  it('shows at most five cues', () => {
    const cues = Array.from({ length: 8 }, (_, i) => ({ term: `t${i}`, count: 8 - i, weight: 1 }));
    expect(ratingSuggestion(row({ leanCritical: 2, cues })).cues).toHaveLength(5);
  });
});
