// Text cues of stance toward the MEK/NCRI, beside (never instead of) the publisher's label.
//
// Each lexicon term with a leaning adds its weight per occurrence to an advocacy total A or a
// critical total C ("PMOI", "Iranian Resistance", "Mrs. Rajavi" → A; "MKO", "cult",
// "monafeghin" → C). The score is
//     score = (A − C) / (A + C + words / 100)
// so it lies in (−1, 1): +1 advocacy, −1 critical. The length term damps long texts with few
// cues; a 100-word item needs about one weighted cue on one side to reach ±0.5.
// The leaning is 'advocacy' / 'critical' when |score| ≥ LEANING_THRESHOLD and the cue total
// A + C is at least MIN_EVIDENCE (one strong marker such as "cult", or two ordinary ones; a
// single "MKO" or "People's Mojahedin" never decides anything); else 'neutral'.
//
// For an unrated publisher a suggestion is made only when the text leans (inferred = true) and
// among its cues on that side is in-group vocabulary (a lexicon `marker`: «منافقین», "MKO",
// "PMOI", "Mrs. Rajavi", "Resistance Units"): general news repeats "terrorist", "cult" and
// "People's Mojahedin" when it reports the designation or the group's name, so those alone
// suggested critical or advocacy for mainstream outlets (30 of 111 English suggestions wrong
// across the labelled sets' articles taken as unrated, 14 of 87 with the marker condition;
// docs/analysis.md). A neutral text gets no suggestion, since absence of loaded words does not
// make an outlet mainstream. When the publisher is unrated but the collecting site (via) is
// rated, the via's group is used instead as a marked fallback (fallbackFromVia = true), and the
// text is compared with it. 'divergent' is set when the text leans clearly (|score| ≥ DIVERGENT_THRESHOLD) toward
// the opposite of the (effective) publisher group: an advocacy outlet with critical wording or
// a critical outlet with advocacy wording. Mainstream outlets are never divergent.
import { TERMS_BY_ID } from './lexicon';
import type { TermHit } from './terms';

export type StanceGroup = 'advocacy' | 'critical' | 'mainstream' | 'unrated';

export interface StanceCues {
  /** -1 critical .. +1 advocacy */
  score: number;
  leaning: 'advocacy' | 'critical' | 'neutral';
  cues: Array<{ term: string; weight: number; count: number }>;
  /** True when publisherStance is unrated and a suggestion is made from the text. */
  inferred: boolean;
  suggestedStance: 'advocacy' | 'critical' | 'mainstream' | null;
  /** The text leans against the publisher's (or fallback via's) group. */
  divergent: boolean;
  /** The publisher is unrated and the via's rated group stands in for it. */
  fallbackFromVia: boolean;
}

export const LEANING_THRESHOLD = 0.25;
export const DIVERGENT_THRESHOLD = 0.4;
export const MIN_EVIDENCE = 1.5;
const WORDS_PER_DAMPING_UNIT = 100;

export function stanceCues(
  terms: readonly TermHit[],
  wordCount: number,
  publisherStance: StanceGroup,
  viaStance: StanceGroup | null = null,
): StanceCues {
  let adv = 0;
  let crit = 0;
  let advMarkers = 0;
  let critMarkers = 0;
  const cues: StanceCues['cues'] = [];
  for (const hit of terms) {
    const t = TERMS_BY_ID.get(hit.term);
    if (!t || !t.leaning || hit.count === 0) continue;
    const signed = t.leaning === 'advocacy' ? t.weight : -t.weight;
    cues.push({ term: t.id, weight: signed, count: hit.count });
    if (signed > 0) adv += signed * hit.count;
    else crit += -signed * hit.count;
    if (t.marker && signed > 0) advMarkers += hit.count;
    else if (t.marker) critMarkers += hit.count;
  }
  cues.sort((a, b) => Math.abs(b.weight * b.count) - Math.abs(a.weight * a.count) || a.term.localeCompare(b.term));
  const denom = adv + crit + Math.max(0, wordCount) / WORDS_PER_DAMPING_UNIT;
  const score = denom > 0 ? round3((adv - crit) / denom) : 0;
  const leaning: StanceCues['leaning'] =
    adv + crit < MIN_EVIDENCE || Math.abs(score) < LEANING_THRESHOLD ? 'neutral' : score > 0 ? 'advocacy' : 'critical';

  let inferred = false;
  let fallbackFromVia = false;
  let suggestedStance: StanceCues['suggestedStance'] = null;
  let effective: StanceGroup = publisherStance;
  if (publisherStance === 'unrated') {
    if (viaStance && viaStance !== 'unrated') {
      fallbackFromVia = true;
      suggestedStance = viaStance;
      effective = viaStance;
    } else if ((leaning === 'advocacy' && advMarkers > 0) || (leaning === 'critical' && critMarkers > 0)) {
      inferred = true;
      suggestedStance = leaning;
    }
  }
  const divergent =
    (effective === 'advocacy' && leaning === 'critical' && score <= -DIVERGENT_THRESHOLD) ||
    (effective === 'critical' && leaning === 'advocacy' && score >= DIVERGENT_THRESHOLD);
  return { score, leaning, cues, inferred, suggestedStance, divergent, fallbackFromVia };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
