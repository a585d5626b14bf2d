// `npm run bench`: builds what it needs on the benchmark's own Postgres (.data/bench-postgres,
// never the dashboard's) and measures import throughput, page latency, CSV export and a warm
// `npm start`, then writes the figures into BENCHMARKS.md between its markers (the analysis
// around them is kept). Everything it starts it stops. Long runs are opt-in flags.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { freePort } from '@/lib/db/embedded';
import { closePrisma } from '@/lib/db/prisma';
import { BENCH_DATA_DIR, batchLabel, databaseExists, dropDatabase, recreateDatabase, startBenchPostgres, syntheticProgress, withDatabase } from '@/lib/bench/bench-db';
import { generateSynthetic } from '@/lib/bench/generate';
import { createPrismaClient } from '@/lib/db/prisma';
import { REPRINT_METHOD } from '@/lib/analysis/reprints';
import { redetectAll } from '@/lib/ingest/reanalyze';
import { staleFingerprints } from '@/lib/ingest/reprints';
import { download, ensureBuild, fixedRun, latencyRun, median, serverMemory, startNext, stopGroup, waitFor200, type LatencyRun } from '@/lib/bench/http-bench';
import { benchImport, benchImportAtSize, type ImportBenchResult } from '@/lib/bench/import-bench';
import { BENCH_PAGES, timePage, type BenchPage } from '@/lib/bench/pages';
import { benchCandidateLookup } from '@/lib/bench/reprint-lookup';
import { renderLoad, renderReport, replaceSection, type BenchReport, type ConcurrentResult, type PageResult, type SizeResult } from '@/lib/bench/report';
import { LOAD_TARGETS, runLoad } from '@/lib/bench/load';
import { SyntheticCorpus } from '@/lib/bench/synthetic';

const HELP = `Measure stance-lens on a synthetic corpus and write BENCHMARKS.md.

Usage: npm run bench -- [options]

  --scale small|default|large   presets (default: import 100k, latency at 100k; small: 10k and 10k;
                                large: import 100k, latency at 100k and 1M — hours on 2 cores)
  --import N                    articles for the import benchmark (0 skips it)
  --sizes N,M                   corpus sizes for the latency and export benchmarks
  --repeats R                   repetitions of each latency run (median reported; default 3)
  --seconds S                   length of each latency run (default 8)
  --seed S                      corpus seed (default 1)
  --skip import,latency,export,start,lookup,concurrent
  --pages overview,event,compare,articles-filtered,articles-search,blind,term
                                the pages to measure (default: all)
  --out FILE                    report file (default BENCHMARKS.md)
  --section NAME                the block of the report file to replace (default "latest"; e.g. "1m"
                                for an opt-in 1M run, so it does not replace the default run's figures)
  --import-at                   also import files of 1,000 into a copy of each corpus size, with
                                reprint detection on and off alternately (what detection adds at that size)
  --import-at-files N           how many files (default 20; an even number)
  --load                        only the load run: 64 clients × 60 s against the main pages, the API
                                and an export at once, on the corpus of the first size (100k by
                                default); errors, timeouts, p50/p99 per target → the "load" block
  --connections N, --load-seconds S   the load run's clients and length (default 64 and 60)

The benchmark databases live in ${BENCH_DATA_DIR} and are reused by later runs.`;

