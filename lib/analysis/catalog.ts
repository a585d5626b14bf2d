// Loads and validates the event catalog (data/events.json) once, at import time, and compiles
// every cue of every event into one phrase matcher.
import { z } from 'zod';
import eventsData from '@/data/events.json';
import { isAcronym, PhraseMatcher } from './phrase-matcher';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const Cue = z.string().min(1).max(120);

const EventSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    period: z.string().min(1),
    dateStart: IsoDate.nullable(),
    dateEnd: IsoDate.nullable(),
    description: z.string().min(40),
    cues: z.object({
      strong: z.array(Cue),
      support: z.array(Cue),
      minSupport: z.number().int().min(1).max(6).default(2),
      requireAny: z.array(Cue).optional(),
      requireScope: z.enum(['paragraph', 'article']).default('paragraph'),
      dateWindow: z.object({ from: IsoDate, to: IsoDate.nullable() }).optional(),
    }),
  })
  .refine((e) => e.dateStart === null || e.dateEnd === null || e.dateStart <= e.dateEnd, {
    message: 'dateStart after dateEnd',
  })
  .refine((e) => e.cues.strong.length + e.cues.support.length > 0, { message: 'event without cues' });

export const CatalogSchema = z
  .object({
    version: z.string().min(1),
    notes: z.string().optional(),
    groups: z.record(z.string(), z.array(Cue)).default({}),
    events: z.array(EventSchema).min(1),
  })
  .superRefine((cat, ctx) => {
    const slugs = new Set<string>();
    for (const e of cat.events) {
      if (slugs.has(e.slug)) ctx.addIssue({ code: 'custom', message: `duplicate slug ${e.slug}` });
      slugs.add(e.slug);
      for (const cue of [...e.cues.strong, ...e.cues.support, ...(e.cues.requireAny ?? [])]) {
        if (cue.startsWith('@') && !(cue.slice(1) in cat.groups)) {
          ctx.addIssue({ code: 'custom', message: `${e.slug}: unknown cue group ${cue}` });
        }
      }
    }
  });

export type CatalogEventData = z.infer<typeof EventSchema>;

export type CueKind = 'strong' | 'support' | 'require';

/**
 * What the catalog says of an event, wherever it is read: the catalog file, a user event stored
 * in the database, the event pages and tables, the curation forms.
 */
export interface EventFields {
  slug: string;
  name: string;
  period: string;
  dateStart: string | null;
  dateEnd: string | null;
  description: string;
}

export interface CatalogEvent extends EventFields {
  index: number;
  minSupport: number;
  requireScope: 'paragraph' | 'article';
  hasRequire: boolean;
  /** Period in which support-only paragraphs count; null = no window (only dateStart applies). */
  window: { from: string; to: string | null } | null;
}

export interface CuePayload {
  event: number;
  kind: CueKind;
  cue: string;
}

export interface Catalog {
  version: string;
  events: CatalogEvent[];
  bySlug: ReadonlyMap<string, CatalogEvent>;
  matcher: PhraseMatcher<CuePayload>;
}

export function loadCatalog(data: unknown): Catalog {
  const cat = CatalogSchema.parse(data);
  const expand = (cues: readonly string[]): string[] =>
    cues.flatMap((c) => (c.startsWith('@') ? (cat.groups[c.slice(1)] ?? []) : [c]));
  const entries: Array<{ phrase: string; caseSensitive: boolean; payload: CuePayload }> = [];
  const events = cat.events.map((e, index): CatalogEvent => {
    const add = (kind: CueKind, cues: readonly string[]) => {
      for (const cue of expand(cues)) entries.push({ phrase: cue, caseSensitive: isAcronym(cue), payload: { event: index, kind, cue } });
    };
    add('strong', e.cues.strong);
    add('support', e.cues.support);
    add('require', e.cues.requireAny ?? []);
    const window = e.cues.dateWindow ?? null;
    return {
      index,
      slug: e.slug,
      name: e.name,
      period: e.period,
      dateStart: e.dateStart,
      dateEnd: e.dateEnd,
      description: e.description,
      minSupport: e.cues.minSupport,
      requireScope: e.cues.requireScope,
      hasRequire: (e.cues.requireAny ?? []).length > 0,
      window,
    };
  });
  return {
    version: cat.version,
    events,
    bySlug: new Map(events.map((e) => [e.slug, e])),
    matcher: new PhraseMatcher(entries),
  };
}

export const CATALOG = loadCatalog(eventsData);
