// data/devset/registry-additions.json: what went into data/publishers.json only because a labelled
// article came from it or through it — whole outlets added for the development sets (the labelled
// outlets, and the sites their texts came through) and for the fresh English and Persian test sets
// (the second and fourth Persian test sets' too), and names and hosts those test sets (the third and
// fourth Persian ones' too) added to outlets the registry already had. `npm run eval --
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
  viaNote: z.string().min(1).optional(),
  /** Sites a development-set text came through (its `via`), added as outlets of their own. */
  viaSlugs: z.array(z.string().min(1)).default([]),
  testSetNote: z.string().min(1).optional(),
  /** Outlets added for the fresh English test set (en-test.csv). */
  testSetSlugs: z.array(z.string().min(1)).default([]),
  /** Registry slug → the aliases and domains the test set added to that existing outlet. */
  testSetFolded: z.record(z.string(), Folded).default({}),
  faTestSetNote: z.string().min(1).optional(),
  /** Outlets added for the fresh Persian test set (fa-test.csv). */
  faTestSetSlugs: z.array(z.string().min(1)).default([]),
  /** Registry slug → the aliases and domains the Persian test set added to that existing outlet. */
  faTestSetFolded: z.record(z.string(), Folded).default({}),
  faTest2SetNote: z.string().min(1).optional(),
  /** Outlets added after the blind run of the second Persian test set (fa-test2.csv). */
  faTest2SetSlugs: z.array(z.string().min(1)).default([]),
  faTest3SetNote: z.string().min(1).optional(),
  /** Registry slug → the aliases and domains the third Persian test set added to that existing outlet. */
  faTest3SetFolded: z.record(z.string(), Folded).default({}),
  faTest4SetNote: z.string().min(1).optional(),
  /** Outlets added after the blind run of the fourth Persian test set (fa-test4.csv). */
  faTest4SetSlugs: z.array(z.string().min(1)).default([]),
  /** Registry slug → the aliases and domains the fourth Persian test set added to that existing outlet. */
  faTest4SetFolded: z.record(z.string(), Folded).default({}),
  faTest6SetNote: z.string().min(1).optional(),
  /** Outlets added after the blind run of the sixth Persian test set (fa-test6.csv). */
  faTest6SetSlugs: z.array(z.string().min(1)).default([]),
  /** Registry slug → the aliases and domains the sixth Persian test set added to that existing outlet. */
  faTest6SetFolded: z.record(z.string(), Folded).default({}),
  faTest7SetNote: z.string().min(1).optional(),
  /** Outlets added after the blind run of the seventh Persian test set (fa-test7.csv). */
  faTest7SetSlugs: z.array(z.string().min(1)).default([]),
  /** Registry slug → the aliases and domains the seventh Persian test set added to that existing outlet. */
  faTest7SetFolded: z.record(z.string(), Folded).default({}),
  faTest8SetNote: z.string().min(1).optional(),
  /** Outlets added after the blind run of the eighth Persian test set (fa-test8.csv). */
  faTest8SetSlugs: z.array(z.string().min(1)).default([]),
  faTest9SetNote: z.string().min(1).optional(),
  /** Outlets added after the blind run of the ninth Persian test set (fa-test9.csv). */
  faTest9SetSlugs: z.array(z.string().min(1)).default([]),
  /** Registry slug → the aliases and domains the ninth Persian test set added to that existing outlet. */
  faTest9SetFolded: z.record(z.string(), Folded).default({}),
  faTest10SetNote: z.string().min(1).optional(),
  /** Outlets added after the blind run of the tenth Persian test set (fa-test10.csv). */
  faTest10SetSlugs: z.array(z.string().min(1)).default([]),
  /** Registry slug → the aliases and domains the tenth Persian test set added to that existing outlet. */
  faTest10SetFolded: z.record(z.string(), Folded).default({}),
  faTest11SetNote: z.string().min(1).optional(),
  /** Outlets added after the blind run of the eleventh Persian test set (fa-test11.csv). */
  faTest11SetSlugs: z.array(z.string().min(1)).default([]),
  /** Registry slug → the aliases and domains the eleventh Persian test set added to that existing outlet. */
  faTest11SetFolded: z.record(z.string(), Folded).default({}),
  faTest12SetNote: z.string().min(1).optional(),
  /** Outlets added after the blind run of the twelfth Persian test set (fa-test12.csv). */
  faTest12SetSlugs: z.array(z.string().min(1)).default([]),
  /** Registry slug → the aliases and domains the twelfth Persian test set added to that existing outlet. */
  faTest12SetFolded: z.record(z.string(), Folded).default({}),
  faTest13SetNote: z.string().min(1).optional(),
  /** Registry slug → the names the thirteenth Persian test set added to that existing outlet. */
  faTest13SetFolded: z.record(z.string(), Folded).default({}),
  enTest9SetNote: z.string().min(1).optional(),
  /** Registry slug → the hosts the ninth English test set added to that existing outlet. */
  enTest9SetFolded: z.record(z.string(), Folded).default({}),
  enTest10SetNote: z.string().min(1).optional(),
  /** Outlets added after the blind run of the tenth English test set (en-test10.csv). */
  enTest10SetSlugs: z.array(z.string().min(1)).default([]),
});

