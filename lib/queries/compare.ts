// The /compare page: the slice's groups, lexicon term rates per group, and the words that set
// two groups apart (Fightin' Words). Every number is aggregated in SQL; no article text is
// loaded into JavaScript. An article's group is ARTICLE_STANCE and a reprint counts once, as its
// original (COUNTED_ONCE), as everywhere groups are compared.
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma, type Db } from '@/lib/db/prisma';
import { addCounts, DEFAULT_ALPHA0, fightinWords, type FightinWord } from '@/lib/analysis/fightin-words';
import type { CompareFilter, SliceFilter } from '@/lib/filters/slice';
import { termRates } from './events';
import { ARTICLE_STANCE, COUNTED_ONCE } from './counting-rules';
import { cachedQuery, cachedRecent, cacheKey, type Recent } from './cache';
import { sliceWhere } from './slice';
import { summariesEnabled, summaryFilter, summaryWhere } from './summaries';
import type { TermRate } from '@/lib/shape/compare';
import { contentWordCounts, splitDistinctive, type Distinctive, type WordStat } from '@/lib/shape/distinctive';
import type { StanceKey } from '@/lib/stance';

export interface SliceGroupCount {
  stance: StanceKey;
  articles: number;
  publishers: number;
  words: number;
}

/** Articles, outlets and words per group in the slice. */
export async function sliceGroupCounts(f: SliceFilter, db: Db = prisma()): Promise<SliceGroupCount[]> {
  const sf = summariesEnabled() ? summaryFilter(f) : null;
  if (sf) {
    // Per (group, outlet) from the summaries: the event's links when the slice names one.
    const from = f.event
      ? Prisma.sql`summary_events s WHERE s.event_id = (SELECT id FROM events WHERE slug = ${f.event})`
      : Prisma.sql`summary_articles s WHERE s.counted`;
    return cachedQuery(cacheKey('sliceGroupCounts', f, 's'), () => db.$queryRaw<SliceGroupCount[]>`
      SELECT stance, sum(n)::int AS articles, count(*)::int AS publishers, coalesce(sum(w), 0)::int AS words
      FROM (SELECT s.stance::text AS stance, s.publisher_id, sum(s.articles) AS n, sum(s.words) AS w
            FROM ${from} AND ${summaryWhere(sf, { byPublisher: true, byYear: true })}
            GROUP BY 1, 2) per_outlet
      GROUP BY 1`, db);
  }
  return cachedQuery(cacheKey('sliceGroupCounts', f), () => db.$queryRaw<SliceGroupCount[]>`
    SELECT ${ARTICLE_STANCE}::text AS stance, count(*)::int AS articles, count(DISTINCT p.id)::int AS publishers,
           coalesce(sum(a.word_count), 0)::int AS words
    FROM articles a JOIN publishers p ON p.id = a.publisher_id
    WHERE ${sliceWhere(f)} AND ${COUNTED_ONCE}
    GROUP BY 1`, db);
}

/** Lexicon term rates per group (per 1,000 words) over the slice; one row per group × term used. */
export async function compareTermRates(f: SliceFilter, db: Db = prisma()): Promise<TermRate[]> {
  return termRates({ slice: f }, db);
}

// The per-article query ts_stat runs. It is a string Postgres executes, so it takes no bind
// parameters: the article ids are spliced in by Postgres' own format(%L) from the outer,
// parameterised query, never by string concatenation here. '/' becomes a space because the
// parser reads "MEK/PMOI" as one file-path token. Text in any language but English is folded as
// the search index folds it (stance_lens_fold: Arabic letters, digits, vowel marks) and its ZWNJ
// words joined, so «اعدام‌ها», «اعدامها» and «اعدامهاي» are one word.
const DOCUMENTS = `SELECT to_tsvector('simple', CASE WHEN language = 'en' THEN translate(title || ' ' || body, '/', ' ')
  ELSE replace(stance_lens_fold(translate(title || ' ' || body, '/', ' ')), U&'\\200c', '') END) FROM articles WHERE id = ANY(%L::int[])`;

/** Upper bound of the vocabulary returned per group (most frequent first). */
export const MAX_VOCABULARY = 20_000;

/**
 * Articles per side whose words are counted: the most recent ones when a side has more. ts_stat
 * parses every text on each request (about 50 s for 100k articles on two cores, measured in
 * BENCHMARKS.md), so large slices are counted on a stated, deterministic sample; the page says
 * so whenever a group has more articles than this.
 */
export const MAX_WORD_ARTICLES = 3_000;

export interface GroupWordStat extends WordStat {
  /** a, b, or rest: the slice's other groups (they only inform the prior). */
  side: 'a' | 'b' | 'rest';
  /** Articles of the side using the word. */
  ndoc: number;
}

/**
 * Every word of groups A and B in the slice, and of the slice's other groups together, with its
 * number of occurrences, counted by Postgres (ts_stat over to_tsvector('simple', title || ' ' ||
 * body)), most frequent first and at most `maxWords` per side. One query; each article of the
 * slice is parsed once. The whole slice applies, its group filter included: a group the filter
 * leaves out has no words. Limits of the counts: to_tsvector keeps at most 256 positions of a
 * word per article and none past position 16,383, which only matters for stop words in very
 * long texts.
 */
