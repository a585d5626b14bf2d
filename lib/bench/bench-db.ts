// The benchmark's own Postgres: an embedded server on its own data folder (.data/bench-postgres),
// never the dashboard's .data/postgres, or any DATABASE_URL the caller gives. Whatever it is, a
// database that holds one non-synthetic article is refused before anything is written.
import path from 'node:path';
import pg from 'pg';
import { DEFAULT_DATA_DIR, startEmbeddedPostgres, type EmbeddedHandle } from '@/lib/db/embedded';
import { migrate } from '@/lib/db/migrate';
import { createPrismaClient } from '@/lib/db/prisma';
import { syncReferenceData } from '@/lib/ingest/reference-data';
import { chunkFilePrefix } from './analyse-chunk';
import { allSyntheticPublishers, GENERATOR_VERSION, SYNTHETIC_PREFIX, SYNTHETIC_TITLE_PREFIX } from './synthetic';

export const BENCH_DATA_DIR = path.resolve(process.cwd(), '.data/bench-postgres');
export const BENCH_DATABASE = 'stance_bench';

export async function startBenchPostgres(opts: { dataDir?: string; database?: string; log?: (l: string) => void } = {}): Promise<EmbeddedHandle> {
  const dataDir = path.resolve(opts.dataDir ?? BENCH_DATA_DIR);
  if (dataDir === path.resolve(DEFAULT_DATA_DIR) || dataDir === path.resolve(process.env.STANCE_LENS_DATA_DIR ?? DEFAULT_DATA_DIR)) {
    throw new Error(`refusing to use ${dataDir}: that is the dashboard's own database folder`);
  }
  // Not the dashboard's 54329: both may run at once. STANCE_LENS_BENCH_PORT: a second benchmark
  // (another checkout, its own data folder) beside one already on 54339.
  const port = Number(process.env.STANCE_LENS_BENCH_PORT ?? 54339);
  return startEmbeddedPostgres({ dataDir, database: opts.database ?? BENCH_DATABASE, port, persistent: true, log: opts.log });
}

export class NotSyntheticError extends Error {}

/** Throws unless every article in the database is synthetic (an empty database passes). */
export async function assertOnlySynthetic(client: pg.Client): Promise<void> {
  const exists = await client.query(`SELECT to_regclass('public.articles') IS NOT NULL AS ok`);
  if (!exists.rows[0].ok) return;
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM articles a JOIN publishers p ON p.id = a.publisher_id
      WHERE p.slug NOT LIKE $1 OR left(a.title, $2) <> $3`,
    [`${SYNTHETIC_PREFIX}%`, SYNTHETIC_TITLE_PREFIX.length, SYNTHETIC_TITLE_PREFIX],
  );
  const n = Number(rows[0]!.n);
  if (n > 0) {
    throw new NotSyntheticError(
      `refusing to write synthetic articles into this database: it holds ${n} non-synthetic article${n === 1 ? '' : 's'}. ` +
        'Point --database-url at an empty or synthetic-only database, or use the default (.data/bench-postgres).',
    );
  }
}

/**
 * Migrates, loads the registry and event catalog (as `npm start` would), and creates the
 * synthetic outlets with their stances. Checks the database first.
 */
export async function prepareSyntheticDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await assertOnlySynthetic(client);
  } finally {
    await client.end();
  }
  await migrate(url);
  const prisma = createPrismaClient(url, 2);
  try {
    await syncReferenceData(prisma);
    for (const p of allSyntheticPublishers()) {
      const data = { name: p.name, kind: p.kind, stance: p.stance, stanceRationale: p.stanceRationale, inRegistry: false };
      await prisma.publisher.upsert({ where: { slug: p.slug }, create: { slug: p.slug, ...data }, update: {} });
    }
  } finally {
    await prisma.$disconnect();
  }
}

/** Creates (or recreates, empty) a database on the same server as `url`; returns its URL. */
export async function recreateDatabase(url: string, name: string, template?: string): Promise<string> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  } finally {
    await client.end();
  }
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function dropDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export async function databaseExists(url: string): Promise<boolean> {
  const name = new URL(url).pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return ((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** "synthetic:gen-1:seed=42:0-100000" — what a synthetic import batch lists as its file. */
export function batchLabel(seed: number, from: number, to: number): string {
  return `synthetic:${GENERATOR_VERSION}:seed=${seed}:${from}-${to}`;
}

/** A half-open range [from, to) of corpus positions. */
export type Range = [number, number];

/**
 * Which articles of this seed the database holds, read from the articles themselves: every chunk
 * is written in one transaction under its own file name (chunkFileName), so an interrupted run
 * leaves whole chunks, and the next run fills only the gaps.
 */
export async function syntheticProgress(client: pg.Client, seed: number): Promise<{ next: number; ranges: Range[] }> {
  const exists = await client.query(`SELECT to_regclass('public.articles') IS NOT NULL AS ok`);
  if (!exists.rows[0].ok) return { next: 0, ranges: [] };
  const { rows } = await client.query<{ f: string; n: number }>(
    `SELECT source_file AS f, count(*)::int AS n FROM articles WHERE source_file LIKE $1 GROUP BY 1`,
    [`${chunkFilePrefix(seed)}%`],
  );
  const ranges = rows
    .map((r): Range | null => {
      const m = /-(\d+)\.jsonl$/.exec(r.f);
      return m ? [Number(m[1]), Number(m[1]) + r.n] : null;
    })
    .filter((r): r is Range => r !== null)
    .sort((a, b) => a[0] - b[0]);
  let next = 0;
  for (const [from, to] of ranges) if (from <= next) next = Math.max(next, to);
  return { next, ranges };
}

/** The parts of [0, to) that no range covers. */
export function gaps(ranges: Range[], to: number): Range[] {
  const out: Range[] = [];
  let at = 0;
  for (const [from, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (from > at) out.push([at, Math.min(from, to)]);
    at = Math.max(at, end);
    if (at >= to) break;
  }
  if (at < to) out.push([at, to]);
  return out.filter(([a, b]) => b > a);
}
