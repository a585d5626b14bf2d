// Benchmark 5b: one reprint candidate lookup, as the importer does it for a new article
// (lib/ingest/reprints.ts findCandidates: an index probe per band key, then the signatures of
// what the probes found), timed from Node with its round trips, for sample articles spread over a
// stored corpus. Their own rows are excluded, so each is looked up as if it arrived now.
import { createPrismaClient } from '@/lib/db/prisma';
import { fingerprint } from '@/lib/analysis/reprints';
import { CROWDED_BAND } from '@/lib/analysis/reprints/linker';
import { findCandidates } from '@/lib/ingest/reprints';

export interface LookupResult {
  samples: number;
  p50: number;
  p95: number;
  max: number;
  /** Band keys per lookup whose stored hits were capped (crowded: a stock phrase, not a copy). */
  crowdedKeys: number;
  /** Stored articles behind the keys that are not crowded (a crowded key's are not read), and those whose signature passed for an exact comparison. */
  hits: number;
  candidates: number;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

export async function benchCandidateLookup(url: string, samples = 300): Promise<LookupResult> {
  const db = createPrismaClient(url, 1);
  try {
    const max = (await db.$queryRaw<{ max: number }[]>`SELECT coalesce(max(id), 0)::int AS max FROM articles`)[0]!.max;
    const step = Math.max(1, Math.floor(max / samples));
    const rows = await db.$queryRaw<{ id: number; title: string; body: string }[]>`
      SELECT id, title, body FROM articles WHERE id % ${step} = 0 ORDER BY id LIMIT ${samples}`;
    const times: number[] = [];
    const crowded: number[] = [];
    const hits: number[] = [];
    const candidates: number[] = [];
    // One warm-up lookup: the first statement of a connection pays for planning and caches.
    for (const [i, r] of [rows[0]!, ...rows].entries()) {
      const fp = fingerprint(r.body, r.title);
      if (!fp) continue;
      const t = performance.now();
      const found = await findCandidates(db, [{ fingerprint: fp }], new Set([r.id]));
      const elapsed = performance.now() - t;
      if (i === 0) continue;
      times.push(elapsed);
      crowded.push([...found.hits.values()].filter((h) => h === null || h.length > CROWDED_BAND).length);
      hits.push(new Set([...found.hits.values()].flatMap((h) => h ?? []).filter((id) => id !== r.id)).size);
      candidates.push(found.wanted.length);
    }
    return { samples: times.length, p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: Math.max(...times), crowdedKeys: mean(crowded), hits: mean(hits), candidates: mean(candidates) };
  } finally {
    await db.$disconnect();
  }
}
