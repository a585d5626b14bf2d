// `npm run analyze`: find reprints again over the whole corpus (lib/ingest/reprints.ts, the same
// decisions an import makes; curators' decisions kept), then recompute every article's analysis
// with the current lexicon and catalog (and the events curators created), in batches by id
// (keyset), each batch in one transaction; an article that quotes another keeps its own text's
// analysis only. Idempotent: a second run leaves the same rows. Then refresh the discovered
// candidate events. Each batch also detects the language again of articles whose language did
// not come from their source's metadata (the backfill of articles imported before the detector,
// or with a newer one).
import { START_UP_TRANSACTION, type Db } from '@/lib/db/prisma';
import { Prisma } from '@/lib/generated/prisma/client';
import { analyzeArticle, type EventExamples } from '@/lib/analysis';
import { detectLanguage, loadLanguageDetector } from '@/lib/analysis/language';
import type { Catalog } from '@/lib/analysis/catalog';
import { discoverCandidates } from '@/lib/analysis/discovery';
import type { StanceKey } from '@/lib/stance';
import { eventIdsBySlug, syncEventCatalog } from './event-sync';
import { persistAnalysis } from './persist-analysis';
import { fingerprint, type Curated } from '@/lib/analysis/reprints';
import { detectReprints, ownText, quotedSpans, storeWordCounts, type StoredNew } from './reprints';
import { loadUserCatalog, withUserEvents } from './user-catalog';
import { loadEventExamples } from './event-examples';

interface Row {
  id: number;
  title: string;
  body: string;
  publishedAt: string | null;
  datePrecision: 'day' | 'month' | 'year' | 'unknown';
  stance: StanceKey;
  viaStance: StanceKey | null;
  language: string;
  languageSource: 'metadata' | 'detected' | null;
}

export async function reanalyzeAll(
  db: Db,
  opts: { batchSize?: number; onProgress?: (done: number, total: number, phase: 'reprints' | 'analysis') => void } = {},
): Promise<{ articles: number; candidates: number; reprints: number; quoting: number }> {
  const batchSize = opts.batchSize ?? 500;
  await loadLanguageDetector();
  const detected = await redetectAll(db, { batchSize, onProgress: (done, total) => opts.onProgress?.(done, total, 'reprints') });
  const eventIds = await syncEventCatalog(db);
  const [userEvents, examples] = await Promise.all([loadUserCatalog(db), loadEventExamples(db)]);
  const total = await db.article.count();
  let lastId = 0;
  let done = 0;
  opts.onProgress?.(0, total, 'analysis');
  for (;;) {
    const rows = await analysisInputs(db, Prisma.sql`a.id > ${lastId} ORDER BY a.id LIMIT ${batchSize}`);
    if (rows.length === 0) break;
    const analysed = analyseRows(rows, userEvents, examples, await quotedSpans(db, rows.map((r) => r.id)));
    const languages = redetectLanguages(rows);
    await db.$transaction(
      async (tx) => {
        if (languages.length) {
          await tx.$executeRaw`
            UPDATE articles a SET language = x.language, language_source = 'detected'
            FROM unnest(${languages.map((l) => l.id)}::int[], ${languages.map((l) => l.language)}::text[]) AS x(id, language)
            WHERE a.id = x.id`;
        }
        await persistAnalysis(tx, analysed, eventIds);
        await storeWordCounts(tx, analysed);
      },
      { timeout: 120_000 },
    );
    lastId = rows[rows.length - 1]!.id;
    done += rows.length;
    opts.onProgress?.(done, total, 'analysis');
  }
  const candidates = await refreshCandidates(db);
  return { articles: done, candidates, reprints: detected.reprints, quoting: detected.quoting.length };
}

