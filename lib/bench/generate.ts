// The fast way to fill a benchmark database: worker threads generate, parse and analyse chunks
// of the synthetic corpus with the real parser and analysis, and this thread COPYs each chunk's
// rows (articles, then the five analysis tables) in one transaction. Then reprint detection runs
// over the new articles in id order — the importer's own batches (lib/ingest/reprints.ts), which
// also recompute the analysis of articles found to quote another. The results are the ones the
// importer would store; only Prisma and the per-file round trips are skipped.
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { createPrismaClient } from '@/lib/db/prisma';
import { redetectAll } from '@/lib/ingest/reanalyze';
import type { StanceKey } from '@/lib/stance';
import { analyseChunk, type ChunkContext, type ChunkJob, type ChunkResult } from './analyse-chunk';
import { assertOnlySynthetic, batchLabel, gaps, prepareSyntheticDatabase, syntheticProgress, type Range } from './bench-db';
import { copyFrom } from './copy';
import { COPY_TABLES, copySql } from './rows';
import { allSyntheticPublishers, SYNTHETIC_SOURCE } from './synthetic';

export interface GenerateOptions {
  url: string;
  seed: number;
  /** Total articles of this seed the database should hold afterwards. */
  articles: number;
  /** Worker threads; 0 analyses on this thread. Default: one per core. */
  workers?: number;
  chunk?: number;
  log?: (line: string) => void;
  onProgress?: (done: number, total: number) => void;
}

export interface GenerateResult {
  added: number;
  total: number;
  seconds: number;
  /** Of which reprint detection over the new articles. */
  reprintSeconds: number;
}

/** Loads the chunk context (publisher ids and stances, event ids) from the database. */
async function chunkContext(client: pg.Client, seed: number, batchId: number): Promise<ChunkContext> {
  const slugs = allSyntheticPublishers().map((p) => p.slug);
  const pubs = await client.query<{ id: number; slug: string; stance: StanceKey }>(
    'SELECT id, slug, stance::text AS stance FROM publishers WHERE slug = ANY($1)',
    [slugs],
  );
  const events = await client.query<{ id: number; slug: string; origin: string }>('SELECT id, slug, origin FROM events');
  if (events.rows.some((e) => e.origin === 'user')) {
    throw new Error('this database has events created in the app; the fast generator only knows the catalog. Use an empty database.');
  }
  return {
    seed,
    batchId,
    publishers: Object.fromEntries(pubs.rows.map((p) => [p.slug, { id: p.id, stance: p.stance }])),
    eventIds: Object.fromEntries(events.rows.map((e) => [e.slug, e.id])),
  };
}

