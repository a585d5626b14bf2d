// A small seeded PRNG: the same seed gives the same synthetic corpus (lib/bench) and the same
// blind-reading set (lib/shape/blind.ts) on every machine and Node version (Math.random cannot
// be seeded). sfc32 seeded through splitmix32,
// so nearby seeds (article 41, article 42) give unrelated streams.

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  /** true with probability p. */
  chance(p: number): boolean;
  /** Index drawn with probability proportional to weights[i]. */
  weighted(weights: readonly number[]): number;
  /** Normal(0, 1) (Box–Muller). */
  normal(): number;
}

export function rng(...seeds: number[]): Rng {
  // Fold every seed part in, so rng(seed, articleIndex) is its own stream.
  let h = 0x811c9dc5;
  for (const s of seeds) {
    h = Math.imul(h ^ (s >>> 0), 0x01000193) >>> 0;
    h = Math.imul(h ^ Math.floor(s / 0x100000000), 0x01000193) >>> 0;
  }
  const init = splitmix32(h);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const r: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
    weighted: (weights) => {
      let total = 0;
      for (const w of weights) total += w;
      let x = next() * total;
      for (let i = 0; i < weights.length; i++) {
        x -= weights[i]!;
        if (x < 0) return i;
      }
      return weights.length - 1;
    },
    normal: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
  return r;
}

/** Zipf weights 1/k^s for ranks 1..n: a few large outlets, a long tail of small ones. */
export function zipfWeights(n: number, s = 1.1): number[] {
  return Array.from({ length: n }, (_, k) => 1 / Math.pow(k + 1, s));
}
