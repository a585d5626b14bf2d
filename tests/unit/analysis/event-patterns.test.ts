// Phrasing patterns found while reading the tune half of the development set, each reproduced
// by a sentence written for this test (no third-party text). Each must link its event; the
// near misses next to them must not.
import { describe, expect, it } from 'vitest';
import { analysedText } from '@/lib/analysis';
import { articleExampleVector, matchEvents } from '@/lib/analysis/events';
import { CATALOG } from '@/lib/analysis/catalog';
import { tokenizeForEvents } from '@/lib/analysis/event-tokens';

function events(title: string, body: string, publishedAt: string | null = null) {
  return matchEvents(analysedText(title, body), { titleLength: title.length, publishedAt });
}
const slugs = (title: string, body: string, publishedAt: string | null = null) => events(title, body, publishedAt).map((e) => e.slug);

describe('normalised tokens', () => {
  it('folds inflections, name spellings, possessives and dotted acronyms', () => {
    const norm = (s: string) => tokenizeForEvents(s, CATALOG.variants).map((t) => t.norm).join(' ');
    expect(norm('Mujahedeen-e-Khalgh')).toBe(norm('Mojahedin e Khalq'));
    expect(norm('Ashraf III')).toBe(norm('Ashraf-3'));
    expect(norm('Manëz')).toBe(norm('Manza'));
    expect(norm('Durrës')).toBe(norm('Durres'));
    expect(norm('Hamid Noury')).toBe(norm('Hamid Nuri'));
    expect(norm('removed')).toBe(norm('removal'));
    expect(norm('organisations')).toBe(norm('organizations'));
    expect(norm("the MEK's")).toBe(norm('the MEK'));
    expect(norm('U.S.')).toBe('us');
  });

  it('matches acronym cues only where they are written in capitals', () => {
    const caps = tokenizeForEvents('fara and FARA', CATALOG.variants);
    expect(caps.map((t) => t.caps)).toEqual([false, false, true]);
  });
});

