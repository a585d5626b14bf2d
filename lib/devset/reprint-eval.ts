// Scores reprint detection on a labelled corpus (lib/devset/reprint-corpus.ts) through the
// linker the importer runs, the articles in import order: how many copies were joined to their
// original's text (recall), every link between different texts (which must be none), how many
// quoting articles were linked, how often the earliest copy became the original, and the work the
// band keys made (candidates and exact comparisons per article, band keys stored). Used by
// tests/unit/analysis/reprints-corpus.test.ts and by `npm run eval -- --reprints`, which prints
// the figures docs/analysis.md and /methodology quote.
import { authorshipScore, fingerprint, ReprintLinker, strippedRanges, type LinkerResult } from '@/lib/analysis/reprints';
import { overlap, textShingles } from '@/lib/analysis/reprints/compare';
import type { CorpusArticle } from './reprint-corpus';

/** Share of originals partly taken over by another outlet in the evaluated corpora (hard negatives). */
export const REPRINT_BORROW_RATE = 0.3;

export function detect(corpus: CorpusArticle[]): { result: LinkerResult; root: (i: number) => number; work: ReprintLinker['work'] } {
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
  return { result, root, work: linker.work };
}

export interface ReprintScore {
  articles: number;
  copies: number;
  found: number;
  recall: number;
  /** Recall per kind of edit (a copy has one or more). */
  byEdit: Record<string, { copies: number; found: number }>;
  /** Links (reprint or quotes) joining different texts, as "article → article". */
  wrongLinks: string[];
  /** Missed copies linked as quoting their own text instead (their own words count; the rest once). */
  copyAsQuote: number;
  /** Pairs of different texts on one event (originals, borrowing articles), and how many share at least one 5-word shingle. */
  sameEventPairs: number;
  sharingPairs: number;
  /** Of those, pairs sharing at least 30% of the shorter text's shingles (the borrowing articles mostly). */
  closePairs: number;
  /** Borrowing articles (take over part of an original): all must stay unlinked to it. */
  borrowing: number;
  quoting: number;
  quotingLinked: number;
  /** Found copies dated after their original, and how many have it as their cluster's original. */
  datedAfter: number;
  originalKept: number;
  /** Per fingerprinted article: candidates whose signatures were estimated, texts compared exactly, band keys stored. */
  candidatesPerArticle: number;
  comparedPerArticle: number;
  bandRowsPerArticle: number;
}

export function scoreReprints(corpus: CorpusArticle[]): ReprintScore {
  const { result, root, work } = detect(corpus);
  /** The text an article carries: its original's index for a copy, its own otherwise. */
  const textOf = (i: number) => corpus[i]!.reprintOf ?? i;
  const copies = corpus.filter((a) => a.reprintOf !== null);
  const isFound = (a: CorpusArticle) => root(a.index) === root(a.reprintOf!);
  const byEdit: ReprintScore['byEdit'] = {};
  for (const a of copies) {
    for (const e of a.edits) {
      const x = (byEdit[e] ??= { copies: 0, found: 0 });
      x.copies++;
      if (isFound(a)) x.found++;
    }
  }
  const wrongLinks = corpus.filter((a) => root(a.index) !== a.index && textOf(root(a.index)) !== textOf(a.index)).map((a) => `${a.index} → ${root(a.index)}`);
  // A copy taken for an article quoting its own text (a missed copy, not a link between texts).
  let copyAsQuote = 0;
  for (const q of result.quotes) {
    const a = corpus[q.articleId - 1]!;
    const quoted = textOf(root(q.quotedId - 1));
    if (a.quotes !== null && textOf(a.quotes) === quoted) continue;
    if (a.quotes === null && textOf(a.index) === quoted) copyAsQuote++;
    else wrongLinks.push(`${a.index} quotes ${q.quotedId - 1}`);
  }
  // Different texts on one event: originals and the articles that borrow from them.
  const texts = corpus.filter((a) => a.reprintOf === null && a.quotes === null);
  const sets = texts.map((a) => textShingles(a.body, a.title).set);
  let sameEventPairs = 0;
  let sharingPairs = 0;
  let closePairs = 0;
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      if (texts[i]!.event !== texts[j]!.event) continue;
      sameEventPairs++;
      const o = overlap(sets[i]!, sets[j]!);
      if (o.shared > 0) sharingPairs++;
      if (o.shared >= 0.3 * Math.min(o.sizeA, o.sizeB)) closePairs++;
    }
  }
  const quoting = corpus.filter((a) => a.quotes !== null);
  const datedAfter = copies.filter((a) => isFound(a) && corpus[a.reprintOf!]!.publishedAt < a.publishedAt);
  return {
    articles: corpus.length,
    copies: copies.length,
    found: copies.filter(isFound).length,
    recall: copies.filter(isFound).length / copies.length,
    byEdit,
    wrongLinks,
    copyAsQuote,
    sameEventPairs,
    sharingPairs,
    closePairs,
    borrowing: corpus.filter((a) => a.borrows !== null).length,
    quoting: quoting.length,
    quotingLinked: quoting.filter((a) => result.quotes.some((q) => q.articleId === a.index + 1)).length,
    datedAfter: datedAfter.length,
    originalKept: datedAfter.filter((a) => root(a.index) === a.reprintOf).length,
    candidatesPerArticle: work.candidates / Math.max(1, work.articles),
    comparedPerArticle: work.compared / Math.max(1, work.articles),
    bandRowsPerArticle: result.bands.length / Math.max(1, work.articles),
  };
}
