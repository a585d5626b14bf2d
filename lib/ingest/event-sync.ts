// Loads the event catalog (data/events.json) into the events table so links, claims and pages
// can join on it. Catalog events follow the file, except a description a curator rewrote in
// the app (curated_at set), which is kept; events created in the app (origin 'user') are left
// alone.
import { START_UP_TRANSACTION, type Db } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import eventsData from '@/data/events.json';
import { CatalogSchema } from '@/lib/analysis/catalog';

const day = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);


export async function syncEventCatalog(db: Db): Promise<Map<string, number>> {
  const catalog = CatalogSchema.parse(eventsData);
  const curated = new Set((await db.event.findMany({ where: { curatedAt: { not: null } }, select: { slug: true } })).map((e) => e.slug));
  await db.$transaction(async (tx) => {
    for (const e of catalog.events) {
      const data = {
        name: e.name,
        period: e.period,
        dateStart: day(e.dateStart),
        dateEnd: day(e.dateEnd),
        description: e.description,
        cues: e.cues as unknown as Prisma.InputJsonValue,
        origin: 'catalog',
      };
      const { description: _kept, ...rest } = data;
      await tx.event.upsert({ where: { slug: e.slug }, create: { slug: e.slug, ...data }, update: curated.has(e.slug) ? rest : data });
    }
  }, START_UP_TRANSACTION);
  return eventIdsBySlug(db);
}

export async function eventIdsBySlug(db: Db | Prisma.TransactionClient): Promise<Map<string, number>> {
  const rows = await db.event.findMany({ select: { id: true, slug: true } });
  return new Map(rows.map((r) => [r.slug, r.id]));
}
