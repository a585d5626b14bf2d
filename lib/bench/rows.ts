// The rows the importer writes for one new article and its analysis, in COPY text format, for
// the bulk paths of the benchmark (lib/bench/generate.ts). They must stay the rows
// lib/ingest/import-files.ts and persist-analysis.ts write: tests/integration/bench-generate
// loads the same articles both ways and compares every table.
import { ANALYSIS_VERSION, analysedText, type ArticleAnalysis } from '@/lib/analysis';
import { countWords } from '@/lib/parse/normalize';
import type { ParsedArticle } from '@/lib/parse/types';
import { copyRow } from './copy';

export const COPY_COLUMNS = {
  articles: ['id', 'publisher_id', 'via_id', 'title', 'author', 'published_at', 'date_precision', 'url', 'language', 'body', 'word_count', 'content_hash', 'source_file', 'source_index', 'import_batch_id'],
  article_events: ['article_id', 'event_id', 'score', 'method', 'role', 'evidence'],
  article_terms: ['article_id', 'term', 'category', 'count', 'offsets'],
  claims: ['article_id', 'event_id', 'value', 'value_text', 'vague', 'qualifier', 'kind', 'sentence', 'span_start', 'span_end', 'source', 'source_text'],
  attributions: ['article_id', 'entity', 'entity_type', 'verb', 'sentence', 'span_start', 'span_end', 'quoted'],
  article_analysis: ['article_id', 'stance_score', 'stance_leaning', 'suggested_stance', 'inferred', 'divergent', 'fallback_from_via', 'cues', 'lexicon_version', 'events_version', 'method_version'],
} as const;

export type CopyTable = keyof typeof COPY_COLUMNS;
/** Parents first: the analysis tables reference articles. */
export const COPY_TABLES = Object.keys(COPY_COLUMNS) as CopyTable[];

export function copySql(table: CopyTable): string {
  return `COPY "${table}" (${COPY_COLUMNS[table].map((c) => `"${c}"`).join(', ')}) FROM STDIN`;
}

export type TableText = Record<CopyTable, string>;

export function emptyTables(): TableText {
  return { articles: '', article_events: '', article_terms: '', claims: '', attributions: '', article_analysis: '' };
}

export function articleRow(
  id: number,
  a: ParsedArticle,
  hash: string,
  publisherId: number,
  viaId: number | null,
  batchId: number,
): string {
  return copyRow([
    id,
    publisherId,
    viaId,
    a.title,
    a.author,
    a.publishedAt,
    a.publishedAt ? a.datePrecision : 'unknown',
    a.url,
    a.language,
    a.body,
    countWords(analysedText(a.title, a.body)),
    hash,
    a.sourceFile,
    a.sourceIndex,
    batchId,
  ]);
}

/** Appends the analysis rows of a new article (no curator links or overrides exist for it yet). */
export function appendAnalysisRows(out: TableText, articleId: number, a: ArticleAnalysis, eventIds: ReadonlyMap<string, number>): void {
  for (const e of a.events) {
    const eventId = eventIds.get(e.slug);
    if (eventId === undefined) continue;
    out.article_events += copyRow([articleId, eventId, e.score, e.method, e.role, JSON.stringify(e.evidence)]);
  }
  for (const t of a.terms) out.article_terms += copyRow([articleId, t.term, t.category, t.count, t.offsets.flatMap((s) => [s.start, s.end])]);
  for (const c of a.claims) {
    out.claims += copyRow([
      articleId,
      c.eventSlug ? (eventIds.get(c.eventSlug) ?? null) : null,
      c.value,
      c.valueText,
      c.vague,
      c.qualifier,
      c.kind,
      c.sentence,
      c.span.start,
      c.span.end,
      c.source,
      c.sourceText,
    ]);
  }
  for (const q of a.attributions) {
    out.attributions += copyRow([articleId, q.entity, q.entityType, q.verb, q.sentence, q.span.start, q.span.end, q.quoted]);
  }
  out.article_analysis += copyRow([
    articleId,
    a.stance.score,
    a.stance.leaning,
    a.stance.suggestedStance,
    a.stance.inferred,
    a.stance.divergent,
    a.stance.fallbackFromVia,
    JSON.stringify(a.stance.cues),
    ANALYSIS_VERSION.lexicon,
    ANALYSIS_VERSION.events,
    ANALYSIS_VERSION.method,
  ]);
}
