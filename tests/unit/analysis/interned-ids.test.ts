// The analysis keeps what it derives from a spelling by interned id (lib/analysis/token-stream.ts
// atom ids, lib/analysis/event-tokens.ts norm ids). Past a bound the ids start again: results must
// not change, and a token stream read before that must still be analysed right (its ids are stale).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis';
import { extractAttributions } from '@/lib/analysis/attributions';
import { extractClaims } from '@/lib/analysis/claims';
import { buildNameContext } from '@/lib/analysis/entities';
import { startNormIdsAgain } from '@/lib/analysis/event-tokens';
import { matchEventsDetailed } from '@/lib/analysis/events';
import { matchTerms } from '@/lib/analysis/terms';
import { startAtomIdsAgain, tokenStream } from '@/lib/analysis/token-stream';
import { syntheticAnalysisInputs } from '@/lib/bench/analysis-cpu';
import { seedArticles, SEED_STANCE } from './seeds';

const inputs = [
  ...seedArticles().slice(0, 12).map((a) => ({
    title: a.title,
    body: a.body,
    publishedAt: a.publishedAt,
    datePrecision: a.datePrecision,
    publisherStance: SEED_STANCE[a.publisherName ?? ''] ?? 'unrated',
  })),
  ...syntheticAnalysisInputs(3, 40),
];

describe('interned ids starting again', () => {
  it('gives the same analysis before and after the atom and norm ids start again', () => {
    const before = inputs.map((a) => analyzeArticle(a));
    startAtomIdsAgain();
    const afterAtoms = inputs.map((a) => analyzeArticle(a));
    startNormIdsAgain();
    const afterNorms = inputs.map((a) => analyzeArticle(a));
    startAtomIdsAgain();
    startNormIdsAgain();
    const afterBoth = inputs.map((a) => analyzeArticle(a));
    expect(afterAtoms).toEqual(before);
    expect(afterNorms).toEqual(before);
    expect(afterBoth).toEqual(before);
  }, 60_000);

  /** Every module that reads a token stream, reading this one. */
  const readWith = (text: string, stream: ReturnType<typeof tokenStream>) => ({
    terms: matchTerms(text, undefined, stream),
    names: buildNameContext(text, stream),
    events: matchEventsDetailed(text, { stream }),
    claims: extractClaims(text, { stream }),
    attributions: extractAttributions(text, { stream }),
  });

  it('analyses a token stream whose ids went stale as it does a fresh one', () => {
    for (const [i, a] of inputs.slice(0, 20).entries()) {
      const text = analyzeArticle(a).text;
      const want = readWith(text, tokenStream(text));
      const stale = tokenStream(text);
      startAtomIdsAgain();
      // Fill the memos of the new generation with other spellings under the stale stream's ids.
      analyzeArticle(inputs[(i + 7) % inputs.length]!);
      expect(readWith(text, stale)).toEqual(want);
    }
  }, 60_000);
});
