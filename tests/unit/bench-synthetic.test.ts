// The synthetic benchmark corpus: deterministic per seed, unmistakably synthetic, and shaped
// like the real corpus (groups, dates, lengths, group vocabulary, events, figures) — checked on
// a small sample through the real parser and analysis.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis';
import { countWords } from '@/lib/analysis/tokenize';
import { rng } from '@/lib/prng';
import { allSyntheticPublishers, LAST_DAY, SyntheticCorpus, SYNTHETIC_PREFIX, SYNTHETIC_TITLE_PREFIX } from '@/lib/bench/synthetic';
import { parseFile } from '@/lib/parse/parse-file';

const N = 50;

describe('prng', () => {
  it('is a pure function of its seeds', () => {
    const a = rng(7, 3);
    const b = rng(7, 3);
    const xs = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(xs);
    expect(rng(7, 4).next()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('synthetic corpus', () => {
  const corpus = new SyntheticCorpus(42);
  const articles = Array.from({ length: N }, (_, i) => corpus.article(i));

  it('is the same for the same seed, in any order, and different for another seed', () => {
    const again = new SyntheticCorpus(42);
    expect(again.article(N - 1)).toEqual(articles[N - 1]);
    expect(Array.from({ length: N }, (_, i) => again.article(i))).toEqual(articles);
    expect(new SyntheticCorpus(43).article(0).body).not.toBe(articles[0]!.body);
    expect(corpus.jsonLines(0, 3)).toBe(again.jsonLines(0, 3));
  });

  it('marks everything as synthetic', () => {
    for (const p of allSyntheticPublishers()) expect(p.slug.startsWith(SYNTHETIC_PREFIX)).toBe(true);
    for (const a of articles) {
      expect(a.title.startsWith(`${SYNTHETIC_TITLE_PREFIX} `)).toBe(true);
      expect(a.publisherSlug.startsWith(SYNTHETIC_PREFIX)).toBe(true);
      expect(a.body).toMatch(/Synthetic benchmark article \d+ \(seed 42\); not a real news report\.$/);
      expect(new URL(a.url).hostname).toBe('synthetic.invalid');
    }
  });

  it('has outlets in every group with skewed sizes', () => {
    const pubs = allSyntheticPublishers();
    for (const s of ['advocacy', 'mainstream', 'critical'] as const) {
      const group = pubs.filter((p) => p.stance === s && p.weight > 0).map((p) => p.weight);
      expect(group.length).toBeGreaterThan(10);
      expect(group[0]! / group[group.length - 1]!).toBeGreaterThan(10);
    }
    expect(new Set(articles.map((a) => a.stance))).toEqual(new Set(['advocacy', 'mainstream', 'critical', 'unrated']));
  });

  it('reads like the real corpus to the parser and the analysis', () => {
    const parsed = parseFile('synthetic.jsonl', new TextEncoder().encode(corpus.jsonLines(0, N)));
    expect(parsed).toHaveLength(N);
    let events = 0;
    let claims = 0;
    let quotes = 0;
    const terms: Record<string, Record<string, number>> = { advocacy: {}, critical: {}, mainstream: {} };
    for (const [i, p] of parsed.entries()) {
      const a = articles[i]!;
      expect(p.title).toBe(a.title);
      expect(p.publisherName).toBe(a.publisher);
      const words = countWords(p.body);
      expect(words).toBeGreaterThanOrEqual(200);
      expect(words).toBeLessThanOrEqual(1600);
      if (p.publishedAt) {
        expect(p.publishedAt >= '1988-01-01' && p.publishedAt <= LAST_DAY).toBe(true);
        expect(['day', 'month']).toContain(p.datePrecision);
      }
      const analysis = analyzeArticle({ title: p.title, body: p.body, publishedAt: p.publishedAt, publisherStance: a.stance });
      events += analysis.events.length;
      claims += analysis.claims.length;
      quotes += analysis.attributions.length;
      const bucket = terms[a.stance];
      if (bucket) for (const t of analysis.terms) bucket[t.term] = (bucket[t.term] ?? 0) + t.count;
    }
    expect(events / N).toBeGreaterThan(0.4);
    expect(claims / N).toBeGreaterThan(0.5);
    expect(claims / N).toBeLessThan(5);
    expect(quotes / N).toBeGreaterThan(2);
    // Group-typical vocabulary: each group's own names dominate its texts.
    const share = (stance: string, ids: string[]) => ids.reduce((n, id) => n + (terms[stance]![id] ?? 0), 0);
    expect(share('advocacy', ['pmoi', 'iranian-resistance'])).toBeGreaterThan(share('advocacy', ['mko', 'rajavi-cult']));
    expect(share('critical', ['mko', 'rajavi-cult', 'cult'])).toBeGreaterThan(share('critical', ['pmoi', 'iranian-resistance']));
    expect(share('mainstream', ['mek-acronym', 'opposition'])).toBeGreaterThan(share('mainstream', ['mko', 'pmoi']));
    // Parses and analyses N articles: seconds on a shared, loaded machine (no speed is asserted here).
  }, 60_000);
});
