// The dry run's JSON is a contract other tools and tests rely on (docs/import-json.md): one
// object per parsed article, nothing written anywhere. Reprints are found within the run here
// (pure); the CLI adds the stored corpus when a database is reachable (linkDryRun with the base
// lib/ingest/reprints.ts dryRunBase reads), which can only change reprintOf, reprintSimilarity
// and quotes.
import { parseFile } from '@/lib/parse/parse-file';
import { analyzeArticle } from '@/lib/analysis';
import { authorshipScore, fingerprint, ReprintLinker, strippedRanges, type LinkerBase, type NewCopy } from '@/lib/analysis/reprints';
import { fileWarnings, ImportFileError, type FileResult, type ImportOptions, type InputFile, type ParsedArticle } from '@/lib/parse/types';
import { resolveSource } from './resolve';

export interface DryRunArticle {
  title: string;
  publisher: string;
  publisherSlug: string;
  stance: string;
  /** "iran-national-domain" when an outlet the registry does not list is rated by a host rule (lib/registry/host-rules.ts). */
  stanceRule: string | null;
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
  /** The text's original when this is a reprint: an article of this run, or one already stored; null when it is an original. */
  reprintOf: ArticleRef | null;
  /** Share of this article's shingles found in that original (0–1), or null. */
  reprintSimilarity: number | null;
  /** Texts this article reproduces in full inside its own ("quotes" links), with the share of each found in it. */
  quotes: (ArticleRef & { containment: number })[];
}

/** An article of the run (its file and position) or a stored one (its id). */
export type ArticleRef = { sourceFile: string; sourceIndex: number } | { articleId: number };

export interface DryRunResult {
  articles: DryRunArticle[];
  results: FileResult[];
  /** What reprint detection needs of each article, in the order of `articles` (not printed). */
  copies: NewCopy[];
}


/** Run articles sort after every stored article in import order ("first imported" breaks ties). */
const RUN_ORDER = 2 ** 40;

export function dryRun(files: InputFile[], opts: ImportOptions): DryRunResult {
  const articles: DryRunArticle[] = [];
  const results: FileResult[] = [];
  const copies: NewCopy[] = [];
  for (const file of files) {
    try {
      const parsed = parseFile(file.name, file.bytes, opts);
      for (const a of parsed) {
        articles.push(describeArticle(a));
        copies.push(reprintCopy(a, copies.length));
      }
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
  const run = { articles, results, copies };
  linkDryRun(run, null);
  return run;
}

/**
 * What reprint detection needs of the n-th article of a run. Run articles have negative ids
 * (stored ones are positive) and come after every stored article in import order.
 */
export function reprintCopy(a: ParsedArticle, n: number): NewCopy {
  const { publisher, via } = resolveSource(a.publisherName, a.via, a.publisherHost);
  const { credits, edges } = strippedRanges(a.body, a.title);
  const outletNames = [publisher.name, ...(publisher.registry?.aliases ?? []), ...(publisher.registry?.domains ?? [])];
  return {
    id: -(n + 1),
    order: RUN_ORDER + n,
    title: a.title,
    body: a.body,
    publishedAt: a.publishedAt,
    datePrecision: a.publishedAt ? a.datePrecision : 'unknown',
    authorship: authorshipScore({ via: via !== null, credits, edges, outletNames }),
    reprintOfId: null,
    curated: null,
    fingerprint: fingerprint(a.body, a.title),
  };
}

const NO_STORED: LinkerBase = { bandHits: new Map(), signatures: new Map(), copies: new Map(), suppressedQuotes: new Set() };

/**
 * Sets each article's reprintOf, reprintSimilarity and quotes: the links an import of these files
 * would make, against the stored articles in `base` (null: within the run only).
 */
export function linkDryRun(run: DryRunResult, base: LinkerBase | null): void {
  const linker = new ReprintLinker(base ?? NO_STORED);
  for (const c of run.copies) linker.add(c);
  const result = linker.result();
  const ref = (id: number): ArticleRef => {
    if (id > 0) return { articleId: id };
    const a = run.articles[-id - 1]!;
    return { sourceFile: a.sourceFile, sourceIndex: a.sourceIndex };
  };
  run.copies.forEach((c, i) => {
    const link = result.links.get(c.id);
    const a = run.articles[i]!;
    a.reprintOf = link?.reprintOfId ? ref(link.reprintOfId) : null;
    a.reprintSimilarity = link?.reprintOfId ? link.similarity : null;
    a.quotes = result.quotes.filter((q) => q.articleId === c.id).map((q) => ({ ...ref(q.quotedId), containment: q.containment }));
  });
}

/** One parsed article as the dry run prints it: resolved, analysed, nothing written. */
export function describeArticle(a: ParsedArticle): DryRunArticle {
  const { publisher, via } = resolveSource(a.publisherName, a.via, a.publisherHost);
  const analysis = analyzeArticle({ ...a, publisherStance: publisher.stance, viaStance: via?.stance ?? null });
  return {
    title: a.title,
    publisher: publisher.name,
    publisherSlug: publisher.slug,
    stance: publisher.stance,
    stanceRule: publisher.rule?.rule ?? null,
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
    reprintOf: null,
    reprintSimilarity: null,
    quotes: [],
  };
}
