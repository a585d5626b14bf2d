// Distinctive words between two groups of texts: the log-odds ratio with an informative
// Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words", Political Analysis 16(4)).
//
// For word w with counts y_a, y_b, group totals n_a, n_b and prior α_w (α_0 = Σ α_w):
//   δ_w = log((y_a + α_w) / (n_a + α_0 − y_a − α_w)) − log((y_b + α_w) / (n_b + α_0 − y_b − α_w))
//   σ²(δ_w) ≈ 1 / (y_a + α_w) + 1 / (y_b + α_w)
//   ζ_w = δ_w / σ(δ_w)
// Positive δ/ζ: the word is more typical of group A.
//
// Prior: α_w = α_0 · π_w, with π_w the word's share of a reference corpus — by default the
// pooled counts A + B, or the `prior` counts when given (e.g. the whole database). α_0 defaults
// to DEFAULT_ALPHA0 = 1000: strong enough that a word seen a handful of times in a small group
// is shrunk toward the pooled rate (the paper's point: raw log-odds overrate rare words), weak
// enough that it does not swamp groups of tens of thousands of words. Words missing from a
// supplied prior get MIN_ALPHA so their δ stays finite.
import { contentWords } from './tokenize';

export interface FightinWord {
  word: string;
  /** Log-odds ratio δ (A vs B). */
  delta: number;
  /** z-score ζ = δ / σ. */
  zeta: number;
  countA: number;
  countB: number;
}

export interface FightinOptions {
  alpha0?: number;
  /** Drop words whose count in A + B is below this (default 1). */
  minCount?: number;
}

export const DEFAULT_ALPHA0 = 1000;
const MIN_ALPHA = 0.01;

export function fightinWords(
  countsA: ReadonlyMap<string, number>,
  countsB: ReadonlyMap<string, number>,
  prior?: ReadonlyMap<string, number>,
  opts: FightinOptions = {},
): FightinWord[] {
  const alpha0 = opts.alpha0 ?? DEFAULT_ALPHA0;
  const minCount = opts.minCount ?? 1;
  const nA = sum(countsA);
  const nB = sum(countsB);
  const reference = prior ?? pooled(countsA, countsB);
  const refTotal = sum(reference);
  const vocab = new Set([...countsA.keys(), ...countsB.keys()]);
  const out: FightinWord[] = [];
  for (const word of vocab) {
    const yA = countsA.get(word) ?? 0;
    const yB = countsB.get(word) ?? 0;
    if (yA + yB < minCount) continue;
    const share = refTotal > 0 ? (reference.get(word) ?? 0) / refTotal : 0;
    const a = Math.max(MIN_ALPHA, alpha0 * share);
    const delta = Math.log((yA + a) / (nA + alpha0 - yA - a)) - Math.log((yB + a) / (nB + alpha0 - yB - a));
    const variance = 1 / (yA + a) + 1 / (yB + a);
    out.push({ word, delta, zeta: delta / Math.sqrt(variance), countA: yA, countB: yB });
  }
  return out.sort((x, y) => y.zeta - x.zeta || x.word.localeCompare(y.word));
}

/** Content-word counts: Unicode tokens, lower-cased, stop words and numbers dropped. */
export function wordCounts(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of contentWords(text)) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

export function addCounts(into: Map<string, number>, from: ReadonlyMap<string, number>): Map<string, number> {
  for (const [w, c] of from) into.set(w, (into.get(w) ?? 0) + c);
  return into;
}

function pooled(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  return addCounts(addCounts(new Map(), a), b);
}

function sum(m: ReadonlyMap<string, number>): number {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
}

export { ratePer1000 } from './terms';
