// Reprint detection, the database half (the decisions are lib/analysis/reprints): for a batch of
// new articles inside their import transaction, probe the LSH band index for candidates, load
// what the linker needs, run it, and store its result — fingerprints, band keys, reprint links
// (re-pointing a cluster when an earlier copy arrives), and 'quotes' links. `npm run analyze` and
// the benchmark generator run the same batches over every article in id order (redetectAll in
// reanalyze.ts).
//
// Cost per imported article (BENCHMARKS.md): the fingerprint (computed while the file is
// prepared), one row in article_fingerprints, up to BANDS rows in reprint_bands; per file one
// probe statement (an index lookup per band key, at most CROWDED_BAND + 1 rows each), one
// statement for the candidates' signatures, and the texts of the few that pass the estimate.
import type pg from 'pg';
import type { Db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import {
  authorshipScore,
  ownTextAnalysis,
  plannedCandidates,
  REPRINT_METHOD,
  ReprintLinker,
  strippedRanges,
  type Curated,
  type Fingerprint,
  type LinkCopy,
  type LinkerBase,
  type LinkerResult,
  type NewCopy,
  type QuoteLink,
} from '@/lib/analysis/reprints';
import { decodeSignature, encodeSignature } from '@/lib/analysis/reprints/fingerprint';
import { CROWDED_BAND } from '@/lib/analysis/reprints/linker';
import { overlap, textShingles } from '@/lib/analysis/reprints/compare';
import type { ArticleAnalysis } from '@/lib/analysis';
import type { DatePrecision } from '@/lib/parse/types';
import type { StanceKey } from '@/lib/stance';
import { copyDetectionRows } from './copy-write';

type Tx = Prisma.TransactionClient;

/** A newly stored article as detection needs it (its id assigned, its fingerprint computed while preparing). */
export interface StoredNew {
  id: number;
  title: string;
  body: string;
  publishedAt: string | null;
  datePrecision: DatePrecision;
  publisherId: number;
  via: boolean;
  fingerprint: Fingerprint | null;
  /** Kept by `npm run analyze`: a curator's decision and link. */
  reprintOfId?: number | null;
  decision?: Curated;
}

export interface OutletNames {
  name: string;
  aliases: string[];
  domains: string[];
}

/** The authorship score of a copy (lib/analysis/reprints/original.ts) from its text and its outlet. */
export function authorshipOf(title: string, body: string, via: boolean, outlet: OutletNames | undefined): number {
  const { credits, edges } = strippedRanges(body, title);
  return authorshipScore({ via, credits, edges, outletNames: outlet ? [outlet.name, ...outlet.aliases, ...outlet.domains] : [] });
}

/**
 * Stored articles per band key; null for a crowded key (more than CROWDED_BAND share it), whose
 * articles the linker never looks at. A key's bucket never grows past CROWDED_BAND + 1 articles
 * (the linker stops adding to a crowded key), so one index scan over the sorted keys reads a
 * bounded number of rows. A crowded key comes back as one row without its ids: at 1M about a
 * fifth of a file's keys are crowded and held nine rows in ten the probe read, which cost more to
 * send and turn into objects than to find (BENCHMARKS.md, "Detection at 1M").
 */
async function bandHits(tx: Tx | Db, keys: number[]): Promise<Map<number, number[] | null>> {
  const out = new Map<number, number[] | null>();
  if (keys.length === 0) return out;
  const rows = await tx.$queryRaw<{ k: number; ids: number[] | null }[]>`
    SELECT band_key AS k, CASE WHEN count(*) > ${CROWDED_BAND} THEN NULL ELSE array_agg(article_id) END AS ids
    FROM reprint_bands WHERE band_key = ANY(${[...keys].sort((a, b) => a - b)}::int4[]) GROUP BY band_key`;
  for (const r of rows) out.set(r.k, r.ids);
  return out;
}

/**
 * The stored signatures of these articles (of the current method). One row: the ids and the
 * signatures end to end in one bytea, which the driver hands over as one buffer; a row per
 * signature cost about 0.05 ms each at 1M, ten times the statement.
 */
async function signatures(tx: Tx | Db, ids: number[], inTransaction: boolean): Promise<Map<number, Int32Array>> {
  const out = new Map<number, Int32Array>();
  if (ids.length === 0) return out;
  const read = () => tx.$queryRaw<{ ids: number[] | null; lens: number[] | null; s: Uint8Array | null }[]>`
    SELECT array_agg(article_id ORDER BY article_id) AS ids, array_agg(octet_length(signature) ORDER BY article_id) AS lens,
           string_agg(signature, ''::bytea ORDER BY article_id) AS s
    FROM article_fingerprints WHERE article_id = ANY(${ids}::int4[]) AND version = ${REPRINT_METHOD.version}`;
  const [row] = inTransaction ? await readAhead(tx as Tx, read) : await read();
  if (!row?.ids || !row.lens || !row.s) return out;
  let at = 0;
  for (const [i, id] of row.ids.entries()) {
    const len = row.lens[i]!;
    out.set(id, decodeSignature(row.s.subarray(at, at + len)));
    at += len;
  }
  return out;
}

/**
 * Runs a read of rows by a list of ids as a bitmap heap scan, inside the caller's transaction:
 * Postgres then reads the table's pages ahead, several at a time (effective_io_concurrency),
 * where an index scan reads them one by one. The candidates of a file are spread over the whole
 * table, so at 1M most of their pages are not in memory: for ~1,200 signatures 33–42 ms against
 * 61–76 ms (BENCHMARKS.md, "Detection at 1M"). The setting is the transaction's (set_config's
 * is_local) and put back right after; outside a transaction (a dry run, the lookup benchmark's
 * single text) the read runs as it is.
 */
async function readAhead<T>(tx: Tx, read: () => Promise<T>): Promise<T> {
  const [prev] = await tx.$queryRaw<{ v: string }[]>`SELECT current_setting('enable_indexscan') AS v, set_config('enable_indexscan', 'off', true)`;
  const out = await read();
  await tx.$queryRaw`SELECT set_config('enable_indexscan', ${prev!.v}, true)`;
  return out;
}

interface CopyRow {
  id: number;
  title: string;
  body: string;
  publishedAt: string | null;
  datePrecision: DatePrecision;
  reprintOfId: number | null;
  decision: Curated;
  via: boolean;
  name: string;
  aliases: string[];
  domains: string[];
}

/** Stored articles as the linker sees them, with the originals of their clusters. */
/**
 * Stored articles whose fingerprints another detection method made (an upgrade changed
 * REPRINT_METHOD): their band keys are not the current method's, so no new text finds them as
 * candidates until `npm run analyze` fingerprints them again. The import says so.
 */
export async function staleFingerprints(db: Tx | Db): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM article_fingerprints WHERE version <> ${REPRINT_METHOD.version}`;
  return row?.n ?? 0;
}

export async function storedCopies(tx: Tx | Db, ids: number[]): Promise<Map<number, LinkCopy>> {
  const out = new Map<number, LinkCopy>();
  let wanted = [...new Set(ids)];
  for (let round = 0; wanted.length > 0 && round < 3; round++) {
    const rows = await tx.$queryRaw<CopyRow[]>`
      SELECT a.id, a.title, a.body, to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt", a.date_precision::text AS "datePrecision",
             a.reprint_of_id AS "reprintOfId", a.reprint_decision AS decision, a.via_id IS NOT NULL AS via, p.name, p.aliases, p.domains
      FROM articles a JOIN publishers p ON p.id = a.publisher_id WHERE a.id = ANY(${wanted}::int4[])`;
    for (const r of rows) {
      let authorship: number | undefined;
      out.set(r.id, {
        id: r.id,
        order: r.id,
        title: r.title,
        body: r.body,
        publishedAt: r.publishedAt,
        datePrecision: r.datePrecision,
        get authorship() {
          return (authorship ??= authorshipOf(r.title, r.body, r.via, r));
        },
        reprintOfId: r.reprintOfId,
        curated: r.decision,
      });
    }
    // The originals of the clusters loaded: the linker compares with them and may re-point them.
    wanted = rows.map((r) => r.reprintOfId).filter((id): id is number => id !== null && !out.has(id));
  }
  return out;
}

async function suppressedQuotes(tx: Tx | Db, ids: number[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.$queryRaw<{ a: number; q: number }[]>`
    SELECT article_id AS a, quoted_id AS q FROM article_quote_overrides WHERE article_id = ANY(${ids}::int4[]) OR quoted_id = ANY(${ids}::int4[])`;
  return new Set(rows.map((r) => `${r.a}:${r.q}`));
}

export interface Candidates {
  /** Stored articles per band key; null: crowded (see bandHits). */
  hits: Map<number, number[] | null>;
  /** Signatures of the stored articles behind the keys. */
  sigs: Map<number, Int32Array>;
  /** Stored articles whose signature agrees enough with one of the fingerprints: compared exactly. */
  wanted: number[];
}

/**
 * The candidate lookup: the stored articles that may be copies of, contain or be contained in
 * these texts. Two statements whatever the number of texts: one index probe per band key, then
 * the signatures of what the probes found. `npm run bench` times it for one text.
 */
export async function findCandidates(
  tx: Tx | Db,
  copies: readonly Pick<NewCopy, 'fingerprint'>[],
  exclude: ReadonlySet<number> = new Set(),
  /** tx is a transaction: the signatures are read ahead (readAhead). */
  inTransaction = false,
  /** What readStored read beforehand: used where it covers these copies, read again where not. */
  known?: StoredReads | null,
): Promise<Candidates> {
  const keys = [...new Set(copies.flatMap((c) => c.fingerprint?.bands ?? []))];
  const hits = known && keys.every((k) => known.keys.has(k)) ? known.hits : await bandHits(tx, keys);
  const ids = plannedCandidates(copies, hits).filter((id) => !exclude.has(id));
  const sigs = known && hits === known.hits && ids.every((id) => known.sigIds.has(id)) ? known.sigs : await signatures(tx, ids, inTransaction);
  return { hits, sigs, wanted: plannedCandidates(copies, hits, sigs).filter((id) => !exclude.has(id)) };
}

/**
 * The stored corpus's part of a batch's detection, read before the batch's transaction needs it:
 * the band keys probed, the signatures and the candidate texts (with the originals of their
 * clusters) for a set of fingerprints. A superset of what the batch itself turns out to need (some
 * of the file may be duplicates) does no harm: the linker looks up only its own keys, and a
 * stored text it did not ask for fails the signature estimate it did not pass here.
 */
export interface StoredReads {
  keys: ReadonlySet<number>;
  hits: Map<number, number[] | null>;
  sigIds: ReadonlySet<number>;
  sigs: Map<number, Int32Array>;
  copyIds: ReadonlySet<number>;
  copies: Map<number, LinkCopy>;
}

/**
 * Reads the stored corpus's part of detection for a file's fingerprints on a connection of its own
 * (one transaction, so it holds one connection throughout and never waits on the import's). The
 * importer starts it before the file's transaction, whose first statements (duplicates,
 * outlets) then run meanwhile: at 1M these reads wait on the disk for 150–250 ms per file of 1,000.
 * They see what is committed, as the transaction's own reads would a moment later: one importer
 * gets the same candidates; with two importing at once, what the other commits in that moment is
 * not seen (as now for what it has not committed yet).
 */
export async function readStored(db: Db, fingerprints: readonly (Fingerprint | null)[]): Promise<StoredReads> {
  return db.$transaction(
    async (tx) => {
      const copies = fingerprints.map((fingerprint) => ({ fingerprint }));
      const { hits, sigs, wanted } = await findCandidates(tx, copies, new Set(), true);
      return {
        keys: new Set(copies.flatMap((c) => c.fingerprint?.bands ?? [])),
        hits,
        sigIds: new Set(plannedCandidates(copies, hits)),
        sigs,
        copyIds: new Set(wanted),
        copies: await storedCopies(tx, wanted),
      };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

/**
 * Whether texts read before the transaction (readStored) still stand as stored: none deleted and
 * no cluster changed (a curator's decision, a re-pointing by another import) in between. A PK
 * lookup of a few dozen rows; otherwise a link could point at a deleted article and fail the
 * file, or undo a curator's decision made a moment earlier.
 */
async function stillCurrent(tx: Tx, copies: ReadonlyMap<number, LinkCopy>): Promise<boolean> {
  if (copies.size === 0) return true;
  const rows = await tx.$queryRaw<{ id: number; reprintOfId: number | null; decision: Curated }[]>`
    SELECT id, reprint_of_id AS "reprintOfId", reprint_decision AS decision FROM articles WHERE id = ANY(${[...copies.keys()]}::int4[])`;
  return rows.length === copies.size && rows.every((r) => {
    const c = copies.get(r.id)!;
    return c.reprintOfId === r.reprintOfId && c.curated === r.decision;
  });
}

/**
 * What the stored corpus contributes to a dry run's reprint links (lib/parse/dry-run.ts
 * linkDryRun): the candidates of the run's articles and the originals of their clusters. Reads only.
 */
export async function dryRunBase(db: Db, copies: readonly NewCopy[]): Promise<LinkerBase> {
  const { hits, sigs, wanted } = await findCandidates(db, copies);
  const [stored, suppressed] = await Promise.all([storedCopies(db, wanted), suppressedQuotes(db, wanted)]);
  return { bandHits: hits, signatures: sigs, copies: stored, suppressedQuotes: suppressed };
}

export interface Detection {
  result: LinkerResult;
  /** Shared passages of every batch article that quotes another (its own text is the rest). */
  quotingSpans: Map<number, { start: number; end: number }[]>;
  /** Stored articles that now quote a batch article: their analysis must be recomputed. */
  reanalyse: number[];
}

/** A batch's decisions, made before anything is written (planReprints), and what they need stored. */
export interface ReprintPlan extends Detection {
  copies: NewCopy[];
  batchIds: Set<number>;
}

/**
 * Finds and stores the reprint and quote links of a batch of stored articles (in import order),
 * inside the caller's transaction: `npm run analyze`, a curator handing a decision back. An
 * import plans before it inserts (planReprints) so that a new copy is inserted with its link.
 */
export async function detectReprints(tx: Tx, batch: StoredNew[]): Promise<Detection> {
  const plan = await planReprints(tx, batch);
  await storeReprints(tx, plan);
  return plan;
}

/**
 * The decisions for a batch (ids already assigned, the articles stored or about to be): reads only.
 * `known`: the stored reads done beforehand (readStored), where they cover the batch.
 */
export async function planReprints(tx: Tx, batch: StoredNew[], known?: StoredReads | null): Promise<ReprintPlan> {
  const batchIds = new Set(batch.map((b) => b.id));
  const empty = { result: { links: new Map(), repoints: [], quotes: [], bands: [] }, quotingSpans: new Map(), reanalyse: [], copies: [], batchIds };
  if (batch.length === 0) return empty;
  const outlets = await outletNames(tx, [...new Set(batch.map((b) => b.publisherId))]);
  // Import order is id order.
  const copies: NewCopy[] = [...batch].sort((x, y) => x.id - y.id).map((b) => {
    let authorship: number | undefined;
    return {
      id: b.id,
      order: b.id,
      title: b.title,
      body: b.body,
      publishedAt: b.publishedAt,
      datePrecision: b.publishedAt ? b.datePrecision : 'unknown',
      // Read only to break a tie between copies of one text: computed then.
      get authorship() {
        return (authorship ??= authorshipOf(b.title, b.body, b.via, outlets.get(b.publisherId)));
      },
      reprintOfId: b.reprintOfId ?? null,
      curated: b.decision ?? null,
      fingerprint: b.fingerprint,
    };
  });
  const { hits, sigs, wanted } = await findCandidates(tx, copies, batchIds, true, known);
  const fixedTargets = copies.map((c) => c.reprintOfId).filter((id): id is number => id !== null && !batchIds.has(id));
  const need = [...wanted, ...fixedTargets];
  // The texts read beforehand when they cover the candidates (with their originals: readStored read those of a superset).
  const texts =
    known && sigs === known.sigs && need.every((id) => known.copyIds.has(id)) && (await stillCurrent(tx, known.copies))
      ? known.copies
      : storedCopies(tx, need);
  const [stored, suppressed] = await Promise.all([texts, suppressedQuotes(tx, [...batchIds, ...wanted])]);

  const linker = new ReprintLinker({ bandHits: hits, signatures: sigs, copies: stored, suppressedQuotes: suppressed });
  for (const c of copies) linker.add(c);
  const result = linker.result();

  const quotingSpans = new Map<number, { start: number; end: number }[]>();
  const reanalyse: number[] = [];
  for (const q of result.quotes) {
    if (batchIds.has(q.articleId)) quotingSpans.set(q.articleId, [...(quotingSpans.get(q.articleId) ?? []), ...q.spans]);
    else reanalyse.push(q.articleId);
  }
  return { result, quotingSpans, reanalyse: [...new Set(reanalyse)], copies, batchIds };
}

/**
 * The link a new article is inserted with: its original when that is an article already stored.
 * (A link to another article of the same batch waits for that one's insert: storeReprints.)
 */
export function insertedLink(plan: ReprintPlan | null, id: number): { reprintOfId: number | null; reprintSimilarity: number | null } {
  const link = plan?.result.links.get(id);
  return link?.reprintOfId && !plan!.batchIds.has(link.reprintOfId) ? { reprintOfId: link.reprintOfId, reprintSimilarity: link.similarity } : { reprintOfId: null, reprintSimilarity: null };
}

/**
 * Stores a plan: fingerprints, band keys, re-pointed clusters, links and quotes. `inserted`: for
 * an import, the batch articles the insert actually stored (a concurrent import of the same text
 * wins quietly) — whose links to stored originals went in with them; absent for stored batches.
 */
export async function storeReprints(tx: Tx, plan: ReprintPlan, inserted?: ReadonlySet<number>, conn?: pg.PoolClient | null): Promise<void> {
  const { copies, result: r, batchIds } = plan;
  const kept = (id: number) => !inserted || !batchIds.has(id) || inserted.has(id);
  let fps = copies.filter((c) => c.fingerprint && kept(c.id));
  let bands = r.bands.filter((b) => kept(b.articleId));
  if (conn && inserted) {
    // The new articles' rows by COPY on the transaction's connection (copy-write.ts); stored
    // articles' rows (re-fingerprinted, or a band they gain) keep their upserts below.
    const isNew = (id: number) => inserted.has(id);
    await copyDetectionRows(
      conn,
      fps.filter((c) => isNew(c.id)).map((c) => ({ articleId: c.id, shingles: c.fingerprint!.shingles, signatureHex: encodeSignature(c.fingerprint!.signature), version: REPRINT_METHOD.version })),
      bands.filter((b) => isNew(b.articleId)),
    );
    fps = fps.filter((c) => !isNew(c.id));
    bands = bands.filter((b) => !isNew(b.articleId));
  }
  if (fps.length) {
    await tx.$executeRaw`
      INSERT INTO article_fingerprints (article_id, shingles, signature, version)
      SELECT a, s, decode(g, 'hex'), ${REPRINT_METHOD.version}
      FROM unnest(${fps.map((c) => c.id)}::int4[], ${fps.map((c) => c.fingerprint!.shingles)}::int4[], ${fps.map((c) => encodeSignature(c.fingerprint!.signature))}::text[]) AS x(a, s, g)
      ON CONFLICT (article_id) DO UPDATE SET shingles = excluded.shingles, signature = excluded.signature, version = excluded.version`;
  }
  if (bands.length) {
    await tx.$executeRaw`
      INSERT INTO reprint_bands (band_key, article_id)
      SELECT * FROM unnest(${bands.map((b) => b.key)}::int4[], ${bands.map((b) => b.articleId)}::int4[])
      ON CONFLICT DO NOTHING`;
  }
  // Clusters whose original changed: their copies (a curator's links too) and the quotes of their
  // text follow it. A new article has no copies stored yet. Done before the links themselves,
  // which may point at the new original.
  for (const { from, to } of r.repoints) if (!inserted?.has(from) && kept(to)) await repoint(tx, from, to);
  // The links not stored yet: a new article's link into its own batch, stored articles' links.
  const initial = new Map(copies.map((c) => [c.id, c.reprintOfId]));
  const links = [...r.links].filter(([id, l]) => {
    if (!kept(id) || (l.reprintOfId !== null && !kept(l.reprintOfId))) return false;
    if (inserted?.has(id)) return l.reprintOfId !== null && batchIds.has(l.reprintOfId);
    return l.reprintOfId !== null || (initial.has(id) ? initial.get(id) !== null : true);
  });
  if (links.length) {
    await tx.$executeRaw`
      UPDATE articles a SET reprint_of_id = x.o, reprint_similarity = x.s
      FROM unnest(${links.map(([id]) => id)}::int4[], ${links.map(([, l]) => l.reprintOfId)}::int4[], ${links.map(([, l]) => l.similarity)}::real[]) AS x(id, o, s)
      WHERE a.id = x.id AND (a.reprint_of_id IS DISTINCT FROM x.o OR a.reprint_similarity IS DISTINCT FROM x.s)`;
  }
  const quotes = r.quotes.filter((q) => kept(q.articleId) && kept(q.quotedId));
  if (quotes.length) await storeQuotes(tx, quotes);
}

async function outletNames(tx: Tx, ids: number[]): Promise<Map<number, OutletNames>> {
  const rows = await tx.$queryRaw<(OutletNames & { id: number })[]>`SELECT id, name, aliases, domains FROM publishers WHERE id = ANY(${ids}::int4[])`;
  return new Map(rows.map((r) => [r.id, r]));
}

const intArray = (xs: readonly number[]) => `{${xs.join(',')}}`;
const flatSpans = (spans: readonly { start: number; end: number }[]) => spans.flatMap((s) => [s.start, s.end]);

export async function storeQuotes(tx: Tx, quotes: QuoteLink[], method: 'detected' | 'manual' = 'detected'): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO article_quotes (article_id, quoted_id, containment, spans, method)
    SELECT a, q, c, s::int4[], ${method}
    FROM unnest(${quotes.map((q) => q.articleId)}::int4[], ${quotes.map((q) => q.quotedId)}::int4[], ${quotes.map((q) => q.containment)}::real[],
                ${quotes.map((q) => intArray(flatSpans(q.spans)))}::text[]) AS x(a, q, c, s)
    ON CONFLICT (article_id, quoted_id) DO UPDATE SET containment = excluded.containment, spans = excluded.spans
    WHERE article_quotes.method = 'detected' OR excluded.method = 'manual'`;
}

