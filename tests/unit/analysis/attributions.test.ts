import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis';
import { extractAttributions, type Attribution } from '@/lib/analysis/attributions';
import { rawSeedText, seedBy } from './seeds';

type Expect = Partial<Pick<Attribution, 'entity' | 'entityType' | 'verb' | 'quoted' | 'affiliation'>>;

// Single sentences (or short passages) copied from the seeds.
const ROWS: Array<[string, Expect[]]> = [
  ['“One of the consequences is they’re not getting that much reach, they’re not drawing that much attention, and they’re not being able to have the impact that they would like to have,” said Nathaniel Gleicher, Facebook’s head of cybersecurity policy.', [
    { entity: 'Nathaniel Gleicher', entityType: 'person', verb: 'said', quoted: true, affiliation: 'Facebook' },
  ]],
  ['“Access to the internet is essential to protect human rights, especially in times of protest. The Iranian authorities must commit to never again taking the country offline, and must respect the right to peaceful protest,” said Sam Dubberley, Head of Amnesty International’s Crisis Evidence Lab.', [
    { entity: 'Sam Dubberley', entityType: 'person', quoted: true, affiliation: 'Amnesty International' },
  ]],
  ['The Iranian authorities deliberately shut down the internet during nationwide protests in November 2019, hiding the true scale of unlawful killings by security forces, Amnesty International said today.', [
    { entity: 'Amnesty International', entityType: 'organisation', verb: 'said', quoted: false },
  ]],
  ['According to the prosecutor, Mr. Assadi, an operative of Iran’s Ministry of Intelligence, on June 28, 2018, delivered a detonator and a pound of explosive, transferred from Iran in a diplomatic pouch, to an Iranian couple in Luxembourg.', [
    { entity: 'prosecutor', entityType: 'court', verb: 'according to' },
  ]],
  ['“The attack plan was conceived in the name of Iran and under its leadership,” the Belgian state security service VSSE said to the public prosecutor last year.', [
    { entity: 'Belgian State Security Service (VSSE)', entityType: 'government', verb: 'said', quoted: true },
  ]],
  ['A spokesman for Iran’s Foreign Ministry condemned the verdict, saying that Iran didn’t recognize it and that all stages of the judicial process were illegal and violated international law.', [
    { entity: 'Iranian Foreign Ministry', entityType: 'government', verb: 'condemned' },
  ]],
  ['The group’s leader Maryam Rajavi said the trial had “confirmed the regime’s widespread planning for espionage and terrorism in Europe.”', [
    { entity: 'Maryam Rajavi', entityType: 'person', verb: 'said', quoted: true, affiliation: 'NCRI' },
  ]],
  ['“Given our experience with France’s HIV-tainted blood supplies, French vaccines aren’t trustworthy either,” Khamenei said, referring to the country’s contaminated blood scandal of the 1980s and 1990s.', [
    { entity: 'Ali Khamenei', entityType: 'person', verb: 'said', quoted: true },
  ]],
  ['Norwegian intelligence in November asked the country’s Ministry of Justice to consider expelling a cleric at the Iran-backed Imam Ali Center in Oslo who threatened national security, according to state broadcaster NRK.', [
    { entity: 'NRK', entityType: 'media', verb: 'according to' },
  ]],
  ['Tahar Boumedra, the former head of the UN’s Human Rights Office in Iraq, said: “The crime committed against political prisoners in the 1988 Massacre has been well established and documented.', [
    { entity: 'Tahar Boumedra', entityType: 'person', verb: 'said', quoted: true },
  ]],
  ['The UN Human Rights Committee has declared that “states…must not block or hinder internet connectivity in relation to peaceful assemblies”.', [
    { entity: 'UN Human Rights Committee', entityType: 'un', verb: 'declared', quoted: true },
  ]],
  ['Iranian President Hassan Rouhani says he was “bound” by the Iranian parliament, which passed a law mandating the escalation.', [
    { entity: 'Hassan Rouhani', entityType: 'person', verb: 'says' },
  ]],
  // Not attributions: "told" names the listener, and "he said Raisi …" is not an inversion.
  ['One victim from Khorasan Razavi province who was subjected to waterboarding told Amnesty International:', []],
];