const log = (l: string) => console.log(`bench: ${l}`);
// This process times the pages' SQL directly: never from the query cache.
process.env.STANCE_LENS_QUERY_CACHE = 'off';
const DIST_DIR = '.next-bench';

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'default' },
      import: { type: 'string' },
      sizes: { type: 'string' },
      repeats: { type: 'string', default: '3' },
      seconds: { type: 'string', default: '8' },
      seed: { type: 'string', default: '1' },
      skip: { type: 'string', default: '' },
      pages: { type: 'string' },
      out: { type: 'string', default: 'BENCHMARKS.md' },
      section: { type: 'string', default: 'latest' },
      'import-at': { type: 'boolean', default: false },
      'import-at-files': { type: 'string', default: '20' },
      load: { type: 'boolean', default: false },
      connections: { type: 'string', default: '64' },
      'load-seconds': { type: 'string', default: '60' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const preset = { small: { imp: 10_000, sizes: [10_000] }, default: { imp: 100_000, sizes: [100_000] }, large: { imp: 100_000, sizes: [100_000, 1_000_000] } }[values.scale!];
  if (!preset) throw new Error(`--scale must be small, default or large`);
  const importN = values.import !== undefined ? Number(values.import) : preset.imp;
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : preset.sizes;
  const repeats = Number(values.repeats);
  const seconds = Number(values.seconds);
  const seed = Number(values.seed);
  const importAtFiles = Number(values['import-at-files']);
  const skip = new Set(values.skip!.split(',').filter(Boolean));
  const pages = values.pages ? BENCH_PAGES.filter((p) => values.pages!.split(',').includes(p.id)) : BENCH_PAGES;
  if (pages.length === 0) throw new Error(`--pages: none of ${BENCH_PAGES.map((p) => p.id).join(', ')}`);
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;

  if (values.load) {
    await loadRun({ size: sizes[0]!, seed, connections: Number(values.connections), seconds: Number(values['load-seconds']), out: values.out!, command });
    process.exit(0);
  }

  const started = new Date();
  const load0 = os.loadavg();
  const server = await startBenchPostgres({ log: () => {} });
  const adminUrl = withDatabase(server.url, 'postgres');
  const report: BenchReport = {
    command,
    date: started.toISOString(),
    machine: await machine(adminUrl),
    seed,
    importBench: null,
    sizes: [],
    warmStart: null,
    notes: [],
    loadAverage: { start: load0, end: load0 },
    minutes: 0,
  };
  try {
    // 1. Import throughput, and the raw COPY of the same rows.
    if (importN > 0 && !skip.has('import')) {
      report.importBench = await benchImport(adminUrl, {
        articles: importN,
        perFile: 1000,
        seed,
        tmpDir: path.resolve('.data/bench-tmp'),
        keep: sizes.includes(importN),
        dataDir: BENCH_DATA_DIR,
        log,
      });
      // The imported database is a corpus of the latency sizes: keep it rather than build it again.
      if (sizes.includes(importN)) await adoptImportDatabase(adminUrl, importN, seed);
    }

    // 2–3. Latency and export per corpus size.
    if (!skip.has('latency') || !skip.has('export') || !skip.has('start') || !skip.has('concurrent')) {
      const buildSeconds = ensureBuild(DIST_DIR, log);
      if (buildSeconds) report.notes.push(`The dashboard was built first (${buildSeconds.toFixed(0)} s, not part of any figure).`);
    }
    for (const size of sizes) {
      const url = await corpusDatabase(adminUrl, size, seed);
      const result: SizeResult = { articles: size, pages: [], exportCsv: null };
      if (!skip.has('latency')) result.pages = await latencyAtSize(url, { repeats, seconds, pages });
      if (!skip.has('export')) result.exportCsv = await exportAtSize(url);
      if (values['import-at']) {
        // A template copy needs the corpus database without other sessions (the page timings' client).
        await closePrisma();
        result.importAt = await benchImportAtSize(adminUrl, { corpusDb: dbName(size), corpus: size, files: importAtFiles, perFile: 1000, seed, dataDir: BENCH_DATA_DIR, log });
      }
      if (!skip.has('lookup')) {
        result.lookup = await benchCandidateLookup(url);
        log(`reprint candidate lookup at ${size.toLocaleString('en')}: p50 ${result.lookup.p50.toFixed(1)} ms, p95 ${result.lookup.p95.toFixed(1)} ms`);
      }
      report.sizes.push(result);
    }

    // 5. Pages while an import writes (before the warm start, which needs no corpus copy).
    if (!skip.has('concurrent') && sizes.length) report.concurrent = await underImport(adminUrl, sizes[0]!, seed, pages, seconds);

    // 4. Warm `npm start` to the first 200 on /.
    if (!skip.has('start') && sizes.length) report.warmStart = await warmStart(withDatabase(adminUrl, dbName(sizes[0]!)), sizes[0]!);
  } finally {
    report.loadAverage.end = os.loadavg();
    report.minutes = (Date.now() - started.getTime()) / 60_000;
    await server.stop();
  }
  const outFile = path.resolve(values.out!);
  fs.writeFileSync(outFile, renderReport(report, fs.existsSync(outFile) ? fs.readFileSync(outFile, 'utf8') : null, values.section));
  const json = path.resolve('.data/bench-results', `${started.toISOString().replace(/[:.]/g, '-')}.json`);
  fs.mkdirSync(path.dirname(json), { recursive: true });
  fs.writeFileSync(json, JSON.stringify(report, null, 2));
  log(`wrote ${path.relative(process.cwd(), outFile)} (raw figures: ${path.relative(process.cwd(), json)}) in ${report.minutes.toFixed(1)} min`);
  process.exit(0);
}

