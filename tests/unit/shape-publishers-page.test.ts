// /publishers pages its rows on the server: filters, sort orders and stable paging.
import { describe, expect, it } from 'vitest';
import type { PublisherRow } from '@/lib/queries/publishers';
import { publishersPage, type PublishersPageQuery } from '@/lib/shape/publishers-page';

const row = (id: number, name: string, stance: PublisherRow['stance'], articles: number, extra: Partial<PublisherRow> = {}): PublisherRow =>
  ({ id, slug: name.toLowerCase().replace(/\W+/g, '-'), name, kind: 'news', stance, stanceRationale: null, country: null, source: null, languages: [], notes: null, aliases: [], domains: [], inRegistry: true, articles, viaArticles: 0, firstDate: null, lastDate: null, stanceChangedAt: new Date(0), ...extra }) as PublisherRow;

const rows = [
  row(1, 'Tasnim News Agency', 'critical', 40, { aliases: ['خبرگزاری تسنیم'], domains: ['tasnimnews.com'] }),
  row(2, 'Amnesty International', 'mainstream', 40),
  row(3, 'Iran Focus', 'advocacy', 12),
  row(4, 'iran interlink', 'critical', 12),
  row(5, 'Unknown Blog', 'unrated', 0),
];
const q: PublishersPageQuery = { sortId: 'articles', sortDesc: true, offset: 0, limit: 50 };

describe('publishersPage', () => {
  it('sorts by articles, ties by name in either direction', () => {
    expect(publishersPage(rows, q).rows.map((r) => r.id)).toEqual([2, 1, 3, 4, 5]);
    expect(publishersPage(rows, { ...q, sortDesc: false }).rows.map((r) => r.id)).toEqual([5, 3, 4, 2, 1]);
  });

  it('pages without losing or repeating a row', () => {
    const pages = [0, 2, 4].map((offset) => publishersPage(rows, { ...q, offset, limit: 2 }));
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual([2, 1, 3, 4, 5]);
    expect(pages.every((p) => p.total === 5)).toBe(true);
  });

  it('filters by groups and by a search over names, aliases and domains', () => {
    expect(publishersPage(rows, { ...q, stances: ['critical'] }).rows.map((r) => r.id)).toEqual([1, 4]);
    expect(publishersPage(rows, { ...q, stances: ['advocacy', 'unrated'] }).total).toBe(2);
    expect(publishersPage(rows, { ...q, q: 'TASNIMNEWS.com' }).rows.map((r) => r.id)).toEqual([1]);
    // Typed with Arabic letters (ي, ك), the Persian alias still matches.
    expect(publishersPage(rows, { ...q, q: 'تسنيم' }).rows.map((r) => r.id)).toEqual([1]);
    expect(publishersPage(rows, { ...q, q: 'interlink', stances: ['advocacy'] })).toEqual({ rows: [], total: 0 });
  });

  it('sorts names without regard to case', () => {
    expect(publishersPage(rows, { ...q, sortId: 'name', sortDesc: false }).rows.map((r) => r.name)).toEqual([
      'Amnesty International',
      'Iran Focus',
      'iran interlink',
      'Tasnim News Agency',
      'Unknown Blog',
    ]);
  });
});
