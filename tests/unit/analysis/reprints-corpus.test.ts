// The goals for reprint detection, on the labelled test corpus written for it
// (tests/helpers/reprint-corpus.ts), through the same linker the importer runs: every copy made
// by republishing sites' edits found (recall ≥ 0.95) and no link between different articles about
// the same event — which share their names, figures, stock background paragraphs and quoted
// statements. The integration test runs a smaller corpus through the real importer.
import { describe, expect, it } from 'vitest';
import { authorshipScore, fingerprint, ReprintLinker, strippedRanges } from '@/lib/analysis/reprints';
import { overlap, textShingles } from '@/lib/analysis/reprints/compare';
import { reprintCorpus, type CorpusArticle } from '../../helpers/reprint-corpus';

function detect(corpus: CorpusArticle[]) {
  const linker = new ReprintLinker({ bandHits: new Map(), signatures: new Map(), copies: new Map(), suppressedQuotes: new Set() });
  for (const a of corpus) {
    const { credits, edges } = strippedRanges(a.body, a.title);
    linker.add({
      id: a.index + 1,
      order: a.index + 1,
      title: a.title,
      body: a.body,
      publishedAt: a.publishedAt,
      datePrecision: 'day',
      authorship: authorshipScore({ via: a.via !== null, credits, edges, outletNames: [a.publisher] }),
      reprintOfId: null,
      curated: null,
      fingerprint: fingerprint(a.body, a.title),
    });
  }
  const result = linker.result();
  const root = (i: number) => {
    const link = result.links.get(i + 1);
    return link?.reprintOfId ? link.reprintOfId - 1 : i;
  };
  return { result, root };
}

describe.each([1, 2, 3])('the labelled reprint corpus, seed %i', (seed) => {
  const corpus = reprintCorpus({ seed });
  const { result, root } = detect(corpus);
  /** The text an article carries: its original's index for a copy, its own otherwise. */
  const textOf = (i: number) => corpus[i]!.reprintOf ?? i;

  it('is large and hard enough to mean something', () => {
    const copies = corpus.filter((a) => a.reprintOf !== null);
    expect(copies.length).toBeGreaterThan(150);
    // Every kind of edit occurs, several times.
    for (const edit of ['header', 'dateline', 'footer', 'trim', 'rewrap', 'quotes', 'note']) {
      expect(copies.filter((a) => a.edits.includes(edit)).length, edit).toBeGreaterThan(20);
    }
    // Many pairs of different articles on one event, sharing a good part of their words.
    const originals = corpus.filter((a) => a.reprintOf === null && a.quotes === null);
    const sets = originals.map((a) => textShingles(a.body, a.title).set);
    let pairs = 0;
    let sharing = 0;
    for (let i = 0; i < originals.length; i++) {
      for (let j = i + 1; j < originals.length; j++) {
        if (originals[i]!.event !== originals[j]!.event) continue;
        pairs++;
        if (overlap(sets[i]!, sets[j]!).shared > 0) sharing++;
      }
    }
    expect(pairs).toBeGreaterThanOrEqual(2000);
    // Most share at least one run of five words (a fact phrased alike, a statement, a background paragraph).
    expect(sharing / pairs).toBeGreaterThan(0.5);
  });

  it('finds at least 95% of the copies, each joined to its original', () => {
    const copies = corpus.filter((a) => a.reprintOf !== null);
    const found = copies.filter((a) => root(a.index) === root(a.reprintOf!));
    expect(found.length / copies.length).toBeGreaterThanOrEqual(0.95);
  });

  it('makes no link between different texts', () => {
    const wrong = corpus.filter((a) => root(a.index) !== a.index && textOf(root(a.index)) !== textOf(a.index));
    expect(wrong.map((a) => `${a.index} → ${root(a.index)}`)).toEqual([]);
    for (const q of result.quotes) {
      const a = corpus[q.articleId - 1]!;
      expect(a.quotes, `article ${a.index} quotes ${q.quotedId - 1}`).not.toBeNull();
      expect(textOf(root(q.quotedId - 1))).toBe(textOf(a.quotes!));
    }
  });

  it('keeps the earliest copy as the original, also when it arrives after its copies', () => {
    for (const a of corpus.filter((x) => x.reprintOf !== null)) {
      const original = corpus[a.reprintOf!]!;
      // Copies are dated on or after their original; on a tie the rule may prefer the copy's outlet.
      if (original.publishedAt < a.publishedAt) expect(root(a.index), `copy ${a.index}`).toBe(a.reprintOf);
    }
    const early = corpus.filter((a) => a.reprintOf !== null && a.index < a.reprintOf);
    expect(early.length).toBeGreaterThan(0);
  });

  it('links most articles that quote another in full, with the quoted passage marked', () => {
    const quoting = corpus.filter((a) => a.quotes !== null);
    const linked = quoting.filter((a) => result.quotes.some((q) => q.articleId === a.index + 1));
    expect(linked.length / quoting.length).toBeGreaterThanOrEqual(0.75);
    for (const q of result.quotes) {
      const a = corpus[q.articleId - 1]!;
      const quotedBody = corpus[a.quotes!]!.body;
      const marked = q.spans.reduce((n, s) => n + (s.end - s.start), 0);
      expect(marked).toBeGreaterThan(quotedBody.length * 0.8);
      expect(marked).toBeLessThan(a.body.length);
    }
  });
});
