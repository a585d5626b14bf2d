import { describe, expect, it } from 'vitest';
import eventsData from '@/data/events.json';
import { CATALOG, loadCatalog } from '@/lib/analysis/catalog';
import { ABOUT_THRESHOLD, matchEvents } from '@/lib/analysis/events';

const REQUIRED = [
  '1988-massacre',
  'operation-mersad',
  'november-2019-protests',
  'villepinte-2018-plot',
  'assadi-trial-2021',
  'mek-camps',
  'us-delisting-2012',
  'influence-operations',
  'free-iran-summit-2020',
  'afrasiabi-fara-2021',
  'bolton-mek-ties',
  'hamid-nouri-trial',
  'mahsa-amini-protests-2022',
  'raisi-1988-role',
];

function slugs(text: string, opts: Parameters<typeof matchEvents>[1] = {}): string[] {
  return matchEvents(text, opts).map((m) => m.slug);
}

describe('event catalog', () => {
  it('validates and contains the required events', () => {
    expect(() => loadCatalog(eventsData)).not.toThrow();
    const have = CATALOG.events.map((e) => e.slug);
    for (const s of REQUIRED) expect(have).toContain(s);
  });

  it('uses neutral wording in names and descriptions', () => {
    const loaded = /\b(regime|mullahs?|cult|cultish|martyrs?|hypocrites|monafeghin|murder(?:ed)?|heroic|terrorists|traitors?)\b/i;
    for (const e of CATALOG.events) {
      expect(loaded.test(e.name), e.slug).toBe(false);
      expect(loaded.test(e.description), `${e.slug}: ${loaded.exec(e.description)?.[0]}`).toBe(false);
    }
  });

  it('rejects unknown cue groups and bad dates', () => {
    const base = { version: 'x', events: [{ slug: 'a', name: 'A', period: 'p', dateStart: '2020-01-01', dateEnd: null, description: 'x'.repeat(50), cues: { strong: ['@nope'], support: [] } }] };
    expect(() => loadCatalog(base)).toThrow(/unknown cue group/);
    const bad = structuredClone(base);
    bad.events[0]!.cues.strong = ['a'];
    bad.events[0]!.dateStart = '2020-1-1';
    expect(() => loadCatalog(bad)).toThrow();
  });
});

