// data/starter-urls.csv: real article links (no text) for a demo corpus built online with
// `npm run import -- --urls data/starter-urls.csv --check`. Its expectations must make sense
// against the repository's own catalog and registry.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '@/lib/analysis/catalog';
import { expectedOutletSlug } from '@/lib/parse/expectations';
import { parseUrlList } from '@/lib/parse/url-list';
import { registry } from '@/lib/registry/publishers';

const file = path.resolve(__dirname, '../../../data/starter-urls.csv');
const text = fs.readFileSync(file, 'utf8');
const list = parseUrlList('starter-urls.csv', text);

describe('the starter list', () => {
  it('has at least 150 distinct http(s) links and nothing but links and expectations', () => {
    expect(list.rejected).toEqual([]);
    expect(list.entries.length).toBeGreaterThanOrEqual(150);
    expect(new Set(list.entries.map((e) => e.url)).size).toBe(list.entries.length);
    expect(text.split('\n')[0]).toBe('url,expected_outlet,expected_outlet_domain,expected_group,expected_events_about,expected_events_mention');
    for (const e of list.entries) expect(e.hints, e.url).toEqual({});
  });

  it('covers the three groups and the catalog’s events, in English and Persian sources', () => {
    const groups = new Map<string, number>();
    for (const e of list.entries) groups.set(e.expected!.group!, (groups.get(e.expected!.group!) ?? 0) + 1);
    expect([...groups.keys()].sort()).toEqual(['advocacy', 'critical', 'mainstream']);
    for (const n of groups.values()) expect(n).toBeGreaterThanOrEqual(30);
    const catalog = new Set(CATALOG.events.map((e) => e.slug));
    const used = new Set(list.entries.flatMap((e) => [...e.expected!.eventsAbout, ...e.expected!.eventsMention]));
    for (const slug of used) expect(catalog.has(slug), slug).toBe(true);
    expect(used.size).toBeGreaterThanOrEqual(12);
    expect(list.entries.some((e) => /\/persian\/|\/fa\//.test(e.url))).toBe(true);
  });

  it('agrees with the registry: an expected outlet the registry knows has the expected group', () => {
    const disagree = list.entries.flatMap((e) => {
      const slug = expectedOutletSlug(e.expected!);
      const p = slug ? registry.find((r) => r.slug === slug) : undefined;
      return p && p.stance !== e.expected!.group ? [`${e.url}: ${p.name} is ${p.stance} in the registry, expected ${e.expected!.group}`] : [];
    });
    expect(disagree).toEqual([]);
  });
});
