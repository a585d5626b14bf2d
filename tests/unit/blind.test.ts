// The blind reading, pure: the URL schema, the seeded draw (same seed, same set; each group its
// share), the masking of outlet names (but not the group's own names), and the reveal's cues
// with their sentences. Texts are written for this test.
import { describe, expect, it } from 'vitest';
import { analysedText } from '@/lib/analysis';
import { matchTerms } from '@/lib/analysis/terms';
import { blindHref, blindQuery, blindSelectionQuery, newSeed, parseBlindFilter, type BlindFilter, type RatedStance } from '@/lib/filters/blind';
import { parseFocusSpan } from '@/lib/filters/reader';
import { searchParamsRecord } from '@/lib/export/datasets';
import {
  buildBlindSet,
  candidatePassages,
  isLexiconName,
  maskSegments,
  outletMask,
  pickArticles,
  publicPassages,
  revealSet,
  scoreMarks,
  seedNumber,
  type BlindAnswerSource,
  type BlindSource,
} from '@/lib/shape/blind';
import { readerHref } from '@/lib/shape/links';
import { qrDrawing } from '@/lib/shape/qr';
import { clipPassage, sentenceFinder } from '@/lib/shape/sentences';

const parse = (qs: string) => parseBlindFilter(searchParamsRecord(new URLSearchParams(qs)));

describe('blind reading URL', () => {
  it('reads the selection, the marks and reveal, and falls back on bad values', () => {
    const f = parse('seed=abc12&n=12&groups=critical,advocacy,unrated&lang=FA&m1=a&m3=c&m4=x&m40=m&reveal=1');
    expect(f).toEqual({ seed: 'abc12', n: 12, groups: ['advocacy', 'critical'], lang: 'fa', marks: { 1: 'advocacy', 3: 'critical' }, reveal: true });
    expect(parse('seed=<script>&n=999&lang=english')).toMatchObject({ seed: null, n: 30, groups: ['advocacy', 'mainstream', 'critical'], lang: null, reveal: false });
    expect(parse('n=1').n).toBe(3);
    expect(parse('n=ten').n).toBe(9);
    // The setup form's checkboxes submit groups=a&groups=b.
    expect(parse('groups=mainstream&groups=critical').groups).toEqual(['mainstream', 'critical']);
  });

  it('writes back what it read; the shared link carries the selection only', () => {
    for (const qs of ['seed=k2x9q', 'seed=a&n=6&groups=advocacy,critical&lang=en&m2=m&m5=a&reveal=1', 'seed=zz&m1=c']) {
      const f = parse(qs);
      expect(parse(new URLSearchParams(blindQuery(f)).toString())).toEqual(f);
    }
    const f = parse('seed=k2x9q&n=12&m1=a&reveal=1');
    expect(blindSelectionQuery(f)).toEqual({ seed: 'k2x9q', n: '12' });
    expect(blindHref('1988-massacre', blindSelectionQuery(f))).toBe('/events/1988-massacre/blind?seed=k2x9q&n=12');
    expect(newSeed()).toMatch(/^[a-z0-9]{5}$/);
  });
});

// Three outlets, one per group, each with a few articles written for this test.
const OUTLETS: Record<RatedStance, string[]> = {
  advocacy: ['Northern Lantern', 'Lantern', 'northernlantern.example'],
  mainstream: ['Daily Ledger', 'The Ledger', 'dailyledger.example'],
  critical: ['Harbour Tribune', 'HT', 'harbourtribune.example'],
};

function article(id: number, stance: RatedStance, title: string, body: string, opts: Partial<BlindSource> = {}): BlindSource {
  const text = analysedText(title, body);
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const paras = body.split('\n\n').filter(Boolean);
  return {
    id,
    stance,
    language: 'en',
    role: 'about',
    title,
    body,
    evidence: paras.map(at),
    claims: [],
    quotes: [],
    outletNames: OUTLETS[stance],
    ...opts,
  };
}

