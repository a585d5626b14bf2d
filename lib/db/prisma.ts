// One Prisma client per database per process, kept on globalThis so Next's dev reloads don't
// open a new pool each time. The driver adapter (node-postgres) replaces Prisma's native query
// engine. With DATABASE_REPLICA_URL there are two: prisma() hands out the standby's client or the
// primary's as lib/db/read-route.ts decides for the current call (docs/adr/0009-read-replica.md).
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { readTarget, replicaUrl } from './read-route';
import { trackConnections } from './tx-connection';

export type Db = PrismaClient;

const globalForPrisma = globalThis as unknown as { __stanceLensPrisma?: PrismaClient; __stanceLensPrismaReplica?: PrismaClient };

export function createPrismaClient(url: string, max = 10): PrismaClient {
  // The pool is ours rather than the adapter's so that a transaction's connection can be found
  // (tx-connection.ts: the importer COPYs a file's rows on it); the adapter still ends it.
  const pool = new pg.Pool({ connectionString: url, max });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  trackConnections(client, pool);
  return client;
}

/** The client for this call: the standby's for a visitor's read-only request, else the primary's. */
export function prisma(): PrismaClient {
  return readTarget() === 'replica' ? replicaPrisma() : primaryPrisma();
}

/** The primary's client (DATABASE_URL), whatever the request. */
export function primaryPrisma(): PrismaClient {
  if (!globalForPrisma.__stanceLensPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error(
        'DATABASE_URL is not set. Start the dashboard with `npm start` (it starts the embedded Postgres and sets it), ' +
          'or set DATABASE_URL to a postgres:// URL.',
      );
    }
    globalForPrisma.__stanceLensPrisma = createPrismaClient(url);
  }
  return globalForPrisma.__stanceLensPrisma;
}

/**
 * The client a visitor's read-only request reads through (the standby's with
 * DATABASE_REPLICA_URL, else the primary's), for code that runs before Next's request store
 * exists: the render cache in the Proxy reads its data version where the page will read.
 */
export function visitorPrisma(): PrismaClient {
  return replicaUrl() ? replicaPrisma() : primaryPrisma();
}

function replicaPrisma(): PrismaClient {
  if (!globalForPrisma.__stanceLensPrismaReplica) {
    const url = replicaUrl();
    if (!url) throw new Error('DATABASE_REPLICA_URL is not set');
    globalForPrisma.__stanceLensPrismaReplica = createPrismaClient(url);
  }
  return globalForPrisma.__stanceLensPrismaReplica;
}

/**
 * Disconnects this process's clients; the next prisma() opens one for the DATABASE_URL (and
 * DATABASE_REPLICA_URL) of that moment (a script that moves between databases, like the benchmark).
 */
export async function closePrisma(): Promise<void> {
  const clients = [globalForPrisma.__stanceLensPrisma, globalForPrisma.__stanceLensPrismaReplica];
  globalForPrisma.__stanceLensPrisma = undefined;
  globalForPrisma.__stanceLensPrismaReplica = undefined;
  await Promise.all(clients.map((c) => c?.$disconnect()));
}

/**
 * For the transactions that walk a list row by row (registry and catalog sync at start-up, the
 * candidate refresh): Prisma's default 5 s limit is a few hundred round trips, which a busy
 * machine exceeds, and a start-up that fails on it leaves the worker or the app down.
 */
export const START_UP_TRANSACTION = { timeout: 60_000, maxWait: 30_000 } as const;
