import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis';
import { averageLinkage, discoverCandidates } from '@/lib/analysis/discovery';
import { articleText, seedArticles } from './seeds';

describe('discoverCandidates', () => {
  it('clusters the seed articles no catalogued event matches: the two nuclear-deal pieces', () => {
    const unmatched = seedArticles()
      .map((a) => ({ a, r: analyzeArticle({ title: a.title, body: a.body, publishedAt: a.publishedAt, publisherStance: 'unrated' }) }))
      .filter(({ r }) => r.events.length === 0)
      .map(({ a }) => ({ id: `${a.sourceFile}#${a.sourceIndex}`, text: articleText(a) }));
    expect(unmatched.length).toBeGreaterThanOrEqual(3);
    const cands = discoverCandidates(unmatched);
    expect(cands).toHaveLength(1);
    const c = cands[0]!;
    expect(c.members).toEqual(['002_74173d21cf827cb5.txt#3', '002_74173d21cf827cb5.txt#4']);
    expect(c.topTerms).toEqual(expect.arrayContaining(['deal', 'nuclear']));
    expect(c.cohesion).toBeGreaterThan(0.5);
    expect(c.label.split(' / ')).toHaveLength(3);
  });

  it('groups real-sentence paraphrases and leaves singletons out', () => {
    const docs = [
      { id: 1, text: 'A court in Stockholm sentenced Hamid Nouri to life in prison for his role in the 1988 executions at Gohardasht prison.' },
      { id: 2, text: 'The Stockholm court found Hamid Nouri guilty over the executions of prisoners at Gohardasht prison in 1988.' },
      { id: 3, text: 'Facebook removed a network of fake accounts run from Albania that praised the MEK and attacked its critics.' },
      { id: 4, text: 'A network of fake accounts linked to the MEK in Albania was removed by Facebook for inauthentic behaviour.' },
      { id: 5, text: 'Oil prices rose on Tuesday after the OPEC meeting ended without agreement.' },
    ];
    const cands = discoverCandidates(docs);
    expect(cands.map((c) => c.members).sort((x, y) => Number(x[0]) - Number(y[0]))).toEqual([[1, 2], [3, 4]]);
    expect(cands.flatMap((c) => c.members)).not.toContain(5);
    for (const c of cands) expect(c.cohesion).toBeGreaterThan(0.3);
  });

  it('is deterministic and order-stable in ids', () => {
    const docs = [
      { id: 'a', text: 'Troll farm accounts on Twitter' },
      { id: 'b', text: 'Twitter troll farm accounts removed' },
    ];
    expect(discoverCandidates(docs)).toEqual(discoverCandidates(docs));
    expect(discoverCandidates(docs)[0]!.id).toMatch(/^cand-[0-9a-f]{8}$/);
    expect(discoverCandidates([docs[0]!])).toEqual([]);
  });
});

describe('averageLinkage', () => {
  it('merges by average similarity and stops at the threshold', () => {
    // 0–1 close, 2 closer to 1 than to 0: average(0.5, 0.1) = 0.3 after 0–1 merge.
    const sim = [
      Float64Array.from([1, 0.9, 0.1]),
      Float64Array.from([0.9, 1, 0.5]),
      Float64Array.from([0.1, 0.5, 1]),
    ];
    expect(averageLinkage(sim, 0.6)).toEqual([[0, 1], [2]]); // needs similarity ≥ 0.4
    expect(averageLinkage(sim, 0.7)).toEqual([[0, 1, 2]]); // 0.3 ≥ 0.3
  });
});
