// Benchmark 1: the real importer end to end (parse, analyse, insert) on synthetic JSON Lines
// files, against the database's own limit — a COPY of exactly the rows the importer wrote into
// the same tables, with the same indexes, of an equally fresh database.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient } from '@/lib/db/prisma';
import { importFiles } from '@/lib/ingest/import-files';
import type { InputFile } from '@/lib/parse/types';
import { chunkFileName } from './analyse-chunk';
import { dropDatabase, prepareSyntheticDatabase, recreateDatabase } from './bench-db';
import { copyFrom, copyTo } from './copy';

/** Tables whose statement triggers keep the summaries (migration add_summaries). */
const SUMMARY_TRIGGER_TABLES = ['articles', 'article_events', 'article_terms', 'attributions', 'claims'];
import { COPY_COLUMNS, COPY_TABLES, copySql } from './rows';
import { SyntheticCorpus } from './synthetic';

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
  /** The same COPY with the summary triggers on (null in runs before the summaries). */
  copySummariesSeconds?: number;
  copySummariesRate?: number;
  /** importRate / copyRate */
  ratio: number;
  rows: Record<string, number>;
}

export async function benchImport(
  serverUrl: string,
  opts: { articles: number; perFile: number; seed: number; tmpDir: string; keep?: boolean; log?: (l: string) => void },
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

  const importUrl = await recreateDatabase(serverUrl, 'bench_import');
  await prepareSyntheticDatabase(importUrl);
  const prisma = createPrismaClient(importUrl, 4);
  let importSeconds: number;
  try {
    const t1 = performance.now();
    let done = 0;
    const report = await importFiles(prisma, files, {
      source: 'synthetic',
      onFileDone: (r) => {
        done += r.new;
        if (r.status === 'failed') log(`  FAILED ${r.file}: ${r.reason}`);
      },
    });
    importSeconds = (performance.now() - t1) / 1000;
    if (report.totals.new !== opts.articles) throw new Error(`import stored ${report.totals.new} of ${opts.articles} articles`);
    log(`import: ${done} articles in ${importSeconds.toFixed(1)} s (${Math.round(done / importSeconds)}/s)`);
  } finally {
    await prisma.$disconnect();
  }

  // The same rows, dumped in COPY text format...
  fs.mkdirSync(opts.tmpDir, { recursive: true });
  const src = new pg.Client({ connectionString: importUrl });
  await src.connect();
  const rows: Record<string, number> = {};
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
    for (const t of COPY_TABLES) await dump(t, COPY_COLUMNS[t]);
    // Sanity: the dump is what the COPY statement for that table expects.
    for (const t of COPY_TABLES) if (!dumps.some((d) => d.sql === copySql(t))) throw new Error(`dump of ${t} does not match its COPY statement`);
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
    copySummariesSeconds: withSummaries.seconds,
    copySummariesRate: opts.articles / withSummaries.seconds,
    rows,
  };
}
