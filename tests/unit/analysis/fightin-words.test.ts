import { describe, expect, it } from 'vitest';
import { addCounts, fightinWords, wordCounts } from '@/lib/analysis/fightin-words';
import { SEED_STANCE, seedArticles } from './seeds';

describe('fightinWords (Monroe, Colaresi & Quinn 2008)', () => {
  it('matches a hand-computed example', () => {
    // A = {war: 3, peace: 1}, B = {war: 1, peace: 3}; pooled prior with α0 = 8 gives α = 4 for
    // both words; n_a = n_b = 4.
    // δ_war = ln((3+4)/(4+8−3−4)) − ln((1+4)/(4+8−1−4)) = ln(7/5) − ln(5/7) = 2·ln 1.4 = 0.672944
    // σ² = 1/(3+4) + 1/(1+4) = 0.342857; ζ = 0.672944 / 0.585540 = 1.149271
    const a = new Map([['war', 3], ['peace', 1]]);
    const b = new Map([['war', 1], ['peace', 3]]);
    const res = fightinWords(a, b, undefined, { alpha0: 8 });
    expect(res.map((r) => r.word)).toEqual(['war', 'peace']);
    expect(res[0]!.delta).toBeCloseTo(0.672944, 5);
    expect(res[0]!.zeta).toBeCloseTo(1.149271, 5);
    expect(res[1]!.delta).toBeCloseTo(-0.672944, 5);
    expect(res[0]).toMatchObject({ countA: 3, countB: 1 });
  });

  it('uses a supplied background prior, scaled to α0', () => {
    // Prior shares: war 0.9, peace 0.1 → α_war = 9, α_peace = 1 with α0 = 10.
    // δ_peace = ln((1+1)/(4+10−1−1)) − ln((3+1)/(4+10−3−1)) = ln(2/12) − ln(4/10)
    const a = new Map([['war', 3], ['peace', 1]]);
    const b = new Map([['war', 1], ['peace', 3]]);
    const prior = new Map([['war', 90], ['peace', 10]]);
    const peace = fightinWords(a, b, prior, { alpha0: 10 }).find((r) => r.word === 'peace')!;
    expect(peace.delta).toBeCloseTo(Math.log(2 / 12) - Math.log(4 / 10), 10);
    expect(peace.zeta).toBeCloseTo(peace.delta / Math.sqrt(1 / 2 + 1 / 4), 10);
  });

  it('shrinks rare words more than frequent ones with the same raw ratio', () => {
    const a = new Map([['rare', 2], ['common', 200], ['filler', 1000]]);
    const b = new Map([['rare', 1], ['common', 100], ['filler', 1000]]);
    const res = fightinWords(a, b);
    const rare = res.find((r) => r.word === 'rare')!;
    const common = res.find((r) => r.word === 'common')!;
    expect(common.zeta).toBeGreaterThan(rare.zeta);
  });

  it('counts content words without stop words or numbers', () => {
    expect(Object.fromEntries(wordCounts('The MEK’s camp and the MEK camp in 2019.'))).toEqual({ mek: 2, camp: 2 });
  });

  it('on the seeds, critical outlets lean to "mko" and "cult", advocacy outlets to "regime" and "massacre"', () => {
    const crit = new Map<string, number>();
    const adv = new Map<string, number>();
    for (const a of seedArticles()) {
      const group = SEED_STANCE[a.publisherName ?? ''] ?? (a.via ? SEED_STANCE[a.via] : undefined);
      if (group === 'critical') addCounts(crit, wordCounts(`${a.title}\n\n${a.body}`));
      if (group === 'advocacy') addCounts(adv, wordCounts(`${a.title}\n\n${a.body}`));
    }
    const res = new Map(fightinWords(crit, adv).map((r) => [r.word, r]));
    expect(res.get('mko')!.zeta).toBeGreaterThan(0);
    expect(res.get('cult')!.zeta).toBeGreaterThan(0);
    expect(res.get('regime')!.zeta).toBeLessThan(0);
    expect(res.get('massacre')!.zeta).toBeLessThan(0);
  });
});
