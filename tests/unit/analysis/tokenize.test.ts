import { describe, expect, it } from 'vitest';
import { contentWords, countWords, letterStem, splitParagraphs, splitSentences, stemStartsWith, STOPWORDS, tokenize } from '@/lib/analysis/tokenize';

describe('tokenize', () => {
  it('keeps apostrophes, hyphens and possessives inside words, with offsets', () => {
    const text = 'The MEK’s Albania camp; Mujahedin-e-Khalq';
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(['The', 'MEK’s', 'Albania', 'camp', 'Mujahedin-e-Khalq']);
    expect(toks[1]!.norm).toBe('mek');
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('is Unicode-aware: Persian words (with zero-width non-joiner) are single tokens', () => {
    const text = 'سازمان مجاهدین خلق می‌خواهد';
    expect(tokenize(text).map((t) => t.text)).toEqual(['سازمان', 'مجاهدین', 'خلق', 'می‌خواهد']);
  });

  it('drops stop words and numbers from content words', () => {
    expect(contentWords('In the summer of 1988, thousands of political prisoners were executed.')).toEqual([
      'summer',
      'thousands',
      'political',
      'prisoners',
      'executed',
    ]);
  });

  it('keeps "us" (the country) and reporting verbs out of the stop-word list', () => {
    expect(STOPWORDS.has('us')).toBe(false);
    expect(STOPWORDS.has('said')).toBe(false);
    expect(STOPWORDS.has('the')).toBe(true);
  });

  it('counts words', () => {
    expect(countWords('A total of 9 people were killed and 400 injured')).toBe(10);
  });
});

describe('splitSentences', () => {
  it('does not split after titles, initials and U.S.', () => {
    const text =
      'Activist Bryan E. Leib spoke. Mr. Assadi was arrested on July 1 at a reststop in Germany. The U.S. considered the MEK a terrorist group until 2012.';
    const s = splitSentences(text).map((sp) => text.slice(sp.start, sp.end));
    expect(s).toEqual([
      'Activist Bryan E. Leib spoke.',
      'Mr. Assadi was arrested on July 1 at a reststop in Germany.',
      'The U.S. considered the MEK a terrorist group until 2012.',
    ]);
  });

  it('ends a sentence at a line break and after a closing quote', () => {
    const text = '“They want to have a foothold in Europe.” Norwegian intelligence asked.\nA heading';
    const s = splitSentences(text).map((sp) => text.slice(sp.start, sp.end));
    expect(s).toEqual(['“They want to have a foothold in Europe.”', 'Norwegian intelligence asked.', 'A heading']);
  });
});

describe('splitParagraphs', () => {
  it('splits on blank lines and on single line breaks after a finished sentence', () => {
    const text = 'Title line\n\nFirst paragraph ends here.\nSecond paragraph.\n\nThird.';
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      'Title line',
      'First paragraph ends here.',
      'Second paragraph.',
      'Third.',
    ]);
  });

  it('joins hard-wrapped lines', () => {
    const text =
      'This is a long line of a hard-wrapped plain text article that goes on\nand continues on the next line.\n\nNext.';
    expect(splitParagraphs(text)).toHaveLength(2);
  });
});

describe('stemStartsWith', () => {
  it('answers as letterStem(s).startsWith(stem) does, first letters of every kind included', () => {
    const starts = ['', '— ', '• ', '"', '1988 ', 'İ', 'ı', 'K', 'ſ', 'Σ', 'é', 'É', 'ی', '𝐀', '\ud800', 'a', 'A', 'z'];
    const rests = ['', 'stanbul news', 'ran said', 'illed', 'ome text', '.', 'ام', '…'];
    const texts = starts.flatMap((a) => rests.map((b) => a + b));
    for (const s of texts) {
      for (const t of texts) {
        const stem = letterStem(t);
        if (stem.length === 0) continue;
        expect(stemStartsWith(s, stem), `${JSON.stringify(s)} / ${JSON.stringify(stem)}`).toBe(letterStem(s).startsWith(stem));
      }
    }
  });
});
