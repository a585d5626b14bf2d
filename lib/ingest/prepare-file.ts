// The CPU half of importing a file — parse, hash, analyse, fingerprint — done before its
// transaction, so that the importer can prepare file n+1 while file n's rows go into Postgres.
// It runs on a worker thread when one can be started (prepare-thread.ts): the importer's own
// thread then only answers Postgres and writes, instead of taking turns between the two. The
// work itself is the same pure code either way (prepare-core.ts), so the results are identical.
//
// The analysis needs the stance stored for each outlet; here it is the stance stored when the
// file is prepared, and the transaction re-analyses any article whose outlet's stance turns out
// different (a curator changed it meanwhile, or a new outlet resolved to a curated one), so what
// is stored is always computed with the stored stance.
import type { Db } from '@/lib/db/prisma';
import type { ImportOptions, ParsedArticle } from '@/lib/parse/types';
import { analyseParsed, parseInput, prepareKeys, slicedPause, type PrepareContext, type PrepareKeys, type PreparedAnalyses, type StoredOutlet, type StoredState } from './prepare-core';
import { readyPrepareThread } from './prepare-thread';
import type { Fingerprint } from '@/lib/analysis/reprints';

export type { PreAnalysis, PrepareContext, StoredState } from './prepare-core';

export type PreparedFile = ({ ok: true; parsed: ParsedArticle[] } & PreparedAnalyses) | { ok: false; error: unknown };

export async function prepareFile(
  db: Db,
  file: { name: string; bytes: Uint8Array },
  opts: ImportOptions,
  ctx: PrepareContext,
  parse?: (file: { name: string; bytes: Uint8Array }) => ParsedArticle[],
  /** Reprint fingerprints too (off when the import runs without reprint detection). */
  reprints = true,
  /** On the worker thread: called with the fingerprints ahead of the analysis (prepare-thread.ts). */
  onFingerprints?: (fingerprints: Map<string, Fingerprint | null>) => void,
  /** Nothing else runs meanwhile: the worker thread and this one analyse half the file each. */
  share = false,
): Promise<PreparedFile> {
  // A caller's own parser (the web importer's) is a function: it cannot travel to a thread.
  const thread = parse ? null : readyPrepareThread();
  if (thread) {
    const done = await thread.prepare(file, opts, ctx, reprints, (keys) => storedState(db, keys), onFingerprints, share);
    if (done !== null) return done;
    // The thread went away (it is reported on stderr once): prepare here instead.
  }
  let parsed: ParsedArticle[];
  try {
    parsed = parseInput(file, opts, parse);
  } catch (error) {
    return { ok: false, error };
  }
  let keys: PrepareKeys;
  try {
    keys = prepareKeys(parsed);
  } catch (error) {
    return { ok: false, error };
  }
  const analyses = await analyseParsed(parsed, keys, await storedState(db, keys).catch(() => null), ctx, reprints, slicedPause());
  return { ok: true, parsed, ...analyses };
}

async function storedState(db: Db, keys: Pick<PrepareKeys, 'hashes' | 'slugs'>): Promise<StoredState> {
  const [known, stored] = await Promise.all([
    db.$queryRaw<{ h: string }[]>`SELECT content_hash AS h FROM articles WHERE content_hash = ANY(${keys.hashes}::bpchar[])`,
    db.$queryRaw<(StoredOutlet & { slug: string })[]>`
      SELECT id, slug, stance::text AS stance FROM publishers WHERE slug = ANY(${keys.slugs}::text[])`,
  ]);
  return { existing: known.map((k) => k.h), outlets: stored.map((p) => [p.slug, { id: p.id, stance: p.stance }]) };
}
