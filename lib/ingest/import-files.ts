// The one importer every entry point uses (CLI, `npm start`'s sample load, tests): parse each
// file, then write it in one transaction — all of its articles or none. A file that fails is
// reported by name and reason; the others still go in. Re-importing skips known content hashes.
import type { Db } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseFile } from '@/lib/import/parse-file';
import { contentHash, countWords } from '@/lib/import/normalize';
import { ImportFileError, type ImportOptions, type ParsedArticle } from '@/lib/import/types';
import { analysedText, analyzeArticle } from '@/lib/analysis';
import type { StanceKey } from '@/lib/stance';
import { eventIdsBySlug } from './event-sync';
import { persistAnalysis } from './persist-analysis';
import { resolveSource, type PublisherRef } from './resolve';

export interface InputFile {
  /** Shown to users and stored as the article's source file. */
  name: string;
  bytes: Uint8Array;
}

export interface FileResult {
  file: string;
  status: 'imported' | 'failed';
  parsed: number;
  new: number;
  duplicate: number;
  reason?: string;
}

export interface ImportReport {
  batchId: number;
  files: FileResult[];
  totals: { files: number; new: number; duplicate: number; failed: number };
}

export interface ImportRunOptions extends ImportOptions {
  source: 'cli' | 'seed' | 'browser' | 'test';
  onFileDone?: (result: FileResult, index: number, total: number) => void;
}

type Tx = Prisma.TransactionClient;

export async function importFiles(db: Db, files: InputFile[], opts: ImportRunOptions): Promise<ImportReport> {
  const batch = await db.importBatch.create({
    data: { source: opts.source, files: files.map((f) => f.name) },
  });
  const eventIds = await eventIdsBySlug(db);
  const results: FileResult[] = [];
  for (const [i, file] of files.entries()) {
    const result = await importOne(db, file, batch.id, eventIds, opts);
    results.push(result);
    opts.onFileDone?.(result, i, files.length);
  }
  const totals = summarize(results);
  await db.importBatch.update({
    where: { id: batch.id },
    data: {
      finishedAt: new Date(),
      newCount: totals.new,
      duplicateCount: totals.duplicate,
      failedCount: totals.failed,
      errors: results.filter((r) => r.status === 'failed').map((r) => ({ file: r.file, reason: r.reason ?? '' })),
    },
  });
  return { batchId: batch.id, files: results, totals };
}

export function summarize(results: FileResult[]): ImportReport['totals'] {
  return {
    files: results.length,
    new: results.reduce((n, r) => n + r.new, 0),
    duplicate: results.reduce((n, r) => n + r.duplicate, 0),
    failed: results.filter((r) => r.status === 'failed').length,
  };
}

async function importOne(
  db: Db,
  file: InputFile,
  batchId: number,
  eventIds: Map<string, number>,
  opts: ImportOptions,
): Promise<FileResult> {
  let parsed: ParsedArticle[];
  try {
    parsed = parseFile(file.name, file.bytes, { publisher: opts.publisher, via: opts.via });
  } catch (err) {
    return failed(file.name, err);
  }
  try {
    const counts = await db.$transaction((tx) => writeArticles(tx, parsed, batchId, eventIds), {
      timeout: 120_000,
      maxWait: 30_000,
    });
    return { file: file.name, status: 'imported', parsed: parsed.length, ...counts };
  } catch (err) {
    return failed(file.name, err, parsed.length);
  }
}

function failed(file: string, err: unknown, parsed = 0): FileResult {
  const reason =
    err instanceof ImportFileError
      ? err.message
      : `could not be stored: ${(err as Error)?.message?.split('\n').filter(Boolean).pop() ?? String(err)}`;
  return { file, status: 'failed', parsed, new: 0, duplicate: 0, reason };
}

async function writeArticles(tx: Tx, articles: ParsedArticle[], batchId: number, eventIds: Map<string, number>) {
  const rows = articles.map((a) => ({ article: a, hash: contentHash(a), source: resolveSource(a.publisherName, a.via) }));
  // The same text twice inside one file counts as a duplicate too.
  const seen = new Set<string>();
  const unique = rows.filter((r) => (seen.has(r.hash) ? false : (seen.add(r.hash), true)));
  const existing = new Set(
    (
      await tx.article.findMany({
        where: { contentHash: { in: unique.map((r) => r.hash) } },
        select: { contentHash: true },
      })
    ).map((r) => r.contentHash),
  );
  const fresh = unique.filter((r) => !existing.has(r.hash));
  const publishers = await ensurePublishers(
    tx,
    fresh.flatMap((r) => (r.source.via ? [r.source.publisher, r.source.via] : [r.source.publisher])),
  );
  const created = await tx.article.createManyAndReturn({
    data: fresh.map(({ article: a, hash, source }) => ({
      publisherId: publishers.get(source.publisher.slug)!.id,
      viaId: source.via ? publishers.get(source.via.slug)!.id : null,
      title: a.title,
      author: a.author,
      publishedAt: a.publishedAt ? new Date(`${a.publishedAt}T00:00:00Z`) : null,
      datePrecision: a.publishedAt ? a.datePrecision : 'unknown',
      url: a.url,
      language: a.language,
      body: a.body,
      wordCount: countWords(analysedText(a.title, a.body)),
      contentHash: hash,
      sourceFile: a.sourceFile,
      sourceIndex: a.sourceIndex,
      importBatchId: batchId,
    })),
    // A concurrent import of the same text wins the race quietly; its row is not ours to count.
    skipDuplicates: true,
    select: { id: true, contentHash: true },
  });
  // Analysis goes in with its article: no article is ever visible without it. The stance used is
  // the stored one, which curators may have changed since the registry was written.
  const byHash = new Map(fresh.map((r) => [r.hash, r]));
  await persistAnalysis(
    tx,
    created.map(({ id, contentHash }) => {
      const { article: a, source } = byHash.get(contentHash)!;
      return {
        articleId: id,
        analysis: analyzeArticle({
          title: a.title,
          body: a.body,
          publishedAt: a.publishedAt,
          publisherStance: publishers.get(source.publisher.slug)!.stance,
          viaStance: source.via ? publishers.get(source.via.slug)!.stance : null,
        }),
      };
    }),
    eventIds,
  );
  return { new: created.length, duplicate: articles.length - created.length };
}

/** Finds or creates every publisher referenced, returning slug → id and stance. Unknown outlets become unrated rows. */
async function ensurePublishers(tx: Tx, refs: PublisherRef[]): Promise<Map<string, { id: number; stance: StanceKey }>> {
  const bySlug = new Map(refs.map((r) => [r.slug, r]));
  if (bySlug.size === 0) return new Map();
  await tx.publisher.createMany({
    data: [...bySlug.values()].map((r) => ({
      slug: r.slug,
      name: r.registry?.name ?? r.name,
      aliases: r.registry?.aliases ?? [],
      domains: r.registry?.domains ?? [],
      kind: r.registry?.kind ?? 'other',
      stance: r.registry?.stance ?? 'unrated',
      stanceRationale: r.registry?.stanceRationale ?? null,
      country: r.registry?.country ?? null,
      inRegistry: r.registry !== null,
    })),
    skipDuplicates: true,
  });
  const rows = await tx.publisher.findMany({
    where: { slug: { in: [...bySlug.keys()] } },
    select: { id: true, slug: true, stance: true },
  });
  return new Map(rows.map((r) => [r.slug, { id: r.id, stance: r.stance }]));
}
