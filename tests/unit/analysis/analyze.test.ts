import { describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION, analyzeArticle, type ArticleAnalysis } from '@/lib/analysis';
import { TERMS_BY_ID } from '@/lib/analysis/lexicon';
import { phraseKey } from '@/lib/analysis/phrase-matcher';
import { SEED_STANCE, seedArticles } from './seeds';

function analyse() {
  return seedArticles().map((a) =>
    analyzeArticle({
      title: a.title,
      body: a.body,
      publishedAt: a.publishedAt,
      publisherStance: SEED_STANCE[a.publisherName ?? ''] ?? 'unrated',
      viaStance: a.via ? (SEED_STANCE[a.via] ?? 'unrated') : null,
    }),
  );
}

function inText(r: ArticleAnalysis, s: { start: number; end: number }) {
  expect(s.start).toBeGreaterThanOrEqual(0);
  expect(s.end).toBeGreaterThan(s.start);
  expect(s.end).toBeLessThanOrEqual(r.text.length);
}

describe('analyzeArticle on every seed article', () => {
  const results = analyse();

  it('builds text as title + blank line + body and counts words', () => {
    const a = seedArticles()[0]!;
    const r = results[0]!;
    expect(r.text).toBe(`${a.title.trim()}\n\n${a.body}`);
    expect(r.wordCount).toBeGreaterThan(50);
  });

  it('returns offsets that point at what they describe', () => {
    for (const r of results) {
      for (const t of r.terms) {
        expect(t.count).toBe(t.offsets.length);
        const variants = new Set(TERMS_BY_ID.get(t.term)!.variants.map((v) => phraseKey(v, TERMS_BY_ID.get(t.term)!.caseSensitive)));
        for (const o of t.offsets) {
          inText(r, o);
          expect(variants.has(phraseKey(r.text.slice(o.start, o.end), TERMS_BY_ID.get(t.term)!.caseSensitive))).toBe(true);
        }
      }
      for (const e of r.events) {
        expect(e.evidence.length).toBeGreaterThan(0);
        for (const ev of e.evidence) {
          inText(r, ev);
          expect(r.text.slice(ev.start, ev.end)).toBe(ev.text);
        }
      }
      for (const c of r.claims) {
        inText(r, c.span);
        expect(r.text.slice(c.span.start, c.span.end)).toContain(c.valueText);
        expect(r.text.slice(c.sentenceSpan.start, c.sentenceSpan.end)).toBe(c.sentence);
        if (c.sourceText) expect(c.sentence).toContain(c.sourceText);
      }
      for (const a of r.attributions) {
        inText(r, a.span);
        expect(r.text.slice(a.sentenceSpan.start, a.sentenceSpan.end)).toBe(a.sentence);
      }
      expect(r.stance.score).toBeGreaterThanOrEqual(-1);
      expect(r.stance.score).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic', () => {
    expect(analyse()).toEqual(results);
  });

  it('exposes the data versions', () => {
    expect(ANALYSIS_VERSION.lexicon).toMatch(/^lexicon-/);
    expect(ANALYSIS_VERSION.events).toMatch(/^events-/);
    expect(ANALYSIS_VERSION.method).toMatch(/^analysis-/);
  });

  it('handles empty and odd input', () => {
    const r = analyzeArticle({ title: '', body: '', publishedAt: null, publisherStance: 'unrated' });
    expect(r).toMatchObject({ wordCount: 0, events: [], terms: [], claims: [], attributions: [] });
    expect(r.stance).toMatchObject({ score: 0, leaning: 'neutral', suggestedStance: null });
    const fa = analyzeArticle({ title: 'سازمان مجاهدین خلق', body: 'اعدام‌های ۱۳۶۷', publishedAt: null, publisherStance: 'unrated' });
    expect(fa.wordCount).toBe(5);
  });
});
