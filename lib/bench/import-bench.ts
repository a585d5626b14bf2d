// Benchmark 1: the real importer end to end (parse, analyse, insert) on synthetic JSON Lines
// files, against the database's own limit — a COPY of exactly the rows the importer wrote into
// the same tables, with the same indexes, of an equally fresh database. And what reprint
// detection costs: the same files imported a second time into another fresh database with
// detection off, group by group in alternating order (with, without; then without, with), so the
// shared machine's load falls on both alike.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient } from '@/lib/db/prisma';
import { importFiles } from '@/lib/ingest/import-files';
import type { InputFile } from '@/lib/parse/types';
import { chunkFileName } from './analyse-chunk';
import { dropDatabase, prepareSyntheticDatabase, recreateDatabase } from './bench-db';
import { copyFrom, copyTo } from './copy';
import { COPY_COLUMNS, COPY_TABLES, copySql } from './rows';
import { SyntheticCorpus } from './synthetic';
import { cpuNow } from './cpu';

/** Tables whose statement triggers keep the summaries (migration add_summaries). */
const SUMMARY_TRIGGER_TABLES = ['articles', 'article_events', 'article_terms', 'attributions', 'claims'];

export interface ImportBenchResult {
  articles: number;
  files: number;
  perFile: number;
  bytes: number;
  generateSeconds: number;
  importSeconds: number;
  importRate: number;
  copySeconds: number;
  copyRate: number;
  /** The same import with reprint detection off (ImportRunOptions.reprints = false). */
  importSecondsWithout: number;
  /** importSeconds / importSecondsWithout − 1 */
  reprintOverhead: number;
  /** CPU seconds of the importer and Postgres with and without detection, and their ratio − 1 (null: /proc not readable). */
  importCpu: number | null;
  importCpuWithout: number | null;
  reprintCpuOverhead: number | null;
  /** Articles the detecting import stored as reprints, and as quoting another. */
  reprints: number;
  quoting: number;
  /** The same COPY with the summary triggers on (null in runs before the summaries). */
  copySummariesSeconds?: number;
  copySummariesRate?: number;
  /** importRate / copyRate */
  ratio: number;
  rows: Record<string, number>;
}

/** Files per group of the alternating with/without comparison. */
const GROUP = 5;

