// When an article's group changes (its outlet re-rated, merged, or an override set), the parts
// of its stance cues that depend on the group — suggestion, divergence, via fallback — are
// recomputed from the stored term counts; the text score itself does not depend on the group.
import { Prisma } from '@/lib/generated/prisma/client';
import { stanceCues } from '@/lib/analysis/stance-cues';
import type { StanceKey } from '@/lib/stance';
import type { Tx } from './input';

interface Row {
  id: number;
  wordCount: number;
  stance: StanceKey;
  viaStance: StanceKey | null;
  terms: { term: string; category: string; count: number }[] | null;
}

export async function refreshStanceCues(tx: Tx, where: Prisma.Sql): Promise<number> {
  const rows = await tx.$queryRaw<Row[]>`
    SELECT a.id, a.word_count AS "wordCount", coalesce(a.stance_override, p.stance)::text AS stance,
           v.stance::text AS "viaStance",
           (SELECT json_agg(json_build_object('term', t.term, 'category', t.category, 'count', t.count))
              FROM article_terms t WHERE t.article_id = a.id) AS terms
    FROM articles a JOIN publishers p ON p.id = a.publisher_id LEFT JOIN publishers v ON v.id = a.via_id
    WHERE EXISTS (SELECT 1 FROM article_analysis an WHERE an.article_id = a.id) AND (${where})`;
  if (rows.length === 0) return 0;
  const cues = rows.map((r) => stanceCues((r.terms ?? []).map((t) => ({ ...t, offsets: [] })), r.wordCount, r.stance, r.viaStance));
  await tx.$executeRaw`
    UPDATE article_analysis an
    SET suggested_stance = x.suggested::"Stance", inferred = x.inferred, divergent = x.divergent, fallback_from_via = x.fallback
    FROM unnest(${rows.map((r) => r.id)}::int[], ${cues.map((c) => c.suggestedStance)}::text[], ${cues.map((c) => c.inferred)}::bool[],
                ${cues.map((c) => c.divergent)}::bool[], ${cues.map((c) => c.fallbackFromVia)}::bool[])
         AS x(id, suggested, inferred, divergent, fallback)
    WHERE an.article_id = x.id`;
  return rows.length;
}