export async function groupWordStats(f: CompareFilter, maxWords = MAX_VOCABULARY, db: Db = prisma()): Promise<GroupWordStat[]> {
  const where = sliceWhere(f);
  const ids = (stances: Prisma.Sql) => Prisma.sql`(
    SELECT coalesce(array_agg(id), '{}'::int[]) FROM (
      SELECT a.id FROM articles a JOIN publishers p ON p.id = a.publisher_id
      WHERE ${where} AND ${COUNTED_ONCE} AND ${stances}
      ORDER BY a.published_at DESC NULLS LAST, a.id DESC
      LIMIT ${MAX_WORD_ARTICLES}) recent)`;
  const side = (label: GroupWordStat['side'], stances: Prisma.Sql) => Prisma.sql`
    SELECT ${label}::text AS side, s.word, s.ndoc, s.nentry,
           row_number() OVER (ORDER BY s.nentry DESC, s.word) AS rank
    FROM ts_stat(format(${DOCUMENTS}::text, ${ids(stances)})) s`;
  return db.$queryRaw<GroupWordStat[]>`
    SELECT side, word, ndoc::int AS ndoc, nentry::int AS nentry
    FROM (
      ${side('a', Prisma.sql`${ARTICLE_STANCE}::text = ${f.a}`)}
      UNION ALL ${side('b', Prisma.sql`${ARTICLE_STANCE}::text = ${f.b}`)}
      UNION ALL ${side('rest', Prisma.sql`${ARTICLE_STANCE}::text NOT IN (${f.a}, ${f.b})`)}
    ) w
    WHERE rank <= ${maxWords}
    ORDER BY side, rank`;
}

export interface DistinctiveWords extends Distinctive {
  a: StanceKey;
  b: StanceKey;
  /** Content words counted in each group (the n_A, n_B of the method). */
  totalA: number;
  totalB: number;
  /** Distinct content words across both groups. */
  vocabulary: number;
  alpha0: number;
}

/**
 * The words most typical of group A against group B in the slice, and of B against A:
 * log-odds ratios with an informative Dirichlet prior (lib/analysis/fightin-words.ts), ranked by
 * z-score. One SQL query (groupWordStats); stop words and numbers are dropped here, over the
 * bounded vocabulary (at most MAX_VOCABULARY words per side).
 */
export async function distinctiveWords(f: CompareFilter, opts: { limit?: number; minCount?: number } = {}, db: Db = prisma()): Promise<DistinctiveWords> {
  // Seconds of parsing (ts_stat over up to 3 × MAX_WORD_ARTICLES texts) and tens of milliseconds
  // of scoring the vocabulary: the ranked result is kept until the data changes.
  return cachedQuery(cacheKey('distinctiveWords', f, opts), () => computeDistinctiveWords(f, opts, db), db);
}

/** How long /compare waits for a recount of the distinctive words before it shows the last count. */
export const DISTINCTIVE_WAIT_MS = 1_000;

/**
 * The distinctive words for the /compare page: as distinctiveWords, but while the data are
 * changing (an import committing file after file) a recount that takes longer than
 * DISTINCTIVE_WAIT_MS leaves the page with the last count, marked with its time
 * (`countedAt`), instead of unanswered; exports and the API use distinctiveWords, always current.
 */
export function recentDistinctiveWords(f: CompareFilter, db: Db = prisma()): Promise<Recent<DistinctiveWords>> {
  return cachedRecent(cacheKey('recentDistinctiveWords', f), () => computeDistinctiveWords(f, {}, db), DISTINCTIVE_WAIT_MS, db);
}

async function computeDistinctiveWords(f: CompareFilter, opts: { limit?: number; minCount?: number }, db: Db): Promise<DistinctiveWords> {
  const stats = await groupWordStats(f, MAX_VOCABULARY, db);
  const countsA = contentWordCounts(stats.filter((s) => s.side === 'a'));
  const countsB = contentWordCounts(stats.filter((s) => s.side === 'b'));
  // Prior: the word frequencies of the whole slice (A + B + the slice's other groups), as Monroe
  // et al. draw theirs from the corpus the compared groups belong to, with α0 = DEFAULT_ALPHA0
  // (1,000): α_w = α0 · share of w in the slice. With no other group in the slice this is the
  // pooled A + B, fightinWords' default. The other groups matter: with a pooled-only prior every
  // word that only one of A and B uses gets the same log-odds ratio, whatever its count.
  const prior = addCounts(addCounts(contentWordCounts(stats.filter((s) => s.side === 'rest')), countsA), countsB);
  const words: FightinWord[] =
    countsA.size > 0 && countsB.size > 0 ? fightinWords(countsA, countsB, prior, { alpha0: DEFAULT_ALPHA0, minCount: opts.minCount ?? 2 }) : [];
  const { forA, forB } = splitDistinctive(words, opts.limit ?? 25);
  return {
    a: f.a,
    b: f.b,
    forA,
    forB,
    totalA: sum(countsA),
    totalB: sum(countsB),
    vocabulary: new Set([...countsA.keys(), ...countsB.keys()]).size,
    alpha0: DEFAULT_ALPHA0,
  };
}

function sum(m: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}
