// The publisher registry as stored, with article counts per publisher (one grouped query): the
// publishers table, a publisher's page and the publishers export. The stance here is the
// outlet's own label; per-article overrides and reprints matter only where articles are compared
// by group (overview, events).
import { prisma, type Db } from '@/lib/db/prisma';
import type { PublisherFilter } from '@/lib/filters/publishers';
import { outletMatcher } from '@/lib/shape/outlet-list';
import { cachedQuery, cacheKey } from './cache';
import { Prisma } from '@/lib/generated/prisma/client';
import type { StanceKey } from '@/lib/stance';

export interface PublisherRow {
  id: number;
  slug: string;
  name: string;
  kind: string;
  stance: StanceKey;
  stanceRationale: string | null;
  country: string | null;
  /** Where the affiliation is documented (registry `source`). */
  source: string | null;
  languages: string[];
  /** Reviewers' caveats and hard calls (registry `notes`). */
  notes: string | null;
  aliases: string[];
  domains: string[];
  inRegistry: boolean;
  articles: number;
  viaArticles: number;
  firstDate: string | null;
  lastDate: string | null;
  stanceChangedAt: Date;
  /** Set once a curator changed the row in the app; the registry file no longer overwrites it. */
  curatedAt: Date | null;
}

const PUBLISHER_SELECT = Prisma.sql`
  SELECT p.id, p.slug, p.name, p.kind::text AS kind, p.stance::text AS stance,
         p.stance_rationale AS "stanceRationale", p.country, p.source, coalesce(p.languages, '{}') AS languages, p.notes,
         coalesce(p.aliases, '{}') AS aliases,
         coalesce(p.domains, '{}') AS domains, p.in_registry AS "inRegistry",
         coalesce(a.n, 0)::int AS articles, coalesce(v.n, 0)::int AS "viaArticles",
         to_char(a.first, 'YYYY-MM-DD') AS "firstDate", to_char(a.last, 'YYYY-MM-DD') AS "lastDate",
         p.stance_changed_at AS "stanceChangedAt", p.curated_at AS "curatedAt"
  FROM publishers p
  LEFT JOIN (SELECT publisher_id, count(*) AS n, min(published_at) AS first, max(published_at) AS last
             FROM articles GROUP BY publisher_id) a ON a.publisher_id = p.id
  LEFT JOIN (SELECT via_id, count(*) AS n FROM articles WHERE via_id IS NOT NULL GROUP BY via_id) v ON v.via_id = p.id`;

/** The registry, most articles first: the publishers table, its export and the API. */
export async function listPublishers(f: PublisherFilter = { stances: [], q: null }, db: Db = prisma()): Promise<PublisherRow[]> {
  const where = f.stances.length ? Prisma.sql`p.stance::text IN (${Prisma.join(f.stances)})` : Prisma.sql`TRUE`;
  const rows = await cachedQuery(
    cacheKey('listPublishers', { stances: f.stances }),
    () => db.$queryRaw<PublisherRow[]>`${PUBLISHER_SELECT} WHERE ${where} ORDER BY articles DESC, lower(p.name), p.id`,
    db,
  );
  // The search runs on the cached rows, as /publishers runs it (names, aliases and domains folded).
  return f.q ? rows.filter(outletMatcher(f)) : rows;
}

export async function getPublisher(slug: string): Promise<PublisherRow | null> {
  const rows = await cachedQuery(cacheKey('getPublisher', slug), () =>
    prisma().$queryRaw<PublisherRow[]>`${PUBLISHER_SELECT} WHERE p.slug = ${slug}`,
  );
  return rows[0] ?? null;
}

export async function publisherTimeline(slug: string) {
  return cachedQuery(cacheKey('publisherTimeline', slug), () =>
    prisma().$queryRaw<{ year: number | null; articles: number }[]>`
      SELECT extract(year FROM a.published_at)::int AS year, count(*)::int AS articles
      FROM articles a JOIN publishers p ON p.id = a.publisher_id
      WHERE p.slug = ${slug} GROUP BY 1 ORDER BY 1 NULLS LAST`,
  );
}

/** Every publisher, for the article and merge forms' choices. */
export async function publisherChoices() {
  return prisma().$queryRaw<{ id: number; slug: string; name: string; stance: StanceKey }[]>`
    SELECT id, slug, name, stance::text AS stance FROM publishers ORDER BY lower(name), slug`;
}