export async function benchImport(
  serverUrl: string,
  opts: { articles: number; perFile: number; seed: number; tmpDir: string; keep?: boolean; dataDir?: string; log?: (l: string) => void },
): Promise<ImportBenchResult> {
  const log = opts.log ?? (() => {});
  const corpus = new SyntheticCorpus(opts.seed);

  const t0 = performance.now();
  const files: InputFile[] = [];
  let bytes = 0;
  for (let from = 0; from < opts.articles; from += opts.perFile) {
    const to = Math.min(opts.articles, from + opts.perFile);
    const b = Buffer.from(corpus.jsonLines(from, to), 'utf8');
    bytes += b.length;
    files.push({ name: chunkFileName(opts.seed, from), bytes: b });
  }
  const generateSeconds = (performance.now() - t0) / 1000;
  log(`import: ${files.length} files of ${opts.perFile} articles (${(bytes / 1e6).toFixed(0)} MB) generated in ${generateSeconds.toFixed(1)} s`);

  // Warm-up, untimed, into a database of its own: the first import of a process pays for loading
  // and compiling the analysis (the language detector, the matchers) and the first queries' plans,
  // which the timed A/B would otherwise charge to whichever arm runs first.
  const warmUrl = await recreateDatabase(serverUrl, 'bench_import_warmup');
  await prepareSyntheticDatabase(warmUrl);
  const warm = createPrismaClient(warmUrl, 4);
  try {
    const from = opts.articles + 1_000_000;
    await importFiles(warm, [{ name: 'warmup.jsonl', bytes: Buffer.from(corpus.jsonLines(from, from + 200), 'utf8') }], { source: 'synthetic' });
  } finally {
    await warm.$disconnect();
  }
  await dropDatabase(warmUrl);

  const importUrl = await recreateDatabase(serverUrl, 'bench_import');
  const withoutUrl = await recreateDatabase(serverUrl, 'bench_import_without_reprints');
  await prepareSyntheticDatabase(importUrl);
  await prepareSyntheticDatabase(withoutUrl);
  const prisma = createPrismaClient(importUrl, 4);
  const without = createPrismaClient(withoutUrl, 4);
  let importSeconds = 0;
  let importSecondsWithout = 0;
  const cpu: { with: number | null; without: number | null } = { with: 0, without: 0 };
  try {
    let done = 0;
    let doneWithout = 0;
    const run = async (detect: boolean, group: InputFile[]) => {
      const c0 = cpuNow(opts.dataDir ?? null);
      const t = performance.now();
      const report = await importFiles(detect ? prisma : without, group, {
        source: 'synthetic',
        reprints: detect,
        onFileDone: (r) => {
          if (r.status === 'failed') log(`  FAILED ${r.file}: ${r.reason}`);
        },
      });
      const seconds = (performance.now() - t) / 1000;
      const c1 = cpuNow(opts.dataDir ?? null);
      const arm = detect ? 'with' : 'without';
      const used = c0.postgres === null || c1.postgres === null ? null : c1.node - c0.node + (c1.postgres - c0.postgres);
      cpu[arm] = used === null || cpu[arm] === null ? null : cpu[arm]! + used;
      if (detect) {
        importSeconds += seconds;
        done += report.totals.new;
      } else {
        importSecondsWithout += seconds;
        doneWithout += report.totals.new;
      }
    };
    for (let g = 0; g * GROUP < files.length; g++) {
      const group = files.slice(g * GROUP, (g + 1) * GROUP);
      for (const detect of g % 2 === 0 ? [true, false] : [false, true]) await run(detect, group);
      if ((g + 1) % 10 === 0) log(`  ${done.toLocaleString('en')} articles: ${importSeconds.toFixed(0)} s with reprint detection, ${importSecondsWithout.toFixed(0)} s without`);
    }
    if (done !== opts.articles || doneWithout !== opts.articles) throw new Error(`import stored ${done} (and ${doneWithout} without detection) of ${opts.articles} articles`);
    log(`import: ${done} articles in ${importSeconds.toFixed(1)} s (${Math.round(done / importSeconds)}/s); without reprint detection ${importSecondsWithout.toFixed(1)} s (+${((importSeconds / importSecondsWithout - 1) * 100).toFixed(1)}%)`);
  } finally {
    await prisma.$disconnect();
    await without.$disconnect();
  }
  await dropDatabase(withoutUrl);

  // The same rows, dumped in COPY text format...
  fs.mkdirSync(opts.tmpDir, { recursive: true });
  const src = new pg.Client({ connectionString: importUrl });
  await src.connect();
  const rows: Record<string, number> = {};
  const detected = { reprints: 0, quoting: 0 };
  const dumps: { sql: string; file: string; table: string }[] = [];
  try {
    const dump = async (table: string, columns: readonly string[]) => {
      const file = path.join(opts.tmpDir, `${table}.copy`);
      const out = fs.createWriteStream(file);
      const cols = columns.map((c) => `"${c}"`).join(', ');
      rows[table] = await copyTo(src, `COPY (SELECT ${cols} FROM "${table}") TO STDOUT`, out);
      await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
      dumps.push({ sql: `COPY "${table}" (${cols}) FROM STDIN`, file, table });
    };
    await dump('import_batches', ['id', 'source', 'files', 'new_count', 'duplicate_count', 'failed_count', 'errors', 'finished_at']);
    // The importer's articles carry their reprint links too; detection's own tables follow.
    await dump('articles', [...COPY_COLUMNS.articles, 'reprint_of_id', 'reprint_similarity']);
    for (const t of COPY_TABLES.filter((t) => t !== 'articles')) await dump(t, COPY_COLUMNS[t]);
    await dump('article_fingerprints', ['article_id', 'shingles', 'signature', 'version']);
    await dump('reprint_bands', ['band_key', 'article_id']);
    await dump('article_quotes', ['article_id', 'quoted_id', 'containment', 'spans', 'method']);
    // Sanity: the dump is what the COPY statement for that table expects.
    for (const t of COPY_TABLES.filter((t) => t !== 'articles')) if (!dumps.some((d) => d.sql === copySql(t))) throw new Error(`dump of ${t} does not match its COPY statement`);
    const counts = await src.query<{ reprints: number; quoting: number }>(
      `SELECT (SELECT count(*)::int FROM articles WHERE reprint_of_id IS NOT NULL) AS reprints, (SELECT count(DISTINCT article_id)::int FROM article_quotes) AS quoting`,
    );
    Object.assign(detected, counts.rows[0]);
  } finally {
    await src.end();
  }

  // ...into an equally fresh database (registry, catalog, synthetic outlets, same ids): once as
  // raw as COPY goes (the summary triggers off, as for a restore followed by
  // stance_lens_summary_rebuild()), once with the triggers keeping the summaries, as the
  // importer does.
  const copyInto = async (summaries: boolean): Promise<{ url: string; seconds: number }> => {
    const url = await recreateDatabase(serverUrl, summaries ? 'bench_copy_summaries' : 'bench_copy');
    await prepareSyntheticDatabase(url);
    const dst = new pg.Client({ connectionString: url });
    await dst.connect();
    try {
      const t2 = performance.now();
      await dst.query('BEGIN');
      if (!summaries) for (const t of SUMMARY_TRIGGER_TABLES) await dst.query(`ALTER TABLE "${t}" DISABLE TRIGGER USER`);
      for (const d of dumps) await copyFrom(dst, d.sql, fs.createReadStream(d.file, { highWaterMark: 1 << 20 }));
      if (!summaries) for (const t of SUMMARY_TRIGGER_TABLES) await dst.query(`ALTER TABLE "${t}" ENABLE TRIGGER USER`);
      await dst.query('COMMIT');
      return { url, seconds: (performance.now() - t2) / 1000 };
    } finally {
      await dst.end();
    }
  };
  const raw = await copyInto(false);
  const copySeconds = raw.seconds;
  log(`raw COPY of the same rows: ${copySeconds.toFixed(1)} s (${Math.round(opts.articles / copySeconds)}/s)`);
  const withSummaries = await copyInto(true);
  log(`COPY of the same rows with the summary triggers: ${withSummaries.seconds.toFixed(1)} s (${Math.round(opts.articles / withSummaries.seconds)}/s)`);
  await dropDatabase(withSummaries.url);
  const copyUrl = raw.url;
  for (const d of dumps) fs.rmSync(d.file, { force: true });
  if (!opts.keep) {
    await dropDatabase(importUrl);
    await dropDatabase(copyUrl);
  }
  const importRate = opts.articles / importSeconds;
  const copyRate = opts.articles / copySeconds;
  return {
    articles: opts.articles,
    files: files.length,
    perFile: opts.perFile,
    bytes,
    generateSeconds,
    importSeconds,
    importRate,
    copySeconds,
    copyRate,
    ratio: importRate / copyRate,
    importSecondsWithout,
    reprintOverhead: importSeconds / importSecondsWithout - 1,
    importCpu: cpu.with,
    importCpuWithout: cpu.without,
    reprintCpuOverhead: cpu.with !== null && cpu.without !== null ? cpu.with / cpu.without - 1 : null,
    ...detected,
    copySummariesSeconds: withSummaries.seconds,
    copySummariesRate: opts.articles / withSummaries.seconds,
    rows,
  };
}