// The article's own group (a curator's override) is the one its stance cues are compared with.
function analysisInputs(db: Db | Prisma.TransactionClient, where: Prisma.Sql): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    SELECT a.id, a.title, a.body, to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt", a.date_precision::text AS "datePrecision",
           coalesce(a.stance_override, p.stance)::text AS stance, v.stance::text AS "viaStance",
           a.language, a.language_source AS "languageSource"
    FROM articles a JOIN publishers p ON p.id = a.publisher_id LEFT JOIN publishers v ON v.id = a.via_id
    WHERE ${where}`;
}

/** Articles whose detected language is not the stored one (metadata languages are kept). */
function redetectLanguages(rows: Row[]): Array<{ id: number; language: string }> {
  const out: Array<{ id: number; language: string }> = [];
  for (const r of rows) {
    if (r.languageSource === 'metadata') continue;
    const language = detectLanguage(r.body);
    if (language !== r.language || r.languageSource === null) out.push({ id: r.id, language });
  }
  return out;
}

/** Each article's analysis; an article that quotes another (spans: the shared passages) keeps its own text's. */
function analyseRows(rows: Row[], userEvents: Catalog | null, examples: EventExamples, spans: Map<number, { start: number; end: number }[]>) {
  return rows.map((r) => {
    const input = { title: r.title, body: r.body, publishedAt: r.publishedAt, datePrecision: r.datePrecision, publisherStance: r.stance, viaStance: r.viaStance, examples };
    return { articleId: r.id, analysis: ownText(withUserEvents(analyzeArticle(input), userEvents, r), spans.get(r.id), input) };
  });
}

/**
 * Recomputes a few articles' analysis inside the caller's transaction (after a curator edits
 * them, or when an import finds that they quote a new article), and their word counts.
 */
export async function reanalyzeArticles(
  tx: Prisma.TransactionClient,
  ids: number[],
  /** The run's events and examples when the caller has them loaded (an import): not read again. */
  context?: { userEvents: Catalog | null; examples: EventExamples },
): Promise<void> {
  if (ids.length === 0) return;
  const rows = await analysisInputs(tx, Prisma.sql`a.id IN (${Prisma.join(ids)})`);
  const [userEvents, examples] = context ? [context.userEvents, context.examples] : await Promise.all([loadUserCatalog(tx), loadEventExamples(tx)]);
  const analysed = analyseRows(rows, userEvents, examples, await quotedSpans(tx, ids));
  await persistAnalysis(tx, analysed, await eventIdsBySlug(tx));
  await storeWordCounts(tx, analysed);
}

// Clustering is quadratic in the number of documents; the most recent unmatched articles are
// what a curator looks at first.
const MAX_DISCOVERY_DOCS = 2000;

/** Re-clusters the articles that match no event into candidate events. */
export async function refreshCandidates(db: Db): Promise<number> {
  const docs = await db.$queryRaw<{ id: number; title: string; body: string }[]>`
    SELECT a.id, a.title, a.body FROM articles a
    WHERE NOT EXISTS (SELECT 1 FROM article_events ae WHERE ae.article_id = a.id)
    ORDER BY a.published_at DESC NULLS LAST, a.id DESC LIMIT ${MAX_DISCOVERY_DOCS}`;
  const clusters = discoverCandidates(docs.map((d) => ({ id: d.id, text: `${d.title}\n\n${d.body}` })));
  await db.$transaction(async (tx) => {
    await tx.eventCandidate.deleteMany({});
    if (clusters.length) {
      await tx.eventCandidate.createMany({
        data: clusters.map((c) => ({
          label: c.label,
          topTerms: c.topTerms,
          articleIds: c.members.map(Number),
          cohesion: c.cohesion,
        })),
      });
    }
  }, START_UP_TRANSACTION);
  return clusters.length;
}


/** A stored article as re-detection reads it: what an import hands detection, and the curator's decision. */
type RedetectRow = Omit<StoredNew, 'fingerprint' | 'reprintOfId' | 'decision'> & { reprintOfId: number | null; decision: Curated };

/**
 * Detection over the whole corpus, in id (import) order, as if every article were imported again:
 * the same decisions an import makes. Automatic links, fingerprints and band keys are rebuilt; a
 * curator's decisions (reprint_decision, manual quotes, removed quotes) are kept and honoured.
 * Each batch commits on its own. Returns the articles that quote another (their analysis keeps
 * their own text only).
 */
export async function redetectAll(
  db: Db,
  opts: {
    batchSize?: number;
    /** Only the articles after this id, added to what is stored (the benchmark generator's new chunks); nothing is reset. */
    afterId?: number;
    /** Recompute the analysis of articles found to quote another (npm run analyze recomputes every article's afterwards instead). */
    analyseQuoting?: boolean;
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<{ articles: number; reprints: number; quoting: number[] }> {
  const batchSize = opts.batchSize ?? 500;
  if (opts.afterId === undefined) {
    // One transaction, so that a failed reset leaves the old detection whole. At 1M articles
    // un-linking the automatic reprints (~100,000 rows, each through the summary triggers) takes
    // minutes: a batch transaction's default 5 s would roll it back every time.
    await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`TRUNCATE reprint_bands, article_fingerprints`;
        await tx.$executeRaw`DELETE FROM article_quotes WHERE method = 'detected'`;
        await tx.$executeRaw`UPDATE articles SET reprint_of_id = NULL, reprint_similarity = NULL WHERE reprint_decision IS NULL AND reprint_of_id IS NOT NULL`;
      },
      { timeout: 3_600_000, maxWait: 30_000 },
    );
  }
  const total = await db.article.count({ where: { id: { gt: opts.afterId ?? 0 } } });
  let lastId = opts.afterId ?? 0;
  let done = 0;
  opts.onProgress?.(0, total);
  for (;;) {
    const rows = await db.$queryRaw<RedetectRow[]>`
      SELECT a.id, a.title, a.body, to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt", a.date_precision::text AS "datePrecision",
             a.publisher_id AS "publisherId", a.via_id IS NOT NULL AS via, a.reprint_of_id AS "reprintOfId", a.reprint_decision AS decision
      FROM articles a WHERE a.id > ${lastId} ORDER BY a.id LIMIT ${batchSize}`;
    if (rows.length === 0) break;
    const batch = rows.map((r) => ({ ...r, fingerprint: fingerprint(r.body, r.title) }));
    await db.$transaction(
      async (tx) => {
        const d = await detectReprints(tx, batch);
        if (opts.analyseQuoting) await reanalyzeArticles(tx, [...new Set([...d.quotingSpans.keys(), ...d.reanalyse])]);
      },
      { timeout: 600_000, maxWait: 30_000 },
    );
    lastId = rows[rows.length - 1]!.id;
    done += rows.length;
    opts.onProgress?.(done, total);
  }
  const [counts, quoting] = await Promise.all([
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM articles WHERE reprint_of_id IS NOT NULL`,
    db.$queryRaw<{ id: number }[]>`SELECT DISTINCT article_id AS id FROM article_quotes ORDER BY 1`,
  ]);
  return { articles: done, reprints: counts[0]!.n, quoting: quoting.map((q) => q.id) };
}
