// The term dictionary's reference data: what each lexicon term means and who tends to use it
// (data/glossary.json, keyed by the lexicon's term ids), and each term's written forms by
// language and direction. Pure: loaded and checked once at import, like the lexicon.
import { z } from 'zod';
import glossaryData from '@/data/glossary.json';
import { LEXICON, TERMS_BY_ID, type LexiconTerm } from '@/lib/analysis/lexicon';

const EntrySchema = z.object({ meaning: z.string().min(1), usage: z.string().min(1).optional() });
const GlossarySchema = z.object({ version: z.string().min(1), notes: z.string().optional(), terms: z.record(z.string(), EntrySchema) });

export type GlossaryEntry = z.infer<typeof EntrySchema>;

export function loadGlossary(data: unknown): { version: string; terms: ReadonlyMap<string, GlossaryEntry> } {
  const g = GlossarySchema.parse(data);
  const unknown = Object.keys(g.terms).filter((id) => !TERMS_BY_ID.has(id));
  if (unknown.length) throw new Error(`data/glossary.json: no lexicon term ${unknown.join(', ')}`);
  return { version: g.version, terms: new Map(Object.entries(g.terms)) };
}

export const GLOSSARY = loadGlossary(glossaryData);

/** Lexicon terms without a glossary entry (the dictionary shows "no description yet" for them). */
export function undescribedTerms(): string[] {
  return LEXICON.terms.filter((t) => !GLOSSARY.terms.has(t.id)).map((t) => t.id);
}

export interface TermForm {
  text: string;
  /** BCP 47 language of the form: fa for Arabic-script forms (the lexicon's Persian), en otherwise. */
  lang: string;
  dir: 'ltr' | 'rtl';
}

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

/** A term's written forms as the lexicon lists them, each with its language and direction. */
export function termForms(term: Pick<LexiconTerm, 'variants'>): TermForm[] {
  return term.variants.map((text) => (ARABIC_SCRIPT.test(text) ? { text, lang: 'fa', dir: 'rtl' } : { text, lang: 'en', dir: 'ltr' }));
}

/** What the leaning field means, in words. */
export function leaningPhrase(leaning: LexiconTerm['leaning']): string {
  if (leaning === 'advocacy') return 'habitually used by advocacy outlets';
  if (leaning === 'critical') return 'habitually used by critical outlets';
  return 'no habitual side: used across groups';
}
