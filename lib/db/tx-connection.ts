// The node-postgres connection that holds a Prisma interactive transaction. Prisma does not lend
// it, but the pool is ours (createPrismaClient): its connections are known by their server
// process id, which the transaction itself can name. The importer uses it for COPY FROM STDIN
// of a file's rows inside the file's transaction (lib/ingest/copy-write.ts). Sound only while the
// transaction's own calls are awaited: the connection runs one statement at a time, and Prisma's
// next statement (or its COMMIT / ROLLBACK) queues behind ours on it.
import type pg from 'pg';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';

const pools = new WeakMap<PrismaClient, Map<number, pg.PoolClient>>();

/** Records the pool's connections by server process id, for txConnection. */
export function trackConnections(client: PrismaClient, pool: pg.Pool): void {
  const byPid = new Map<number, pg.PoolClient>();
  pools.set(client, byPid);
  const pid = (c: pg.PoolClient) => (c as unknown as { processID: number | null }).processID;
  pool.on('connect', (c) => {
    const id = pid(c);
    if (id !== null) byPid.set(id, c);
  });
  pool.on('remove', (c) => {
    const id = pid(c);
    if (id !== null && byPid.get(id) === c) byPid.delete(id);
  });
}

/**
 * The connection running `tx`, a transaction of `db`; null when `db` was not made by
 * createPrismaClient (then the caller keeps to Prisma's statements).
 */
export async function txConnection(db: PrismaClient, tx: Prisma.TransactionClient): Promise<pg.PoolClient | null> {
  const byPid = pools.get(db);
  if (!byPid) return null;
  const [row] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
  return (row && byPid.get(row.pid)) ?? null;
}
