// The dry run's JSON is a contract other tools and tests rely on (docs/import-json.md): one
// object per parsed article, nothing written anywhere.
import { parseFile } from '@/lib/parse/parse-file';
import { analyzeArticle } from '@/lib/analysis';
import { fileWarnings, ImportFileError, type FileResult, type ImportOptions, type InputFile, type ParsedArticle } from '@/lib/parse/types';
import { resolveSource } from './resolve';

export interface DryRunArticle {
  title: string;
  publisher: string;
  publisherSlug: string;
  stance: string;
  via: string | null;
  viaSlug: string | null;
  author: string | null;
  publishedAt: string | null;
  datePrecision: string;
  url: string | null;
  language: string;
  wordCount: number;
  sourceFile: string;
  sourceIndex: number;
  /** What was left out of this article on the way in (a refused URL), as the import reports it. */
  warnings: string[];
  /** Analysis results, as stored on import. */
  events: { slug: string; score: number; role: 'about' | 'mention' }[];
  terms: Record<string, number>;
  claims: { valueText: string; value: number | null; qualifier: string | null; kind: string; source: string | null; event: string | null; sentence: string }[];
  attributions: { entity: string; entityType: string; verb: string; quoted: boolean; sentence: string }[];
  stanceCues: { score: number; leaning: string; suggestedStance: string | null; divergent: boolean };
}

export function dryRun(files: InputFile[], opts: ImportOptions): { articles: DryRunArticle[]; results: FileResult[] } {
  const articles: DryRunArticle[] = [];
  const results: FileResult[] = [];
  for (const file of files) {
    try {
      const parsed = parseFile(file.name, file.bytes, opts);
      for (const a of parsed) articles.push(describeArticle(a));
      const warnings = fileWarnings(parsed);
      results.push({ file: file.name, status: 'imported', parsed: parsed.length, new: 0, duplicate: 0, ...(warnings ? { warnings } : {}) });
    } catch (err) {
      results.push({
        file: file.name,
        status: 'failed',
        parsed: 0,
        new: 0,
        duplicate: 0,
        reason: err instanceof ImportFileError ? err.message : String((err as Error).message ?? err),
      });
    }
  }
  return { articles, results };
}

/** One parsed article as the dry run prints it: resolved, analysed, nothing written. */
export function describeArticle(a: ParsedArticle): DryRunArticle {
  const { publisher, via } = resolveSource(a.publisherName, a.via);
  const analysis = analyzeArticle({ ...a, publisherStance: publisher.stance, viaStance: via?.stance ?? null });
  return {
    title: a.title,
    publisher: publisher.name,
    publisherSlug: publisher.slug,
    stance: publisher.stance,
    via: via?.name ?? null,
    viaSlug: via?.slug ?? null,
    author: a.author,
    publishedAt: a.publishedAt,
    datePrecision: a.publishedAt ? a.datePrecision : 'unknown',
    url: a.url,
    language: a.language,
    wordCount: analysis.wordCount,
    sourceFile: a.sourceFile,
    sourceIndex: a.sourceIndex,
    warnings: a.warnings ?? [],
    events: analysis.events.map((e) => ({ slug: e.slug, score: Number(e.score.toFixed(3)), role: e.role })),
    terms: Object.fromEntries(analysis.terms.map((t) => [t.term, t.count])),
    claims: analysis.claims.map((c) => ({
      valueText: c.valueText,
      value: c.value,
      qualifier: c.qualifier,
      kind: c.kind,
      source: c.source,
      event: c.eventSlug,
      sentence: c.sentence,
    })),
    attributions: analysis.attributions.map((q) => ({
      entity: q.entity,
      entityType: q.entityType,
      verb: q.verb,
      quoted: q.quoted,
      sentence: q.sentence,
    })),
    stanceCues: {
      score: Number(analysis.stance.score.toFixed(3)),
      leaning: analysis.stance.leaning,
      suggestedStance: analysis.stance.suggestedStance,
      divergent: analysis.stance.divergent,
    },
  };
}