describe('extractAttributions on seed sentences', () => {
  const seeds = rawSeedText();
  it.each(ROWS)('%s', (sentence, expected) => {
    expect(seeds.includes(sentence), 'sentence must come from the seeds').toBe(true);
    const got = extractAttributions(sentence);
    expect(got.map((a) => a.entity)).toEqual(expected.map((e) => e.entity));
    expected.forEach((e, i) => {
      const a = got[i]!;
      expect(a).toMatchObject(e);
      expect(a.span.start).toBeGreaterThanOrEqual(0);
      expect(a.span.end).toBeLessThanOrEqual(sentence.length);
    });
  });
});

describe('attributions in whole seed articles', () => {
  function attrs(snippet: string) {
    const a = seedBy(snippet);
    const r = analyzeArticle({ title: a.title, body: a.body, publishedAt: a.publishedAt, publisherStance: 'unrated' });
    for (const x of r.attributions) {
      expect(r.text.slice(x.sentenceSpan.start, x.sentenceSpan.end)).toBe(x.sentence);
      expect(x.span.start).toBeGreaterThanOrEqual(x.sentenceSpan.start);
    }
    return r.attributions;
  }

  it('resolves surnames to the full name given earlier (Herrell, Leib)', () => {
    const a = attrs('covert Iranian propaganda operation being run on American soil');
    const herrell = a.find((x) => x.verb === 'told' && x.entity === 'Yvette Herrell');
    expect(herrell?.sentence).toMatch(/Herrell told Fox News/);
    expect(a.some((x) => x.entity === 'Bryan E. Leib' && x.verb === 'told')).toBe(true);
    expect(a.some((x) => x.entity === 'Fox News')).toBe(false);
    expect(a.some((x) => x.entity === 'US Department of Justice' && x.verb === 'say')).toBe(true); // "say the feds"
  });

  it('finds "Rafizadeh wrote" and Maryam Rajavi "urged" in the op-ed', () => {
    const a = attrs('at least 1000 protesters have been murdered');
    expect(a.some((x) => x.entity === 'Majid Rafizadeh' && x.verb === 'wrote' && x.quoted)).toBe(true);
    expect(a.some((x) => x.entity === 'Maryam Rajavi' && x.verb === 'urged')).toBe(true);
    expect(a.some((x) => x.entity === 'NCRI' && x.verb === 'reports')).toBe(true);
  });

  it('resolves "she said" to Morgan Ortagus and "said on Twitter" to Maryam Rajavi (NCRI)', () => {
    const a = attrs('Morgan Ortagus, the spokesperson of the United States State Department');
    const she = a.find((x) => x.sentence.includes('she said in a video message on Twitter'));
    expect(she).toMatchObject({ entity: 'Morgan Ortagus', affiliation: 'US State Department' });
    const twitter = a.find((x) => x.sentence.includes('said on Twitter: “I welcome'));
    expect(twitter).toMatchObject({ entity: 'Maryam Rajavi', verb: 'said', quoted: true });
    // "he said Raisi did not have …" is Rouhani speaking, not Raisi.
    expect(a.find((x) => x.sentence.startsWith('Opportunistically'))?.entity).toBe('Hassan Rouhani');
  });

  it('credits Amnesty’s pull quotes to the quoted person', () => {
    const a = attrs('a catalogue of shocking human rights violations');
    const pulls = a.filter((x) => x.verb === 'quoted');
    expect(pulls.length).toBeGreaterThanOrEqual(2);
    for (const p of pulls) expect(p).toMatchObject({ entity: 'Diana Eltahawy', affiliation: 'Amnesty International', quoted: true });
    expect(a.some((x) => x.entity === 'Amnesty International' && x.sentence.includes('told Amnesty International:'))).toBe(false);
  });

  it('resolves "He added" in the Reuters piece to Khamenei', () => {
    const a = attrs('banned the government from importing COVID-19 vaccines');
    expect(a.find((x) => x.verb === 'added')?.entity).toBe('Ali Khamenei');
  });
});
