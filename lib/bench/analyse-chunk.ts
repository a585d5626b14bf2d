// One chunk of the synthetic corpus, start to rows: generate → JSON Lines → the importer's own
// parser → registry resolution → the real analysis → COPY rows. Runs in worker threads
// (lib/bench/analyse-worker.ts) or inline; pure apart from CPU.
import { analyzeArticle } from '@/lib/analysis';
import { parseFile } from '@/lib/parse/parse-file';
import { contentHash } from '@/lib/parse/normalize';
import { resolveSource } from '@/lib/parse/resolve';
import type { StanceKey } from '@/lib/stance';
import { appendAnalysisRows, articleRow, emptyTables, type TableText } from './rows';
import { GENERATOR_VERSION, SyntheticCorpus } from './synthetic';

export interface ChunkContext {
  seed: number;
  batchId: number;
  /** slug → stored id and stance (the stance the importer would read). */
  publishers: Record<string, { id: number; stance: StanceKey }>;
  eventIds: Record<string, number>;
}

export interface ChunkJob {
  from: number;
  to: number;
  /** Article ids reserved for this chunk, one per article. */
  ids: number[];
}

export interface ChunkResult {
  from: number;
  to: number;
  articles: number;
  tables: TableText;
}

/** The file name a chunk's articles carry as their source file (generator version, seed, first position). */
export function chunkFileName(seed: number, from: number): string {
  return `${chunkFilePrefix(seed)}${String(from).padStart(9, '0')}.jsonl`;
}

export function chunkFilePrefix(seed: number): string {
  return `synthetic-${GENERATOR_VERSION}-s${seed}-`;
}

export function analyseChunk(ctx: ChunkContext, job: ChunkJob, corpus = new SyntheticCorpus(ctx.seed)): ChunkResult {
  const eventIds = new Map(Object.entries(ctx.eventIds));
  const name = chunkFileName(ctx.seed, job.from);
  const parsed = parseFile(name, Buffer.from(corpus.jsonLines(job.from, job.to), 'utf8'));
  if (parsed.length !== job.ids.length) throw new Error(`chunk ${name}: ${parsed.length} articles parsed, ${job.ids.length} ids reserved`);
  const out = emptyTables();
  for (const [i, a] of parsed.entries()) {
    const source = resolveSource(a.publisherName, a.via);
    const pub = ctx.publishers[source.publisher.slug];
    const via = source.via ? ctx.publishers[source.via.slug] : null;
    if (!pub || (source.via && !via)) throw new Error(`chunk ${name}: publisher ${source.publisher.slug} is not in the database`);
    const id = job.ids[i]!;
    out.articles += articleRow(id, a, contentHash(a), pub.id, via?.id ?? null, ctx.batchId);
    const analysis = analyzeArticle({ ...a, publisherStance: pub.stance, viaStance: via?.stance ?? null });
    appendAnalysisRows(out, id, analysis, eventIds);
  }
  return { from: job.from, to: job.to, articles: parsed.length, tables: out };
}