describe('matchEvents on seed passages', () => {
  it.each<[string, string, string | null]>([
    // [text, expected slug, publishedAt]
    ['In the summer of 1988, thousands of political prisoners in Iran were brutally murdered in what was one of the most underreported and unknown mass killings of our time.', '1988-massacre', '2013-08-15'],
    ['The commemoration ceremony of the 31st anniversary of MKO defeat anniversary (Mersad operation) held in Strait of Mersad, Islamabad, Western Iran.', 'operation-mersad', '2019-07-27'],
    ['The Iranian authorities deliberately shut down the internet during nationwide protests in November 2019, hiding the true scale of unlawful killings by security forces, Amnesty International said today.', 'november-2019-protests', '2020-11-16'],
    ['The couple, Nasimeh Naami and Amir Saadouni, who lived in Antwerp, were arrested two days later en route to Villepinte outside Paris, where the MEK gathering took place.', 'villepinte-2018-plot', '2021-02-04'],
    ['Assadollah Assadi, a counselor at Iran’s embassy in Vienna, was Thursday convicted of organizing the foiled attack that targeted a rally held by the National Council of Resistance of Iran.', 'assadi-trial-2021', '2021-02-04'],
    ['The U.S. considered the MEK a terrorist group until 2012, when the Obama administration delisted it after a lawsuit from the group that was backed by its American supporters.', 'us-delisting-2012', '2021-02-04'],
    ['The data is part of a high-level Facebook report on influence operations, which include efforts by groups using fake accounts to mislead or sway the opinions of real users.', 'influence-operations', '2021-05-26'],
    ['Herrell’s warning comes after a Massachusetts political scientist, Kaveh Lotfolah Afrasiabi, was arrested and charged by federal prosecutors in January.', 'afrasiabi-fara-2021', '2021-03-19'],
    ['Over the years, the self-described “pro-American” John Bolton has fostered a close relationship with the MEK.', 'bolton-mek-ties', '2019-08-07'],
    ['The call by the State Department was simultaneous with the NCRI’s 3-day “Free Iran Global Summit” which started on July 17.', 'free-iran-summit-2020', '2020-07-22'],
    ['he intended to engineer the election of Ebrahim Raisi, who was a member of the death committees which issued sentences for victims of the 1988 massacre.', 'raisi-1988-role', '2020-07-22'],
    ['Every week someone in the MEK’s Albania camp dies. This week two people died in the camp.', 'mek-camps', '2019-07-27'],
    ['The MEK or (OIAC) executed U.S. Army Lt. Col. Lewis Hawkins in 1973 as he was walking home from the U.S. Embassy.', 'mek-1970s-attacks', '2019-08-15'],
  ])('%s', (text, slug, publishedAt) => {
    expect(slugs(text, { publishedAt })).toContain(slug);
  });

  it('matches the events with no seed text on their own names', () => {
    expect(slugs('Swedish prosecutors say Hamid Nouri took part in the 1988 executions at Gohardasht prison.')).toContain('hamid-nouri-trial');
    expect(slugs('Protests spread after Mahsa Amini died in the custody of the morality police.', { publishedAt: '2022-09-20' })).toContain(
      'mahsa-amini-protests-2022',
    );
  });

  it('does not tie Bolton to the MEK when the paragraph does not name the group', () => {
    const text =
      'John Bolton has become like Brexit for the British – impossible to ignore. Another article featuring him is published by the Daily Beast.';
    expect(slugs(text, { publishedAt: '2019-08-09' })).not.toContain('bolton-mek-ties');
  });

  it('needs the date to fit for generic protest vocabulary', () => {
    const text = 'Security forces fired on protesters during the crackdown, and internet access was cut as the uprising spread.';
    expect(slugs(text, { publishedAt: '2019-12-01' })).toContain('november-2019-protests');
    expect(slugs(text, { publishedAt: '2013-08-15' })).not.toContain('november-2019-protests');
    expect(slugs(text, { publishedAt: null })).toContain('november-2019-protests'); // four distinct cues
    expect(slugs('Security forces fired on protesters.', { publishedAt: null })).toEqual([]);
  });

  it('does not place a text before the event it would describe on support cues alone', () => {
    expect(slugs('The MEK was delisted in 2012.', { publishedAt: '2011-01-01' })).not.toContain('us-delisting-2012');
    expect(slugs('The MEK was delisted in 2012.', { publishedAt: '2013-01-01' })).toContain('us-delisting-2012');
  });

  it('gives several matches for a digest item about several events, with evidence offsets', () => {
    const text =
      'Iran Massacre\n\nIn the summer of 1988, the Iranian regime executed over 30,000 political prisoners in a matter of a few months.\n\n' +
      'The call by the State Department was simultaneous with the NCRI’s 3-day “Free Iran Global Summit” which started on July 17. During this event, the NCRI connected thousands of people to Ashraf 3, Albania, home to thousands of members of the MEK.';
    const m = matchEvents(text, { titleLength: 13, publishedAt: '2020-07-22' });
    expect(m.map((x) => x.slug).sort()).toEqual(['1988-massacre', 'free-iran-summit-2020', 'mek-camps']);
    for (const x of m) {
      expect(x.method).toBe('cue');
      expect(x.score).toBeGreaterThan(0);
      expect(x.score).toBeLessThanOrEqual(1);
      for (const e of x.evidence) {
        expect(text.slice(e.start, e.end)).toBe(e.text);
        expect(e.cues.length).toBeGreaterThan(0);
      }
    }
  });

  it('scores an article about an event above one that mentions it in passing', () => {
    const about =
      'Iran: Internet deliberately shut down during November 2019 killings\n\n' +
      'The Iranian authorities deliberately shut down the internet during nationwide protests in November 2019, hiding the true scale of unlawful killings by security forces.\n\n' +
      'On 15 November 2019, protests erupted across Iran following a government announcement of a significant increase in the price of fuel.\n\n' +
      'Since the November 2019 protests, internet access in Iran has been disrupted on several occasions.';
    const passing =
      'Iranian Americans outline a policy\n\n' +
      'The event featured several members of the advisory board and a panel of community leaders who discussed sanctions, the economy and regional policy at length.\n\n' +
      'Speakers discussed the economy, the pandemic and the regional situation, and the need for a comprehensive policy toward Iran that would be bipartisan.\n\n' +
      'One speaker recalled the killings of November 2019 in passing.';
    const a = matchEvents(about, { titleLength: about.indexOf('\n'), publishedAt: '2020-11-16' })[0]!;
    const p = matchEvents(passing, { titleLength: passing.indexOf('\n'), publishedAt: '2020-12-15' })[0]!;
    expect(a.slug).toBe('november-2019-protests');
    expect(p.slug).toBe('november-2019-protests');
    expect(a.role).toBe('about');
    expect(p.role).toBe('mention');
    expect(a.score).toBeGreaterThanOrEqual(ABOUT_THRESHOLD);
    expect(p.score).toBeLessThan(a.score);
  });
});
