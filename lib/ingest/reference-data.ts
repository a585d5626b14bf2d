// The reviewed data the corpus is read against, loaded into the database: the publisher
// registry and the event catalog. Every entry point runs it after migrating.
import type { Db } from '@/lib/db/prisma';
import { syncEventCatalog } from './event-sync';
import { syncRegistry } from './registry-sync';

export async function syncReferenceData(db: Db): Promise<void> {
  await syncRegistry(db);
  await syncEventCatalog(db);
}