/**
 * Every copy of the cluster whose original was `from` now points at `to`, with its similarity to
 * the new original; quotes of `from`'s text now name `to`. An import does it when an earlier copy
 * arrives, the removal of an import (lib/curation/imports.ts) when the original goes.
 */
export async function repoint(tx: Tx, from: number, to: number): Promise<void> {
  const moved = await tx.$queryRaw<{ id: number }[]>`
    UPDATE articles SET reprint_of_id = ${to} WHERE reprint_of_id = ${from} AND id <> ${to} RETURNING id`;
  await tx.$executeRaw`UPDATE articles SET reprint_of_id = NULL, reprint_similarity = NULL WHERE id = ${to} AND reprint_of_id = ${from}`;
  if (moved.length) await refreshSimilarities(tx, moved.map((m) => m.id));
  for (const table of ['article_quotes', 'article_quote_overrides'] as const) {
    const t = Prisma.raw(table);
    await tx.$executeRaw`DELETE FROM ${t} x WHERE x.quoted_id = ${from} AND (x.article_id = ${to} OR EXISTS (SELECT 1 FROM ${t} y WHERE y.article_id = x.article_id AND y.quoted_id = ${to}))`;
    await tx.$executeRaw`UPDATE ${t} SET quoted_id = ${to} WHERE quoted_id = ${from}`;
  }
}

