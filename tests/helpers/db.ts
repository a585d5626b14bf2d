// A fresh, migrated database per test file on the run's throw-away server.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/prisma';
import { migrate } from '@/lib/db/migrate';
import { syncReferenceData } from '@/lib/ingest/reference-data';

export interface TestDatabase {
  url: string;
  prisma: Db;
  drop(): Promise<void>;
}

export async function createDatabase(name = `t_${randomBytes(6).toString('hex')}`): Promise<string> {
  const admin = inject('pgAdminUrl');
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function dropDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const client = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await client.connect();
  // pg's Pool.end() resolves before its sockets have closed; a FORCE drop in that moment sends
  // those half-closed clients a FATAL "terminating connection" that nobody listens for any more
  // (an uncaught error in the test run). Wait for the database's own sessions to end first.
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
    if ((rows[0]?.n ?? 0) === 0) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
}

export async function freshDatabase(opts: { registry?: boolean } = {}): Promise<TestDatabase> {
  const url = await createDatabase();
  await migrate(url);
  const prisma = createPrismaClient(url, 4);
  if (opts.registry !== false) await syncReferenceData(prisma);
  return {
    url,
    prisma,
    drop: async () => {
      await prisma.$disconnect();
      await dropDatabase(url);
    },
  };
}
