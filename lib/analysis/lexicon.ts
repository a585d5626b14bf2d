// Loads and validates data/lexicon.json once, at import time. A malformed lexicon fails loudly
// here rather than producing silently wrong counts later.
import { z } from 'zod';
import lexiconData from '@/data/lexicon.json';
import { phraseKey } from './phrase-matcher';

export const LeaningSchema = z.enum(['advocacy', 'critical']).nullable();
export type Leaning = z.infer<typeof LeaningSchema>;

const TermSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  variants: z.array(z.string().min(1)).min(1),
  caseSensitive: z.boolean().optional(),
  leaning: LeaningSchema.optional(),
  weight: z.number().positive().max(5).optional(),
  /**
   * In-group vocabulary: a word one side uses of itself or of the other that outside reporting
   * rarely uses («منافقین», "MKO", "Mrs. Rajavi", "Resistance Units"), unlike labels any report of
   * the designation repeats ("terrorist", "cult"). Only these let a text suggest an unrated
   * outlet's group (lib/analysis/stance-cues.ts).
   */
  marker: z.boolean().optional(),
  /** Where usage differs between languages (shown on the methodology page). */
  note: z.string().min(1).optional(),
});

const CategorySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  description: z.string().min(1),
  terms: z.array(TermSchema).min(1),
});

export const LexiconSchema = z
  .object({
    version: z.string().min(1),
    notes: z.string().optional(),
    categories: z.array(CategorySchema).min(1),
  })
  .superRefine((lex, ctx) => {
    const seen = new Set<string>();
    // A variant listed twice would be counted under whichever term the matcher saw first.
    const variants = new Map<string, string>();
    for (const c of lex.categories) {
      for (const t of c.terms) {
        if (seen.has(t.id)) ctx.addIssue({ code: 'custom', message: `duplicate term id ${t.id}` });
        seen.add(t.id);
        for (const v of t.variants) {
          const key = phraseKey(v, t.caseSensitive ?? false);
          const other = variants.get(key);
          if (other !== undefined) ctx.addIssue({ code: 'custom', message: `variant "${v}" of ${t.id} already listed under ${other}` });
          variants.set(key, t.id);
        }
        if (t.weight !== undefined && !t.leaning) {
          ctx.addIssue({ code: 'custom', message: `term ${t.id} has a weight but no leaning` });
        }
        if (t.marker && !t.leaning) ctx.addIssue({ code: 'custom', message: `term ${t.id} is a marker but has no leaning` });
      }
    }
  });

export type Lexicon = z.infer<typeof LexiconSchema>;

export interface LexiconTerm {
  id: string;
  label: string;
  category: string;
  variants: string[];
  caseSensitive: boolean;
  leaning: 'advocacy' | 'critical' | null;
  /** 0 when the term has no leaning. */
  weight: number;
  /** In-group vocabulary (see TermSchema.marker). */
  marker: boolean;
  note: string | null;
}

export function loadLexicon(data: unknown): { version: string; categories: Lexicon['categories']; terms: LexiconTerm[] } {
  const lex = LexiconSchema.parse(data);
  const terms: LexiconTerm[] = [];
  for (const c of lex.categories) {
    for (const t of c.terms) {
      const leaning = t.leaning ?? null;
      terms.push({
        id: t.id,
        label: t.label,
        category: c.id,
        variants: t.variants,
        caseSensitive: t.caseSensitive ?? false,
        leaning,
        weight: leaning ? (t.weight ?? 1) : 0,
        marker: t.marker ?? false,
        note: t.note ?? null,
      });
    }
  }
  return { version: lex.version, categories: lex.categories, terms };
}

export const LEXICON = loadLexicon(lexiconData);
export const TERMS_BY_ID: ReadonlyMap<string, LexiconTerm> = new Map(LEXICON.terms.map((t) => [t.id, t]));
