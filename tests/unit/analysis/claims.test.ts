import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis';
import { extractClaims, type Claim } from '@/lib/analysis/claims';
import { rawSeedText, seedBy } from './seeds';

type Expect = Partial<Pick<Claim, 'value' | 'valueText' | 'vague' | 'qualifier' | 'kind' | 'source'>>;

// Every sentence is copied from the seed files (checked below).
const ROWS: Array<[string, Expect[]]> = [
  // 000 Iran News Update
  ['Naderi was one of the few survivors from the 1988 massacre where over 30,000 political prisoners were executed.', [
    { value: 30000, valueText: '30,000', qualifier: 'more than', kind: 'executed', vague: false, source: null },
  ]],
  ['This mass extermination of all political advocates in Iran resulted in the brutal end to more than 30,000 lives.', [
    { value: 30000, qualifier: 'more than', kind: 'killed' },
  ]],
  ['In the summer of 1988, thousands of political prisoners in Iran were brutally murdered in what was one of the most underreported and unknown mass killings of our time.', [
    { value: null, valueText: 'thousands', vague: true, qualifier: null, kind: 'killed' },
  ]],
  ['A total of 9 people were killed and 400 injured', [
    { value: 9, qualifier: 'exactly', kind: 'killed' },
    { value: 400, qualifier: null, kind: 'injured' },
  ]],
  // 002 NCRI
  ['In the summer of 1988, the Iranian regime executed over 30,000 political prisoners in a matter of a few months.', [
    { value: 30000, qualifier: 'more than', kind: 'executed', source: null },
  ]],
  ['These commissions reportedly forcibly disappeared and extra judicially executed thousands of political dissident prisoners.', [
    { value: null, vague: true, valueText: 'thousands', kind: 'executed' },
  ]],
  // 001 op-ed
  ['Dr. Majid Rafizadeh, an Iranian-American political scientist who is a leading expert on Iran and US foreign policy, warned that the international community shouldn’t underestimate this, reminding us that within a few months in 1988, 30,000 political prisoners were killed with mechanical precision.', [
    { value: 30000, qualifier: null, kind: 'killed', source: 'Majid Rafizadeh' },
  ]],
  ['So far, conservative estimates are that at least 1000 protesters have been murdered by the regime’s security forces, with the National Council of Resistance of Iran (NCRI) recently naming over 380 of those.', [
    { value: 1000, qualifier: 'at least', kind: 'killed', source: null },
    { value: 380, qualifier: 'more than', kind: 'killed', source: 'NCRI' },
  ]],
  ['The regime has also injured around 4000 people and arrested over 12,000.', [
    { value: 4000, qualifier: 'around', kind: 'injured' },
    { value: 12000, qualifier: 'more than', kind: 'arrested' },
  ]],
  // 002 Amnesty, 16 November 2020
  ['On the anniversary of the deadliest day of the protests, Amnesty International is launching a new microsite, A web of impunity: The killings Iran’s internet shutdown hid, documenting how the lethal crackdown that left at least 304 people dead was hidden from the world.', [
    { value: 304, qualifier: 'at least', kind: 'killed', source: 'Amnesty International' },
  ]],
  ['During the five days of protests that followed, security forces killed at least 304 men, women and children.', [
    { value: 304, qualifier: 'at least', kind: 'killed', source: null },
  ]],
  ['Amnesty International’s research shows that day was also the deadliest of the protests, with at least 100 protesters and bystanders killed.', [
    { value: 100, qualifier: 'at least', kind: 'killed', source: 'Amnesty International' },
  ]],
  ['Amnesty International first documented the use of lethal force against protesters in the days after the crackdown began, and recorded the details of at least 304 people killed in an investigation published in May 2020.', [
    { value: 304, qualifier: 'at least', kind: 'killed', source: 'Amnesty International' },
  ]],
  // 002 Amnesty, 2 September 2020
  ['They are among the 7,000 men, women and children arrested by the Iranian authorities within a matter of days during their brutal repression of the protests.', [
    { value: 7000, valueText: '7,000', qualifier: null, kind: 'arrested', source: null },
  ]],
  ['Amnesty International has recorded the names and details of more than 500 protesters and others, including journalists and human rights defenders, who have been subjected to unfair criminal proceedings in connection with the protests.', [
    { value: 500, qualifier: 'more than', kind: 'other', source: 'Amnesty International' },
  ]],
  ['Of these, at least three, Amirhossein Moradi, Mohammad Rajabi and Saeed Tamjidi, were sentenced to death for “enmity against God” (moharebeh) through acts of vandalism, and another, Hossein Reyhani, is awaiting trial on a charge carrying the death penalty.', [
    { value: 3, valueText: 'three', qualifier: 'at least', kind: 'sentenced' },
  ]],
  ['Hundreds have since been sentenced to prison terms and flogging and several to the death penalty following grossly unfair trials which were presided over by biased judges behind closed doors, frequently lasted less than an hour, and systematically relied on torture-tainted “confessions”.', [
    { value: null, valueText: 'Hundreds', vague: true, kind: 'sentenced' },
  ]],
  ['Amnesty International is aware of three ongoing cases of enforced disappearance, where the authorities continue to conceal their fate and whereabouts from their families.', [
    { value: 3, kind: 'disappeared' },
  ]],
  // 003 Iran Interlink items
  ['Anti-American to its core, the MEK quickly earned a negative reputation in Washington for killing six US citizens, and for targeting American-owned hotels, airlines, and energy companies in Iran.', [
    { value: 6, kind: 'killed' },
  ]],
  ['This week two people died in the camp.', [{ value: 2, kind: 'other' }]],
  // Figures that are not casualty claims.
  ['Dr. Azadeh Sami shared some of the eye-opening statistics across Iran, including its COVID-19 death toll of 185,000 representing 237 deaths per 100 thousand (the worst in the world).', []],
  ['The NCRI reports that there have been house raids where suspected protesters as young as 12 are arrested.', []],
  ['Victims include children as young as 10 and injured protesters and bystanders arrested from hospitals while seeking medical care for gunshot wounds, as well as human rights defenders including minority rights activists, journalists, and individuals who attended ceremonies to commemorate those killed during the protests.', []],
  ['His notebook, submitted as evidence, suggested that the diplomat visited locations in 11 different European countries, including Shiite mosques and institutes in Germany, Austria, the Netherlands and France.', []],
  ['The U.S. was also the most consistent target of these operations, and U.S. users have been the target of 28 different foreign influence campaigns since 2017.', []],
  ['He allegedly was paid “approximately $265,000” by Iran’s Mission to the United Nations as “a secret employee … who was being paid to spread their propaganda,” say the feds.', []],
  ['Iran is now enriching uranium to 20% purity, the International Atomic Energy Agency confirmed Monday.', []],
  ['During this event, the NCRI connected thousands of people from over 30,000 locations to Ashraf 3, Albania, home to thousands of members of the MEK.', []],
  ['British authorities last year investigated the Islamic Centre of England, a charity run by a representative of Mr. Khamenei, after it hosted a vigil attended by 2,000 people for Iranian Gen. Qassem Soleimani who had been killed by the U.S.', []],
  ['Opportunistically, he said Raisi did not have anything on his record except 38 years of executions and imprisonments.', []],
];

