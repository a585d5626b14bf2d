import { z } from 'zod';
import data from '@/data/publishers.json';
import { STANCES } from '@/lib/stance';

// The registry lives in data/publishers.json so stance decisions are reviewed as data diffs;
// this module is the only gate between that file and the app, so it validates everything a
// reviewer could get wrong by hand (missing rationale, duplicate slug/alias/domain).

export const PUBLISHER_KINDS = [
  'news_outlet',
  'human_rights_ngo',
  'state_media',
  'advocacy_org',
  'blog_aggregator',
  'other',
] as const;
export type PublisherKind = (typeof PUBLISHER_KINDS)[number];

const hostname = z
  .string()
  .regex(/^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a bare lowercase hostname without www.');

const PublisherSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by "-"'),
    name: z.string().trim().min(1),
    aliases: z.array(z.string().trim().min(1)).default([]),
    domains: z.array(hostname).default([]),
    kind: z.enum(PUBLISHER_KINDS),
    stance: z.enum(STANCES),
    stanceRationale: z.string().trim().min(1).max(400).nullable().default(null),
    country: z.string().trim().min(1).nullable().default(null),
    /** Masthead slogans that identify the outlet in pasted text (and are furniture, not content). */
    taglines: z.array(z.string().trim().min(1)).default([]),
  })
  .superRefine((p, ctx) => {
    if (p.stance !== 'unrated' && !p.stanceRationale) {
      ctx.addIssue({
        code: 'custom',
        path: ['stanceRationale'],
        message: `${p.slug}: a rated publisher (${p.stance}) needs a stanceRationale`,
      });
    }
  });

const RegistrySchema = z
  .object({
    version: z.string().min(1),
    publishers: z.array(PublisherSchema).min(1),
  })
  .superRefine((reg, ctx) => {
    const seen = (label: string, keyOf: (p: RegistryPublisher) => string[]) => {
      const owner = new Map<string, number>();
      for (const [i, p] of reg.publishers.entries()) {
        for (const key of new Set(keyOf(p))) {
          const other = owner.get(key);
          if (other !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: ['publishers', i],
              message: `${label} "${key}" is used by both ${reg.publishers[other]?.slug} and ${p.slug}`,
            });
          }
          owner.set(key, i);
        }
      }
    };
    seen('slug', (p) => [p.slug]);
    seen('alias', (p) => [p.name, ...p.aliases].map(normalizeName).filter(Boolean));
    seen('domain', (p) => p.domains);
  });

export type RegistryPublisher = z.infer<typeof PublisherSchema>;
export interface Registry {
  version: string;
  publishers: RegistryPublisher[];
}

/**
 * Key used to compare outlet names: case, punctuation, spacing and a leading "The" are
 * ignored, so "NY Times" = "NYTimes", "Al-Masdar" = "Al Masdar", "Citizen truth" = "Citizen Truth".
 */
export function normalizeName(name: string): string {
  return foldLatin(name)
    .toLowerCase()
    .trim()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
}

/** "Café" → "Cafe"; only Latin combining accents are dropped so Persian letters survive intact. */
function foldLatin(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

/** Throws with every problem listed; exported so tests can feed it broken registries. */
export function parseRegistry(input: unknown): Registry {
  const result = RegistrySchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`);
    throw new Error(`data/publishers.json is invalid:\n${problems.join('\n')}`);
  }
  return result.data;
}

const parsed = parseRegistry(data);

export const REGISTRY_VERSION: string = parsed.version;
export const registry: readonly RegistryPublisher[] = parsed.publishers;

const byName = new Map<string, RegistryPublisher>();
for (const p of registry) {
  for (const alias of [p.name, p.slug, ...p.aliases]) {
    const key = normalizeName(alias);
    // Slugs may normalise to an alias of the same publisher; never let them shadow another.
    if (key && !byName.has(key)) byName.set(key, p);
  }
}

const byDomain: Array<[string, RegistryPublisher]> = registry
  .flatMap((p) => p.domains.map((d): [string, RegistryPublisher] => [d, p]))
  // Longest first so women.ncr-iran.org wins over ncr-iran.org.
  .sort((a, b) => b[0].length - a[0].length);

/** Matches a byline/masthead name or alias; a bare domain ("reuters.com", as Media Cloud writes) also works. */
export function resolvePublisher(nameOrAlias: string): RegistryPublisher | null {
  const key = normalizeName(nameOrAlias);
  if (!key) return null;
  const hit = byName.get(key);
  if (hit) return hit;
  const trimmed = nameOrAlias.trim();
  if (/^[\w-]+(\.[\w-]+)+$/.test(trimmed)) return resolvePublisherByUrl(trimmed);
  return null;
}

/** Matches the URL's hostname (without www.) against registry domains and their subdomains. */
export function resolvePublisherByUrl(url: string): RegistryPublisher | null {
  const host = hostnameOf(url);
  if (!host) return null;
  for (const [domain, publisher] of byDomain) {
    if (host === domain || host.endsWith(`.${domain}`)) return publisher;
  }
  return null;
}

function hostnameOf(url: string): string | null {
  const trimmed = url.trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const host = new URL(withScheme).hostname.toLowerCase().replace(/\.$/, '');
    return host.replace(/^www\d*\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * Slug for an outlet the registry does not know. Latin diacritics are folded; other
 * scripts (Persian names) are kept rather than dropped so distinct outlets stay distinct.
 */
export function slugify(name: string): string {
  const slug = foldLatin(name)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  // Same slug lib/ingest uses for articles with no publisher at all.
  return slug || 'unknown-publisher';
}
