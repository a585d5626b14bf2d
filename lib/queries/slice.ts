// SQL for a SliceFilter over `articles a JOIN publishers p` (see ARTICLE_FROM): one place that
// turns the shared filter into a parameterised WHERE clause for every view and export. The group
// filter is on ARTICLE_STANCE (a curator's override, else the outlet's), the group every view
// reports an article under.
import { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db/prisma';
import type { ClaimFilter, SliceFilter } from '@/lib/filters/slice';
import type { StanceKey } from '@/lib/stance';
import { cachedQuery, cacheKey } from './cache';
import { ARTICLE_STANCE, COUNTED_ONCE } from './counting-rules';
import { summariesEnabled } from './summaries';

export function sliceWhere(f: SliceFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.event) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM article_events ae JOIN events e ON e.id = ae.event_id WHERE ae.article_id = a.id AND e.slug = ${f.event})`);
  }
  if (f.from) parts.push(Prisma.sql`a.published_at >= ${f.from}::date`);
  if (f.to) parts.push(Prisma.sql`a.published_at <= ${f.to}::date`);
  if (f.publishers.length) parts.push(Prisma.sql`p.slug IN (${Prisma.join(f.publishers)})`);
  if (f.stances.length) parts.push(Prisma.sql`${ARTICLE_STANCE}::text IN (${Prisma.join(f.stances)})`);
  if (f.languages?.length) parts.push(Prisma.sql`a.language IN (${Prisma.join(f.languages)})`);
  return Prisma.join(parts, ' AND ');
}

/** A slice's other filters (dates, outlets, groups) over `articles a JOIN publishers p`, its event aside; TRUE without one. */
export function narrowed(narrow: SliceFilter | undefined): Prisma.Sql {
  return narrow ? sliceWhere({ ...narrow, event: null }) : Prisma.sql`TRUE`;
}

/**
 * WHERE for claims (`claims c` joined to `articles a JOIN publishers p`). The event filter
 * means the claim's own event (as on the event page), not any event the article is linked to:
 * an article about 1988 that recalls the 2019 toll gives a 2019 claim. A reprint's figures are
 * its original's and are not listed twice (COUNTED_ONCE).
 */
export function claimWhere(f: ClaimFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [sliceWhere({ ...f, event: null }), COUNTED_ONCE];
  if (f.event) parts.push(Prisma.sql`c.event_id = (SELECT id FROM events WHERE slug = ${f.event})`);
  if (f.kinds.length) parts.push(Prisma.sql`c.kind IN (${Prisma.join(f.kinds)})`);
  if (f.source) parts.push(Prisma.sql`c.source = ${f.source}`);
  return Prisma.join(parts, ' AND ');
}

export interface SliceOption {
  kind: 'publisher' | 'event' | 'language';
  slug: string;
  name: string;
  /** Publishers only. */
  stance: StanceKey | null;
  /** Articles of the publisher or in the language, or articles linked to the event. */
  n: number;
}

/** Choices for the slice filter controls (outlets, events and languages with articles), in one query. */
export async function sliceFilterOptions(): Promise<{ publishers: SliceOption[]; events: SliceOption[]; languages: SliceOption[] }> {
  // From the summaries (docs/summaries.md); without them, counts over every article and event
  // link (most of a second at 1M articles).
  const rows = summariesEnabled()
    ? await cachedQuery(cacheKey('sliceFilterOptions', 's'), () => prisma().$queryRaw<SliceOption[]>`
    SELECT kind, slug, name, stance, n FROM (
      SELECT 'publisher' AS kind, p.slug, p.name, p.stance::text AS stance, s.n::int AS n,
             row_number() OVER (ORDER BY lower(p.name), p.slug) AS ord
      FROM (SELECT publisher_id, sum(articles) AS n FROM summary_articles WHERE counted GROUP BY 1) s JOIN publishers p ON p.id = s.publisher_id
      UNION ALL
      SELECT 'event', e.slug, e.name, NULL, s.n::int, row_number() OVER (ORDER BY e.date_start NULLS LAST, e.name)
      FROM (SELECT event_id, sum(articles) AS n FROM summary_events GROUP BY 1) s JOIN events e ON e.id = s.event_id
      UNION ALL
      SELECT 'language', language, language, NULL, sum(articles)::int, row_number() OVER (ORDER BY sum(articles) DESC, language)
      FROM summary_articles WHERE counted
      GROUP BY language
    ) o ORDER BY kind, ord`)
    : await cachedQuery(cacheKey('sliceFilterOptions'), () => prisma().$queryRaw<SliceOption[]>`
    SELECT kind, slug, name, stance, n FROM (
      SELECT 'publisher' AS kind, p.slug, p.name, p.stance::text AS stance, count(a.id)::int AS n,
             row_number() OVER (ORDER BY lower(p.name), p.slug) AS ord
      FROM publishers p JOIN articles a ON a.publisher_id = p.id AND ${COUNTED_ONCE}
      GROUP BY p.id
      UNION ALL
      SELECT 'event', e.slug, e.name, NULL, count(ae.article_id)::int,
             row_number() OVER (ORDER BY e.date_start NULLS LAST, e.name)
      FROM events e JOIN article_events ae ON ae.event_id = e.id JOIN articles a ON a.id = ae.article_id AND ${COUNTED_ONCE}
      GROUP BY e.id
      UNION ALL
      SELECT 'language', a.language, a.language, NULL, count(*)::int, row_number() OVER (ORDER BY count(*) DESC, a.language)
      FROM articles a WHERE ${COUNTED_ONCE}
      GROUP BY a.language
    ) o ORDER BY kind, ord`);
  return {
    publishers: rows.filter((r) => r.kind === 'publisher'),
    events: rows.filter((r) => r.kind === 'event'),
    languages: rows.filter((r) => r.kind === 'language'),
  };
}
