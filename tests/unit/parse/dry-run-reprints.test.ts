// The dry run's reprint fields (docs/import-json.md) within a run of files, nothing stored: a copy
// names its original by file and position, the earliest copy is the original even when it comes
// later in the run, and an article reproducing another inside its own text lists it in `quotes`.
import { describe, expect, it } from 'vitest';
import { dryRun, linkDryRun } from '@/lib/parse/dry-run';
import { reprintCorpus } from '@/lib/devset/reprint-corpus';

const corpus = reprintCorpus({ seed: 9, originalsPerEvent: 3 });
const jsonl = (articles: typeof corpus) =>
  new TextEncoder().encode(articles.map((a) => JSON.stringify({ title: a.title, publisher: a.publisher, via: a.via, date: a.publishedAt, body: a.body })).join('\n'));

describe('dry run reprint fields', () => {
  const half = Math.floor(corpus.length / 2);
  const run = dryRun([{ name: 'a.jsonl', bytes: jsonl(corpus.slice(0, half)) }, { name: 'b.jsonl', bytes: jsonl(corpus.slice(half)) }], {});
  const at = (i: number) => run.articles[i]!;
  const refOf = (i: number) => ({ sourceFile: i < half ? 'a.jsonl' : 'b.jsonl', sourceIndex: i < half ? i : i - half });

  it('links every copy to its original across the run’s files', () => {
    expect(run.articles).toHaveLength(corpus.length);
    const copies = corpus.filter((a) => a.reprintOf !== null);
    expect(copies.length).toBeGreaterThan(5);
    for (const a of copies) {
      const original = corpus[a.reprintOf!]!;
      const expected = original.publishedAt < a.publishedAt ? refOf(a.reprintOf!) : null;
      if (expected) expect(at(a.index).reprintOf, `copy ${a.index}`).toEqual(expected);
      else expect(at(a.index).reprintOf === null || at(a.reprintOf!).reprintOf === null).toBe(true);
      if (at(a.index).reprintOf) expect(at(a.index).reprintSimilarity).toBeGreaterThan(0.6);
    }
    // An original is unlinked, or (on a date tie) linked to a copy of its own text.
    const indexOf = (ref: object) => corpus.findIndex((_, i) => JSON.stringify(refOf(i)) === JSON.stringify(ref));
    for (const a of corpus.filter((x) => x.reprintOf === null && x.quotes === null)) {
      const ref = at(a.index).reprintOf;
      if (ref) expect(corpus[indexOf(ref)]!.reprintOf).toBe(a.index);
    }
  });

  it('lists the texts an article reproduces in full', () => {
    for (const a of corpus.filter((x) => x.quotes !== null)) {
      const quotes = at(a.index).quotes;
      for (const q of quotes) expect(q.containment).toBeGreaterThan(0.8);
      if (quotes.length) expect(at(a.index).reprintOf).toBeNull();
    }
    expect(corpus.filter((x) => x.quotes !== null).some((a) => at(a.index).quotes.length > 0)).toBe(true);
  });

  it('names stored originals by id when the stored corpus is given', () => {
    // The base a database would give when the copy's original is stored as article 41.
    const copy = corpus.find((a) => a.reprintOf !== null && a.reprintOf < a.index)!;
    const original = corpus[copy.reprintOf!]!;
    const alone = dryRun([{ name: 'c.jsonl', bytes: jsonl([copy]) }], {});
    expect(alone.articles[0]!.reprintOf).toBeNull();
    const stored = { ...dryRun([{ name: 'o.jsonl', bytes: jsonl([original]) }], {}).copies[0]!, id: 41, order: 41 };
    linkDryRun(alone, { bandHits: new Map(stored.fingerprint!.bands.map((k) => [k, [41]])), signatures: new Map([[41, stored.fingerprint!.signature]]), copies: new Map([[41, stored]]), suppressedQuotes: new Set() });
    expect(alone.articles[0]!.reprintOf).toEqual({ articleId: 41 });
    expect(alone.articles[0]!.reprintSimilarity).toBeGreaterThan(0.6);
  });
});
