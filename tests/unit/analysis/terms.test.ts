import { describe, expect, it } from 'vitest';
import lexiconData from '@/data/lexicon.json';
import { LEXICON, loadLexicon } from '@/lib/analysis/lexicon';
import { phraseKey } from '@/lib/analysis/phrase-matcher';
import { matchTerms, ratePer1000 } from '@/lib/analysis/terms';

function counts(text: string): Record<string, number> {
  return Object.fromEntries(matchTerms(text).map((h) => [h.term, h.count]));
}

describe('lexicon data', () => {
  it('validates and has the required categories', () => {
    expect(() => loadLexicon(lexiconData)).not.toThrow();
    const cats = LEXICON.categories.map((c) => c.id);
    for (const id of ['names', 'labels', 'state', 'events']) expect(cats).toContain(id);
  });

  it('lists no variant twice (within or across terms)', () => {
    const seen = new Map<string, string>();
    for (const t of LEXICON.terms) {
      for (const v of t.variants) {
        const key = phraseKey(v, t.caseSensitive);
        expect(seen.get(key), `"${v}" in ${t.id} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, t.id);
      }
    }
  });

  it('rejects a variant listed under two terms', () => {
    const bad = {
      version: 'x',
      categories: [{ id: 'c', label: 'c', description: 'd', terms: [
        { id: 'a', label: 'a', variants: ['Mojahedin-e Khalq'] },
        { id: 'b', label: 'b', variants: ['mojahedin e-khalq'] },
      ] }],
    };
    expect(() => loadLexicon(bad)).toThrow(/already listed under a/);
  });

  it('rejects a weight without a leaning', () => {
    const bad = { version: 'x', categories: [{ id: 'c', label: 'c', description: 'd', terms: [{ id: 't', label: 't', variants: ['t'], weight: 2 }] }] };
    expect(() => loadLexicon(bad)).toThrow(/weight but no leaning/);
  });
});

describe('matchTerms', () => {
  it.each<[string, Record<string, number>]>([
    // Seed: 002 NCRI — the longer phrase wins and "resistance" is not counted again.
    ['joined by the MEK & Iranian Resistance representatives', { 'mek-acronym': 1, 'iranian-resistance': 1 }],
    // Seed: 001 — generic lower-case "resistance" is a different term.
    ['the organized, democratic resistance movement, the People’s Mojahedin Organization of Iran (PMOI/MEK)', {
      'resistance-movement': 1,
      'peoples-mojahedin': 1,
      pmoi: 1,
      'mek-acronym': 1,
    }],
    // Seed: 000 — the full MKO name is one term, the acronym another.
    ['adherence to the Mojahedin Khalq Organization (the MKO)', { 'mojahedin-khalq-organization': 1, mko: 1 }],
    // Seed: 003 — spelling variants and possessives.
    ['Memories with Mujahidin Khalq Organisation MKO', { 'mojahedin-khalq-organization': 1, mko: 1 }],
    ['Mujahedin-e-Khalq MEK terrorists Shape Trump Admin Iran Policy', { mek: 1, 'mek-acronym': 1, terrorist: 1 }],
    ['Every week someone in the MEK’s Albania camp dies.', { 'mek-acronym': 1 }],
    ['the real nature of the Iranian Mojahedin Khalq cult', { 'rajavi-cult': 1 }],
    ['an Islamist-Marxist cultish group headed by Maryam Rajavi', { cultish: 1, 'maryam-rajavi': 1 }],
    ['Mrs. Maryam Rajavi, the president-elect of the National Council of Resistance of Iran (NCRI)', {
      'mrs-rajavi': 1,
      'president-elect': 1,
      'ncri-acronym': 1,
    }],
  ])('%s', (text, expected) => {
    const got = counts(text);
    for (const [term, n] of Object.entries(expected)) expect(got[term], term).toBe(n);
  });

  it('matches acronyms case-sensitively', () => {
    expect(counts('mek and mko and ncri')).toEqual({});
    expect(counts('Mek')).toEqual({});
  });

  it('does not match inside words', () => {
    expect(counts('cultivated cultural Tehranis')).toEqual({});
  });

  it('never overlaps and reports offsets into the text', () => {
    const text = 'The Iranian Resistance and the resistance units of the PMOI';
    const hits = matchTerms(text);
    const spans = hits.flatMap((h) => h.offsets.map((o) => ({ ...o, term: h.term })));
    spans.sort((a, b) => a.start - b.start);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    const got = Object.fromEntries(spans.map((s) => [s.term, text.slice(s.start, s.end)]));
    expect(got).toEqual({ 'iranian-resistance': 'Iranian Resistance', 'resistance-units': 'resistance units', pmoi: 'PMOI' });
  });
});

describe('ratePer1000', () => {
  it('scales counts by length', () => {
    expect(ratePer1000(3, 600)).toBe(5);
    expect(ratePer1000(3, 0)).toBe(0);
  });
});
