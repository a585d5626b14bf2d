// Turns the publisher/via names a parser found into registry identities. Pure: the registry is
// data in the repo, so the dry run and the database import resolve names the same way.
import { matchPublisher, slugify, type RegistryPublisher } from '@/lib/registry/publishers';
import type { StanceKey } from '@/lib/stance';

export const UNKNOWN_PUBLISHER = { slug: 'unknown-publisher', name: 'Unknown publisher' } as const;

export interface PublisherRef {
  slug: string;
  name: string;
  stance: StanceKey;
  /** null when the registry does not know the outlet (it is created as unrated). */
  registry: RegistryPublisher | null;
}

export function resolveName(name: string | null): PublisherRef {
  const trimmed = name?.trim();
  if (!trimmed) return { ...UNKNOWN_PUBLISHER, stance: 'unrated', registry: null };
  // Publisher and via strings are outlet names for certain, so close spellings are allowed here.
  const known = matchPublisher(trimmed)?.publisher;
  if (known) return { slug: known.slug, name: known.name, stance: known.stance, registry: known };
  return { slug: slugify(trimmed) || UNKNOWN_PUBLISHER.slug, name: trimmed, stance: 'unrated', registry: null };
}

export interface ResolvedSource {
  publisher: PublisherRef;
  via: PublisherRef | null;
}

export function resolveSource(publisherName: string | null, viaName: string | null): ResolvedSource {
  const publisher = resolveName(publisherName);
  const via = viaName?.trim() ? resolveName(viaName) : null;
  // An outlet's own items on its page are not "via" itself.
  return { publisher, via: via && via.slug !== publisher.slug ? via : null };
}
