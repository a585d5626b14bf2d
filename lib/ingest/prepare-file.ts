// The CPU half of importing a file — parse, hash, analyse — done before its transaction, so the
// importer can prepare file n+1 while file n's rows go into Postgres (the two then use both
// cores instead of taking turns). The analysis needs the stance stored for each outlet; here it
// is the stance stored when the file is prepared, and the transaction re-analyses any article
// whose outlet's stance turns out different (a curator changed it meanwhile, or a new outlet
// resolved to a curated one), so what is stored is always computed with the stored stance.
import type { Db } from '@/lib/db/prisma';
import { analyzeArticle, type ArticleAnalysis, type EventExamples } from '@/lib/analysis';
import { fingerprint, type Fingerprint } from '@/lib/analysis/reprints';
import type { Catalog } from '@/lib/analysis/catalog';
import { parseFile } from '@/lib/parse/parse-file';
import { contentHash } from '@/lib/parse/normalize';
import type { ImportOptions, ParsedArticle } from '@/lib/parse/types';
import type { StanceKey } from '@/lib/stance';
import { resolveSource } from '@/lib/parse/resolve';
import { withUserEvents } from './user-catalog';

export interface PreAnalysis {
  analysis: ArticleAnalysis;
  publisherStance: StanceKey;
  viaStance: StanceKey | null;
}

export type PreparedFile =
  | { ok: true; parsed: ParsedArticle[]; analyses: Map<string, PreAnalysis>; fingerprints: Map<string, Fingerprint | null> }
  | { ok: false; error: unknown };

// Long enough to keep the overhead of yielding small, short enough that the other file's
// queries are answered promptly.
const SLICE_MS = 10;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function prepareFile(
  db: Db,
  file: { name: string; bytes: Uint8Array },
  opts: ImportOptions,
  userEvents: Catalog | null,
  parse?: (file: { name: string; bytes: Uint8Array }) => ParsedArticle[],
  examples?: EventExamples,
  /** Reprint fingerprints too (off when the import runs without reprint detection). */
  reprints = true,
): Promise<PreparedFile> {
  let parsed: ParsedArticle[];
  try {
    parsed = parse ? parse(file) : parseFile(file.name, file.bytes, { publisher: opts.publisher, via: opts.via, url: opts.url });
  } catch (error) {
    return { ok: false, error };
  }
  const analyses = new Map<string, PreAnalysis>();
  // Reprint fingerprints (lib/analysis/reprints), by content hash like the analyses.
  const fingerprints = new Map<string, Fingerprint | null>();
  try {
    const rows = parsed.map((a) => ({ a, hash: contentHash(a), source: resolveSource(a.publisherName, a.via, a.publisherHost) }));
    const slugs = [...new Set(rows.flatMap((r) => (r.source.via ? [r.source.publisher.slug, r.source.via.slug] : [r.source.publisher.slug])))];
    const [known, stored] = await Promise.all([
      db.$queryRaw<{ h: string }[]>`SELECT content_hash AS h FROM articles WHERE content_hash = ANY(${rows.map((r) => r.hash)}::bpchar[])`,
      db.$queryRaw<{ id: number; slug: string; stance: StanceKey }[]>`
        SELECT id, slug, stance::text AS stance FROM publishers WHERE slug = ANY(${slugs}::text[])`,
    ]);
    const existing = new Set(known.map((k) => k.h));
    const bySlug = new Map(stored.map((p) => [p.slug, p]));
    let slice = performance.now();
    for (const { a, hash, source } of rows) {
      // Known texts are skipped by the transaction anyway: a re-import costs no analysis.
      if (existing.has(hash) || analyses.has(hash)) continue;
      const pub = bySlug.get(source.publisher.slug);
      const via = source.via ? bySlug.get(source.via.slug) : undefined;
      const publisherStance = pub?.stance ?? source.publisher.stance;
      const viaStance = source.via && !(pub && via && pub.id === via.id) ? (via?.stance ?? source.via.stance) : null;
      const analysis = analyzeArticle({ title: a.title, body: a.body, publishedAt: a.publishedAt, datePrecision: a.datePrecision, publisherStance, viaStance, examples });
      analyses.set(hash, { analysis: withUserEvents(analysis, userEvents, a), publisherStance, viaStance });
      if (reprints) fingerprints.set(hash, fingerprint(a.body, a.title));
      if (performance.now() - slice > SLICE_MS) {
        await yieldToEventLoop();
        slice = performance.now();
      }
    }
  } catch {
    // Only an optimisation: the transaction analyses whatever is missing here.
  }
  return { ok: true, parsed, analyses, fingerprints };
}
