// A file's new articles and their analysis rows by COPY FROM STDIN, on the connection holding the
// file's transaction (lib/db/tx-connection.ts), instead of INSERT … unnest through Prisma: the
// server parses COPY rows for less than the unnest statements cost, and the rows go as text built
// a chunk at a time while the server already stores the chunks before (BENCHMARKS.md, "The import
// against a COPY"). The same rows and values as bulk-insert.ts writes: column for column, numbers
// as node-postgres writes them into an array parameter (String(n)), JSON as JSON.stringify.
//
// COPY has no ON CONFLICT: a text that another import stored since this file's duplicate check
// (a concurrent import of the same text) fails the COPY with a unique violation, and with it the
// transaction; the caller runs the file again on the INSERT path (CopyConflict), which skips it.
import type pg from 'pg';
import { copyFrom, escapeText } from '@/lib/db/copy';
import { intArray, json, type ArticleInsert } from './bulk-insert';
import type { AnalysisRows } from './persist-analysis';

/** A unique violation under COPY: the file's transaction is lost; run it again without COPY. */
export class CopyConflict extends Error {
  constructor(readonly cause: unknown) {
    super('a text of this file was stored meanwhile by another import');
  }
}

type Field = string | number | boolean | null | undefined;

// Not copyField (lib/db/copy.ts), which refuses a non-finite number: a number is written as
// node-postgres writes it into the INSERT path's array parameters.
function field(v: Field): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 't' : 'f';
  return escapeText(v);
}


/** Rows per chunk sent: the server stores one chunk while the next is built. */
const CHUNK = 64;

function* chunks<T>(rows: readonly T[], fields: (r: T) => Field[]): Generator<string> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    let out = '';
    for (const r of rows.slice(i, i + CHUNK)) out += fields(r).map(field).join('\t') + '\n';
    yield out;
  }
}

async function copy<T>(conn: pg.PoolClient, table: string, columns: string[], rows: readonly T[], fields: (r: T) => Field[]): Promise<void> {
  if (rows.length === 0) return;
  try {
    await copyFrom(conn, `COPY ${table} (${columns.join(', ')}) FROM STDIN`, chunks(rows, fields));
  } catch (err) {
    if ((err as { code?: string }).code === '23505') throw new CopyConflict(err);
    throw err;
  }
}

/** The articles, every one with its reserved id; all are stored or the COPY fails. Returns them as insertArticles does. */
export async function copyArticles(conn: pg.PoolClient, rows: readonly (ArticleInsert & { id: number })[]): Promise<{ id: number; contentHash: string }[]> {
  await copy(
    conn,
    'articles',
    ['id', 'publisher_id', 'via_id', 'title', 'title_source', 'author', 'published_at', 'date_precision', 'url', 'language', 'language_source', 'body',
      'word_count', 'content_hash', 'source_file', 'source_index', 'import_batch_id', 'reprint_of_id', 'reprint_similarity'],
    rows,
    (r) => [r.id, r.publisherId, r.viaId, r.title, r.titleSource, r.author, r.publishedAt, r.datePrecision, r.url, r.language, r.languageSource, r.body,
      r.wordCount, r.contentHash, r.sourceFile, r.sourceIndex, r.importBatchId, r.reprintOfId, r.reprintSimilarity],
  );
  return rows.map((r) => ({ id: r.id, contentHash: r.contentHash }));
}

/** The five analysis tables' rows (persist-analysis.ts analysisRows), in persistAnalysis's order. */
export async function copyAnalysisRows(conn: pg.PoolClient, { events, terms, claims, attributions, rows }: AnalysisRows): Promise<void> {
  await copy(conn, 'article_events', ['article_id', 'event_id', 'score', 'method', 'role', 'evidence', 'signals'], events, (r) => [
    r.articleId, r.eventId, r.score, r.method, r.role, json(r.evidence) ?? '[]', json(r.signals) ?? '[]',
  ]);
  await copy(conn, 'article_terms', ['article_id', 'term', 'category', 'count', 'offsets'], terms, (r) => [
    r.articleId, r.term, r.category, r.count, intArray(r.offsets),
  ]);
  await copy(
    conn,
    'claims',
    ['article_id', 'event_id', 'value', 'value_text', 'vague', 'qualifier', 'kind', 'sentence', 'span_start', 'span_end', 'source', 'source_text'],
    claims,
    (r) => [r.articleId, r.eventId, r.value, r.valueText, r.vague, r.qualifier, r.kind, r.sentence, r.spanStart, r.spanEnd, r.source, r.sourceText],
  );
  await copy(conn, 'attributions', ['article_id', 'entity', 'entity_type', 'verb', 'sentence', 'span_start', 'span_end', 'quoted'], attributions, (r) => [
    r.articleId, r.entity, r.entityType, r.verb, r.sentence, r.spanStart, r.spanEnd, r.quoted,
  ]);
  await copy(
    conn,
    'article_analysis',
    ['article_id', 'stance_score', 'stance_leaning', 'suggested_stance', 'inferred', 'divergent', 'fallback_from_via', 'cues', 'lexicon_version', 'events_version', 'method_version'],
    rows,
    (r) => [r.articleId, r.stanceScore, r.stanceLeaning, r.suggestedStance, r.inferred, r.divergent, r.fallbackFromVia, json(r.cues) ?? '[]', r.lexiconVersion, r.eventsVersion, r.methodVersion],
  );
}

/**
 * Reprint detection's rows of the new articles (reprints.ts storeReprints): a fingerprint each and
 * its band keys. Both are new rows (the ids were reserved for this file), so nothing here can meet
 * an existing row; a band key an article holds twice is written once, as the INSERT path's ON
 * CONFLICT DO NOTHING would.
 */
export async function copyDetectionRows(
  conn: pg.PoolClient,
  fingerprints: readonly { articleId: number; shingles: number; signatureHex: string; version: string }[],
  bands: readonly { key: number; articleId: number }[],
): Promise<void> {
  await copy(conn, 'article_fingerprints', ['article_id', 'shingles', 'signature', 'version'], fingerprints, (r) => [
    r.articleId, r.shingles, `\\x${r.signatureHex}`, r.version,
  ]);
  const seen = new Set<string>();
  const unique = bands.filter((b) => {
    const k = `${b.key}:${b.articleId}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
  await copy(conn, 'reprint_bands', ['band_key', 'article_id'], unique, (r) => [r.key, r.articleId]);
}