const SOURCES: BlindSource[] = [
  article(
    1,
    'advocacy',
    'Northern Lantern: the Iranian Resistance marks the anniversary of the prison killings',
    'Supporters of the PMOI gathered in three cities to remember the prisoners, the organisers told Northern Lantern in a statement.\n\nThe NCRI said the commemorations would continue all week, and speakers called for an international inquiry into the killings.',
  ),
  article(
    2,
    'advocacy',
    'Rally in the capital recalls the victims of the summer executions',
    'Speakers at the rally described the resistance units inside the country and urged governments to act, according to a statement posted on northernlantern.example today.',
  ),
  article(
    3,
    'mainstream',
    'Rights groups renew calls for an inquiry into the prison executions',
    'Two rights organisations asked the United Nations to open an inquiry into the executions, The Ledger has learned from officials in Geneva.\n\nThe government has not commented on the request, and officials in the capital declined to answer questions from reporters.',
  ),
  article(
    4,
    'mainstream',
    'What is known about the mass executions of prisoners',
    'Historians disagree about the number of prisoners executed that summer, and the archives remain closed to researchers from abroad.',
  ),
  article(
    5,
    'critical',
    'HT: the MKO cult exploits the memory of the dead for propaganda',
    'The MKO cult organised another event abroad to exploit the anniversary, Harbour Tribune reported, describing the group as terrorists.\n\nFormer members of the group told HT that they had been pressured to attend such rallies against their will.',
  ),
  article(
    6,
    'critical',
    'Hypocrites stage another show in Europe',
    'The hypocrites gathered a few paid participants in front of a hotel, and local residents ignored the small crowd outside the building.',
  ),
];

const F = { seed: 'k2x9q', n: 9, groups: ['advocacy', 'mainstream', 'critical'] as RatedStance[] };

