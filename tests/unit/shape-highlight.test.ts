import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis';
import { bodySpans, segmentsForPhrases, segmentsFromSpans } from '@/lib/shape/highlight';
import { articleText, seedArticles } from './analysis/seeds';

describe('segmentsFromSpans', () => {
  it('splits text around marks and keeps every character', () => {
    const text = 'The MKO is called a cult by critics.';
    const segs = segmentsFromSpans(text, [
      { start: 4, end: 7, mark: 'names' },
      { start: 20, end: 24, mark: 'labels' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.mark).map((s) => [s.text, s.mark])).toEqual([
      ['MKO', 'names'],
      ['cult', 'labels'],
    ]);
  });
  it('drops overlapping and out-of-range spans instead of duplicating text', () => {
    const text = 'Iranian Resistance';
    const segs = segmentsFromSpans(text, [
      { start: 0, end: 18, mark: 'names' },
      { start: 8, end: 18, mark: 'labels' },
      { start: 10, end: 99, mark: 'bad' },
    ]);
    expect(segs).toEqual([{ text: 'Iranian Resistance', mark: 'names', title: undefined }]);
  });
  it('treats markup in the text as text', () => {
    const segs = segmentsFromSpans('<script>alert(1)</script> MEK', [{ start: 26, end: 29, mark: 'names' }]);
    expect(segs[0]!.text).toBe('<script>alert(1)</script> ');
  });
});

describe('segmentsForPhrases', () => {
  it('marks whole-word, case-insensitive occurrences, longest first', () => {
    const segs = segmentsForPhrases('The death commissions of 1988; death was everywhere.', ['death commissions', 'death']);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['death commissions', 'death']);
    expect(segmentsForPhrases('Ashrafi is not Ashraf', ['Ashraf']).filter((s) => s.mark).length).toBe(1);
  });
});

describe('layeredSegments', () => {
  it('keeps overlapping marks of different layers and every character', async () => {
    const { layeredSegments, paragraphsOfSegments } = await import('@/lib/shape/highlight');
    const text = 'Intro.\n\nOver 30,000 were executed by the regime.';
    const segs = layeredSegments(text, [
      { start: 8, end: 47, layer: 'claim', value: 'executed' },
      { start: 25, end: 33, layer: 'term', value: 'events' },
      { start: 41, end: 47, layer: 'term', value: 'state' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    const executed = segs.find((s) => s.text === 'executed')!;
    expect(executed.marks).toEqual({ claim: 'executed', term: 'events' });
    const paras = paragraphsOfSegments(segs);
    expect(paras.length).toBe(2);
    expect(paras[1]!.map((s) => s.text).join('')).toBe('Over 30,000 were executed by the regime.');
  });
});

describe('bodySpans', () => {
  it('puts every stored term and figure offset on the same words of the body', () => {
    let checked = 0;
    for (const a of seedArticles()) {
      const analysis = analyzeArticle({ title: a.title, body: a.body, publishedAt: a.publishedAt, publisherStance: 'unrated' });
      const text = articleText(a);
      // As stored: term offsets flattened, claims by their span.
      const terms = analysis.terms.map((t) => ({ term: t.term, category: t.category, offsets: t.offsets.flatMap((o) => [o.start, o.end]) }));
      const claims = analysis.claims.map((c) => ({ spanStart: c.span.start, spanEnd: c.span.end, kind: c.kind }));
      const original = [...analysis.terms.flatMap((t) => t.offsets), ...analysis.claims.map((c) => c.span)];
      const spans = bodySpans(a.title, terms, claims);
      expect(spans).toHaveLength(original.length);
      spans.forEach((s, i) => {
        if (original[i]!.start < text.length - a.body.length) return; // a mark in the title is not on the body
        expect(a.body.slice(s.start, s.end)).toBe(text.slice(original[i]!.start, original[i]!.end));
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(100);
  });
});
