// What preparing a file computes, as pure functions of the file and of what the database holds
// (no I/O): the importer's own thread and its worker thread (prepare-thread.ts) run exactly this.
import { analysedText, analyzeArticle, type ArticleAnalysis, type EventExamples } from '@/lib/analysis';
import { fingerprint, type Fingerprint } from '@/lib/analysis/reprints';
import type { Catalog } from '@/lib/analysis/catalog';
import type { StoredEvent } from '@/lib/analysis/user-events';
import { parseFile } from '@/lib/parse/parse-file';
import { contentHash, countWords } from '@/lib/parse/normalize';
import type { ImportOptions, ParsedArticle } from '@/lib/parse/types';
import { resolveSource, type ResolvedSource } from '@/lib/parse/resolve';
import type { StanceKey } from '@/lib/stance';
import { withUserEvents } from './user-catalog';

export interface PreAnalysis {
  analysis: ArticleAnalysis;
  publisherStance: StanceKey;
  viaStance: StanceKey | null;
  /** The article's stored word count (countWords of title and body as written), counted here so the transaction does not. */
  wordCount: number;
}

/** A run's event context: the curators' events (compiled, and as stored for a thread to compile) and confirmed links. */
export interface PrepareContext {
  userEvents: Catalog | null;
  userEventRows: readonly StoredEvent[];
  examples: EventExamples;
}

export interface StoredOutlet {
  id: number;
  stance: StanceKey;
}

/** What the database already holds of a file's texts and outlets. */
export interface StoredState {
  existing: string[];
  outlets: [string, StoredOutlet][];
}

export interface PreparedAnalyses {
  /** Content hash of each parsed article, in file order. */
  hashes: string[];
  /** By content hash; articles already stored are left out (a re-import costs no analysis). */
  analyses: Map<string, PreAnalysis>;
  /** Reprint fingerprints (lib/analysis/reprints), by content hash like the analyses. */
  fingerprints: Map<string, Fingerprint | null>;
}

export function parseInput(
  file: { name: string; bytes: Uint8Array },
  opts: ImportOptions,
  parse?: (file: { name: string; bytes: Uint8Array }) => ParsedArticle[],
): ParsedArticle[] {
  return parse ? parse(file) : parseFile(file.name, file.bytes, { publisher: opts.publisher, via: opts.via, url: opts.url });
}

/** Per article, in file order: its content hash and its outlets; and the outlet slugs to ask the database about. */
export interface PrepareKeys {
  hashes: string[];
  sources: ResolvedSource[];
  slugs: string[];
}

export function prepareKeys(parsed: readonly ParsedArticle[]): PrepareKeys {
  const sources = articleSources(parsed);
  const slugs = new Set(sources.flatMap((s) => (s.via ? [s.publisher.slug, s.via.slug] : [s.publisher.slug])));
  return { hashes: parsed.map((a) => contentHash(a)), sources, slugs: [...slugs] };
}

/** Each article's resolved outlets, in file order. */
export function articleSources(parsed: readonly ParsedArticle[]): ResolvedSource[] {
  return parsed.map((a) => resolveSource(a.publisherName, a.via, a.publisherHost));
}

/**
 * The fingerprints of the articles analyseParsed would fingerprint (not stored yet, first of their
 * text), on their own: the worker thread sends them ahead of the analysis (about a tenth of its
 * time), so that the importer can start reprint detection's reads (lib/ingest/reprints.ts readStored)
 * while the analysis runs.
 */
export function fingerprintParsed(parsed: readonly ParsedArticle[], keys: Pick<PrepareKeys, 'hashes'>, stored: StoredState | null): Map<string, Fingerprint | null> {
  const fingerprints = new Map<string, Fingerprint | null>();
  if (!stored) return fingerprints;
  const existing = new Set(stored.existing);
  try {
    for (const [k, a] of parsed.entries()) {
      const hash = keys.hashes[k]!;
      if (existing.has(hash) || fingerprints.has(hash)) continue;
      fingerprints.set(hash, fingerprint(a.body, a.title));
    }
  } catch {
    // Only an optimisation, like the analysis: the transaction fingerprints whatever is missing.
  }
  return fingerprints;
}

/**
 * Analyses and fingerprints the articles not stored yet, with each outlet's stored stance (the
 * registry's when the outlet is new). `stored` null: the database could not be asked; nothing is
 * prepared then, and the transaction analyses everything itself. `pause` lets an in-thread caller
 * yield to its event loop between articles.
 */
export async function analyseParsed(
  parsed: readonly ParsedArticle[],
  keys: Pick<PrepareKeys, 'hashes' | 'sources'>,
  stored: StoredState | null,
  ctx: Pick<PrepareContext, 'userEvents' | 'examples'>,
  reprints: boolean,
  pause?: () => Promise<void>,
): Promise<PreparedAnalyses> {
  const analyses = new Map<string, PreAnalysis>();
  const fingerprints = new Map<string, Fingerprint | null>();
  const { hashes } = keys;
  if (!stored) return { hashes, analyses, fingerprints };
  try {
    const existing = new Set(stored.existing);
    const bySlug = new Map(stored.outlets);
    for (const [k, a] of parsed.entries()) {
      const hash = keys.hashes[k]!;
      // Known texts are skipped by the transaction anyway.
      if (existing.has(hash) || analyses.has(hash)) continue;
      const source = keys.sources[k]!;
      const pub = bySlug.get(source.publisher.slug);
      const via = source.via ? bySlug.get(source.via.slug) : undefined;
      const publisherStance = pub?.stance ?? source.publisher.stance;
      const viaStance = source.via && !(pub && via && pub.id === via.id) ? (via?.stance ?? source.via.stance) : null;
      const analysis = analyzeArticle({ title: a.title, body: a.body, publishedAt: a.publishedAt, datePrecision: a.datePrecision, publisherStance, viaStance, examples: ctx.examples });
      analyses.set(hash, { analysis: withUserEvents(analysis, ctx.userEvents, a), publisherStance, viaStance, wordCount: countWords(analysedText(a.title, a.body)) });
      if (reprints) fingerprints.set(hash, fingerprint(a.body, a.title));
      await pause?.();
    }
  } catch {
    // Only an optimisation: the transaction analyses whatever is missing here.
  }
  return { hashes, analyses, fingerprints };
}

// Long enough to keep the overhead of yielding small, short enough that the importer's queries
// (the other file's, or reprint detection's early reads) are answered promptly.
const SLICE_MS = 10;

/** A `pause` for analyseParsed on the importer's own thread: yields to its event loop every 10 ms. */
export function slicedPause(): () => Promise<void> {
  let slice = performance.now();
  return async () => {
    if (performance.now() - slice > SLICE_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      slice = performance.now();
    }
  };
}