describe('drawing a set', () => {
  it('is the same for the same seed, whatever order the articles come in', () => {
    const a = buildBlindSet(pickArticles(SOURCES, F), F);
    const b = buildBlindSet(pickArticles([...SOURCES].reverse(), F), F);
    expect(b.items.map((i) => [i.articleId, i.span])).toEqual(a.items.map((i) => [i.articleId, i.span]));
    expect(b.code).toBe(a.code);
    expect(a.code).toMatch(/^[0-9A-Z]{4}$/);
  });

  it('gives each group an equal share, numbered 1…n, and another seed another set', () => {
    const set = buildBlindSet(SOURCES, F);
    expect(set.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const g of F.groups) expect(set.items.filter((i) => i.stance === g)).toHaveLength(3);
    // Within a group, passages come from as many articles as there are.
    for (const g of F.groups) expect(new Set(set.items.filter((i) => i.stance === g).map((i) => i.articleId)).size).toBe(2);
    const other = buildBlindSet(SOURCES, { ...F, seed: 'other1' });
    expect(other.items.map((i) => `${i.articleId}:${i.span.start}`)).not.toEqual(set.items.map((i) => `${i.articleId}:${i.span.start}`));
    expect(seedNumber('k2x9q')).not.toBe(seedNumber('k2x9r'));
  });

  it('passes a short group’s share to the others and never repeats or overlaps a passage', () => {
    const lean = SOURCES.filter((s) => s.id !== 6 && s.id !== 5).concat(article(6, 'critical', 'Short', 'Too short to judge.'));
    const set = buildBlindSet(lean, { ...F, n: 12 });
    expect(set.items.filter((i) => i.stance === 'critical').map((i) => i.kind)).toEqual(['headline']);
    const keys = set.items.map((i) => `${i.articleId}:${i.span.start}-${i.span.end}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const a of set.items) {
      for (const b of set.items) {
        if (a !== b && a.articleId === b.articleId) expect(a.span.end <= b.span.start || b.span.end <= a.span.start).toBe(true);
      }
    }
  });

  it('draws only the chosen groups, and at most n articles a group', () => {
    const f = { ...F, groups: ['advocacy', 'critical'] as RatedStance[], n: 1 };
    const picked = pickArticles(SOURCES, f);
    expect(picked.map((a) => a.stance).sort()).toEqual(['advocacy', 'critical']);
    const set = buildBlindSet(SOURCES, { ...F, groups: ['mainstream'] });
    expect(set.groups).toEqual(['mainstream']);
    expect(set.items.every((i) => i.stance === 'mainstream')).toBe(true);
  });

  it('offers headlines, evidence passages and the sentences of figures and quotes; short sentences are left out', () => {
    const text = analysedText(SOURCES[2]!.title, SOURCES[2]!.body);
    const s = { ...SOURCES[2]!, claims: [{ start: text.indexOf('Two'), end: text.indexOf('Two') + 3 }], quotes: [{ start: text.indexOf('officials in the capital'), end: text.indexOf('officials in the capital') + 24 }] };
    const c = candidatePassages(s);
    expect(c.map((x) => x.kind)).toEqual(['headline', 'passage', 'passage']);
    // The figure's and the quote's sentences are the evidence passages already: offered once.
    const noEvidence = candidatePassages({ ...s, evidence: [] });
    expect(noEvidence.map((x) => x.kind)).toEqual(['headline', 'figure', 'quote']);
    expect(noEvidence[1]!.text).toMatch(/^Two rights organisations .* Geneva\.$/);
    expect(candidatePassages({ ...s, evidence: [], role: 'mention' }).map((x) => x.kind)).toEqual(['headline', 'figure']);
  });
});

describe('masking', () => {
  it('hides every outlet of the set in every passage, names, aliases and domains, but not the group’s own names', () => {
    const set = buildBlindSet(SOURCES, { ...F, n: 30 });
    const shown = publicPassages(set)
      .map((p) => p.segments.filter((s) => !s.masked).map((s) => s.text).join(''))
      .join('\n');
    for (const names of Object.values(OUTLETS)) for (const n of names) expect(shown).not.toMatch(new RegExp(`\\b${n.replace('.', '\\.')}\\b`));
    expect(shown).toMatch(/PMOI|NCRI|MKO/);
    const masked = set.items.flatMap((i) => i.segments.filter((s) => s.masked).map((s) => s.text));
    expect(masked).toEqual(expect.arrayContaining(['Northern Lantern', 'The Ledger', 'HT', 'Harbour Tribune', 'northernlantern.example']));
    // What the class gets has no article, outlet or group in it, and no hidden name either.
    for (const p of publicPassages(set)) {
      expect(Object.keys(p).sort()).toEqual(['clipped', 'kind', 'lang', 'number', 'segments']);
      for (const s of p.segments.filter((x) => x.masked)) expect(s.text).toBe('');
    }
  });

  it('keeps a name that is a lexicon term, and masks acronyms by case', () => {
    expect(isLexiconName('NCRI')).toBe(true);
    expect(isLexiconName('National Council of Resistance of Iran')).toBe(true);
    expect(isLexiconName("People's Mojahedin Organization of Iran")).toBe(true);
    expect(isLexiconName("NCRI Women's Committee")).toBe(false);
    expect(isLexiconName('ncr-iran.org')).toBe(false);
    const mask = outletMask(['NCRI', 'ncr-iran.org', 'HT', 'Amnesty International']);
    expect(maskSegments('The NCRI site ncr-iran.org quoted Amnesty International’s report; ht and HT.', mask)).toEqual([
      { text: 'The NCRI site ', masked: false },
      { text: 'ncr-iran.org', masked: true },
      { text: ' quoted ', masked: false },
      { text: 'Amnesty International', masked: true },
      { text: '’s report; ht and ', masked: false },
      { text: 'HT', masked: true },
      { text: '.', masked: false },
    ]);
    expect(maskSegments('nothing to hide', outletMask(['NCRI']))).toEqual([{ text: 'nothing to hide', masked: false }]);
  });
});

describe('reveal', () => {
  const src = SOURCES[4]!;
  const text = analysedText(src.title, src.body);
  const terms = matchTerms(text).map((t) => ({ term: t.term, offsets: t.offsets.flatMap((o) => [o.start, o.end]) }));
  const answerSource: BlindAnswerSource = {
    id: 5,
    title: src.title,
    body: src.body,
    publishedAt: '2020-07-30',
    publisher: 'Harbour Tribune',
    publisherSlug: 'harbour-tribune',
    via: null,
    stance: 'critical',
    terms,
    claims: [],
    quotes: [{ start: text.indexOf('Former members'), end: text.indexOf('Former members') + 14, entity: 'former members', verb: 'told', quoted: false }],
    leaning: 'critical',
  };

  it('shows the group, the outlet and the cues, each linked to its sentence', () => {
    const set = buildBlindSet([src], { ...F, groups: ['critical'], n: 3 });
    const answers = revealSet(set, [answerSource], { 1: 'critical', 2: 'advocacy' });
    expect(answers).toHaveLength(set.items.length);
    const passage = answers.find((a) => a.kind === 'passage' && a.text.startsWith('The MKO cult'))!;
    expect(passage).toMatchObject({ stance: 'critical', publisher: 'Harbour Tribune', articleId: 5 });
    // "MKO cult" is one term (the longest match), not "MKO" and "cult".
    expect(passage.here.terms.map((t) => t.term)).toEqual(['rajavi-cult', 'terrorist']);
    const mko = passage.here.terms.find((t) => t.term === 'rajavi-cult')!;
    expect(mko.leaning).toBe('critical');
    const sentence = parseFocusSpan(searchParamsRecord(new URL(mko.href, 'http://x').searchParams))!;
    expect(text.slice(sentence.start, sentence.end)).toBe('The MKO cult organised another event abroad to exploit the anniversary, Harbour Tribune reported, describing the group as terrorists.');
    expect(mko.href).toMatch(/^\/articles\/5\?at=\d+-\d+#at$/);
    // The quote lies in the other paragraph: listed as a cue elsewhere in the article, not here.
    expect(passage.here.quotes).toEqual([]);
    const score = scoreMarks(answers);
    expect(score.marked).toBe(2);
    expect(score.matching).toBe(answers.filter((a) => a.mark === 'critical').length);
  });

  it('links the reader to a span, and the reader reads it back', () => {
    expect(readerHref(7)).toBe('/articles/7');
    expect(readerHref(7, { start: 10, end: 42 })).toBe('/articles/7?at=10-42#at');
    expect(parseFocusSpan({ at: '10-42' })).toEqual({ start: 10, end: 42 });
    expect(parseFocusSpan({ at: '42-10' })).toBeNull();
    expect(parseFocusSpan({ at: 'x' })).toBeNull();
  });
});

describe('sentences and clipping', () => {
  const text = 'First sentence here. Second one, with Mr. Smith. Third!';
  it('finds the sentence around a span, or the run it crosses', () => {
    const f = sentenceFinder(text);
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    expect(text.slice(f.around(at('Smith')).start, f.around(at('Smith')).end)).toBe('Second one, with Mr. Smith.');
    expect(text.slice(f.around(at('here. Second')).start, f.around(at('here. Second')).end)).toBe('First sentence here. Second one, with Mr. Smith.');
  });
  it('clips a long passage after a whole sentence, else a whole word', () => {
    expect(clipPassage(text, { start: 0, end: text.length }, 30)).toEqual({ span: { start: 0, end: 20 }, clipped: true });
    expect(clipPassage(text, { start: 0, end: text.length }, 100).clipped).toBe(false);
    const word = clipPassage('averyveryverylongword another word', { start: 0, end: 34 }, 26);
    expect(word).toEqual({ span: { start: 0, end: 21 }, clipped: true });
  });
});

describe('QR code', () => {
  it('draws the finder squares in three corners', () => {
    const qr = qrDrawing('http://localhost:3000/events/1988-massacre/blind?seed=k2x9q');
    expect(qr.size).toBeGreaterThanOrEqual(21);
    expect((qr.size - 17) % 4).toBe(0);
    expect(qr.path).toMatch(/^M0 0h7v1h-7z/);
    expect(qr.path).toContain(`M${qr.size - 7} 0h7v1h-7z`);
  });
});

// Keep the type import used: a BlindFilter literal compiles against the parser's type.
const _typed: BlindFilter = parse('');
void _typed;
