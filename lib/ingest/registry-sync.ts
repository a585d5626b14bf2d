// Loads the publisher registry (data/publishers.json) into the database. The registry file is
// the reviewed source of truth for the outlets it lists, so their rows follow it on every start.
import type { Db } from '@/lib/db/prisma';
import { registry } from '@/lib/registry/publishers';

export async function syncRegistry(db: Db): Promise<{ created: number; updated: number }> {
  const existing = new Set((await db.publisher.findMany({ select: { slug: true } })).map((p) => p.slug));
  let created = 0;
  let updated = 0;
  await db.$transaction(async (tx) => {
    for (const p of registry) {
      const data = {
        name: p.name,
        aliases: p.aliases,
        domains: p.domains,
        kind: p.kind,
        stance: p.stance,
        stanceRationale: p.stanceRationale ?? null,
        country: p.country ?? null,
        inRegistry: true,
      };
      await tx.publisher.upsert({ where: { slug: p.slug }, create: { slug: p.slug, ...data }, update: data });
      if (existing.has(p.slug)) updated++;
      else created++;
    }
  });
  return { created, updated };
}
