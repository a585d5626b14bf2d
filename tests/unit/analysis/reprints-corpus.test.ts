// The goals for reprint detection, on the labelled test corpus written for it
// (lib/devset/reprint-corpus.ts, English and Persian), through the same linker the importer
// runs (lib/devset/reprint-eval.ts): every copy made by republishing sites' edits found
// (recall ≥ 0.95) and no link between different articles about the same event — which share
// their names, figures, stock background paragraphs and quoted statements, and some of which take
// over up to 60% of another's paragraphs. The integration test runs a smaller corpus through the
// real importer. `npm run eval -- --reprints` prints the same figures.
import { describe, expect, it } from 'vitest';
import { reprintCorpus, type CorpusOptions } from '@/lib/devset/reprint-corpus';
import { detect, REPRINT_BORROW_RATE, scoreReprints } from '@/lib/devset/reprint-eval';

const SETS: [string, CorpusOptions, string[]][] = [
  ...[1, 2, 3].map((seed): [string, CorpusOptions, string[]] => [`English, seed ${seed}`, { seed, borrowRate: REPRINT_BORROW_RATE }, ['header', 'dateline', 'footer', 'trim', 'rewrap', 'quotes', 'note']]),
  ...[1, 2].map((seed): [string, CorpusOptions, string[]] => [
    `Persian, seed ${seed}`,
    { seed, lang: 'fa', borrowRate: REPRINT_BORROW_RATE },
    ['header', 'dateline', 'footer', 'trim', 'rewrap', 'quotes', 'note', 'letters', 'zwnj', 'digits', 'marks'],
  ]),
];

describe.each(SETS)('the labelled reprint corpus, %s', (_name, opts, edits) => {
  const corpus = reprintCorpus(opts);
  const score = scoreReprints(corpus);

  it('is large and hard enough to mean something', () => {
    expect(score.copies).toBeGreaterThan(opts.lang === 'fa' ? 100 : 150);
    // Every kind of edit occurs, several times.
    for (const edit of edits) expect(score.byEdit[edit]?.copies ?? 0, edit).toBeGreaterThan(15);
    // Many pairs of different articles on one event, most sharing at least one run of five words
    // (a fact phrased alike, a statement, a background paragraph), dozens a third of their text.
    expect(score.sameEventPairs).toBeGreaterThanOrEqual(1500);
    expect(score.sharingPairs / score.sameEventPairs).toBeGreaterThan(0.5);
    expect(score.closePairs).toBeGreaterThan(30);
    expect(score.borrowing).toBeGreaterThan(30);
  });

  it('finds at least 95% of the copies, each joined to its original', () => {
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('makes no link between different texts', () => {
    expect(score.wrongLinks).toEqual([]);
    // Nor takes more than a few copies for articles quoting their own text.
    expect(score.copyAsQuote).toBeLessThanOrEqual(score.copies - score.found);
  });

  it('keeps the earliest copy as the original, also when it arrives after its copies', () => {
    // Copies are dated on or after their original; on a tie the rule may prefer the copy's outlet.
    expect(score.originalKept).toBe(score.datedAfter);
    expect(corpus.some((a) => a.reprintOf !== null && a.index < a.reprintOf)).toBe(true);
  });

  it('links most articles that quote another in full, with the quoted passage marked', () => {
    expect(score.quotingLinked / score.quoting).toBeGreaterThanOrEqual(0.75);
    const { result } = detect(corpus);
    for (const q of result.quotes) {
      const a = corpus[q.articleId - 1]!;
      // A copy taken for a quoting article is counted among the missed copies above.
      if (a.quotes === null) continue;
      const quotedBody = corpus[a.quotes!]!.body;
      const marked = q.spans.reduce((n, s) => n + (s.end - s.start), 0);
      expect(marked).toBeGreaterThan(quotedBody.length * 0.8);
      expect(marked).toBeLessThan(a.body.length);
    }
  });
});
