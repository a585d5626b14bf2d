// The development sets' labels (data/devset/<lang>.csv): URLs, outlets, groups, titles and event
// links labelled by hand before any code ran on the texts. The texts themselves are third-party
// and live outside the repository (docs/analysis.md, "Evaluation").
import Papa from 'papaparse';
import { z } from 'zod';
import { STANCES } from '@/lib/stance';

const slugList = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(';')
      .map((x) => x.trim())
      .filter(Boolean),
  );

export const DevRowSchema = z.object({
  id: z.string().regex(/^[a-z0-9]{2,4}-\d{3}$/),
  url: z.string().url(),
  outlet: z.string().min(1),
  outlet_slug: z.string().regex(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u),
  /** The outlet's own host as the labeller found it (empty in older rows that lack it). */
  outlet_domain: z.string().default(''),
  via: z.string().default(''),
  group: z.enum(STANCES),
  /** YYYY, YYYY-MM or YYYY-MM-DD, or empty when the labeller found no date (site clocks are never used). */
  published: z.string().regex(/^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/).default(''),
  title: z.string().default(''),
  title_in_text: z.enum(['yes', 'no']),
  events_about: slugList,
  events_mention: slugList,
  events_passing: slugList,
  split: z.enum(['tune', 'heldout', 'test']),
});

export type DevRow = z.infer<typeof DevRowSchema>;

export function parseDevset(csv: string): DevRow[] {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`dev set CSV: ${parsed.errors[0]!.message} (row ${parsed.errors[0]!.row})`);
  return parsed.data.map((r, i) => {
    const row = DevRowSchema.safeParse(r);
    if (!row.success) throw new Error(`dev set CSV row ${i + 2}: ${row.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return row.data;
  });
}
