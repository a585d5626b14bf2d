// The one tokenised pass (lib/analysis) against the analysis it replaced (lib/analysis/reference:
// one regular expression per cue list): identical output, field by field, on the seed articles,
// the Persian test pages, the synthetic benchmark corpus, and texts made for this test from the
// cue lists themselves with the spellings real text uses (case, hyphens, dashes, curly
// apostrophes, dotted acronyms, possessives, glued Persian suffixes, ZWNJ, space or nothing
// between a Persian word's parts, Arabic letters, vowel marks, three kinds of digits).
import { describe, expect, it } from 'vitest';
import entitiesData from '@/data/entities.json';
import eventsData from '@/data/events.json';
import { analyzeArticle, type AnalysisInput } from '@/lib/analysis';
import { ENTITIES } from '@/lib/analysis/entities';
import { LEXICON } from '@/lib/analysis/lexicon';
import { normalizeForAnalysis } from '@/lib/analysis/persian';
import { normalizeForAnalysis as referenceNormalize } from '@/lib/analysis/reference/persian';
import { buildTermMatcher } from '@/lib/analysis/terms';
import { analyzeArticle as referenceAnalyzeArticle } from '@/lib/analysis/reference';
import { ENTITIES as REFERENCE_ENTITIES } from '@/lib/analysis/reference/entities';
import { buildTermMatcher as referenceTermMatcher } from '@/lib/analysis/reference/terms';
import { syntheticAnalysisInputs } from '@/lib/bench/analysis-cpu';
import { parseFile } from '@/lib/parse/parse-file';
import { rng, type Rng } from '@/lib/prng';
import { PERSIAN_TEST_PAGES } from '../../fixtures/persian/articles';
import { SEED_STANCE, seedArticles } from './seeds';

const STANCES = ['advocacy', 'critical', 'mainstream', 'unrated'] as const;
// Whole corpora through two analyses, on a shared two-core machine: minutes, not the default 5 s.
const SLOW = 240_000;

/** Compares the two analyses on every input; returns how much they found, to show the texts exercise them. */
function same(inputs: AnalysisInput[], label: (i: number) => string) {
  const found = { terms: 0, events: 0, claims: 0, attributions: 0 };
  for (const [i, input] of inputs.entries()) {
    const got = analyzeArticle(input);
    const want = referenceAnalyzeArticle(input);
    // One expect per article, named, so a difference says which text and which field.
    expect(got, label(i)).toEqual(want);
    found.terms += got.terms.length;
    found.events += got.events.length;
    found.claims += got.claims.length;
    found.attributions += got.attributions.length;
  }
  return found;
}