/** Recomputes the similarity of reprints to their (current) originals. */
export async function refreshSimilarities(tx: Tx, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await tx.$queryRaw<{ id: number; title: string; body: string; ot: string; ob: string }[]>`
    SELECT a.id, a.title, a.body, o.title AS ot, o.body AS ob FROM articles a JOIN articles o ON o.id = a.reprint_of_id WHERE a.id = ANY(${ids}::int4[])`;
  const texts = new Map<string, Set<number>>();
  const set = (title: string, body: string) => {
    const key = `${title}\u0000${body}`;
    let s = texts.get(key);
    if (!s) texts.set(key, (s = textShingles(body, title).set));
    return s;
  };
  const sims = rows.map((r) => Math.round(overlap(set(r.title, r.body), set(r.ot, r.ob)).aInB * 1000) / 1000);
  await tx.$executeRaw`
    UPDATE articles a SET reprint_similarity = x.s FROM unnest(${rows.map((r) => r.id)}::int4[], ${sims}::real[]) AS x(id, s) WHERE a.id = x.id`;
}

/** The shared passages of articles that quote another (offsets into their bodies), for their own-text analysis. */
export async function quotedSpans(tx: Tx | Db, ids: number[]): Promise<Map<number, { start: number; end: number }[]>> {
  const out = new Map<number, { start: number; end: number }[]>();
  if (ids.length === 0) return out;
  const rows = await tx.$queryRaw<{ id: number; spans: number[] }[]>`
    SELECT article_id AS id, spans FROM article_quotes WHERE article_id = ANY(${ids}::int4[])`;
  for (const r of rows) {
    const list = out.get(r.id) ?? [];
    for (let i = 0; i + 1 < r.spans.length; i += 2) list.push({ start: r.spans[i]!, end: r.spans[i + 1]! });
    out.set(r.id, list);
  }
  return out;
}

/**
 * An analysis as stored for an article that quotes another: its own text only (own-text.ts).
 * Unchanged when it quotes nothing.
 */
export function ownText(
  analysis: ArticleAnalysis,
  spans: { start: number; end: number }[] | undefined,
  input: { title: string; publisherStance: StanceKey; viaStance: StanceKey | null },
): ArticleAnalysis {
  return spans?.length ? ownTextAnalysis(analysis, { ...input, spans }) : analysis;
}

/** Stores the word counts of analysed articles where they changed (an article's own words when it quotes another). */
export async function storeWordCounts(tx: Tx, items: { articleId: number; analysis: ArticleAnalysis }[]): Promise<void> {
  if (items.length === 0) return;
  await tx.$executeRaw`
    UPDATE articles a SET word_count = x.w
    FROM unnest(${items.map((i) => i.articleId)}::int4[], ${items.map((i) => i.analysis.wordCount)}::int4[]) AS x(id, w)
    WHERE a.id = x.id AND a.word_count <> x.w`;
}