const dbName = (size: number) => `bench_n${size}`;

/** The load run (--load): the corpus, the dashboard as npm start serves it, the clients, the "load" block. */
async function loadRun(opts: { size: number; seed: number; connections: number; seconds: number; out: string; command: string }): Promise<void> {
  const started = new Date();
  const load0 = os.loadavg();
  const server = await startBenchPostgres({ log: () => {} });
  const adminUrl = withDatabase(server.url, 'postgres');
  try {
    const url = await corpusDatabase(adminUrl, opts.size, opts.seed);
    const buildSeconds = ensureBuild(DIST_DIR, log);
    if (buildSeconds) log(`built the dashboard in ${buildSeconds.toFixed(0)} s`);
    // As npm start serves it: the query cache on (this process turns it off for its own timings).
    const srv = await startNext({ databaseUrl: url, port: await freePort(), distDir: DIST_DIR, env: { STANCE_LENS_QUERY_CACHE: 'on' } });
    let result;
    try {
      // One request per target first: route code loaded, caches filled, as on a dashboard in use.
      for (const t of LOAD_TARGETS) await fixedRun(srv.baseUrl + t.path, { connections: 1, perClient: 1, timeoutSeconds: 600 });
      log(`load: ${opts.connections} clients × ${opts.seconds} s on ${LOAD_TARGETS.length} targets…`);
      result = await runLoad(srv.baseUrl, { connections: opts.connections, seconds: opts.seconds, timeoutMs: 30_000 });
    } finally {
      await srv.stop();
    }
    const t = result.total;
    log(`load: ${t.requests} requests, ${t.errors} errors, ${t.timeouts} timeouts, p50 ${t.p50.toFixed(0)} ms, p99 ${t.p99.toFixed(0)} ms`);
    const outFile = path.resolve(opts.out);
    const body = renderLoad({
      command: opts.command,
      date: started.toISOString(),
      machine: await machine(adminUrl),
      articles: opts.size,
      seed: opts.seed,
      loadAverage: { start: load0, end: os.loadavg() },
      load: result,
    });
    fs.writeFileSync(outFile, replaceSection(fs.existsSync(outFile) ? fs.readFileSync(outFile, 'utf8') : null, 'load', body));
    log(`wrote the load block of ${path.relative(process.cwd(), outFile)}`);
  } finally {
    await server.stop();
  }
}