describe('one tokenised pass = the reference analysis', () => {
  it('on every seed article', () => {
    const seeds = seedArticles();
    expect(seeds.length).toBeGreaterThan(20);
    same(
      seeds.map((a) => ({
        title: a.title,
        body: a.body,
        publishedAt: a.publishedAt,
        datePrecision: a.datePrecision,
        publisherStance: SEED_STANCE[a.publisherName ?? ''] ?? 'unrated',
        viaStance: a.via ? (SEED_STANCE[a.via] ?? 'unrated') : null,
      })),
      (i) => `seed article ${i}: ${seeds[i]!.title.slice(0, 60)}`,
    );
  }, SLOW);

  it('on the Persian test pages', () => {
    const pages = PERSIAN_TEST_PAGES.flatMap((p) => parseFile(p.name, new TextEncoder().encode(p.text)));
    expect(pages.length).toBe(PERSIAN_TEST_PAGES.length);
    same(
      pages.map((a, i) => ({ title: a.title, body: a.body, publishedAt: a.publishedAt, datePrecision: a.datePrecision, publisherStance: STANCES[i % 4]! })),
      (i) => `Persian page ${PERSIAN_TEST_PAGES[i]!.name}`,
    );
  }, SLOW);

  it('on the synthetic corpus (seed 1, the first 500 articles; seed 7, 150)', () => {
    const inputs = [...syntheticAnalysisInputs(1, 500), ...syntheticAnalysisInputs(7, 150)];
    expect(inputs.length).toBe(650);
    same(inputs, (i) => `synthetic article ${i < 500 ? `s1 #${i}` : `s7 #${i - 500}`}`);
  }, SLOW);

  it('on English texts made from the cue lists, spelt every way real text spells them', () => {
    const found = same(
      Array.from({ length: 300 }, (_, i) => madeArticle(rng(15, 3, i), 'en')),
      (i) => `made English text ${i}`,
    );
    // The made texts are full of what the analyses look for.
    expect(found.terms).toBeGreaterThan(1000);
    expect(found.events).toBeGreaterThan(50);
    expect(found.claims).toBeGreaterThan(50);
    expect(found.attributions).toBeGreaterThan(50);
  }, SLOW);

  it('on Persian texts made from the cue lists, spelt every way real text spells them', () => {
    const found = same(
      Array.from({ length: 300 }, (_, i) => madeArticle(rng(15, 4, i), 'fa')),
      (i) => `made Persian text ${i}`,
    );
    // The made texts are full of what the analyses look for.
    expect(found.terms).toBeGreaterThan(1000);
    expect(found.events).toBeGreaterThan(50);
    expect(found.claims).toBeGreaterThan(50);
    expect(found.attributions).toBeGreaterThan(50);
  }, SLOW);

  it('folds Persian text as the reference does, offsets included, whatever characters it meets', () => {
    // Every kind of character folding treats apart, next to each other in any order: letters it
    // keeps or maps, marks and direction marks it drops, ZWNJ between or beside them, Arabic
    // presentation forms (one that expands to a phrase, one to a space and a mark), characters
    // outside the BMP, lone surrogates, digits of three scripts.
    const parts = [
      'a', 'Z', ' ', '.', '\n', 'ب', 'ی', 'ي', 'ك', 'ۀ', 'ة', 'أ', '٫', '٬', '٪', '۱', '٣', '7', '\u200c', '\u200c\u200c', '\u064e', '\u0640', '\u0670',
      '\u200e', '\u202b', '\u2066', '\ufb8a', '\ufdfa', '\ufe70', '\ufefb', '\ufe8d', '\u{1d400}', '\u{1f600}', '\ud800', '\udc00', 'é', '\u0301', 'هایی',
    ];
    for (let i = 0; i < 3000; i++) {
      const r = rng(15, 6, i);
      const text = Array.from({ length: r.int(1, 24) }, () => r.pick(parts)).join('');
      const got = normalizeForAnalysis(text);
      const want = referenceNormalize(text);
      expect({ text: got.text, starts: got.starts && [...got.starts], ends: got.ends && [...got.ends] }, JSON.stringify(text)).toEqual({
        text: want.text,
        starts: want.starts && [...want.starts],
        ends: want.ends && [...want.ends],
      });
    }
  });

  it('finds every overlapping phrase hit the reference matcher finds (terms and entities)', () => {
    const pairs = [
      [buildTermMatcher(LEXICON.terms), referenceTermMatcher(LEXICON.terms)],
      [ENTITIES.matcher, REFERENCE_ENTITIES.matcher],
    ] as const;
    for (let i = 0; i < 400; i++) {
      const a = madeArticle(rng(15, 5, i), i % 2 ? 'fa' : 'en');
      const text = normalizeForAnalysis(`${a.title}\n\n${a.body}`).text;
      for (const [mine, ref] of pairs) {
        const strip = (hs: ReturnType<typeof ref.findAll>) => hs.map((h) => ({ start: h.start, end: h.end, key: h.key, payloads: h.payloads }));
        expect(strip(mine.findAll(text)), `made text ${i}`).toEqual(strip(ref.findAll(text)));
      }
    }
    // Letters that lower-case or upper-case to ASCII but that case-insensitive matching keeps apart
    // (dotless ı, dotted İ) or equates (long ſ, Kelvin K, Ångström Å), in the phrases themselves.
    const exotic: Record<string, string[]> = { i: ['ı', 'İ'], s: ['ſ'], k: ['\u212a'], a: ['\u212b', 'å'] };
    for (let i = 0; i < 300; i++) {
      const r = rng(15, 7, i);
      const text = Array.from({ length: 12 }, () =>
        r.pick(EN_PHRASES).replace(/[iska]/gi, (c) => (r.chance(0.3) ? r.pick(exotic[c.toLowerCase()]!) : c)),
      ).join(r.pick([' ', '. ', ', ']));
      for (const [mine, ref] of pairs) {
        const strip = (hs: ReturnType<typeof ref.findAll>) => hs.map((h) => ({ start: h.start, end: h.end, key: h.key, payloads: h.payloads }));
        expect(strip(mine.findAll(text)), `exotic text ${i}: ${text}`).toEqual(strip(ref.findAll(text)));
      }
    }
  }, SLOW);
});

// ---- texts made from the cue lists -------------------------------------------------------

const ARABIC = /\p{Script=Arabic}/u;
const catalog = eventsData as { groups: Record<string, string[]>; events: Array<{ cues: { strong: string[]; support: string[]; requireAny?: string[]; frames?: Array<{ all: string[][] }> } }> };
const CUES = [
  ...Object.values(catalog.groups).flat(),
  ...catalog.events.flatMap((e) => [...e.cues.strong, ...e.cues.support, ...(e.cues.requireAny ?? []), ...(e.cues.frames ?? []).flatMap((f) => f.all.flat())]),
].filter((c) => !c.startsWith('@'));
const PHRASES = [
  ...LEXICON.terms.flatMap((t) => t.variants),
  ...(entitiesData as { entities: Array<{ aliases: string[] }> }).entities.flatMap((e) => e.aliases),
  ...CUES,
];
const EN_PHRASES = PHRASES.filter((p) => !ARABIC.test(p));
const FA_PHRASES = PHRASES.filter((p) => ARABIC.test(p));

const EN_WORDS = [
  'said', 'says', 'told', 'according to', 'called on', 'is calling on', 'pointed out', 'wrote', 'added', 'warned', 'Said', 'SAID', 'reported',
  'estimated', 'documented', 'named', 'identified', 'counted', 'he said', 'she told', 'the prosecutor', 'a spokesman for', 'officials', 'authorities',
  'at least', 'more than', 'over', 'nearly', 'up to', 'some', 'an estimated', 'thousands', 'hundreds of', 'dozens', 'tens of thousands', 'a dozen',
  '304', '30,000', '1,500', '1988', '2019', 'three', 'twenty-five', 'five hundred', '12', '4.5', '60%', '10 years',
  'people', 'protesters', 'political prisoners', 'men, women and children', 'were', 'have been', 'reportedly', 'brutally',
  'killed', 'executed', 'hanged', 'shot dead', 'injured', 'wounded', 'arrested', 'detained', 'disappeared', 'sentenced', 'tortured', 'died', 'dead',
  'deaths', 'lives', 'killings of', 'massacre of', 'execution of', 'casualties', 'COVID', 'earthquake', 'security forces', 'crackdown',
  'Mr.', 'Mrs.', 'Dr.', 'Rep.', 'Ms', 'Maryam Rajavi', 'John Doe', 'Anna Lind', 'Herrell', 'U.S.', 'U.N.', 'US', 'EU', 'the', 'a', 'of', 'in', 'and',
  'Iran', 'Tehran', 'Paris', 'Ashraf', 'camp', 'regime', 'group', 'its', 'their', '“', '”', '"', '(', ')', ',', ';', ':', '—', '...', '…',
];
const FA_WORDS = [
  'به گزارش', 'به گفته', 'گفت', 'اعلام کرد', 'می‌گوید', 'می گویند', 'افزود', 'نوشت', 'طبق', 'بر اساس', 'به نقل از',
  'دست‌کم', 'دست کم', 'بیش از', 'حدود', 'نزدیک به', 'بین', 'تا', 'هزاران', 'صدها', 'ده‌ها', 'چند هزار',
  '۳۰۴', '٣٠٤', '304', '۳۰ هزار', '۳۰٬۰۰۰', 'پنج هزار', 'سیصد و چهار', '۱۳۶۷', '۶۷', 'سال ۶۷', 'تابستان ۶۷', 'آبان ۹۸', '۲۵ ساله', '۱۰ سال',
  'نفر', 'تن', 'زندانی', 'زندانیان سیاسی', 'معترضان', 'از', 'در', 'و', 'که', 'را',
  'کشته شدند', 'اعدام شدند', 'اعدام', 'جان باختند', 'زخمی شدند', 'بازداشت شدند', 'دستگیر', 'ناپدید شدند', 'محکوم', 'شکنجه',
  'کشتار', 'قتل عام', 'جانباختگان', 'شمار جانباختگان به', 'رسید', 'عفو بین‌الملل', 'شورای ملی مقاومت', 'حمید نوری', 'مریم رجوی',
  '«', '»', '،', '؛', '.', '؟',
];

/** A phrase spelt as real text might spell it. */
function respell(r: Rng, phrase: string): string {
  let s = phrase;
  if (ARABIC.test(s)) {
    // Joiners: ZWNJ, a space or nothing between parts; Arabic yeh and kaf; vowel marks, tatweel; glued suffixes.
    s = s.replace(/[\u200c ]/g, () => r.pick(['\u200c', ' ', '', '\u200c', ' ']));
    if (r.chance(0.3)) s = s.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
    if (r.chance(0.15)) s = s.replace(/([\u0600-\u06ff])/, `$1${r.pick(['\u064e', '\u0650', '\u0640', '\u0651'])}`);
    if (r.chance(0.2)) s += r.pick(['ها', '\u200cها', ' های', '\u200cهای', 'ی', '\u200cای', 'ای', 'هایی']);
    if (r.chance(0.1)) s = s.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
    if (r.chance(0.05)) s = r.pick(['و', 'ب', '']) + s;
    return s;
  }
  const roll = r.next();
  if (roll < 0.12) s = s.toUpperCase();
  else if (roll < 0.25) s = s.toLowerCase();
  else if (roll < 0.32) s = s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  if (r.chance(0.2)) s = s.replace(/ /g, () => r.pick([' ', '-', '  ', ' – ', '\n', ' ‐ ', '—']));
  if (r.chance(0.2)) s = s.replace(/-/g, () => r.pick([' ', '-', '–', '']));
  if (r.chance(0.2)) s = s.replace(/'/g, () => r.pick(['’', '‘', "'", '']));
  if (r.chance(0.15)) s = s.replace(/\./g, '');
  if (r.chance(0.1) && /^\p{Lu}{2,4}$/u.test(s)) s = [...s].join('.') + '.';
  if (r.chance(0.12)) s += r.pick(["'s", '’s', 's', 'es', '.', '-based', 'ها', '2', 'ing', 'ed']);
  if (r.chance(0.05)) s = r.pick(['anti-', 'pro-', 'x', '1', 'non']) + s;
  return s;
}

function madeArticle(r: Rng, lang: 'en' | 'fa'): AnalysisInput {
  const phrases = lang === 'fa' ? (r.chance(0.85) ? FA_PHRASES : EN_PHRASES) : EN_PHRASES;
  const words = lang === 'fa' ? FA_WORDS : EN_WORDS;
  const sentence = () => {
    const parts: string[] = [];
    const n = r.int(4, 16);
    for (let k = 0; k < n; k++) parts.push(r.chance(0.45) ? respell(r, r.pick(phrases)) : r.chance(0.9) ? r.pick(words) : respell(r, r.pick(words)));
    return parts.join(r.chance(0.9) ? ' ' : r.pick([', ', ' — ', '  ', ' (', '" ']));
  };
  const paragraph = () =>
    Array.from({ length: r.int(1, 5) }, sentence)
      .map((s) => s + r.pick(['.', '.', '.', '!', '?', ':', '…', '."', '.”', lang === 'fa' ? '؟' : ';']))
      .join(r.chance(0.85) ? ' ' : '\n');
  const body = Array.from({ length: r.int(1, 9) }, paragraph).join(r.pick(['\n\n', '\n\n', '\n']));
  const year = r.int(1985, 2026);
  return {
    title: r.chance(0.15) ? body.slice(0, r.int(10, 80)) : sentence(),
    body,
    publishedAt: r.chance(0.85) ? `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}` : null,
    datePrecision: r.pick(['day', 'day', 'day', 'month', 'year']),
    publisherStance: r.pick(STANCES),
    viaStance: r.chance(0.2) ? r.pick(STANCES) : null,
  };
}
