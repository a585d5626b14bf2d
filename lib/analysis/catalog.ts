// Loads and validates the event catalog (data/events.json) once, at import time, and compiles
// every cue of every event into one token-phrase index (lib/analysis/event-tokens.ts), plus the
// events' word profiles for the similarity signal (lib/analysis/event-similarity.ts).
import { z } from 'zod';
import eventsData from '@/data/events.json';
import { EventProfiles } from './event-similarity';
import { eventTokens, joinedForms, phraseTokens, stemWord, TokenPhraseIndex, type IndexedPhrase, type VariantMap } from './event-tokens';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const Cue = z.string().min(1).max(120);

const FrameSchema = z.object({
  /** What the pattern means, shown as the link's explanation ("removal from a terror list"). */
  name: z.string().min(3).max(80),
  /** Word families that must all occur within `within` tokens of each other (cues or @groups). */
  all: z.array(z.array(Cue).min(1)).min(2).max(4),
  within: z.number().int().min(2).max(60).default(12),
});

const EventSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    period: z.string().min(1),
    dateStart: IsoDate.nullable(),
    dateEnd: IsoDate.nullable(),
    description: z.string().min(40),
    /**
     * Events this one recounts as its background (the Nouri trial: the 1988 executions it tried):
     * where this one is an article's subject, those are mentioned, not covered.
     */
    background: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
    cues: z.object({
      strong: z.array(Cue),
      support: z.array(Cue),
      minSupport: z.number().int().min(1).max(6).default(2),
      requireAny: z.array(Cue).optional(),
      requireScope: z.enum(['paragraph', 'article']).default('paragraph'),
      dateWindow: z.object({ from: IsoDate, to: IsoDate.nullable() }).optional(),
      frames: z.array(FrameSchema).default([]),
      /**
       * Support cues that say one thing in different words (Persian «اعدام», «اعدام شدند», «کشتار»,
       * «قتل عام»): a paragraph counts each list as one distinct cue, so synonyms alone never make
       * up minSupport.
       */
      alike: z.array(z.array(Cue).min(2)).default([]),
    }),
  })
  .refine((e) => e.dateStart === null || e.dateEnd === null || e.dateStart <= e.dateEnd, {
    message: 'dateStart after dateEnd',
  })
  .refine((e) => e.cues.strong.length + e.cues.support.length + e.cues.frames.length > 0, { message: 'event without cues' });

export const CatalogSchema = z
  .object({
    version: z.string().min(1),
    notes: z.string().optional(),
    /** Spellings of one name: canonical word → the variants that count as it (lower case). */
    variants: z.record(z.string(), z.array(z.string().min(1))).default({}),
    groups: z.record(z.string(), z.array(Cue)).default({}),
    events: z.array(EventSchema).min(1),
  })
  .superRefine((cat, ctx) => {
    const slugs = new Set<string>();
    for (const e of cat.events) {
      if (slugs.has(e.slug)) ctx.addIssue({ code: 'custom', message: `duplicate slug ${e.slug}` });
      slugs.add(e.slug);
      const frameCues = e.cues.frames.flatMap((f) => f.all.flat());
      for (const cue of [...e.cues.strong, ...e.cues.support, ...(e.cues.requireAny ?? []), ...frameCues]) {
        if (cue.startsWith('@') && !(cue.slice(1) in cat.groups)) {
          ctx.addIssue({ code: 'custom', message: `${e.slug}: unknown cue group ${cue}` });
        }
      }
      for (const b of e.background) {
        if (b === e.slug || !cat.events.some((x) => x.slug === b)) ctx.addIssue({ code: 'custom', message: `${e.slug}: background ${b} is not another catalog event` });
      }
      for (const cue of e.cues.alike.flat()) {
        if (!e.cues.support.includes(cue)) ctx.addIssue({ code: 'custom', message: `${e.slug}: alike cue ${cue} is not a support cue` });
      }
    }
  });

export type CatalogEventData = z.infer<typeof EventSchema>;

export type CueKind = 'strong' | 'support' | 'require' | 'frame' | 'group';

export interface CatalogFrame {
  name: string;
  families: number;
  within: number;
}

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
  frames: CatalogFrame[];
  /** Years of the event's period (at most four), for the "mentions the year" signal. */
  years: string[];
  /** Slugs of the events this one recounts as its background (at most mention where this one is about). */
  background: string[];
}