/** Worker threads running lib/bench/analyse-worker.ts through tsx's CommonJS hook. */
function pool(size: number, ctx: ChunkContext) {
  const entry = path.resolve(__dirname, 'analyse-worker.ts');
  const workers = Array.from(
    { length: size },
    () => new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(entry)});`, { eval: true, workerData: ctx }),
  );
  const idle = [...workers];
  const waiting: ((w: Worker) => void)[] = [];
  const release = (w: Worker) => {
    const next = waiting.shift();
    if (next) next(w);
    else idle.push(w);
  };
  return {
    run(job: ChunkJob): Promise<ChunkResult> {
      const take = idle.length ? Promise.resolve(idle.pop()!) : new Promise<Worker>((r) => waiting.push(r));
      return take.then(
        (w) =>
          new Promise<ChunkResult>((resolve, reject) => {
            const onMessage = (m: { ok: boolean; result?: ChunkResult; error?: string }) => {
              w.off('error', onError);
              release(w);
              if (m.ok) resolve(m.result!);
              else reject(new Error(m.error));
            };
            const onError = (err: Error) => {
              w.off('message', onMessage);
              reject(err);
            };
            w.once('message', onMessage);
            w.once('error', onError);
            w.postMessage(job);
          }),
      );
    },
    close: () => Promise.all(workers.map((w) => w.terminate())),
  };
}

export async function generateSynthetic(opts: GenerateOptions): Promise<GenerateResult> {
  const log = opts.log ?? (() => {});
  const chunk = opts.chunk ?? 1000;
  await prepareSyntheticDatabase(opts.url);
  const client = new pg.Client({ connectionString: opts.url });
  await client.connect();
  const t0 = performance.now();
  try {
    await assertOnlySynthetic(client);
    const { ranges } = await syntheticProgress(client, opts.seed);
    const to = opts.articles;
    const missing = gaps(ranges, to);
    const wanted = missing.reduce((n, [a, b]) => n + b - a, 0);
    if (wanted === 0) return { added: 0, total: to, seconds: 0, reprintSeconds: 0 };
    const lastIdBefore = Number((await client.query<{ n: string }>('SELECT coalesce(max(id), 0) AS n FROM articles')).rows[0]!.n);
    const from = missing[0]![0];
    log(`generating ${wanted.toLocaleString('en')} articles of seed ${opts.seed} (positions ${missing.map(([a, b]) => `${a}–${b - 1}`).join(', ')})`);

    const batch = await client.query<{ id: number }>(
      `INSERT INTO import_batches (source, files) VALUES ($1, $2) RETURNING id`,
      [SYNTHETIC_SOURCE, [batchLabel(opts.seed, from, to)]],
    );
    const batchId = batch.rows[0]!.id;
    const ctx = await chunkContext(client, opts.seed, batchId);
    const size = opts.workers ?? os.availableParallelism();
    const workers = size > 0 ? pool(size, ctx) : null;

    const reserve = async (n: number): Promise<number[]> =>
      (await client.query<{ id: number }>(`SELECT nextval('articles_id_seq')::int AS id FROM generate_series(1, $1)`, [n])).rows.map((r) => r.id);
    const write = async (r: ChunkResult) => {
      await client.query('BEGIN');
      try {
        for (const t of COPY_TABLES) if (r.tables[t]) await copyFrom(client, copySql(t), [r.tables[t]]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    };

    let done = 0;
    // Keep every worker busy plus one chunk queued, and write chunks as they finish.
    const inflight = new Set<Promise<void>>();
    const limit = Math.max(1, size) + 1;
    let writing: Promise<void> = Promise.resolve();
    try {
      const jobs = missing.flatMap(([a, b]) => Array.from({ length: Math.ceil((b - a) / chunk) }, (_, k): Range => [a + k * chunk, Math.min(b, a + (k + 1) * chunk)]));
      for (const [start, end] of jobs) {
        const job: ChunkJob = { from: start, to: end, ids: await reserve(end - start) };
        const p: Promise<void> = (workers ? workers.run(job) : Promise.resolve(analyseChunk(ctx, job))).then((result) => {
          writing = writing.then(() => write(result)).then(() => {
            done += result.articles;
            opts.onProgress?.(done, wanted);
          });
          return writing;
        });
        inflight.add(p);
        void p.finally(() => inflight.delete(p)).catch(() => {});
        if (inflight.size >= limit) await Promise.race(inflight);
      }
      await Promise.all(inflight);
      await writing;
    } finally {
      await workers?.close();
    }
    await client.query('ANALYZE');
    const t1 = performance.now();
    const prisma = createPrismaClient(opts.url, 2);
    try {
      const r = await redetectAll(prisma, { afterId: lastIdBefore, analyseQuoting: true, batchSize: chunk });
      log(`reprint detection over ${r.articles.toLocaleString('en')} new articles: ${((performance.now() - t1) / 1000).toFixed(0)} s`);
    } finally {
      await prisma.$disconnect();
    }
    const reprintSeconds = (performance.now() - t1) / 1000;
    await client.query(`UPDATE import_batches SET finished_at = now(), new_count = $2 WHERE id = $1`, [batchId, done]);
    await client.query('ANALYZE');
    return { added: done, total: to, seconds: (performance.now() - t0) / 1000, reprintSeconds };
  } finally {
    await client.end();
  }
}
