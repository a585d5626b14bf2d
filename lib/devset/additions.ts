// data/devset/registry-additions.json: what went into data/publishers.json only because a labelled
// article came from it — whole outlets added for the development sets and for the fresh test set,
// and names and hosts the test set added to outlets the registry already had. `npm run eval --
// --without-devset-outlets` takes all of it out again, to estimate outlet resolution for outlets
// nobody listed.
import { z } from 'zod';
import type { RegistryPublisher } from '@/lib/registry/publishers';

const Folded = z.object({
  aliases: z.array(z.string().min(1)).default([]),
  domains: z.array(z.string().min(1)).default([]),
});

const AdditionsSchema = z.object({
  note: z.string().min(1),
  /** Outlets added for the development sets (en.csv, fa.csv). */
  slugs: z.array(z.string().min(1)),
  testSetNote: z.string().min(1).optional(),
  /** Outlets added for the fresh English test set (en-test.csv). */
  testSetSlugs: z.array(z.string().min(1)).default([]),
  /** Registry slug → the aliases and domains the test set added to that existing outlet. */
  testSetFolded: z.record(z.string(), Folded).default({}),
});

export type DevsetAdditions = z.infer<typeof AdditionsSchema>;

export function parseAdditions(input: unknown): DevsetAdditions {
  const result = AdditionsSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`data/devset/registry-additions.json is invalid: ${problems.join('; ')}`);
  }
  return result.data;
}

/**
 * The registry as it would be without anything added for the labelled sets: their outlets
 * removed, the names and hosts folded into older outlets stripped (the older outlets stay).
 * Throws when the list names something the registry does not have, so a renamed slug or a
 * dropped alias cannot silently make the estimate optimistic.
 */
export function withoutDevsetOutlets(
  publishers: readonly RegistryPublisher[],
  additions: DevsetAdditions,
): RegistryPublisher[] {
  const bySlug = new Map(publishers.map((p) => [p.slug, p]));
  const removed = new Set([...additions.slugs, ...additions.testSetSlugs]);
  const problems: string[] = [];
  for (const slug of removed) if (!bySlug.has(slug)) problems.push(`${slug} is not a registry slug`);
  for (const [slug, folded] of Object.entries(additions.testSetFolded)) {
    const p = bySlug.get(slug);
    if (!p) {
      problems.push(`testSetFolded: ${slug} is not a registry slug`);
      continue;
    }
    if (removed.has(slug)) problems.push(`testSetFolded: ${slug} is also listed as an added outlet`);
    for (const a of folded.aliases) if (!p.aliases.includes(a)) problems.push(`testSetFolded: ${slug} has no alias "${a}"`);
    for (const d of folded.domains) if (!p.domains.includes(d)) problems.push(`testSetFolded: ${slug} has no domain "${d}"`);
  }
  if (problems.length) throw new Error(`data/devset/registry-additions.json does not match the registry: ${problems.join('; ')}`);

  return publishers
    .filter((p) => !removed.has(p.slug))
    .map((p) => {
      const folded = additions.testSetFolded[p.slug];
      if (!folded) return p;
      return {
        ...p,
        aliases: p.aliases.filter((a) => !folded.aliases.includes(a)),
        domains: p.domains.filter((d) => !folded.domains.includes(d)),
      };
    });
}
