// Publishers: the registry as stored, one row per outlet, with its article counts and the time
// its stance last changed (stance_changed_at: set by the registry load and by curation, whose
// audit_log holds the history).
import { parseListParam, type SearchParamsRecord } from '@/lib/filters/search-params';
import { Prisma } from '@/lib/generated/prisma/client';
import { STANCES, type StanceKey } from '@/lib/stance';
import { compact, withQuery } from '../common';
import { countRows, keysetFetch, type SortPart } from '../keyset';
import { P } from '../params';
import type { Column, Dataset } from '../types';

export interface PublisherExportFilter {
  stances: StanceKey[];
}

const columns: Column[] = [
  { key: 'slug', header: 'Outlet ID', type: 'string', nullable: false, description: 'Publisher slug (the publisher filter value elsewhere).' },
  { key: 'name', header: 'Outlet', type: 'string', nullable: false, description: 'Publisher name.' },
  { key: 'group', header: 'Group', type: 'string', nullable: false, description: 'Stance group: advocacy, mainstream, critical or unrated.' },
  { key: 'rationale', header: 'Why this group', type: 'string', description: 'The registry’s reason for the rating (required for rated outlets).' },
  { key: 'kind', header: 'Kind', type: 'string', nullable: false, description: 'news_outlet, human_rights_ngo, state_media, advocacy_org, blog_aggregator or other.' },
  { key: 'country', header: 'Country', type: 'string', description: 'Country of the outlet, when the registry gives one.' },
  { key: 'inRegistry', header: 'In registry', type: 'boolean', nullable: false, description: 'true when the outlet is in data/publishers.json; false when an import met an unknown outlet.' },
  { key: 'articles', header: 'Articles', type: 'integer', nullable: false, description: 'Articles published by the outlet in the corpus.' },
  { key: 'hostedArticles', header: 'Hosted', type: 'integer', nullable: false, description: 'Articles by other outlets collected from this site (via).' },
  { key: 'firstArticle', header: 'First article', type: 'date', description: 'Earliest publication date among its articles.' },
  { key: 'lastArticle', header: 'Last article', type: 'date', description: 'Latest publication date among its articles.' },
  { key: 'aliases', header: 'Also written as', type: 'string', description: 'Other names the outlet appears under, "; "-separated.' },
  { key: 'domains', header: 'Domains', type: 'string', description: 'Web domains of the outlet, "; "-separated.' },
  {
    key: 'ratingChangedAt',
    header: 'Rating last changed',
    type: 'datetime',
    nullable: false,
    description: 'When the outlet’s stance last changed (UTC): set when the registry loads a new stance or a curator changes it; the history is on /changes.',
  },
];

const FROM = Prisma.sql`(
  SELECT p.id, p.slug, p.name, p.stance::text AS "group", p.stance_rationale AS rationale, p.kind::text AS kind,
         p.country, p.in_registry AS "inRegistry", coalesce(a.n, 0)::int AS articles,
         coalesce(v.n, 0)::int AS "hostedArticles",
         to_char(a.first, 'YYYY-MM-DD') AS "firstArticle", to_char(a.last, 'YYYY-MM-DD') AS "lastArticle",
         array_to_string(p.aliases, '; ') AS aliases, array_to_string(p.domains, '; ') AS domains,
         to_char(p.stance_changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "ratingChangedAt"
  FROM publishers p
  LEFT JOIN (SELECT publisher_id, count(*) AS n, min(published_at) AS first, max(published_at) AS last
             FROM articles GROUP BY publisher_id) a ON a.publisher_id = p.id
  LEFT JOIN (SELECT via_id, count(*) AS n FROM articles WHERE via_id IS NOT NULL GROUP BY via_id) v ON v.via_id = p.id
) x`;

// The page's default order: most articles first, then by name.
const SORT: SortPart[] = [
  { expr: Prisma.sql`x.articles`, type: 'int', desc: true },
  { expr: Prisma.sql`lower(x.name)`, type: 'text' },
  { expr: Prisma.sql`x.id`, type: 'int' },
];

function where(f: PublisherExportFilter): Prisma.Sql {
  return f.stances.length ? Prisma.sql`x."group" IN (${Prisma.join(f.stances)})` : Prisma.sql`TRUE`;
}

const toQuery = (f: PublisherExportFilter) => compact({ stance: f.stances.join(',') });

export const publishersDataset: Dataset<PublisherExportFilter> = {
  name: 'publishers',
  title: 'Publishers',
  description: 'The publisher registry: each outlet with its stance group, the reason for it, its article counts and when its rating last changed.',
  page: '/publishers',
  rowIs: 'one publisher',
  pageUrl: (f) => withQuery('/publishers', toQuery(f)),
  params: [P.stance],
  columns,
  parse: (raw: SearchParamsRecord) => ({ stances: parseListParam(raw.stance, STANCES) as StanceKey[] }),
  toQuery,
  sortId: () => 'articles.desc',
  fetch: (ctx, f, req) => keysetFetch(ctx.db, { select: Prisma.sql`x.*`, from: FROM, where: where(f), sort: SORT, keys: columns.map((c) => c.key) }, req),
  count: (ctx, f) => countRows(ctx.db, FROM, where(f)),
};
