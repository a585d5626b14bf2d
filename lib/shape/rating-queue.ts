// What the rating queue shows for an unrated outlet: the group its articles' text cues suggest
// (the majority of the articles that lean, never mainstream: a neutral text suggests nothing),
// how many articles back it, and the leaning words behind it. A suggestion only; the outlet's
// articles stay unrated until a curator confirms a group.
import type { StanceKey } from '@/lib/stance';

export interface QueueEvidenceInput {
  articles: number;
  /** The articles the cues were read from: all of them, or a large outlet's newest (lib/queries/overview.ts RATING_SAMPLE). */
  read: number;
  leanAdvocacy: number;
  leanCritical: number;
  meanScore: number | null;
  cues: Array<{ term: string; count: number; weight: number }>;
}

export interface RatingSuggestion {
  stance: Extract<StanceKey, 'advocacy' | 'critical'> | null;
  /** "3 of 4 articles lean advocacy", or why there is no suggestion. */
  summary: string;
  /** The leaning terms with their counts, strongest first (at most five). */
  cues: Array<{ term: string; count: number }>;
}

export function ratingSuggestion(row: QueueEvidenceInput): RatingSuggestion {
  const { articles, read, leanAdvocacy: a, leanCritical: c } = row;
  const cues = row.cues.slice(0, 5).map(({ term, count }) => ({ term, count }));
  const sampled = read < articles;
  const of = (n: number) => (sampled ? `${n} of its ${read} newest articles` : `${n} of ${articles} article${articles === 1 ? '' : 's'}`);
  if (articles === 0) return { stance: null, summary: 'Only hosts other outlets’ articles: nothing of its own to read.', cues: [] };
  if (a === 0 && c === 0) {
    const which = sampled ? `its ${read} newest articles` : `its ${articles === 1 ? 'article' : `${articles} articles`}`;
    return { stance: null, summary: `No suggestion: the text cues of ${which} lean neither way.`, cues };
  }
  if (a === c) return { stance: null, summary: `No suggestion: ${of(a)} ${a === 1 ? 'leans' : 'lean'} advocacy and as many critical.`, cues };
  const stance = a > c ? 'advocacy' : 'critical';
  const n = Math.max(a, c);
  const other = Math.min(a, c);
  return {
    stance,
    summary: `${of(n)} ${n === 1 ? 'leans' : 'lean'} ${stance}${other ? ` (${other} the other way)` : ''}${row.meanScore !== null ? `; mean cue score ${row.meanScore >= 0 ? '+' : '−'}${Math.abs(row.meanScore).toFixed(2)}` : ''}.`,
    cues,
  };
}