async function machine(adminUrl: string): Promise<BenchReport['machine']> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  const { rows } = await c.query<{ v: string }>('SELECT version() AS v');
  const settings = await c.query<{ name: string; setting: string; unit: string | null }>(
    `SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'max_parallel_workers_per_gather', 'effective_cache_size', 'synchronous_commit', 'max_wal_size', 'checkpoint_timeout')`,
  );
  await c.end();
  const cpus = os.cpus();
  return {
    cpu: `${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
    memoryGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    postgres: rows[0]!.v.split(' on ')[0]!,
    postgresSettings: Object.fromEntries(settings.rows.map((s) => [s.name, `${s.setting}${s.unit ? ` ${s.unit}` : ''}`])),
    os: `${os.type()} ${os.release()}`,
  };
}

/** Renames the import benchmark's database into the cached corpus of that size. */
async function adoptImportDatabase(adminUrl: string, size: number, seed: number): Promise<void> {
  const target = dbName(size);
  const importUrl = withDatabase(adminUrl, 'bench_import');
  const c = new pg.Client({ connectionString: importUrl });
  await c.connect();
  // Label it as the generator labels its batches, so later runs can extend it.
  await c.query(`UPDATE import_batches SET files = array_append(files, $1) WHERE source = 'synthetic'`, [batchLabel(seed, 0, size)]);
  await c.end();
  await dropDatabase(withDatabase(adminUrl, target));
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`ALTER DATABASE "bench_import" RENAME TO "${target}"`);
  await admin.end();
  await vacuum(withDatabase(adminUrl, target));
}

async function vacuum(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  // Fresh statistics and a visibility map, as autovacuum would leave them on a live database.
  await c.query('VACUUM (ANALYZE)');
  await c.end();
}

/**
 * A cached corpus made with another reprint method (REPRINT_METHOD.version) is detected again
 * first: new files would probe band keys made another way and never read the old signatures, and
 * the measured import would skip most of detection's work. About 30 minutes at 1M.
 */
async function currentReprints(url: string, size: number): Promise<void> {
  const prisma = createPrismaClient(url, 2);
  try {
    if ((await staleFingerprints(prisma)) === 0) return;
    log(`corpus of ${size.toLocaleString('en')} articles: fingerprints of another reprint method, detecting reprints again (${REPRINT_METHOD.version})…`);
    const t = performance.now();
    await redetectAll(prisma, { analyseQuoting: true, batchSize: 1000 });
    log(`corpus of ${size.toLocaleString('en')} articles: reprints detected again in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  } finally {
    await prisma.$disconnect();
  }
  await vacuum(url);
}

