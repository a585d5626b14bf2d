// The /methodology registry listing: filters, sorts and pages the registry on the server.
import { describe, expect, it } from 'vitest';
import { listRegistry, type RegistryListingQuery } from '@/lib/registry/registry-listing';
import { registry } from '@/lib/registry/publishers';
import { kindLabel } from '@/lib/publisher-kind';

const all: RegistryListingQuery = { sortId: 'name', sortDesc: false, offset: 0, limit: 10_000 };

describe('listRegistry on the shipped registry', () => {
  it('lists every outlet once when nothing filters, in name order', () => {
    const { rows, total } = listRegistry(registry, all);
    expect(total).toBe(registry.length);
    expect(new Set(rows.map((r) => r.slug)).size).toBe(registry.length);
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    for (let i = 1; i < rows.length; i++) expect(collator.compare(rows[i - 1]!.name, rows[i]!.name)).toBeLessThanOrEqual(0);
  });

  it('pages without losing or repeating a row', () => {
    const { rows: whole } = listRegistry(registry, all);
    const paged = [0, 1, 2, 3].flatMap((p) => listRegistry(registry, { ...all, offset: p * 25, limit: 25 }).rows);
    expect(paged.map((r) => r.slug)).toEqual(whole.slice(0, 100).map((r) => r.slug));
    const past = listRegistry(registry, { ...all, offset: registry.length + 50, limit: 25 });
    expect(past).toEqual({ rows: [], total: registry.length });
  });

  it('filters by group and counts the group', () => {
    for (const stance of ['advocacy', 'critical', 'mainstream', 'unrated'] as const) {
      const { rows, total } = listRegistry(registry, { ...all, stances: [stance] });
      expect(total).toBe(registry.filter((p) => p.stance === stance).length);
      expect(rows.every((r) => r.stance === stance)).toBe(true);
    }
    const two = listRegistry(registry, { ...all, stances: ['advocacy', 'critical'] });
    expect(two.total).toBe(registry.filter((p) => p.stance === 'advocacy' || p.stance === 'critical').length);
  });

  it('finds an outlet by a domain or a Persian name, and says what matched', () => {
    const byDomain = listRegistry(registry, { ...all, q: 'presstv.ir' });
    expect(byDomain.rows.map((r) => r.slug)).toContain('press-tv');
    expect(byDomain.rows.find((r) => r.slug === 'press-tv')?.alsoKnownAs.join(' ')).toMatch(/presstv\.ir/);
    // An alias typed with Arabic letters (ي, ك) finds the Persian spelling.
    const persian = registry.find((p) => p.aliases.some((a) => /[یک]/.test(a)));
    expect(persian).toBeDefined();
    const alias = persian!.aliases.find((a) => /[یک]/.test(a))!;
    const typed = alias.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
    expect(listRegistry(registry, { ...all, q: typed }).rows.map((r) => r.slug)).toContain(persian!.slug);
  });

  it('sorts the kind column by the label the table shows', () => {
    const labels = listRegistry(registry, { ...all, sortId: 'kind' }).rows.map((r) => kindLabel(r.kind));
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    for (let i = 1; i < labels.length; i++) expect(collator.compare(labels[i - 1]!, labels[i]!)).toBeLessThanOrEqual(0);
  });

  it('finds nothing for a string no outlet carries, and keeps the empty result honest', () => {
    expect(listRegistry(registry, { ...all, q: 'zzqq-no-such-outlet' })).toEqual({ rows: [], total: 0 });
  });
});

describe('listRegistry ordering', () => {
  const small = [
    { slug: 'b', name: 'Beta', stance: 'critical', kind: 'news', aliases: [], domains: [], stanceRationale: 'x' },
    { slug: 'a', name: 'alpha', stance: 'advocacy', kind: 'ngo', aliases: [], domains: [], stanceRationale: 'y' },
    { slug: 'c', name: 'Gamma', stance: 'advocacy', kind: 'news', aliases: [], domains: [], stanceRationale: null },
  ] as unknown as Parameters<typeof listRegistry>[0];

  it('sorts by group in the order groups are shown, ties by name, either direction', () => {
    expect(listRegistry(small, { ...all, sortId: 'stance' }).rows.map((r) => r.slug)).toEqual(['a', 'c', 'b']);
    expect(listRegistry(small, { ...all, sortId: 'stance', sortDesc: true }).rows.map((r) => r.slug)).toEqual(['b', 'a', 'c']);
  });

  it('sorts names without regard to case', () => {
    expect(listRegistry(small, all).rows.map((r) => r.name)).toEqual(['alpha', 'Beta', 'Gamma']);
    expect(listRegistry(small, { ...all, sortDesc: true }).rows.map((r) => r.name)).toEqual(['Gamma', 'Beta', 'alpha']);
  });
});