export type DevsetAdditions = z.infer<typeof AdditionsSchema>;

// Every list of added outlets and every map of folded names, read from the schema by their keys'
// names, so a new test set's keys count once they are in the schema (no second list to keep).
type SlugKey = Extract<keyof DevsetAdditions, 'slugs' | `${string}Slugs`>;
type FoldedKey = Extract<keyof DevsetAdditions, `${string}Folded`>;
const KEYS = Object.keys(AdditionsSchema.shape);
const SLUG_KEYS = KEYS.filter((k) => k === 'slugs' || k.endsWith('Slugs')) as SlugKey[];
const FOLDED_KEYS = KEYS.filter((k) => k.endsWith('Folded')) as FoldedKey[];

/** Every outlet the list adds, dev sets' (labelled outlets and the sites texts came through) and test sets' alike. */
export function addedSlugs(additions: DevsetAdditions): string[] {
  return SLUG_KEYS.flatMap((k) => additions[k]);
}

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
  const removed = new Set(addedSlugs(additions));
  const problems: string[] = [];
  for (const slug of removed) if (!bySlug.has(slug)) problems.push(`${slug} is not a registry slug`);
  const folded = new Map<string, { aliases: string[]; domains: string[] }>();
  for (const key of FOLDED_KEYS) {
    for (const [slug, f] of Object.entries(additions[key])) {
      const p = bySlug.get(slug);
      if (!p) {
        problems.push(`${key}: ${slug} is not a registry slug`);
        continue;
      }
      if (removed.has(slug)) problems.push(`${key}: ${slug} is also listed as an added outlet`);
      for (const a of f.aliases) if (!p.aliases.includes(a)) problems.push(`${key}: ${slug} has no alias "${a}"`);
      for (const d of f.domains) if (!p.domains.includes(d)) problems.push(`${key}: ${slug} has no domain "${d}"`);
      const into = folded.get(slug) ?? { aliases: [], domains: [] };
      folded.set(slug, { aliases: [...into.aliases, ...f.aliases], domains: [...into.domains, ...f.domains] });
    }
  }
  if (problems.length) throw new Error(`data/devset/registry-additions.json does not match the registry: ${problems.join('; ')}`);

  return publishers
    .filter((p) => !removed.has(p.slug))
    .map((p) => {
      const f = folded.get(p.slug);
      if (!f) return p;
      return {
        ...p,
        aliases: p.aliases.filter((a) => !f.aliases.includes(a)),
        domains: p.domains.filter((d) => !f.domains.includes(d)),
      };
    });
}
