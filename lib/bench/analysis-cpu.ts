// The analysis-CPU profile: CPU time per article of `analyzeArticle` alone (no parsing, no
// database), on the synthetic corpus as the importer yields it. `npm run bench:analysis` runs it;
// BENCHMARKS.md ("Analysis CPU") keeps its figures. With `compare` it also times the reference
// implementation (lib/analysis/reference: one regular expression per cue list, as before the one
// tokenised pass) in the same session, the two alternating, so machine load hits both alike.
import { analyzeArticle, type AnalysisInput } from '@/lib/analysis';
import { analyzeArticle as referenceAnalyzeArticle } from '@/lib/analysis/reference';
import { parseFile } from '@/lib/parse/parse-file';
import { resolveSource } from '@/lib/parse/resolve';
import type { StanceKey } from '@/lib/stance';
import { SyntheticCorpus } from './synthetic';

export interface AnalysisCpuOptions {
  articles: number;
  repeats: number;
  seed: number;
  /** Also time the reference implementation. */
  compare: boolean;
  /** Articles analysed once before timing (JIT warm-up, caches filled). */
  warmup?: number;
}

export interface AnalysisCpuSeries {
  /** CPU ms per article (user + system) of each repeat. */
  runs: number[];
  median: number;
}

export interface AnalysisCpuResult {
  articles: number;
  words: number;
  repeats: number;
  seed: number;
  current: AnalysisCpuSeries;
  reference: AnalysisCpuSeries | null;
}

/** Analysis inputs for articles [0, n) of a seed, parsed by the importer's own parser. */
export function syntheticAnalysisInputs(seed: number, n: number): AnalysisInput[] {
  const corpus = new SyntheticCorpus(seed);
  const stance = new Map<string, StanceKey>(corpus.publishers.map((p) => [p.slug, p.stance]));
  return parseFile(`synthetic-s${seed}.jsonl`, Buffer.from(corpus.jsonLines(0, n), 'utf8')).map((a) => {
    const source = resolveSource(a.publisherName, a.via);
    return {
      title: a.title,
      body: a.body,
      publishedAt: a.publishedAt,
      datePrecision: a.datePrecision,
      publisherStance: stance.get(source.publisher.slug) ?? 'unrated',
      viaStance: source.via ? (stance.get(source.via.slug) ?? 'unrated') : null,
    };
  });
}

function cpuMsPerArticle(run: (a: AnalysisInput) => unknown, inputs: readonly AnalysisInput[]): number {
  const t0 = process.cpuUsage();
  for (const a of inputs) run(a);
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000 / inputs.length;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function measureAnalysisCpu(opts: AnalysisCpuOptions, log: (line: string) => void = () => {}): AnalysisCpuResult {
  const inputs = syntheticAnalysisInputs(opts.seed, opts.articles);
  const words = inputs.reduce((n, a) => n + (a.body.match(/\S+/g)?.length ?? 0), 0);
  const warm = inputs.slice(0, opts.warmup ?? Math.min(300, inputs.length));
  for (const a of warm) analyzeArticle(a);
  if (opts.compare) for (const a of warm) referenceAnalyzeArticle(a);
  const current: number[] = [];
  const reference: number[] = [];
  for (let r = 0; r < opts.repeats; r++) {
    current.push(cpuMsPerArticle(analyzeArticle, inputs));
    if (opts.compare) reference.push(cpuMsPerArticle(referenceAnalyzeArticle, inputs));
    log(`repeat ${r + 1}/${opts.repeats}: ${current.at(-1)!.toFixed(3)} ms/article${opts.compare ? ` (reference ${reference.at(-1)!.toFixed(3)})` : ''}`);
  }
  return {
    articles: inputs.length,
    words,
    repeats: opts.repeats,
    seed: opts.seed,
    current: { runs: current, median: median(current) },
    reference: opts.compare ? { runs: reference, median: median(reference) } : null,
  };
}
