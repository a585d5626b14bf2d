import { foldPersian } from '@/lib/analysis/persian';
import { distance } from 'fastest-levenshtein';
import { z } from 'zod';
import data from '@/data/publishers.json';
import { STANCES } from '@/lib/stance';
import { unproxiedUrl } from '@/lib/registry/proxy-urls';

// The registry lives in data/publishers.json so stance decisions are reviewed as data diffs;
// this module is the only gate between that file and the app, so it validates everything a
// reviewer could get wrong by hand (missing rationale or source, duplicate slug/alias/domain),
// and it is the one place outlet strings and URLs are turned into registry outlets.

export const PUBLISHER_KINDS = [
  'news_outlet',
  'human_rights_ngo',
  'state_media',
  'advocacy_org',
  'blog_aggregator',
  'other',
] as const;
export type PublisherKind = (typeof PUBLISHER_KINDS)[number];

// A bare lowercase host ("bbc.com"), optionally with a path prefix for a language section or an
// author's page on a shared host ("bbc.com/persian", "medium.com/freedom-star").
const domain = z
  .string()
  .regex(
    /^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+(\/[a-z0-9._~%@-]+)*$/,
    'a bare lowercase hostname without www., optionally followed by a path ("bbc.com/persian")',
  );

const PublisherSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by "-"'),
    name: z.string().trim().min(1),
    aliases: z.array(z.string().trim().min(1)).default([]),
    domains: z.array(domain).default([]),
    kind: z.enum(PUBLISHER_KINDS),
    stance: z.enum(STANCES),
    stanceRationale: z.string().trim().min(1).max(400).nullable().default(null),
    /** Where the affiliation or stance is documented: a URL or a named reference. */
    source: z.string().trim().min(1).nullable().default(null),
    country: z.string().trim().min(1).nullable().default(null),
    /** ISO 639-1 codes of the languages it publishes in. */
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639 code')).default([]),
    /** Caveats and hard calls, for reviewers and curators. */
    notes: z.string().trim().min(1).nullable().default(null),
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
    if (p.stance !== 'unrated' && !p.source) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: `${p.slug}: a rated publisher (${p.stance}) needs a source (where its affiliation is documented)`,
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
 * Key used to compare outlet names: case, punctuation, spacing, Latin accents and a leading
 * "The" are ignored, so "NY Times" = "NYTimes", "Al-Masdar" = "Al Masdar", "Hürriyet" = "Hurriyet".
 */
