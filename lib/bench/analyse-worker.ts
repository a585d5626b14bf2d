// Worker-thread entry for lib/bench/generate.ts: receives the context once, then chunk jobs,
// and posts each chunk's COPY rows back. Started through tsx's CommonJS hook (see pool()).
import { parentPort, workerData } from 'node:worker_threads';
import { analyseChunk, type ChunkContext, type ChunkJob } from './analyse-chunk';
import { SyntheticCorpus } from './synthetic';

const ctx = workerData as ChunkContext;
const corpus = new SyntheticCorpus(ctx.seed);
parentPort!.on('message', (job: ChunkJob) => {
  try {
    parentPort!.postMessage({ ok: true, result: analyseChunk(ctx, job, corpus) });
  } catch (err) {
    parentPort!.postMessage({ ok: false, error: String((err as Error)?.stack ?? err) });
  }
});
