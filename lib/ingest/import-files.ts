// The one importer every entry point uses (CLI, `npm start`'s sample load, the upload worker,
// tests): parse each file, then write it in one transaction — all of its articles or none. A
// file that fails is reported by name and reason; the others still go in. Re-importing skips
// known content hashes.
import { loadLanguageDetector } from '@/lib/analysis/language';
import type { Db } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import { countWords } from '@/lib/parse/normalize';
import { fileWarnings, ImportFileError, type FileResult, type ImportOptions, type InputFile, type ParsedArticle } from '@/lib/parse/types';
import { analysedText, analyzeArticle, type EventExamples } from '@/lib/analysis';
import type { Catalog } from '@/lib/analysis/catalog';
import { normalizeName } from '@/lib/registry/publishers';
import type { StanceKey } from '@/lib/stance';
import { eventIdsBySlug } from './event-sync';
import { insertArticles, reserveArticleIds } from './bulk-insert';
import { analysisRows, persistAnalysis } from './persist-analysis';
import { copyAnalysisRows, copyArticles, CopyConflict } from './copy-write';
import { txConnection } from '@/lib/db/tx-connection';
import type pg from 'pg';
import { prepareFile, type PreparedFile } from './prepare-file';
import { startPrepareThread } from './prepare-thread';
import { reanalyzeArticles } from './reanalyze';
import { insertedLink, ownText, planReprints, readStored, storeReprints, type StoredReads } from './reprints';
import { fingerprint, type Fingerprint } from '@/lib/analysis/reprints';
import { resolveSource, type PublisherRef, type ResolvedSource } from '@/lib/parse/resolve';
import { loadUserEventRows, withUserEvents } from './user-catalog';
import { userCatalog } from '@/lib/analysis/user-events';
import { loadEventExamples } from './event-examples';

export interface ImportReport {
  batchId: number;
  files: FileResult[];
  totals: { files: number; new: number; duplicate: number; failed: number };
}

export interface ImportRunOptions extends ImportOptions {
  source: 'cli' | 'seed' | 'browser' | 'test' | 'synthetic';
  onFileDone?: (result: FileResult, index: number, total: number) => void | Promise<void>;
  /**
   * Runs inside a file's transaction after its articles are written, so a caller can record
   * the file's outcome atomically with it (the upload worker does). If it throws, the file's
   * transaction rolls back and the whole run stops with that error: it is the caller's failure,
   * not the file's, and must not be reported as a broken file.
   */
  beforeCommit?: (tx: Tx, info: { file: InputFile; index: number; result: FileResult }) => Promise<void>;
  /** Reads a file into articles instead of parseFile (the web importer's fetched pages). */
  parse?: (file: InputFile) => ParsedArticle[];
  /** Adds to this import batch instead of opening one (a URL list is one batch, imported a URL at a time). */
  batchId?: number;
  /** Reprint detection (lib/ingest/reprints.ts); on unless false. The benchmark turns it off to measure what it costs. */
  reprints?: boolean;
  /**
   * A file's new articles and analysis rows by COPY (copy-write.ts); on unless false. Off: INSERT
   * statements through Prisma, which store the same rows (tests compare the two).
   */
  copy?: boolean;
}

type Tx = Prisma.TransactionClient;

/**
 * Reprint detection's reads of the stored corpus per file of a run (lib/ingest/reprints.ts
 * readStored), on a connection of their own, so that they wait on the disk while something else
 * runs: the worker thread's analysis of the file when its fingerprints come first, else the file
 * transaction's first statements. File i's start only after file i - 1 has committed, so they see
 * its articles. Should they fail, the transaction reads for itself.
 */
class Lookups {
  private readonly started = new Map<number, Promise<StoredReads | null>>();
  private readonly waiting = new Map<number, Map<string, Fingerprint | null>>();
  private done = -1;

  constructor(
    private readonly db: Db,
    private readonly on: boolean,
  ) {}

