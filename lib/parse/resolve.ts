// Turns the publisher/via names a parser found into registry identities. Pure: the registry is
// data in the repo, so the dry run and the database import resolve names the same way.
import { ruleRatingForHost, type HostRuleRating } from '@/lib/registry/host-rules';
import { matchPublisher, slugify, type RegistryPublisher } from '@/lib/registry/publishers';
import type { StanceKey } from '@/lib/stance';

export const UNKNOWN_PUBLISHER = { slug: 'unknown-publisher', name: 'Unknown publisher' } as const;

export interface PublisherRef {
  slug: string;
  name: string;
  stance: StanceKey;
  /** null when the registry does not know the outlet (it is created unrated, or rated by `rule`). */
  registry: RegistryPublisher | null;
  /** Set when the registry does not know the outlet but a host rule rates it (lib/registry/host-rules.ts). */
  rule?: HostRuleRating;
}

/**
 * `host`: the page's own site when the name is the page's own (its masthead, site name or
 * host), so that a host rule can rate an outlet the registry does not list.
 */
export function resolveName(name: string | null, host?: string | null): PublisherRef {
  const trimmed = name?.trim();
  if (!trimmed) return { ...UNKNOWN_PUBLISHER, stance: 'unrated', registry: null };
  // Publisher and via strings are outlet names for certain, so close spellings are allowed here.
  const known = matchPublisher(trimmed)?.publisher;
  if (known) return { slug: known.slug, name: known.name, stance: known.stance, registry: known };
  const slug = slugify(trimmed) || UNKNOWN_PUBLISHER.slug;
  // An unknown outlet named by its bare host (a page's own site) may be rated by a host rule.
  const rule = ruleRatingForHost(host ?? trimmed);
  if (rule) return { slug, name: trimmed, stance: rule.stance, registry: null, rule };
  return { slug, name: trimmed, stance: 'unrated', registry: null };
}

export interface ResolvedSource {
  publisher: PublisherRef;
  via: PublisherRef | null;
}

export function resolveSource(publisherName: string | null, viaName: string | null, publisherHost?: string | null): ResolvedSource {
  const publisher = resolveName(publisherName, publisherHost);
  const via = viaName?.trim() ? resolveName(viaName) : null;
  // An outlet's own items on its page are not "via" itself.
  return { publisher, via: via && via.slug !== publisher.slug ? via : null };
}
