// A small plain node-postgres pool beside Prisma's, for what Prisma cannot stream: COPY … TO
// STDOUT for CSV exports (lib/export/copy-csv.ts). Same DATABASE_URL; kept on globalThis like
// the Prisma client so dev reloads do not open another.
import pg from 'pg';

const globalForPool = globalThis as unknown as { __stanceLensPgPool?: pg.Pool };

/** At most a few exports stream at once; each holds its connection for the whole download. */
const MAX_STREAMS = 4;

export function pgPool(): pg.Pool {
  if (!globalForPool.__stanceLensPgPool) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set. Start the dashboard with `npm start`, or set DATABASE_URL to a postgres:// URL.');
    const pool = new pg.Pool({ connectionString: url, max: MAX_STREAMS, idleTimeoutMillis: 30_000 });
    // An idle connection dropped by the server must not take the process down.
    pool.on('error', (err) => console.error('[pg-pool]', err.message));
    globalForPool.__stanceLensPgPool = pool;
  }
  return globalForPool.__stanceLensPgPool;
}

/** Closes the pool (tests dropping their database; a later pgPool() opens a new one). */
export async function closePgPool(): Promise<void> {
  const pool = globalForPool.__stanceLensPgPool;
  globalForPool.__stanceLensPgPool = undefined;
  await pool?.end();
}
