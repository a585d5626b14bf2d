// Multi-row inserts for the import path: one statement per table whatever the row count, each
// column sent as one array parameter and spread back into rows by unnest(). Prisma's createMany
// builds and validates every row object in JavaScript, which cost more than the analysis itself
// on large files (see BENCHMARKS.md); this sends the same rows with about 15 parameters.
// Row shapes are Prisma's own CreateManyInput types, so callers build rows as before.
import { Prisma } from '@/lib/generated/prisma/client';
import type { ParsedArticle } from '@/lib/parse/types';

type Tx = Pick<Prisma.TransactionClient, '$queryRaw' | '$executeRaw'>;

/** A parsed article's own fields, with its outlet, host and batch resolved to ids. */
export interface ArticleInsert extends Pick<ParsedArticle, 'title' | 'titleSource' | 'author' | 'publishedAt' | 'datePrecision' | 'url' | 'language' | 'languageSource' | 'body' | 'sourceFile' | 'sourceIndex'> {
  publisherId: number;
  viaId: number | null;
  wordCount: number;
  contentHash: string;
  importBatchId: number;
  /** An id reserved beforehand (reserveArticleIds), or none: the next of the sequence. */
  id?: number;
  /** The original, when reprint detection already knows it (lib/ingest/reprints.ts). */
  reprintOfId?: number | null;
  reprintSimilarity?: number | null;
}

/** Ids for articles about to be inserted, in increasing order (reprint detection plans with them first). */
export async function reserveArticleIds(tx: Tx, n: number): Promise<number[]> {
  if (n === 0) return [];
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT nextval('articles_id_seq')::int AS id FROM generate_series(1, ${n}::int)`;
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/**
 * Inserts the articles, skipping any whose content hash is already stored (a concurrent import
 * of the same text wins quietly); returns the ids of the rows inserted.
 */
export async function insertArticles(tx: Tx, rows: ArticleInsert[]): Promise<{ id: number; contentHash: string }[]> {
  if (rows.length === 0) return [];
  const col = <K extends keyof ArticleInsert>(k: K) => rows.map((r) => r[k] ?? null);
  return tx.$queryRaw<{ id: number; contentHash: string }[]>`
    INSERT INTO articles (id, publisher_id, via_id, title, title_source, author, published_at, date_precision, url, language, language_source, body,
                          word_count, content_hash, source_file, source_index, import_batch_id, reprint_of_id, reprint_similarity)
    SELECT coalesce(i, nextval('articles_id_seq')::int), p, v, t, ts, au, pa, dp, u, l, ls, b, w, h, sf, si, ib, ro, rs
    FROM unnest(${col('id')}::int[], ${col('publisherId')}::int[], ${col('viaId')}::int[], ${col('title')}::text[], ${col('titleSource')}::text[],
                ${col('author')}::text[], ${col('publishedAt')}::date[], ${col('datePrecision')}::"DatePrecision"[], ${col('url')}::text[],
                ${col('language')}::text[], ${col('languageSource')}::text[], ${col('body')}::text[], ${col('wordCount')}::int[],
                ${col('contentHash')}::bpchar[], ${col('sourceFile')}::text[], ${col('sourceIndex')}::int[],
                ${col('importBatchId')}::int[], ${col('reprintOfId')}::int[], ${col('reprintSimilarity')}::real[])
         AS x(i, p, v, t, ts, au, pa, dp, u, l, ls, b, w, h, sf, si, ib, ro, rs)
    ON CONFLICT DO NOTHING
    RETURNING id, content_hash AS "contentHash"`;
}

/** A JSON column's value as text (the COPY path writes the same: copy-write.ts). */
export const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));
/** int[] per row as an array literal (unnest cannot spread an array of arrays; COPY reads the same literal). */
export const intArray = (v: unknown) => `{${(Array.isArray(v) ? (v as number[]) : []).join(',')}}`;

export async function insertArticleEvents(tx: Tx, rows: Prisma.ArticleEventCreateManyInput[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO article_events (article_id, event_id, score, method, role, evidence, signals)
    SELECT * FROM unnest(${rows.map((r) => r.articleId)}::int[], ${rows.map((r) => r.eventId)}::int[],
                         ${rows.map((r) => r.score)}::real[], ${rows.map((r) => r.method)}::text[],
                         ${rows.map((r) => r.role)}::text[], ${rows.map((r) => json(r.evidence) ?? '[]')}::jsonb[],
                         ${rows.map((r) => json(r.signals) ?? '[]')}::jsonb[])`;
}

export async function insertArticleTerms(tx: Tx, rows: Prisma.ArticleTermCreateManyInput[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO article_terms (article_id, term, category, count, offsets)
    SELECT a, t, c, n, o::int[] FROM unnest(${rows.map((r) => r.articleId)}::int[], ${rows.map((r) => r.term)}::text[],
                         ${rows.map((r) => r.category)}::text[], ${rows.map((r) => r.count)}::int[],
                         ${rows.map((r) => intArray(r.offsets))}::text[]) AS x(a, t, c, n, o)`;
}

export async function insertClaims(tx: Tx, rows: Prisma.ClaimCreateManyInput[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <K extends keyof Prisma.ClaimCreateManyInput>(k: K) => rows.map((r) => r[k] ?? null);
  await tx.$executeRaw`
    INSERT INTO claims (article_id, event_id, value, value_text, vague, qualifier, kind, sentence, span_start, span_end, source, source_text)
    SELECT * FROM unnest(${col('articleId')}::int[], ${col('eventId')}::int[], ${col('value')}::float8[], ${col('valueText')}::text[],
                         ${col('vague')}::bool[], ${col('qualifier')}::text[], ${col('kind')}::text[], ${col('sentence')}::text[],
                         ${col('spanStart')}::int[], ${col('spanEnd')}::int[], ${col('source')}::text[], ${col('sourceText')}::text[])`;
}

export async function insertAttributions(tx: Tx, rows: Prisma.AttributionCreateManyInput[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <K extends keyof Prisma.AttributionCreateManyInput>(k: K) => rows.map((r) => r[k] ?? null);
  await tx.$executeRaw`
    INSERT INTO attributions (article_id, entity, entity_type, verb, sentence, span_start, span_end, quoted)
    SELECT * FROM unnest(${col('articleId')}::int[], ${col('entity')}::text[], ${col('entityType')}::text[], ${col('verb')}::text[],
                         ${col('sentence')}::text[], ${col('spanStart')}::int[], ${col('spanEnd')}::int[], ${col('quoted')}::bool[])`;
}

export async function insertArticleAnalysis(tx: Tx, rows: Prisma.ArticleAnalysisCreateManyInput[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <K extends keyof Prisma.ArticleAnalysisCreateManyInput>(k: K) => rows.map((r) => r[k] ?? null);
  await tx.$executeRaw`
    INSERT INTO article_analysis (article_id, stance_score, stance_leaning, suggested_stance, inferred, divergent, fallback_from_via,
                                  cues, lexicon_version, events_version, method_version)
    SELECT * FROM unnest(${col('articleId')}::int[], ${col('stanceScore')}::real[], ${col('stanceLeaning')}::text[],
                         ${col('suggestedStance')}::"Stance"[], ${col('inferred')}::bool[], ${col('divergent')}::bool[],
                         ${col('fallbackFromVia')}::bool[], ${rows.map((r) => json(r.cues) ?? '[]')}::jsonb[],
                         ${col('lexiconVersion')}::text[], ${col('eventsVersion')}::text[], ${col('methodVersion')}::text[])`;
}
