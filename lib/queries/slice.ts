// SQL for a SliceFilter over `articles a JOIN publishers p` (see ARTICLE_FROM): one place that
// turns the shared filter into a parameterised WHERE clause for every view and export.
import { Prisma } from '@/lib/generated/prisma/client';
import type { SliceFilter } from '@/lib/filters/slice';

export function sliceWhere(f: SliceFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.event) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM article_events ae JOIN events e ON e.id = ae.event_id WHERE ae.article_id = a.id AND e.slug = ${f.event})`);
  }
  if (f.from) parts.push(Prisma.sql`a.published_at >= ${f.from}::date`);
  if (f.to) parts.push(Prisma.sql`a.published_at <= ${f.to}::date`);
  if (f.publishers.length) parts.push(Prisma.sql`p.slug IN (${Prisma.join(f.publishers)})`);
  if (f.stances.length) parts.push(Prisma.sql`p.stance::text IN (${Prisma.join(f.stances)})`);
  return Prisma.join(parts, ' AND ');
}
