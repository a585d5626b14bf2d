// One Prisma client per process, kept on globalThis so Next's dev reloads don't open a new pool
// each time. The driver adapter (node-postgres) replaces Prisma's native query engine.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

export type Db = PrismaClient;

const globalForPrisma = globalThis as unknown as { __stanceLensPrisma?: PrismaClient };

export function createPrismaClient(url: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max }) });
}

export function prisma(): PrismaClient {
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
 * Disconnects this process's client; the next prisma() opens one for the DATABASE_URL of that
 * moment (a script that moves between databases, like the benchmark).
 */
export async function closePrisma(): Promise<void> {
  const client = globalForPrisma.__stanceLensPrisma;
  globalForPrisma.__stanceLensPrisma = undefined;
  await client?.$disconnect();
}

/**
 * For the transactions that walk a list row by row (registry and catalog sync at start-up, the
 * candidate refresh): Prisma's default 5 s limit is a few hundred round trips, which a busy
 * machine exceeds, and a start-up that fails on it leaves the worker or the app down.
 */
export const START_UP_TRANSACTION = { timeout: 60_000, maxWait: 30_000 } as const;
