// Loads the publisher registry (data/publishers.json) into the database. The registry file is
// the reviewed source of truth for the outlets it lists, so their rows follow it on every start,
// until a curator changes one in the app (curated_at set): from then on the row, with its
// audit trail, is the truth and the file no longer overwrites it. A registry outlet merged into
// another (publisher_redirects) is not recreated. Only rows that differ from the file are
// written, so a start with an unchanged registry writes nothing. Unlisted outlets that an import
// left unrated before a host rule covered them get the rule's rating here (never a curated row).
import { START_UP_TRANSACTION, type Db } from '@/lib/db/prisma';
import { ruleRatingForHost } from '@/lib/registry/host-rules';
import { registry } from '@/lib/registry/publishers';

export async function syncRegistry(db: Db): Promise<{ created: number; updated: number }> {
  const [rows, redirects] = await Promise.all([
    db.publisher.findMany({
      select: {
        slug: true,
        name: true,
        aliases: true,
        domains: true,
        kind: true,
        stance: true,
        stanceRationale: true,
        country: true,
        source: true,
        languages: true,
        notes: true,
        inRegistry: true,
        curatedAt: true,
      },
    }),
    db.publisherRedirect.findMany({ select: { slug: true } }),
  ]);
  const existing = new Map(rows.map((p) => [p.slug, p]));
  const merged = new Set(redirects.map((r) => r.slug));
  let created = 0;
  let updated = 0;
  await db.$transaction(
    async (tx) => {
      for (const p of registry) {
        const row = existing.get(p.slug);
        if (merged.has(p.slug) || row?.curatedAt) continue;
        const data = {
          name: p.name,
          aliases: p.aliases,
          domains: p.domains,
          kind: p.kind,
          stance: p.stance,
          stanceRationale: p.stanceRationale ?? null,
          country: p.country ?? null,
          source: p.source ?? null,
          languages: p.languages,
          notes: p.notes ?? null,
          inRegistry: true,
        };
        if (row) {
          const { slug: _s, curatedAt: _c, ...stored } = row;
          if (JSON.stringify(stored) === JSON.stringify(data)) continue;
          await tx.publisher.update({
            where: { slug: p.slug },
            data: { ...data, ...(row.stance !== p.stance ? { stanceChangedAt: new Date() } : {}) },
          });
          updated++;
        } else {
          // upsert: another process starting at the same time may have created it.
          await tx.publisher.upsert({ where: { slug: p.slug }, create: { slug: p.slug, ...data }, update: data });
          created++;
        }
      }
      for (const row of rows) {
        if (row.inRegistry || row.curatedAt || row.stance !== 'unrated' || merged.has(row.slug)) continue;
        const rule = ruleRatingForHost(row.name);
        if (!rule) continue;
        await tx.publisher.update({
          where: { slug: row.slug },
          data: {
            stance: rule.stance,
            stanceRationale: rule.rationale,
            source: rule.source,
            notes: rule.notes,
            domains: row.domains.length ? row.domains : [row.name],
            stanceChangedAt: new Date(),
          },
        });
        updated++;
      }
    },
    // A first load writes every outlet of the registry (several hundred rows).
    START_UP_TRANSACTION,
  );
  return { created, updated };
}
