import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis';
import { LEANING_THRESHOLD, stanceCues } from '@/lib/analysis/stance-cues';
import { matchTerms } from '@/lib/analysis/terms';
import { countWords } from '@/lib/analysis/tokenize';
import { SEED_STANCE, seedBy } from './seeds';

function stanceOf(snippet: string) {
  const a = seedBy(snippet);
  return analyzeArticle({
    title: a.title,
    body: a.body,
    publishedAt: a.publishedAt,
    publisherStance: SEED_STANCE[a.publisherName ?? ''] ?? 'unrated',
    viaStance: a.via ? (SEED_STANCE[a.via] ?? 'unrated') : null,
  }).stance;
}

describe('stance cues on the seeds', () => {
  it('NCRI article leans advocacy, with its self-names among the cues', () => {
    const s = stanceOf('Morgan Ortagus, the spokesperson of the United States State Department');
    expect(s.leaning).toBe('advocacy');
    expect(s.score).toBeGreaterThan(0.5);
    expect(s.cues.map((c) => c.term)).toEqual(expect.arrayContaining(['mrs-rajavi', 'iranian-resistance', 'pmoi']));
    expect(s.divergent).toBe(false);
    expect(s.inferred).toBe(false);
  });

  it('Iran Press and Citizen Truth items lean critical', () => {
    const press = stanceOf('anniversary of MKO defeat anniversary (Mersad operation)');
    expect(press.leaning).toBe('critical');
    expect(press.cues.find((c) => c.term === 'mko')).toMatchObject({ weight: -1, count: 3 });
    const ct = stanceOf('Saudi Arabia’s financial support for the group');
    expect(ct.leaning).toBe('critical');
    // Citizen Truth is unrated; the collecting site (Iran Interlink, critical) stands in.
    expect(ct).toMatchObject({ fallbackFromVia: true, suggestedStance: 'critical', inferred: false, divergent: false });
  });

  it('Reuters COVID article is neutral with no cues', () => {
    const s = stanceOf('banned the government from importing COVID-19 vaccines');
    expect(s).toMatchObject({ score: 0, leaning: 'neutral', cues: [], divergent: false, suggestedStance: null });
  });

  it('the unrated op-ed gets an inferred advocacy suggestion', () => {
    const s = stanceOf('at least 1000 protesters have been murdered');
    expect(s).toMatchObject({ leaning: 'advocacy', inferred: true, suggestedStance: 'advocacy', fallbackFromVia: false });
  });
});

describe('stanceCues rules', () => {
  const critical = 'The MKO terrorists and the Rajavi cult.';
  const advocacy = 'The PMOI and the Iranian Resistance, led by Mrs. Rajavi.';
  const cues = (text: string) => matchTerms(text);

  it('flags a text that leans against its publisher’s group', () => {
    expect(stanceCues(cues(critical), countWords(critical), 'advocacy').divergent).toBe(true);
    expect(stanceCues(cues(advocacy), countWords(advocacy), 'critical').divergent).toBe(true);
    expect(stanceCues(cues(critical), countWords(critical), 'critical').divergent).toBe(false);
    expect(stanceCues(cues(critical), countWords(critical), 'mainstream').divergent).toBe(false);
  });

  it('makes no suggestion for a neutral unrated text', () => {
    const text = 'The group held a conference in Paris.';
    expect(stanceCues(cues(text), countWords(text), 'unrated')).toMatchObject({ leaning: 'neutral', inferred: false, suggestedStance: null });
  });

  it('suggests an unrated outlet’s group only from in-group vocabulary, not from labels any report repeats', () => {
    const designation = 'The State Department listed the group as a terrorist group; former members call it a cult and a terrorist cult.';
    const s = stanceCues(cues(designation), countWords(designation), 'unrated');
    expect(s.leaning).toBe('critical');
    expect(s).toMatchObject({ inferred: false, suggestedStance: null });
    const stateUsage = 'The MKO terrorist cult held a gathering; the MKO cult is a terrorist group.';
    expect(stanceCues(cues(stateUsage), countWords(stateUsage), 'unrated')).toMatchObject({ inferred: true, suggestedStance: 'critical' });
    const persian = 'گروهک تروریستی منافقین در آلبانی گرد هم آمدند.';
    expect(stanceCues(cues(persian), countWords(persian), 'unrated')).toMatchObject({ inferred: true, suggestedStance: 'critical' });
    const ownWords = 'Mrs. Rajavi, the president-elect of the Iranian Resistance, spoke to the Resistance Units.';
    expect(stanceCues(cues(ownWords), countWords(ownWords), 'unrated')).toMatchObject({ inferred: true, suggestedStance: 'advocacy' });
  });

  it('one weak cue never decides the leaning', () => {
    const text = 'The MKO held a conference.';
    const s = stanceCues(cues(text), countWords(text), 'unrated');
    expect(Math.abs(s.score)).toBeGreaterThan(LEANING_THRESHOLD);
    expect(s.leaning).toBe('neutral');
  });

  it('damps the score in long texts', () => {
    const short = stanceCues(cues(critical), 10, 'unrated').score;
    const long = stanceCues(cues(critical), 2000, 'unrated').score;
    expect(short).toBeLessThan(long);
    expect(long).toBeLessThan(0);
    expect(short).toBeGreaterThanOrEqual(-1);
  });

  it('uses the via group only as a marked fallback', () => {
    const s = stanceCues(cues(advocacy), countWords(advocacy), 'unrated', 'critical');
    expect(s).toMatchObject({ fallbackFromVia: true, suggestedStance: 'critical', inferred: false, divergent: true });
    const rated = stanceCues(cues(advocacy), countWords(advocacy), 'mainstream', 'critical');
    expect(rated.fallbackFromVia).toBe(false);
  });
});
