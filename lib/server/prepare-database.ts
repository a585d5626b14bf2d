// What every entry point does before it uses the database: pick it (DATABASE_URL or the
// embedded server), apply pending migrations, load the publisher registry.
import { createPrismaClient, type Db } from '@/lib/db/prisma';
import { migrate } from '@/lib/db/migrate';
import { describeUrl, resolveDatabase, type Database } from '@/lib/db/url';
import { syncReferenceData } from '@/lib/ingest/reference-data';

export interface PreparedDatabase extends Database {
  prisma: Db;
  close(): Promise<void>;
}

export async function prepareDatabase(log: (line: string) => void): Promise<PreparedDatabase> {
  let database: Database;
  try {
    database = await resolveDatabase();
  } catch (err) {
    throw new Error(`could not start or reach the database: ${(err as Error).message}`);
  }
  log(
    database.embedded
      ? `database: embedded PostgreSQL on 127.0.0.1:${database.embedded.port} (${database.embedded.owned ? 'started' : 'already running'})`
      : `database: ${describeUrl(database.url)} (DATABASE_URL)`,
  );
  try {
    const m = await migrate(database.url);
    if (m.applied.length) log(`migrations applied: ${m.applied.join(', ')}`);
    const prisma = createPrismaClient(database.url);
    await syncReferenceData(prisma);
    return {
      ...database,
      prisma,
      close: async () => {
        await prisma.$disconnect();
        await database.release();
      },
    };
  } catch (err) {
    await database.release();
    throw err;
  }
}
