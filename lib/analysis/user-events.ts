// Events curators create in the app (origin 'user') are matched with the same rule as the
// catalog's (lib/analysis/events.ts), from their stored cues: they are compiled here into a
// second, small Catalog, since the main matcher is compiled from data/events.json at module
// load. They may use the catalog's shared cue groups (@mek-names, @rally). Figures (claims)
// are placed on catalog events only.
import { z } from 'zod';
import eventsData from '@/data/events.json';
import { CatalogSchema, loadCatalog, type Catalog, type EventFields } from './catalog';
import { matchEvents, type EventMatch } from './events';

const GROUPS: Record<string, string[]> = CatalogSchema.parse(eventsData).groups;

/** A user event as stored: its fields and its cues (validated when compiled). */
export interface StoredEvent extends EventFields {
  cues: unknown;
}

function asCatalogData(events: readonly StoredEvent[]) {
  return { version: 'user', groups: GROUPS, events: events.map((e) => ({ ...e, cues: e.cues ?? {} })) };
}

/** null when the event's fields are valid as a catalog entry, else the problems. */
export function userEventProblems(e: StoredEvent): string | null {
  const r = CatalogSchema.safeParse(asCatalogData([e]));
  if (r.success) return null;
  return r.error.issues.map((i) => `${i.path.slice(2).join('.') || 'event'}: ${i.message}`).join('; ');
}

export function userCatalog(events: readonly StoredEvent[]): Catalog | null {
  if (events.length === 0) return null;
  return loadCatalog(asCatalogData(events));
}

export function matchUserEvents(catalog: Catalog | null, title: string, body: string, publishedAt: string | null): EventMatch[] {
  if (!catalog) return [];
  const t = title.trim();
  return matchEvents(`${t}\n\n${body}`, { catalog, titleLength: t.length, publishedAt });
}

/**
 * Lower-case words every match of the event must contain one of: each cue's longest run of
 * letters and digits (the matcher varies only spaces, hyphens, apostrophes and full stops). A
 * text containing none of them cannot match, so SQL can skip it before the matcher runs.
 */
export function cueWords(cues: { strong: readonly string[]; support: readonly string[] }): string[] {
  const expand = (list: readonly string[]) => list.flatMap((c) => (c.startsWith('@') ? (GROUPS[c.slice(1)] ?? []) : [c]));
  const words = new Set<string>();
  for (const cue of expand([...cues.strong, ...cues.support])) {
    const runs = cue.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
    const longest = runs.sort((a, b) => b.length - a.length)[0];
    if (longest) words.add(longest);
  }
  return [...words];
}

export const UserCuesSchema = z.object({
  strong: z.array(z.string().min(1).max(120)).max(50),
  support: z.array(z.string().min(1).max(120)).max(50),
  minSupport: z.number().int().min(1).max(6),
});