  /** The worker thread's fingerprints of file i, ahead of its analysis. */
  fingerprinted(i: number, fingerprints: Map<string, Fingerprint | null>): void {
    if (i === this.done + 1) this.start(i, fingerprints);
    else this.waiting.set(i, fingerprints);
  }

  /** File i is written (or failed): the next file's reads may start. */
  committed(i: number): void {
    this.done = i;
    this.started.delete(i);
  }

  /** File i's reads, started now unless they were already. */
  start(i: number, fingerprints: Map<string, Fingerprint | null>): Promise<StoredReads | null> | null {
    if (!this.on) return null;
    let reads = this.started.get(i);
    if (!reads) {
      const fps = this.waiting.get(i) ?? fingerprints;
      this.waiting.delete(i);
      if (fps.size === 0) return null;
      reads = readStored(this.db, [...fps.values()]).catch(() => null);
      this.started.set(i, reads);
    }
    return reads;
  }
}

class CallerAbort {
  constructor(readonly error: unknown) {}
}

/**
 * A run at least this large starts the worker thread (prepare-thread.ts): about a second of
 * analysis, against the second or two the thread takes to start (it starts meanwhile).
 */
const THREAD_MIN_RUN_BYTES = 4 * 1024 * 1024;

export async function importFiles(db: Db, files: InputFile[], opts: ImportRunOptions): Promise<ImportReport> {
  if (!opts.parse && files.reduce((n, f) => n + f.bytes.byteLength, 0) >= THREAD_MIN_RUN_BYTES) void startPrepareThread();
  await loadLanguageDetector();
  const batch = opts.batchId
    ? { id: opts.batchId }
    : await db.importBatch.create({ data: { source: opts.source, files: files.map((f) => f.name) } });
  const eventIds = await eventIdsBySlug(db);
  // Curators' events and confirmed links, as they stand when the run starts.
  const [userEventRows, examples] = await Promise.all([loadUserEventRows(db), loadEventExamples(db)]);
  const userEvents = userCatalog(userEventRows);
  const results: FileResult[] = [];
  // One file ahead: parsing and analysing the next file (on the worker thread where there is
  // one: prepare-thread.ts) overlaps with writing this one.
  const ctx = { userEvents, userEventRows, examples };
  // Reprint detection's reads of the stored corpus (readStored) for file i start once its
  // fingerprints are known and file i - 1 has committed (they must see its articles): for the first
  // file, as soon as the worker thread sends the fingerprints, while it still analyses.
  const lookups = new Lookups(db, opts.reprints !== false);
  const prepare = (i: number) =>
    // The first file is prepared while nothing is written: both threads analyse it.
    i < files.length ? prepareFile(db, files[i]!, opts, ctx, opts.parse, opts.reprints !== false, (fps) => lookups.fingerprinted(i, fps), i === 0) : null;
  let next = prepare(0);
  for (const [i, file] of files.entries()) {
    const prepared = (await next)!;
    next = prepare(i + 1);
    const result = await importOne(db, file, i, batch.id, { eventIds, userEvents, examples }, opts, prepared, lookups);
    lookups.committed(i);
    results.push(result);
    await opts.onFileDone?.(result, i, files.length);
  }
  const totals = summarize(results);
  if (opts.batchId) {
    await addToBatch(db, opts.batchId, files, results);
    return { batchId: batch.id, files: results, totals };
  }
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

/** A shared batch (one URL list) grows by each part's files, counts and errors. */
async function addToBatch(db: Db, batchId: number, files: InputFile[], results: FileResult[]) {
  const totals = summarize(results);
  const errors = results.filter((r) => r.status === 'failed').map((r) => ({ file: r.file, reason: r.reason ?? '' }));
  await db.$executeRaw`
    UPDATE import_batches SET
      files = files || ${files.map((f) => f.name)}::text[],
      new_count = new_count + ${totals.new}, duplicate_count = duplicate_count + ${totals.duplicate},
      failed_count = failed_count + ${totals.failed},
      errors = errors || ${JSON.stringify(errors)}::jsonb,
      finished_at = now()
    WHERE id = ${batchId}`;
}

export function summarize(results: FileResult[]): ImportReport['totals'] {
  return {
    files: results.length,
    new: results.reduce((n, r) => n + r.new, 0),
    duplicate: results.reduce((n, r) => n + r.duplicate, 0),
    failed: results.filter((r) => r.status === 'failed').length,
  };
}

interface Events {
  eventIds: Map<string, number>;
  userEvents: Catalog | null;
  examples: EventExamples;
}

async function importOne(
  db: Db,
  file: InputFile,
  index: number,
  batchId: number,
  events: Events,
  opts: ImportRunOptions,
  prepared: PreparedFile,
  lookups: Lookups,
): Promise<FileResult> {
  if (!prepared.ok) return failed(file.name, prepared.error, 0, 'could not be read');
  const { parsed } = prepared;
  // Started before the transaction asks for a connection (a pool of one then serves them in turn).
  const known = lookups.start(index, prepared.fingerprints);
  const attempt = (copy: boolean, reads: Promise<StoredReads | null> | null) =>
    db.$transaction(
      async (tx) => {
        const conn = copy ? await txConnection(db, tx) : null;
        const counts = await writeArticles(tx, conn, prepared, batchId, events, opts.reprints !== false, reads);
        const warnings = fileWarnings(parsed);
        const result: FileResult = { file: file.name, status: 'imported', parsed: parsed.length, ...counts, ...(warnings ? { warnings } : {}) };
        if (opts.beforeCommit) {
          try {
            await opts.beforeCommit(tx, { file, index, result });
          } catch (err) {
            throw new CallerAbort(err);
          }
        }
        return result;
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  try {
    // The file's rows go by COPY on the transaction's connection (copy-write.ts). After a unique
    // violation there (another import stored one of its texts meanwhile) the file runs again with
    // INSERT … ON CONFLICT DO NOTHING, which skips those texts quietly; the stored corpus is read
    // again too, now with the other import's texts.
    return await attempt(opts.copy !== false, known).catch((err: unknown) => {
      if (err instanceof CopyConflict) return attempt(false, null);
      throw err;
    });
  } catch (err) {
    if (err instanceof CallerAbort) throw err.error;
    return failed(file.name, err, parsed.length);
  }
}

function failed(file: string, err: unknown, parsed = 0, stage = 'could not be stored'): FileResult {
  const reason =
    err instanceof ImportFileError
      ? err.message
      : `${stage}: ${(err as Error)?.message?.split('\n').filter(Boolean).pop() ?? String(err)}`;
  return { file, status: 'failed', parsed, new: 0, duplicate: 0, reason };
}

async function writeArticles(
  tx: Tx,
  /** The transaction's connection, for COPY (copy-write.ts); null: Prisma's statements only. */
  conn: pg.PoolClient | null,
  { parsed: articles, hashes, analyses: prepared, fingerprints }: Extract<PreparedFile, { ok: true }>,
  batchId: number,
  { eventIds, userEvents, examples }: Events,
  reprints: boolean,
  known: Promise<StoredReads | null> | null,
) {
  // Resolved once per distinct outlet string: a file repeats a few outlets a thousand times, and
  // an unknown name's close-spelling search runs while the transaction holds its connection.
  const resolved = new Map<string, ResolvedSource>();
  const sourceOf = (a: ParsedArticle) => {
    const key = JSON.stringify([a.publisherName, a.via, a.publisherHost === undefined ? 0 : a.publisherHost]);
    let source = resolved.get(key);
    if (!source) resolved.set(key, (source = resolveSource(a.publisherName, a.via, a.publisherHost)));
    return source;
  };
  const rows = articles.map((a, k) => ({ article: a, hash: hashes[k]!, source: sourceOf(a) }));
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
  // After a merge the via may resolve to the publisher itself, which is not "via".
  const viaOf = (source: ResolvedSource) => {
    const via = source.via ? publishers.get(source.via.slug)! : null;
    return via && via.id !== publishers.get(source.publisher.slug)!.id ? via : null;
  };
  const publisherOf = (source: ResolvedSource) => publishers.get(source.publisher.slug)!;
  // Reprints and quotes among these articles and the stored ones are decided first, with ids
  // reserved for the new ones, so that a copy of a stored text is inserted with its link and an
  // article that quotes another stores the analysis of its own text only.
  const ids = reprints || conn ? await reserveArticleIds(tx, fresh.length) : [];
  const plan = reprints
    ? await planReprints(
        tx,
        fresh.map(({ article: a, hash, source }, k) => {
          const fp = fingerprints.has(hash) ? fingerprints.get(hash)! : fingerprint(a.body, a.title);
          return { ...a, id: ids[k]!, publisherId: publisherOf(source).id, via: viaOf(source) !== null, fingerprint: fp };
        }),
        await known,
      )
    : null;
  // The stance used is the stored one, which curators may have changed since the registry was
  // written. An article that quotes another stores the analysis and the word count of its own text.
  const analysisOf = ({ article: a, hash, source }: (typeof fresh)[number], id: number) => {
    const publisherStance = publisherOf(source).stance;
    const viaStance = viaOf(source)?.stance ?? null;
    const pre = prepared.get(hash);
    const analysis =
      pre && pre.publisherStance === publisherStance && pre.viaStance === viaStance
        ? pre.analysis
        : withUserEvents(
            analyzeArticle({ title: a.title, body: a.body, publishedAt: a.publishedAt, datePrecision: a.datePrecision, publisherStance, viaStance, examples }),
            userEvents,
            a,
          );
    return ownText(analysis, plan?.quotingSpans.get(id), { title: a.title, publisherStance, viaStance });
  };
  // With reserved ids the analyses are known before the insert, so a quoting article goes in with
  // its own words' count instead of being updated after (an UPDATE of articles runs its summary trigger).
  const planned = plan ? new Map(fresh.map((r, k) => [r.hash, analysisOf(r, ids[k]!)])) : null;
  const wordCountOf = (hash: string, id: number | undefined, a: ParsedArticle) =>
    id !== undefined && plan?.quotingSpans.has(id)
      ? planned!.get(hash)!.wordCount
      : // Counted on the worker thread when it prepared the article (prepare-core.ts).
        (prepared.get(hash)?.wordCount ?? countWords(analysedText(a.title, a.body)));
  // A concurrent import of the same text wins the race quietly; its row is not ours to count.
  const inserts = fresh.map(({ article: a, hash, source }, k) => ({
    id: ids[k],
    publisherId: publisherOf(source).id,
    viaId: viaOf(source)?.id ?? null,
    title: a.title,
    titleSource: a.titleSource,
    author: a.author,
    publishedAt: a.publishedAt,
    datePrecision: a.publishedAt ? a.datePrecision : 'unknown',
    url: a.url,
    language: a.language,
    languageSource: a.languageSource,
    body: a.body,
    wordCount: wordCountOf(hash, ids[k], a),
    contentHash: hash,
    sourceFile: a.sourceFile,
    sourceIndex: a.sourceIndex,
    importBatchId: batchId,
    ...insertedLink(plan, ids[k]!),
  }));
  // Under COPY every row is stored, or the COPY fails (CopyConflict).
  const created = conn ? await copyArticles(conn, inserts.map((r, k) => ({ ...r, id: ids[k]! }))) : await insertArticles(tx, inserts);
  const byHash = new Map(fresh.map((r) => [r.hash, r]));
  // Fingerprints, band keys, links inside the batch, re-pointed clusters and quotes, for the
  // articles the insert stored.
  if (plan) await storeReprints(tx, plan, new Set(created.map((c) => c.id)), conn);
  // Analysis goes in with its article: no article is ever visible without it.
  const analysed = created.map(({ id, contentHash }) => ({ articleId: id, analysis: planned?.get(contentHash) ?? analysisOf(byHash.get(contentHash)!, id) }));
  if (conn) await copyAnalysisRows(conn, analysisRows(analysed, eventIds, new Set(), new Set()));
  else await persistAnalysis(tx, analysed, eventIds, { fresh: true });
  if (plan) {
    // Stored articles found to quote one of these now count their own text only.
    await reanalyzeArticles(tx, plan.reanalyse, { userEvents, examples });
  }
  return { new: created.length, duplicate: articles.length - created.length };
}

/**
 * Finds or creates every publisher referenced, returning slug → id and stance. Unknown outlets
 * become unrated rows. Curators' decisions come first: a slug merged into another publisher
 * resolves to it, and an unknown name that a curated publisher lists as an alias resolves to
 * that publisher instead of creating a new row.
 */
async function ensurePublishers(tx: Tx, refs: PublisherRef[]): Promise<Map<string, { id: number; stance: StanceKey }>> {
  const bySlug = new Map(refs.map((r) => [r.slug, r]));
  if (bySlug.size === 0) return new Map();
  const curated = await curatedTargets(tx, [...bySlug.values()]);
  const missing = [...bySlug.values()].filter((r) => !curated.has(r.slug));
  await tx.publisher.createMany({
    data: missing.map((r) => ({
      slug: r.slug,
      name: r.registry?.name ?? r.name,
      aliases: r.registry?.aliases ?? [],
      domains: r.registry?.domains ?? (r.rule ? [r.rule.host] : []),
      kind: r.registry?.kind ?? 'other',
      stance: r.registry?.stance ?? r.rule?.stance ?? 'unrated',
      stanceRationale: r.registry?.stanceRationale ?? r.rule?.rationale ?? null,
      source: r.registry?.source ?? r.rule?.source ?? null,
      notes: r.registry?.notes ?? r.rule?.notes ?? null,
      country: r.registry?.country ?? (r.rule ? 'Iran' : null),
      inRegistry: r.registry !== null,
    })),
    skipDuplicates: true,
  });
  const rows = await tx.publisher.findMany({
    where: { OR: [{ slug: { in: missing.map((r) => r.slug) } }, { id: { in: [...curated.values()] } }] },
    select: { id: true, slug: true, stance: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out = new Map(rows.map((r) => [r.slug, { id: r.id, stance: r.stance }]));
  for (const [slug, id] of curated) {
    const row = byId.get(id);
    if (row) out.set(slug, { id: row.id, stance: row.stance });
  }
  return out;
}

/** slug → publisher id for references a merge redirect or a curated alias decides. */
async function curatedTargets(tx: Tx, refs: PublisherRef[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const redirects = await tx.publisherRedirect.findMany({ where: { slug: { in: refs.map((r) => r.slug) } } });
  for (const r of redirects) out.set(r.slug, r.publisherId);
  const unknown = refs.filter((r) => r.registry === null && !out.has(r.slug));
  if (unknown.length === 0) return out;
  const existing = new Set(
    (await tx.publisher.findMany({ where: { slug: { in: unknown.map((r) => r.slug) } }, select: { slug: true } })).map((p) => p.slug),
  );
  const open = unknown.filter((r) => !existing.has(r.slug));
  if (open.length === 0) return out;
  const curated = await tx.publisher.findMany({
    where: { curatedAt: { not: null }, aliases: { isEmpty: false } },
    select: { id: true, aliases: true },
  });
  const byAlias = new Map<string, number>();
  for (const p of curated) for (const a of p.aliases) byAlias.set(normalizeName(a), p.id);
  for (const r of open) {
    const id = byAlias.get(normalizeName(r.name));
    if (id !== undefined) out.set(r.slug, id);
  }
  return out;
}