/** The cached corpus of `size` articles of this seed: reused, extended from a smaller one, or generated. */
async function corpusDatabase(adminUrl: string, size: number, seed: number): Promise<string> {
  const url = withDatabase(adminUrl, dbName(size));
  if (await databaseExists(url)) {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { next } = await syntheticProgress(c, seed);
    const total = Number((await c.query('SELECT count(*) AS n FROM articles')).rows[0].n);
    await c.end();
    if (next === size && total === size) {
      log(`corpus of ${size.toLocaleString('en')} articles: reused`);
      await currentReprints(url, size);
      return url;
    }
    await dropDatabase(url);
  }
  // Start from the largest smaller corpus of the same seed (a file copy), then add the rest.
  let template: string | null = null;
  for (const other of [10_000, 100_000, 1_000_000].filter((n) => n < size).reverse()) {
    if (await databaseExists(withDatabase(adminUrl, dbName(other)))) {
      template = dbName(other);
      break;
    }
  }
  await recreateDatabase(adminUrl, dbName(size), template ?? undefined);
  // The generator detects the new articles against the template's: both of this method.
  if (template) await currentReprints(url, size);
  log(`corpus of ${size.toLocaleString('en')} articles: generating${template ? ` (from ${template})` : ''}…`);
  let last = 0;
  const r = await generateSynthetic({
    url,
    seed,
    articles: size,
    onProgress: (done, total) => {
      if (done - last >= 50_000 || done === total) {
        last = done;
        log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`);
      }
    },
  });
  log(`corpus of ${size.toLocaleString('en')} articles: ${r.added.toLocaleString('en')} added in ${r.seconds.toFixed(0)} s`);
  await vacuum(url);
  return url;
}

/** Points this process's Prisma client (lib/db/prisma) at `url`. */
async function useDatabase(url: string): Promise<void> {
  await closePrisma();
  process.env.DATABASE_URL = url;
}

async function latencyAtSize(url: string, opts: { repeats: number; seconds: number; pages: BenchPage[] }): Promise<PageResult[]> {
  await useDatabase(url);
  const results: PageResult[] = opts.pages.map((p) => ({ id: p.id, label: p.label, path: p.path, runs: {}, uncached: {}, firstMs: NaN, sqlMs: NaN, queryMs: {}, note: null }));
  // Before the summaries: every request running the views' SQL over the articles, one client.
  {
    const srv = await startNext({
      databaseUrl: url,
      port: await freePort(),
      distDir: DIST_DIR,
      env: { STANCE_LENS_QUERY_CACHE: 'off', STANCE_LENS_SUMMARIES: 'off' },
    });
    try {
      for (const [i, page] of opts.pages.entries()) {
        const target = `${srv.baseUrl}${page.path}`;
        await fixedRun(target, { connections: 1, perClient: 1, timeoutSeconds: 600 });
        const run = await fixedRun(target, { connections: 1, perClient: 3, timeoutSeconds: 600 });
        process.env.STANCE_LENS_SUMMARIES = 'off';
        const sql: number[] = [];
        try {
          for (let k = 0; k < 3; k++) sql.push((await timePage(page)).totalMs);
        } finally {
          delete process.env.STANCE_LENS_SUMMARIES;
        }
        results[i]!.withoutSummaries = { p50: run.p50, sqlMs: median(sql) };
        log(`without summaries ${page.path} c=1: p50 ${run.p50.toFixed(0)} ms, SQL ${median(sql).toFixed(0)} ms`);
      }
    } finally {
      await srv.stop();
    }
  }
  // Twice: as shipped (query cache on: an idle dashboard, repeated views), then with every
  // request running its SQL (what a view costs while imports or edits keep changing the data).
  for (const mode of ['cached', 'uncached'] as const) {
    const srv = await startNext({
      databaseUrl: url,
      port: await freePort(),
      distDir: DIST_DIR,
      env: { STANCE_LENS_QUERY_CACHE: mode === 'uncached' ? 'off' : 'on' },
    });
    try {
      for (const [i, page] of opts.pages.entries()) {
        const result = results[i]!;
        if (mode === 'uncached' && result.note?.startsWith('no answer')) continue;
        const target = `${srv.baseUrl}${page.path}`;
        const warm = await fixedRun(target, { connections: 1, perClient: 1, timeoutSeconds: 600 });
        if (warm.requests === 0 || warm.non2xx) {
          result.note = warm.requests === 0 ? 'no answer within 10 minutes' : 'the page did not answer 200';
          log(`${page.path}: ${result.note}`);
          continue;
        }
        if (mode === 'cached') result.firstMs = warm.p50;
        // The first request of a route also loads its code (and, cached, fills the cache); the
        // second is the page's own time. Uncached, a page that takes 20 s would only repeat it.
        const again =
          warm.p50 < 20_000 || mode === 'cached' ? await fixedRun(target, { connections: 1, perClient: 1, timeoutSeconds: 600 }) : warm;
        const one = Math.min(warm.p50, again.requests ? again.p50 : Infinity);
        // A slow page gets a few requests instead of timed runs, so one page cannot eat the
        // run's time budget. A page that takes tens of seconds even in the cached pass has
        // uncached SQL at its core: the uncached pass would only repeat it.
        const slow = one > 1500;
        if (one > 20_000 && mode === 'uncached') continue;
        const into = mode === 'cached' ? result.runs : result.uncached;
        if (one > 60_000) {
          // Minutes per request: the warm-up is the one sample; no 16 clients, no repeats.
          into[1] = { p50: one, p95: one, p99: one, requests: 1, errors: 0, rps: 1000 / one };
          result.note = `one request takes ${(one / 1000).toFixed(0)} s: measured once, 16 clients not run`;
          const t = await timePage(page);
          result.sqlMs = t.totalMs;
          result.queryMs = t.queryMs;
          log(`${page.path}: ${(one / 1000).toFixed(0)} s per request, measured once`);
          continue;
        }
        for (const connections of [1, 16]) {
          // On 2 cores, 16 clients wait about 8 service times per request: the run must last
          // several of those or it ends with most requests still in flight.
          const seconds = Math.max(opts.seconds, Math.ceil(((one * connections) / 2 / 1000) * 3));
          if (slow && connections > 1 && (one * connections) / 2 > 90_000) {
            result.note = `one request takes ${(one / 1000).toFixed(1)} s, so 16 clients were not run (about ${((one * 16) / 2 / 60_000).toFixed(0)} min per repeat)`;
            continue;
          }
          const runs: LatencyRun[] = [];
          const repeats = slow || mode === 'uncached' ? 1 : opts.repeats;
          for (let r = 0; r < repeats; r++) {
            if (!slow && seconds <= 60) runs.push(await latencyRun(target, { connections, seconds, timeoutSeconds: 120 }));
            else runs.push(await fixedRun(target, { connections, perClient: connections > 1 || one > 20_000 ? 1 : 3, timeoutSeconds: 600 }));
          }
          const c = (into[connections] = {
            p50: median(runs.map((r) => r.p50)),
            p95: median(runs.map((r) => r.p95)),
            p99: median(runs.map((r) => r.p99)),
            requests: runs.reduce((n, r) => n + r.requests, 0),
            errors: runs.reduce((n, r) => n + r.errors + r.non2xx, 0),
            rps: median(runs.map((r) => r.requests / r.seconds)),
          });
          log(`${mode} ${page.path} c=${connections}: p50 ${c.p50.toFixed(0)} ms, p95 ${c.p95.toFixed(0)} ms, p99 ${c.p99.toFixed(0)} ms (${c.requests} requests)`);
        }
        if (mode === 'cached') {
          // The page's own queries run directly (same functions, same Promise.all), uncached.
          const timings = [];
          for (let k = 0; k < (slow ? 1 : 7); k++) timings.push(await timePage(page));
          result.sqlMs = median(timings.map((t) => t.totalMs));
          for (const name of Object.keys(timings[0]!.queryMs)) result.queryMs[name] = median(timings.map((t) => t.queryMs[name]!));
          log(`${page.path} SQL: ${result.sqlMs.toFixed(0)} ms`);
        }
      }
    } finally {
      await srv.stop();
    }
  }
  return results;
}

async function exportAtSize(url: string): Promise<SizeResult['exportCsv']> {
  // A fresh server, so its peak memory (VmHWM) is the export's and not the latency runs'.
  const srv = await startNext({ databaseUrl: url, port: await freePort(), distDir: DIST_DIR, env: { STANCE_LENS_QUERY_CACHE: 'on' } });
  try {
    const probe = await fetch(`${srv.baseUrl}/api/export/articles?format=csv&provenance=1`);
    await probe.arrayBuffer();
    if (probe.status === 404) return null;
    const idle = serverMemory(srv.pid);
    const r = await download(`${srv.baseUrl}/api/export/articles?format=csv`, srv.pid);
    if (r.status !== 200) throw new Error(`export: HTTP ${r.status}`);
    const rows = Math.max(0, r.records - 1);
    log(`export: ${rows.toLocaleString('en')} rows in ${r.seconds.toFixed(1)} s (${Math.round(rows / r.seconds)}/s), server peak ${(r.peakRss / 2 ** 20).toFixed(0)} MB`);
    return { path: '/api/export/articles?format=csv', rows, bytes: r.bytes, seconds: r.seconds, rowsPerSecond: rows / r.seconds, firstByteMs: r.firstByteMs, idleRss: idle.rss, peakRss: r.peakRss, hwm: r.hwm };
  } finally {
    await srv.stop();
  }
}

/**
 * Every page at 16 clients while `npm run import` (the CLI, its own process) writes new synthetic
 * articles into a copy of the corpus: what a dashboard costs while its data changes.
 */
async function underImport(adminUrl: string, size: number, seed: number, pages: BenchPage[], seconds: number): Promise<ConcurrentResult> {
  const url = await recreateDatabase(adminUrl, 'bench_concurrent', dbName(size));
  const dir = path.resolve('.data/bench-tmp/concurrent');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  // Articles after the corpus' own positions: new texts, never duplicates.
  const corpus = new SyntheticCorpus(seed);
  const perFile = 250;
  for (let k = 0; k < 240; k++) {
    fs.writeFileSync(path.join(dir, `concurrent-${String(k).padStart(3, '0')}.jsonl`), corpus.jsonLines(size + k * perFile, size + (k + 1) * perFile));
  }
  const count = async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return Number((await c.query('SELECT count(*) AS n FROM articles')).rows[0].n);
    } finally {
      await c.end();
    }
  };
  const srv = await startNext({ databaseUrl: url, port: await freePort(), distDir: DIST_DIR, env: { STANCE_LENS_QUERY_CACHE: 'on' } });
  let importer: ReturnType<typeof spawn> | null = null;
  const result: ConcurrentResult = { articles: size, pages: [], serverHwm: 0, note: null };
  try {
    for (const p of pages) await fixedRun(`${srv.baseUrl}${p.path}`, { connections: 1, perClient: 1, timeoutSeconds: 600 });
    const n0 = await count();
    importer = spawn('npm', ['run', 'import', '--', dir], { cwd: process.cwd(), detached: true, stdio: 'ignore', env: { ...process.env, DATABASE_URL: url } });
    let exited = false;
    importer.on('exit', () => (exited = true));
    const deadline = Date.now() + 300_000;
    while ((await count()) === n0) {
      if (exited || Date.now() > deadline) throw new Error('the concurrent import wrote nothing');
      await new Promise((r) => setTimeout(r, 500));
    }
    log(`concurrent: the import is writing`);
    for (const p of pages) {
      if (exited) {
        result.note = `The import ran out of files before \`${p.path}\`: the pages after it were not measured.`;
        break;
      }
      const a = await count();
      const t = performance.now();
      const run = await latencyRun(`${srv.baseUrl}${p.path}`, { connections: 16, seconds: Math.max(seconds, 10), timeoutSeconds: 120 });
      const importRate = ((await count()) - a) / ((performance.now() - t) / 1000);
      const summary = { p50: run.p50, p95: run.p95, p99: run.p99, requests: run.requests, errors: run.errors + run.non2xx, rps: run.requests / run.seconds };
      result.pages.push({ id: p.id, label: p.label, path: p.path, run: summary, importRate });
      log(`concurrent ${p.path} c=16: p50 ${run.p50.toFixed(0)} ms, p95 ${run.p95.toFixed(0)} ms (${run.requests} requests), import ${importRate.toFixed(0)}/s`);
    }
    result.serverHwm = serverMemory(srv.pid).hwm;
  } finally {
    if (importer) await stopGroup(importer);
    await srv.stop();
    await dropDatabase(url);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

async function warmStart(url: string, size: number): Promise<BenchReport['warmStart']> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    // Others may have edited the sources since: npm start would then build, which is not warm.
    ensureBuild(DIST_DIR, log);
    const port = await freePort();
    const t0 = performance.now();
    const child = spawn('npm', ['start'], {
      cwd: process.cwd(),
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, DATABASE_URL: url, PORT: String(port), NEXT_DIST_DIR: DIST_DIR, STANCE_LENS_QUERY_CACHE: 'on' },
    });
    try {
      await waitFor200(`http://127.0.0.1:${port}/`, 120_000, child);
      times.push(performance.now() - t0);
    } finally {
      await stopGroup(child);
    }
  }
  log(`warm npm start → first 200 on /: ${(median(times) / 1000).toFixed(1)} s`);
  return { articles: size, seconds: times.map((t) => t / 1000), median: median(times) / 1000 };
}

main().catch((err) => {
  console.error(`bench: ${(err as Error).stack ?? err}`);
  process.exit(1);
});

export type { ImportBenchResult };