export interface CuePayload {
  /** Event index, or -1 for a shared group (@mek-names). */
  event: number;
  kind: CueKind;
  cue: string;
  frame?: number;
  family?: number;
  group?: string;
  /** A support cue of an `alike` list: the key it counts under (the list's first cue's own). */
  alike?: string;
}

export interface Catalog {
  version: string;
  events: CatalogEvent[];
  bySlug: ReadonlyMap<string, CatalogEvent>;
  variants: VariantMap;
  index: TokenPhraseIndex<CuePayload>;
  profiles: EventProfiles;
}

function variantMap(data: Record<string, string[]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [canonical, spellings] of Object.entries(data)) {
    const target = stemWord(canonical);
    for (const s of [canonical, ...spellings]) map.set(s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC'), target);
  }
  return map;
}

function yearsOf(e: CatalogEventData): string[] {
  if (!e.dateStart) return [];
  const from = Number(e.dateStart.slice(0, 4));
  const to = e.dateEnd ? Number(e.dateEnd.slice(0, 4)) : from;
  if (to - from > 3) return [];
  const out: string[] = [];
  for (let y = from; y <= to; y++) out.push(String(y));
  return out;
}

export function loadCatalog(data: unknown): Catalog {
  const cat = CatalogSchema.parse(data);
  const variants = variantMap(cat.variants);
  const expand = (cues: readonly string[]): string[] =>
    cues.flatMap((c) => (c.startsWith('@') ? (cat.groups[c.slice(1)] ?? []) : [c]));
  const phrases: Array<IndexedPhrase<CuePayload>> = [];
  const add = (cue: string, payload: CuePayload) => {
    const tokens = phraseTokens(cue, variants);
    if (!tokens.length) return;
    const key = tokens.map((t) => t.norm).join(' ');
    phrases.push({ tokens, key, payload });
    for (const joined of joinedForms(tokens)) phrases.push({ tokens: joined, key, payload });
  };
  const events = cat.events.map((e, index): CatalogEvent => {
    const alikeKey = new Map<string, string>();
    for (const list of e.cues.alike) {
      const head = phraseTokens(list[0]!, variants).map((t) => t.norm).join(' ');
      for (const cue of list) alikeKey.set(cue, head);
    }
    for (const kind of ['strong', 'support'] as const) {
      for (const cue of expand(e.cues[kind])) {
        const alike = kind === 'support' ? alikeKey.get(cue) : undefined;
        add(cue, alike === undefined ? { event: index, kind, cue } : { event: index, kind, cue, alike });
      }
    }
    for (const cue of expand(e.cues.requireAny ?? [])) add(cue, { event: index, kind: 'require', cue });
    e.cues.frames.forEach((f, frame) =>
      f.all.forEach((family, fam) => {
        for (const cue of expand(family)) add(cue, { event: index, kind: 'frame', cue, frame, family: fam });
      }),
    );
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
      window: e.cues.dateWindow ?? null,
      frames: e.cues.frames.map((f) => ({ name: f.name, families: f.all.length, within: f.within })),
      years: yearsOf(e),
      background: e.background,
    };
  });
  for (const [group, cues] of Object.entries(cat.groups)) for (const cue of cues) add(cue, { event: -1, kind: 'group', cue, group });
  const profiles = new EventProfiles(
    cat.events.map((e) =>
      [e.name, e.description, ...expand(e.cues.strong), ...expand(e.cues.support), ...e.cues.frames.flatMap((f) => expand(f.all.flat()))].join('\n'),
    ),
    variants,
  );
  return {
    version: cat.version,
    events,
    bySlug: new Map(events.map((e) => [e.slug, e])),
    variants,
    index: new TokenPhraseIndex(phrases),
    profiles,
  };
}

/** Whether `text` carries one of the event's own cues (strong, support or pattern word). */
export function hasEventCue(catalog: Catalog, text: string, eventIndex: number): boolean {
  return catalog.index
    .findAllTokens(eventTokens(text, catalog.variants))
    .some((h) => h.payloads.some((p) => p.event === eventIndex && (p.kind === 'strong' || p.kind === 'support')));
}

export const CATALOG = loadCatalog(eventsData);