describe('phrasing patterns (own-words sentences)', () => {
  it('delisting: another verb and word order', () => {
    expect(slugs('Washington drops exile group from blacklist', 'In late September the State Department took the Mujahedin-e Khalq off its list of foreign terrorist organisations after a long lobbying drive.', '2012-09-29')).toContain('us-delisting-2012');
    expect(slugs('Group removed', 'Officials removed the People’s Mojahedin from the terror list, ending a fifteen-year designation.', '2012-10-02')).toContain('us-delisting-2012');
  });

  it('delisting: a removal verb without a terror list is not the delisting', () => {
    expect(slugs('Residents leave', 'Iraqi police removed the MEK residents from the old base near Baghdad, officials said.', '2012-09-25')).not.toContain('us-delisting-2012');
  });

  it('camps described without their names: a compound in Albania, its residents', () => {
    expect(
      slugs(
        'Police search the exiles’ compound',
        'Albanian officers searched the compound of the Iranian opposition group near Durrës and questioned several residents about their computers.\n\nThe Mujahedin-e Khalq called the search unlawful.',
        '2023-06-22',
      ),
    ).toContain('mek-camps');
    expect(slugs('A quiet hillside', 'About two thousand members of the MEK live behind the fences of their camp in the Albanian countryside.', '2019-07-20')).toContain('mek-camps');
  });

  it('camps: a prison camp in Iraq is not the MEK camp', () => {
    expect(slugs('A veteran remembers', 'He spent three years as a prisoner of war in a camp in Iraq before coming home, he told the audience.', '2019-08-09')).not.toContain('mek-camps');
  });

  it('November 2019: the unrest named by its trigger, the fuel-price rise', () => {
    expect(slugs('Unrest spreads after petrol prices jump', 'Demonstrators blocked roads in dozens of cities after the government tripled the petrol price overnight; security forces fired on crowds.', '2019-11-18')).toContain('november-2019-protests');
    expect(slugs('A year on', 'Families of those killed in the 2019 unrest still have no answers about the crackdown, rights groups say.', '2020-11-15')).toContain('november-2019-protests');
  });

  it('November 2019: an arrest in November 2019 is not the protests', () => {
    expect(slugs('Official detained abroad', 'The former prison official was detained at the airport in November 2019 and later put on trial in Stockholm.', '2022-07-14')).not.toContain('november-2019-protests');
  });

  it('influence operations: fake personas, bots and troll farms without the cue words', () => {
    expect(slugs('A writer who does not exist', 'Editors discovered that the columnist was a fake persona run by a team of activists who also operated dozens of automated accounts.', '2019-06-01')).toContain('influence-operations');
    expect(slugs('Platform acts', 'Facebook removed a network of pages and profiles that praised the MEK and attacked its critics, the company said.', '2021-04-07')).toContain('influence-operations');
  });

  it('Mahsa Amini protests named only by the death in custody', () => {
    expect(slugs('Unrest continues', 'Protests have gone on since mid-September, when a young woman died in police custody after being held for her hijab.', '2022-11-05')).toContain('mahsa-amini-protests-2022');
  });

  it('the Villepinte plot without the place name, and a rally without a plot', () => {
    expect(slugs('Diplomat held over attack plan', 'Belgian police found half a kilo of TATP and a detonator in the couple’s car; they were heading for the opposition rally near Paris.', '2018-07-02')).toContain('villepinte-2018-plot');
    expect(slugs('Thousands rally', 'Tens of thousands gathered at the annual Free Iran rally in Villepinte, where speakers called for a secular republic.', '2016-07-10')).not.toContain('villepinte-2018-plot');
  });

  it('the Swedish trial over 1988 without the defendant’s name', () => {
    expect(slugs('Verdict nears', 'A Stockholm court is about to rule in the trial of a former Iranian official accused over the 1988 prison executions.', '2022-05-01')).toContain('hamid-nouri-trial');
  });

  it('the 1970s killings of Americans described without the victims’ names', () => {
    expect(slugs('History of the group', 'Washington has long held that the Mojahedin killed several American military advisers in Iran in the 1970s, which the group denies.', '2012-09-28')).toContain('mek-1970s-attacks');
  });

  it('secondary events: an article about one event that covers another in a paragraph gets both', () => {
    const title = 'Court jails Iranian envoy for twenty years';
    const body =
      'A court in Antwerp sentenced the diplomat Assadollah Assadi to twenty years in prison on Thursday, the first such verdict against an Iranian official in Europe.\n\n' +
      'Judges found that he had handed explosives to a couple who planned to bomb the opposition rally near Paris in June 2018.\n\n' +
      'The Mojahedin, which Washington removed from its terror list in 2012, welcomed the verdict.';
    const got = events(title, body, '2021-02-04');
    const byRole = Object.fromEntries(got.map((e) => [e.slug, e.role]));
    expect(byRole['assadi-trial-2021']).toBe('about');
    expect(byRole['villepinte-2018-plot']).toBeDefined();
    expect(byRole['us-delisting-2012']).toBe('mention');
  });

  it('keeps an explanation with every link: the signals and the passages', () => {
    const [e] = events('Albania police raid the exiles’ camp', 'Police entered the MEK compound near Tirana on Tuesday and took away computers, officials said.', '2023-06-20');
    expect(e?.slug).toBe('mek-camps');
    expect(e!.signals.length).toBeGreaterThan(0);
    expect(e!.signals.map((s) => s.key)).toContain('pattern');
    expect(e!.evidence.some((p) => p.text.includes('compound'))).toBe(true);
  });
});

describe('curator-confirmed links as labelled examples', () => {
  const title = 'Exiles’ radio station marks its anniversary';
  const body =
    'The station broadcasts from a studio outside the capital and its presenters read letters from listeners inside the country every evening.\n\n' +
    'Listeners write about prices, prisons and their families; the presenters answer with songs and poems.';
  const text = analysedText(title, body);
  // What a curator linked to the camps event: another report on the same station.
  const confirmed = articleExampleVector(
    'Radio station of the exiles: its presenters read listeners’ letters about prices, prisons and families every evening from a studio outside the capital, and answer with songs and poems.',
  );

  it('a confirmed example links a similar later article that names the event nowhere', () => {
    expect(matchEvents(text, { titleLength: title.length }).map((e) => e.slug)).not.toContain('mek-camps');
    const after = matchEvents(text, { titleLength: title.length, examples: new Map([['mek-camps', [confirmed]]]) });
    const link = after.find((e) => e.slug === 'mek-camps');
    expect(link).toBeDefined();
    expect(link!.method).toBe('similarity');
    expect(link!.signals[0]).toMatchObject({ key: 'examples', decisive: true });
  });

  it('an example of another event does not pull the article there', () => {
    const unrelated = articleExampleVector('A court in Antwerp sentenced an Iranian diplomat to twenty years over a bomb plot against a rally near Paris.');
    const after = matchEvents(text, { titleLength: title.length, examples: new Map([['mek-camps', [unrelated]]]) });
    expect(after.map((e) => e.slug)).not.toContain('mek-camps');
  });
});
