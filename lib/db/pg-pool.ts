// A small plain node-postgres pool beside Prisma's, for what Prisma cannot stream: COPY … TO
// STDOUT for CSV exports (lib/export/copy-csv.ts). One per database, chosen like prisma()
// (lib/db/read-route.ts: a visitor's export streams from the standby when DATABASE_REPLICA_URL
// is set); kept on globalThis like the Prisma clients so dev reloads do not open another.
import pg from 'pg';
import { readTarget, replicaUrl } from './read-route';

const globalForPool = globalThis as unknown as { __stanceLensPgPools?: Partial<Record<'primary' | 'replica', pg.Pool>> };

/** At most a few exports stream at once per database; each holds its connection for the whole download. */
const MAX_STREAMS = 4;

export function pgPool(): pg.Pool {
  const target = readTarget();
  const pools = (globalForPool.__stanceLensPgPools ??= {});
  let pool = pools[target];
  if (!pool) {
    const url = target === 'replica' ? replicaUrl() : process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set. Start the dashboard with `npm start`, or set DATABASE_URL to a postgres:// URL.');
    pool = new pg.Pool({ connectionString: url, max: MAX_STREAMS, idleTimeoutMillis: 30_000 });
    // An idle connection dropped by the server must not take the process down.
    pool.on('error', (err) => console.error('[pg-pool]', err.message));
    pools[target] = pool;
  }
  return pool;
}

/** Closes the pools (tests dropping their database; a later pgPool() opens a new one). */
export async function closePgPool(): Promise<void> {
  const pools = Object.values(globalForPool.__stanceLensPgPools ?? {});
  globalForPool.__stanceLensPgPools = undefined;
  await Promise.all(pools.map((p) => p.end()));
}