export function normalizeName(name: string): string {
  // Persian names: one spelling for Arabic yeh/kaf and digits; ZWNJ and spaces go with the rest.
  return foldLatin(foldPersian(name))
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

/** How an outlet string was matched, for the import report and the tests. */
export type MatchedBy = 'name' | 'domain' | 'suffix' | 'close-spelling';

export interface PublisherMatch {
  publisher: RegistryPublisher;
  by: MatchedBy;
}

// Country words an outlet string may carry ("The National (UAE)", "Gulf News, UAE"), mapped to
// the registry's country names. Registry countries themselves are added at construction.
const COUNTRY_ABBREVIATIONS: Record<string, string> = {
  uae: 'unitedarabemirates',
  uk: 'unitedkingdom',
  gb: 'unitedkingdom',
  britain: 'unitedkingdom',
  england: 'unitedkingdom',
  scotland: 'unitedkingdom',
  us: 'unitedstates',
  usa: 'unitedstates',
  america: 'unitedstates',
  ksa: 'saudiarabia',
};

const HOST_RE = /(?:https?:\/\/)?(?:www\d*\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(\/[^\s)]*)?/i;

/**
 * Resolves outlet names and URLs against one list of publishers. The app uses the one built from
 * data/publishers.json; the evaluation builds others (the registry without some outlets) and
 * tests build small ones.
 */
export class PublisherResolver {
  private readonly byName = new Map<string, RegistryPublisher>();
  /** [host, path prefix or '', publisher], most specific first. */
  private readonly byDomain: Array<[string, string, RegistryPublisher]>;
  private readonly countries = new Set<string>();
  /** [normalised name, publisher, its digits]: the names close spelling compares against. */
  private readonly closeKeys: Array<[string, RegistryPublisher, string]> = [];
  /**
   * closeMatch's answers by normalised name. The resolver never changes, and an import asks for the
   * same few outlet names thousands of times, each answer a pass over every registry name.
   */
  private readonly closeAnswers = new Map<string, RegistryPublisher | null>();

  constructor(readonly publishers: readonly RegistryPublisher[]) {
    for (const p of publishers) {
      for (const alias of [p.name, p.slug, ...p.aliases]) {
        const key = normalizeName(alias);
        // Slugs may normalise to an alias of the same publisher; never let them shadow another.
        if (key && !this.byName.has(key)) this.byName.set(key, p);
      }
      for (const c of (p.country ?? '').split(/[/,;]|\(/)) {
        const key = normalizeName(c);
        if (key.length > 2) this.countries.add(key);
      }
    }
    for (const [key, p] of this.byName) if (key.length >= CLOSE_MIN_LENGTH) this.closeKeys.push([key, p, key.replace(/\D/g, '')]);
    this.byDomain = publishers
      .flatMap((p) =>
        p.domains.map((d): [string, string, RegistryPublisher] => {
          const slash = d.indexOf('/');
          return slash < 0 ? [d, '', p] : [d.slice(0, slash), d.slice(slash), p];
        }),
      )
      // A path section (bbc.com/persian) before its host, a longer host (women.ncr-iran.org)
      // before its parent (ncr-iran.org).
      .sort((a, b) => b[1].length - a[1].length || b[0].length - a[0].length);
  }

  /** Exact name or alias (normalised), or a bare domain. */
  exact(name: string): RegistryPublisher | null {
    const key = normalizeName(name);
    if (!key) return null;
    const hit = this.byName.get(key);
    if (hit) return hit;
    const trimmed = name.trim();
    if (/^(?:https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?$/i.test(trimmed)) return this.byUrl(trimmed);
    return null;
  }

  /**
   * An outlet string as people write it: a name or alias; a URL or domain, alone or inside the
   * string ("Some Outlet (example.org)"); a name with a "(…)" or country suffix ("The National
   * (UAE)", "Gulf News, UAE"), the suffix never contradicting the outlet's country; and, with
   * `closeSpelling`, a near spelling of one name only (see closeMatch).
   */
  match(name: string, opts: { closeSpelling?: boolean } = {}): PublisherMatch | null {
    const trimmed = name.trim().replace(/\s+/g, ' ');
    if (!trimmed || trimmed.length > 120) return null;
    const exact = this.exact(trimmed);
    if (exact) return { publisher: exact, by: 'name' };
    // "روزنامه واشنگتن تایمز", "خبرگزاری فارس", "پایگاه خبری …", "وبگاه …" (website): a Persian word
    // for the kind of outlet before its name.
    const kind = PERSIAN_KIND_PREFIX.exec(trimmed);
    if (kind) {
      const p = this.exact(trimmed.slice(kind[0].length));
      if (p) return { publisher: p, by: 'name' };
    }

    // A domain inside the string names the outlet more precisely than any words around it.
    const host = HOST_RE.exec(trimmed);
    if (host && /\.[a-z]{2,}$/i.test(host[1]!)) {
      const p = this.byUrl(`${host[1]}${host[2] ?? ''}`);
      if (p) return { publisher: p, by: 'domain' };
    }

    const stripped = this.stripSuffix(trimmed);
    if (stripped) {
      const p = this.exact(stripped.name);
      if (p && this.countryAgrees(p, stripped.country)) return { publisher: p, by: 'suffix' };
    }

    if (opts.closeSpelling) {
      const p = this.closeMatch(stripped?.name ?? trimmed);
      if (p && (!stripped || this.countryAgrees(p, stripped.country))) return { publisher: p, by: 'close-spelling' };
    }
    return null;
  }

  /** Matches the URL's host (without www.) and path against registry domains and their subdomains. */
  byUrl(url: string): RegistryPublisher | null {
    const parsed = addressParts(url);
    if (!parsed) return null;
    const { host, path } = parsed;
    for (const [domain, prefix, publisher] of this.byDomain) {
      if (!isWithinDomain(host, domain)) continue;
      if (prefix && !(path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`))) continue;
      return publisher;
    }
    return null;
  }

  /**
   * A mirror's copy of a registry outlet's language section, filed under a folder named after the
   * outlet's site: https://mirror.example/dw/fa-ir/… copies dw.com/fa-ir, …/bbc/persian/… copies
   * bbc.com/persian. Only sections count (the site's name alone is too common a folder name), and
   * never on a registry site's own pages.
   */
  mirroredBy(url: string): RegistryPublisher | null {
    const parsed = addressParts(url);
    if (!parsed || this.byUrl(url)) return null;
    for (const [domain, prefix, publisher] of this.byDomain) {
      if (!prefix) continue;
      const folder = `/${domain.split('.')[0]}${prefix}`;
      if (parsed.path.startsWith(`${folder}/`)) return publisher;
    }
    return null;
  }

  // "The National (UAE)" → The National + UAE; "Kuwait Times (AFP)" → Kuwait Times;
  // "Gulf News, UAE" / "Gulf News - UAE" / "Gulf News UAE" → Gulf News + UAE.
  private stripSuffix(name: string): { name: string; country: string | null } | null {
    const paren = /^(.+?)\s*\(([^()]{1,60})\)\s*$/.exec(name);
    if (paren) {
      const inner = normalizeName(paren[2]!);
      return { name: paren[1]!, country: this.countryKey(inner) };
    }
    const tail = /^(.+?)(?:\s*[,–—-]\s*|\s+)([\p{L} .]{2,30})$/u.exec(name);
    if (tail) {
      const country = this.countryKey(normalizeName(tail[2]!));
      if (country) return { name: tail[1]!, country };
    }
    return null;
  }

  private countryKey(key: string): string | null {
    const k = COUNTRY_ABBREVIATIONS[key] ?? key;
    return this.countries.has(k) ? k : null;
  }

  private countryAgrees(p: RegistryPublisher, country: string | null): boolean {
    if (!country || !p.country) return true;
    return p.country
      .split(/[/,;]|\(/)
      .map(normalizeName)
      .some((c) => c === country);
  }

  /**
   * A near spelling of exactly one outlet: names of at least CLOSE_MIN_LENGTH letters, one
   * edit (two from 14 letters), the same digits, and no second outlet as close. "Hurriet Daily
   * News" finds Hürriyet; "Kurdistan 25" does not find Kurdistan 24, and a string as close to
   * two outlets finds neither.
   */
  closeMatch(name: string): RegistryPublisher | null {
    const key = normalizeName(name);
    if (key.length < CLOSE_MIN_LENGTH) return null;
    const known = this.closeAnswers.get(key);
    if (known !== undefined) return known;
    // Bounded: a long-lived server resolves an open-ended stream of names.
    if (this.closeAnswers.size >= 10_000) this.closeAnswers.clear();
    const answer = this.closestName(key);
    this.closeAnswers.set(key, answer);
    return answer;
  }

  private closestName(key: string): RegistryPublisher | null {
    const allowed = key.length >= 14 ? 2 : 1;
    const digits = key.replace(/\D/g, '');
    let best: RegistryPublisher | null = null;
    let bestDistance = Infinity;
    let ambiguous = false;
    for (const [candidate, p, candidateDigits] of this.closeKeys) {
      if (Math.abs(candidate.length - key.length) > allowed) continue;
      if (candidateDigits !== digits) continue;
      const d = distance(key, candidate);
      if (d > allowed) continue;
      if (d < bestDistance) {
        ambiguous = best !== null && best.slug !== p.slug && bestDistance <= allowed;
        best = p;
        bestDistance = d;
      } else if (p.slug !== best?.slug) {
        ambiguous = true;
      }
    }
    return best && !ambiguous ? best : null;
  }
}

const PERSIAN_KIND_PREFIX = /^(?:روزنامه|خبرگزاری|پایگاه[\s\u200c]+(?:خبری|اطلاع[\s\u200c]*رسانی)|وب[\s\u200c]*سایت|وبگاه|سایت|شبکه|هفته[\s\u200c]*نامه|ماهنامه|نشریه|مجله)[\s\u200c]+/u;

/** Names shorter than this (after normalisation) are never matched by close spelling. */
const CLOSE_MIN_LENGTH = 8;

/** An address's site (host without www., through any archive or proxy) and its lower-cased path. */
export function addressParts(url: string): { host: string; path: string } | null {
  const trimmed = url.trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    // A page seen through an archive, a proxy or a redirect belongs to the site inside it.
    const u = new URL(unproxiedUrl(withScheme));
    // A mobile edition's label inside a language subdomain ("fa.m.wikipedia.org") is the same site
    // as "fa.wikipedia.org"; a leading "m." is already a subdomain of the site's domain.
    const host = u.hostname.toLowerCase().replace(/\.$/, '').replace(/^www\d*\./, '').replace(/^([a-z]{2,3}(?:-[a-z]+)?)\.(?:m|mobile)\.(?=[^.]+\.[^.]+$)/, '$1.');
    return host ? { host, path: u.pathname.toLowerCase() } : null;
  } catch {
    return null;
  }
}

/** Whether a bare host is `domain` or one of its subdomains ("news.example.ir" is within "example.ir"). */
export function isWithinDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The hostname of a URL without "www.", or null. */
export function hostnameOf(url: string): string | null {
  return addressParts(url)?.host ?? null;
}

const parsed = parseRegistry(data);

export const REGISTRY_VERSION: string = parsed.version;
export const registry: readonly RegistryPublisher[] = parsed.publishers;

let active = new PublisherResolver(registry);

/** The resolver the importer uses: data/publishers.json unless `withResolver` swapped it. */
export function currentResolver(): PublisherResolver {
  return active;
}

/**
 * Runs `fn` with another resolver (the evaluation's "registry without the dev-set outlets").
 * Synchronous on purpose: the import path is synchronous, so nothing else runs in between.
 */
export function withResolver<T>(resolver: PublisherResolver, fn: () => T): T {
  const previous = active;
  active = resolver;
  try {
    return fn();
  } finally {
    active = previous;
  }
}

/** Matches a byline/masthead name or alias, a domain in the string, or a name with a "(…)"/country suffix. */
export function resolvePublisher(nameOrAlias: string): RegistryPublisher | null {
  return active.match(nameOrAlias)?.publisher ?? null;
}

/** resolvePublisher plus close spellings: for strings that are certainly outlet names (headers, bylines, options). */
export function matchPublisher(name: string): PublisherMatch | null {
  return active.match(name, { closeSpelling: true });
}

/** Matches the URL's hostname (without www.) and path against registry domains and their subdomains. */
export function resolvePublisherByUrl(url: string): RegistryPublisher | null {
  return active.byUrl(url);
}

/** The registry outlet whose language section a mirror copies under its own host (see mirroredBy). */
export function resolveMirroredPublisher(url: string): RegistryPublisher | null {
  return active.mirroredBy(url);
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