export interface ImportAtSizeResult {
  /** Articles already stored when the files were imported. */
  corpus: number;
  files: number;
  perFile: number;
  secondsWith: number;
  secondsWithout: number;
  /** secondsWith / secondsWithout − 1 */
  overhead: number;
  /** The median over the pairs of files imported one after the other (one with, one without) of their time ratio − 1. */
  medianPairOverhead: number;
  /** CPU seconds of the importer and of Postgres (all its processes), with and without detection; null where /proc cannot be read. */
  cpuWith: number | null;
  cpuWithout: number | null;
  /** cpuWith / cpuWithout − 1 */
  cpuOverhead: number | null;
}

const medianOf = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * What reprint detection adds to importing into a corpus that is already large: `files` new files
 * (the corpus positions after it, so new texts, republishing at the corpus's rate), imported into
 * a copy of the stored corpus one at a time, alternately with detection on and off (on, off; then
 * off, on). Both arms write into the same copy, so both see the same indexes and the same load.
 * Wall time and CPU time (this process and the Postgres server in `dataDir`) are both kept: on a
 * shared machine the wall time of a file swings with the others' load, its CPU much less.
 */
export async function benchImportAtSize(
  serverUrl: string,
  opts: { corpusDb: string; corpus: number; files: number; perFile: number; seed: number; dataDir?: string; log?: (l: string) => void },
): Promise<ImportAtSizeResult> {
  const log = opts.log ?? (() => {});
  const corpus = new SyntheticCorpus(opts.seed);
  const url = await recreateDatabase(serverUrl, 'bench_import_at_size', opts.corpusDb);
  const prisma = createPrismaClient(url, 4);
  const wall = { with: 0, without: 0 };
  const cpu: { with: number | null; without: number | null } = { with: 0, without: 0 };
  const pairs: number[] = [];
  let pending: { detect: boolean; seconds: number } | null = null;
  /** The k-th file of new texts after the stored corpus. */
  const fileAt = (k: number) => {
    const from = opts.corpus + k * opts.perFile;
    return { name: chunkFileName(opts.seed, from), bytes: Buffer.from(corpus.jsonLines(from, from + opts.perFile), 'utf8') };
  };
  try {
    // Not measured: a process's first import pays once for what neither arm owns (the import's
    // worker thread starting, the JIT, the server's caches of the tables), and the first file is
    // always one with detection. One file each way, from positions after the measured ones.
    for (const [k, detect] of [true, false].entries()) {
      await importFiles(prisma, [fileAt(opts.files + k)], { source: 'synthetic', reprints: detect });
    }
    for (let k = 0; k < opts.files; k++) {
      const file = fileAt(k);
      // Pairs of files: (on, off), then (off, on), so neither arm always goes first.
      const detect = k % 4 === 0 || k % 4 === 3;
      const c0 = cpuNow(opts.dataDir ?? null);
      const t = performance.now();
      const r = await importFiles(prisma, [file], { source: 'synthetic', reprints: detect });
      const seconds = (performance.now() - t) / 1000;
      const c1 = cpuNow(opts.dataDir ?? null);
      if (r.totals.new !== opts.perFile) throw new Error(`import at ${opts.corpus}: ${r.totals.new} of ${opts.perFile} stored (${r.files[0]?.reason ?? ''})`);
      const arm = detect ? 'with' : 'without';
      wall[arm] += seconds;
      const used = c0.postgres === null || c1.postgres === null ? null : c1.node - c0.node + (c1.postgres - c0.postgres);
      cpu[arm] = used === null || cpu[arm] === null ? null : cpu[arm]! + used;
      if (pending && pending.detect !== detect) {
        pairs.push((detect ? seconds / pending.seconds : pending.seconds / seconds) - 1);
        pending = null;
      } else pending = { detect, seconds };
    }
  } finally {
    await prisma.$disconnect();
    await dropDatabase(url);
  }
  const overhead = wall.with / wall.without - 1;
  const cpuOverhead = cpu.with !== null && cpu.without !== null ? cpu.with / cpu.without - 1 : null;
  log(
    `import into ${opts.corpus.toLocaleString('en')}: ${wall.with.toFixed(1)} s with reprint detection, ${wall.without.toFixed(1)} s without (+${(overhead * 100).toFixed(1)}%; ` +
      `median of ${pairs.length} pairs +${(medianOf(pairs) * 100).toFixed(1)}%; CPU ${cpuOverhead === null ? 'not measured' : `+${(cpuOverhead * 100).toFixed(1)}%`})`,
  );
  return {
    corpus: opts.corpus,
    files: opts.files,
    perFile: opts.perFile,
    secondsWith: wall.with,
    secondsWithout: wall.without,
    overhead,
    medianPairOverhead: medianOf(pairs),
    cpuWith: cpu.with,
    cpuWithout: cpu.without,
    cpuOverhead,
  };
}