describe('extractClaims on seed sentences', () => {
  const seeds = rawSeedText();
  it.each(ROWS)('%s', (sentence, expected) => {
    expect(seeds.includes(sentence.replace(/^Dr\. /, '')), 'sentence must come from the seeds').toBe(true);
    const got = extractClaims(sentence);
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      const c = got[i]!;
      expect(c).toMatchObject(e);
      expect(sentence.slice(c.span.start, c.span.end)).toContain(c.valueText);
      expect(c.sentence).toBe(sentence);
    });
  });
});

describe('claims in whole seed articles', () => {
  function claimsOf(snippet: string) {
    const a = seedBy(snippet);
    return analyzeArticle({ title: a.title, body: a.body, publishedAt: a.publishedAt, publisherStance: 'unrated' });
  }

  it('places the 1988 figures on the 1988 event (Iran News Update, 2013)', () => {
    const r = claimsOf('Mostafa Naderi, details his time');
    const big = r.claims.filter((c) => c.value === 30000);
    expect(big.map((c) => c.kind).sort()).toEqual(['executed', 'killed']);
    for (const c of big) expect(c.eventSlug).toBe('1988-massacre');
    // The unrelated "9 killed and 400 injured" headline is not tied to 1988.
    expect(r.claims.find((c) => c.value === 9)?.eventSlug).toBeNull();
  });

  it('places Amnesty’s 304 on the November 2019 protests with Amnesty as source', () => {
    const r = claimsOf('deliberately shut down the internet during nationwide protests in November 2019');
    const c304 = r.claims.filter((c) => c.value === 304);
    expect(c304.length).toBeGreaterThanOrEqual(2);
    for (const c of c304) {
      expect(c).toMatchObject({ qualifier: 'at least', kind: 'killed', eventSlug: 'november-2019-protests' });
      expect(r.text.slice(c.span.start, c.span.end)).toContain('304');
    }
    expect(c304.some((c) => c.source === 'Amnesty International')).toBe(true);
  });

  it('does not count a figure twice when the title repeats the first sentence', () => {
    const r = claimsOf('at least 1000 protesters have been murdered');
    expect(r.claims.filter((c) => c.value === 1000)).toHaveLength(1);
  });

  it('keeps the two Netherlands killings out of the camp and trial events (different years)', () => {
    const r = claimsOf('A Belgian court sentenced an Iranian diplomat to 20 years');
    const two = r.claims.find((c) => c.value === 2 && c.kind === 'killed');
    expect(two).toBeDefined();
    expect(two!.eventSlug).toBeNull();
  });
});
