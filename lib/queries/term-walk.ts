// How far back a term's example search walks, pure: the term page shows each group's most recent
// articles using the term (lib/queries/term-examples.ts), which are found by walking the corpus
// newest first until every group has shown enough of its articles. The summaries say how many
// articles of each group use the term each year and how many articles each year has, so the
// walk's length can be estimated before it runs; the estimate only decides whether the walk is
// tried and how long it is — whether its answer is complete is checked in SQL, exactly.

/** Counted articles of a group using the term in a year (summary_terms; year 0: undated). */
export interface YearHits {
  stance: string;
  year: number;
  hits: number;
}

/** All articles of a year, reprints included: the walk reads them all (summary_articles). */
export interface YearArticles {
  year: number;
  articles: number;
}

export interface Walk {
  /** Articles using the term to read, newest first, so that each group is expected to show its share. */
  hits: number;
  /** Articles the walk is expected to read to find them. */
  articles: number;
  /** All articles using the term: what the search over every one of them reads. */
  totalHits: number;
}

/** The walk's order of years: published_at DESC NULLS LAST, so undated (year 0) last. */
export function walkOrder(a: number, b: number): number {
  return Number(a === 0) - Number(b === 0) || b - a;
}

/**
 * The walk after which every group is expected to have shown `want` of its articles using the
 * term, or all of them when it has fewer: per group, the year where its `want`-th article falls,
 * and within that year the same fraction of the year's hits and articles (a group that needs all
 * of its articles needs its last year whole). The longest group's walk.
 */
export function examplesWalk(hits: readonly YearHits[], articles: readonly YearArticles[], want: number): Walk {
  const years = [...new Set([...hits.map((h) => h.year), ...articles.map((a) => a.year)])].sort(walkOrder);
  const hitsIn = new Map<number, number>();
  const articlesIn = new Map<number, number>(articles.map((a) => [a.year, a.articles]));
  const perGroup = new Map<string, Map<number, number>>();
  for (const h of hits) {
    hitsIn.set(h.year, (hitsIn.get(h.year) ?? 0) + h.hits);
    const g = perGroup.get(h.stance) ?? new Map<number, number>();
    g.set(h.year, (g.get(h.year) ?? 0) + h.hits);
    perGroup.set(h.stance, g);
  }
  const totalHits = [...hitsIn.values()].reduce((n, x) => n + x, 0);
  const walk: Walk = { hits: 0, articles: 0, totalHits };
  for (const byYear of perGroup.values()) {
    const total = [...byYear.values()].reduce((n, x) => n + x, 0);
    const target = Math.min(want, total);
    if (target <= 0) continue;
    let seen = 0;
    let hitsBefore = 0;
    let articlesBefore = 0;
    for (const y of years) {
      const mine = byYear.get(y) ?? 0;
      const yearHits = hitsIn.get(y) ?? 0;
      const yearArticles = articlesIn.get(y) ?? 0;
      if (mine > 0 && seen + mine >= target) {
        // The share of the year, as a fraction of integers: (target - seen) / mine, or all of it.
        const [num, den] = target === total ? [1, 1] : [target - seen, mine];
        walk.hits = Math.max(walk.hits, hitsBefore + Math.ceil((num * yearHits) / den));
        walk.articles = Math.max(walk.articles, articlesBefore + Math.ceil((num * yearArticles) / den));
        break;
      }
      seen += mine;
      hitsBefore += yearHits;
      articlesBefore += yearArticles;
    }
  }
  return walk;
}

/**
 * Articles each group is expected to show in a walk, per example wanted: a first walk, then
 * longer ones, each 4 times the last (a group whose articles come mostly from one outlet needs
 * more to meet several), so the walks that fell short cost a third of the one that answers. Twice
 * as many as wanted at first, as the count in a stretch of the corpus varies around its expectation.
 */
const WALK_ARTICLES_PER_EXAMPLE = [2, 8, 32];

/**
 * The walks to try, shortest first (their limits: articles using the term): none when even the
 * first would read more than half as many articles as the search over every article using the
 * term reads hits. A walk costs about as much per article read as that search per hit (index
 * lookups each), so past half of theirs, a walk that fails and then the search cost more than
 * the search.
 */
export function walkLimits(hits: readonly YearHits[], articles: readonly YearArticles[], perGroup: number): number[] {
  const limits: number[] = [];
  for (const k of WALK_ARTICLES_PER_EXAMPLE) {
    const walk = examplesWalk(hits, articles, k * perGroup);
    if (walk.articles > walk.totalHits / 2 || walk.hits <= (limits.at(-1) ?? 0)) break;
    limits.push(walk.hits);
  }
  return limits;
}
