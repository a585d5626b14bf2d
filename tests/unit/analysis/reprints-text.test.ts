// The pure parts of reprint detection on real text: what boilerplate is stripped (the sample
// corpus's own articles wrapped the way republishing sites wrap them), what the normal form
// ignores, how the fingerprint estimates similarity, which copy is the original, and what an
// article that quotes another counts as its own.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, analysedText } from '@/lib/analysis';
import { candidateProbability, fingerprint, ownTextAnalysis, strippedRanges } from '@/lib/analysis/reprints';
import { datelineLength } from '@/lib/analysis/reprints/boilerplate';
import { overlap, pairShape, sharedSpans, textShingles } from '@/lib/analysis/reprints/compare';
import { estimatedJaccard, normalizeToken, wordTokens } from '@/lib/analysis/reprints/fingerprint';
import { CROWDED_BAND, plannedCandidates, QUIET_BAND, ReprintLinker, type BandHits, type LinkCopy } from '@/lib/analysis/reprints/linker';
import { authorshipScore, compareCopies, compareDates } from '@/lib/analysis/reprints/original';
import { parseFile } from '@/lib/parse/parse-file';
import { reprintCorpus } from '@/lib/devset/reprint-corpus';

const SAMPLES = path.resolve(__dirname, '../../../data/samples');
const samples = fs.readdirSync(SAMPLES).flatMap((f) => parseFile(f, fs.readFileSync(path.join(SAMPLES, f))));
const longest = [...samples].sort((a, b) => b.body.length - a.body.length);
const words = (body: string, title = '') => wordTokens(body, title).map((t) => t.norm);

describe('boilerplate around a republished text', () => {
  const a = longest[0]!;
  const wrappers: [string, (body: string) => string][] = [
    ['digest header', (b) => `Iran Freedom Digest | Staff | 4 February 2021\n\n${b}`],
    ['site header and dateline', (b) => `Home › News › Europe\n\nBRUSSELS (Agencies) – ${b}`],
    ['credit and share lines', (b) => `${b}\n\nThis article was originally published by ${a.publisherName}.\n\nShare this: Facebook Twitter Email\n\n© 2021 All rights reserved`],
    ['"appeared first" and tags', (b) => `${b}\n\nThe post ${a.title} appeared first on Example News.\n\nTags: Iran, Belgium, courts`],
    ['source and sign-off', (b) => `${b}\n\n(Reporting by a correspondent; Editing by a desk editor)\n\nSource: ${a.publisherName}`],
    ['headline repeated, furniture at the edges', (b) => `${a.title}\n\nLatest news\n\n${b}\n\nlatest tweets\n\nFollow us on Telegram`],
  ];
  it.each(wrappers)('%s: the words compared are the text’s own', (_name, wrap) => {
    expect(words(wrap(a.body), a.title)).toEqual(words(a.body, a.title));
  });

  it('keeps the credit lines, for deciding which copy is the author’s', () => {
    const { credits } = strippedRanges(`${a.body}\n\nOriginally published at example.org\n\nSource: NCRI`, a.title);
    expect(credits).toEqual(['Originally published at example.org', 'Source: NCRI']);
  });

  it('strips datelines, not sentences that start with a name', () => {
    const reuters = samples.find((s) => s.body.startsWith('DUBAI (Reuters)'))!;
    expect(reuters.body.slice(datelineLength(reuters.body))).toMatch(/^Iran’s Supreme Leader/);
    expect(datelineLength('WASHINGTON, DC- On December 15, 2020, the Organization')).toBe('WASHINGTON, DC- '.length);
    expect(datelineLength('New York, NY; December 3, 2020 – Association of Iranian Americans')).toBeGreaterThan(20);
    expect(datelineLength('Facebook Inc. issued a new report Wednesday - showing that')).toBe(0);
    expect(datelineLength('The court said: Members of the group')).toBe(0);
  });

  it('keeps every sentence of the sample articles', () => {
    // Nothing of the real articles' own text looks like boilerplate.
    for (const s of samples) {
      const kept = strippedRanges(s.body, s.title).kept.reduce((n, r) => n + r.end - r.start, 0);
      expect(kept / s.body.replace(/\n/g, '').length, s.title).toBeGreaterThan(0.9);
    }
  });
});

describe('boilerplate around a republished Persian text', () => {
  const a = reprintCorpus({ seed: 4, lang: 'fa', originalsPerEvent: 1, reprintRate: 0, quoteRate: 0 })[0]!;
  const wrappers: [string, (body: string) => string][] = [
    ['digest header', (b) => `خبرنامه آزمایشی | تحریریه | ۱۴۰۲/۰۸/۲۷\n\n${b}`],
    ['dateline', (b) => `برلین (خبرگزاری‌ها) – ${b}`],
    ['credit and share lines', (b) => `${b}\n\nاین گزارش نخستین بار در ${a.publisher} منتشر شد.\n\nبه اشتراک بگذارید: فیسبوک توییتر تلگرام\n\n© ۱۴۰۳ کلیه حقوق محفوظ است`],
    ['source and tags', (b) => `${b}\n\nمنبع: ${a.publisher}\n\nبرچسب‌ها: ایران، اروپا، حقوق بشر`],
    ['the same lines typed with Arabic letters', (b) => `${b}\n\nمنبع: ${a.publisher}\n\nبرچسب ها: ايران، اروپا\n\nكليه حقوق محفوظ است`],
    ['"read the full text" and a sign-off', (b) => `${b}\n\nمتن کامل را در ${a.publisher} بخوانید\n\nترجمه: تحریریه`],
  ];
  it.each(wrappers)('%s: the words compared are the text’s own', (_name, wrap) => {
    expect(words(wrap(a.body), a.title)).toEqual(words(a.body, a.title));
  });

  it('keeps a sentence that says where a book first appeared', () => {
    const line = 'این کتاب نخستین بار در سال ۱۳۶۰ در تهران منتشر شد و سال‌ها بعد در تبعید بارها تجدید چاپ شد و خوانندگان بسیاری یافت.';
    expect(words(`${a.body}\n\n${line}`, a.title).length).toBeGreaterThan(words(a.body, a.title).length);
  });
});

describe('the normal form', () => {
  it('ignores case, typography, joiners and Persian letter and digit variants', () => {
    expect(['Regime’s', "regime's", 'REGIMES'].map(normalizeToken)).toEqual(['regimes', 'regimes', 'regimes']);
    expect(normalizeToken('Mojahedin-e')).toBe(normalizeToken('Mojahedin‑e'));
    expect(normalizeToken('۱۳۶۷')).toBe('1367');
    expect(normalizeToken('علي')).toBe(normalizeToken('علی'));
    expect(normalizeToken('اعدام‌ها')).toBe(normalizeToken('اعدامها'));
  });

  it('reads Persian in the spelling search uses: marks, tatweel, presentation forms, direction marks', () => {
    expect(normalizeToken('مُجاهِدین')).toBe(normalizeToken('مجاهدین'));
    expect(normalizeToken('اعدامـــها')).toBe(normalizeToken('اعدامها'));
    // The same word as a PDF's presentation-form glyphs.
    expect(normalizeToken('\ufee3\ufea0\ufe8e\ufeeb\ufeaa\ufef3\ufee6')).toBe(normalizeToken('مجاهدین'));
    expect(normalizeToken('كشته‌شدگان')).toBe(normalizeToken('کشتهشدگان'));
    const plain = 'گزارش‌ها نشان می‌دهد که دست‌کم ۳۰۰ نفر در اعتراض‌های آبان کشته شدند';
    expect(words(plain)).toEqual(['گزارشها', 'نشان', 'میدهد', 'که', 'دستکم', '300', 'نفر', 'در', 'اعتراضهای', 'آبان', 'کشته', 'شدند']);
    // The same sentence as other sites write it: spaces for the ZWNJs, glued parts, Arabic
    // letters, Arabic-Indic digits, a direction mark, vowel marks.
    expect(words('گزارش ها نشان می دهد كه دست‌کم ٣٠٠ نفر در اعتراض هاي آبان \u200fکُشته شدند')).toEqual(words(plain));
    expect(words('گزارشها نشان میدهد که دستکم 300 نفر در اعتراضهای آبان کشته شدند')).toEqual(words(plain));
  });

  it('gives a re-wrapped copy with other quote marks the same words', () => {
    const a = longest[1]!;
    const rewrapped = a.body
      .replace(/[“”]/g, '"')
      .replace(/’/g, "'")
      .split(' ')
      .reduce((out, w, i) => out + (i % 11 === 10 ? '\n' : ' ') + w);
    expect(words(rewrapped, a.title)).toEqual(words(a.body, a.title));
    expect(fingerprint(rewrapped, a.title)).toEqual(fingerprint(a.body, a.title));
  });
});

describe('fingerprints', () => {
  it('estimate the Jaccard similarity and share bands with copies, not with other articles', () => {
    const a = longest[0]!;
    const paragraphs = a.body.split('\n\n');
    const trimmed = [...paragraphs.slice(0, 3), ...paragraphs.slice(5)].join('\n\n');
    const [fa, fb] = [fingerprint(a.body, a.title)!, fingerprint(trimmed, a.title)!];
    const exact = overlap(textShingles(a.body).set, textShingles(trimmed).set).jaccard;
    expect(Math.abs(estimatedJaccard(fa.signature, fb.signature) - exact)).toBeLessThan(0.15);
    expect(fa.bands.filter((k) => fb.bands.includes(k)).length).toBeGreaterThan(0);
    for (const other of samples.filter((s) => s !== a && s.body.length > 1500)) {
      const fo = fingerprint(other.body, other.title)!;
      expect(fa.bands.some((k) => fo.bands.includes(k)), other.title).toBe(false);
    }
  });

  it('leave out texts too short to tell a copy from a coincidence', () => {
    expect(fingerprint('A total of 9 people were killed and 400 injured')).toBeNull();
  });

  it('make candidates of similar texts and hardly ever of dissimilar ones', () => {
    // Copies (Jaccard 0.7–0.95) share the two keys that make a candidate wherever the keys are busy.
    expect(candidateProbability(0.7, 2)).toBeGreaterThan(0.98);
    expect(candidateProbability(0.8, 2)).toBeGreaterThan(0.999);
    // A text quoted inside commentary as long as itself.
    expect(candidateProbability(0.5)).toBeGreaterThan(0.85);
    expect(candidateProbability(0.5, 2)).toBeGreaterThan(0.7);
    // Same-event articles written separately: now and then one key (rejected by the signature
    // estimate, or not a candidate at all when other texts hold it), hardly ever two.
    expect(candidateProbability(0.1)).toBeLessThan(0.1);
    expect(candidateProbability(0.1, 2)).toBeLessThan(0.01);
  });
});

describe('the candidate lookup', () => {
  const fp = fingerprint(longest[0]!.body, longest[0]!.title)!;
  const [k1, k2, k3] = fp.bands as [number, number, number];
  const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

  it('takes a text sharing two keys, or one quiet key, and not one busy key', () => {
    const hits = new Map<number, number[]>([
      // 100 shares two keys; 200 is alone behind a key; 300–303 and 400… share one key each, held by
      // more than QUIET_BAND texts.
      [k1, [100, 300, 301, 302, 303]],
      [k2, [100, ...ids(400, QUIET_BAND)]],
      [k3, [200]],
    ]);
    expect(plannedCandidates([{ fingerprint: fp }], hits).sort((a, b) => a - b)).toEqual([100, 200]);
  });

  it('skips crowded keys: a stock phrase, not a copy', () => {
    const crowded = ids(1000, CROWDED_BAND + 1);
    const hits = new Map<number, number[]>([
      [k1, crowded],
      [k2, crowded],
    ]);
    expect(plannedCandidates([{ fingerprint: fp }], hits)).toEqual([]);
  });

  it('takes a crowded key sent without its texts (null) for a crowded one, in the lookup and in the linker', () => {
    const crowded = ids(1000, CROWDED_BAND + 1);
    const listed = new Map<number, number[] | null>([[k1, crowded], [k2, [100]], [k3, [100]]]);
    const unlisted = new Map<number, number[] | null>([[k1, null], [k2, [100]], [k3, [100]]]);
    expect(plannedCandidates([{ fingerprint: fp }], unlisted)).toEqual([100]);
    expect(plannedCandidates([{ fingerprint: fp }], unlisted)).toEqual(plannedCandidates([{ fingerprint: fp }], listed));
    const stored: LinkCopy = { id: 100, order: 100, title: longest[0]!.title, body: longest[0]!.body, publishedAt: '2024-01-01', datePrecision: 'day', authorship: 0, reprintOfId: null, curated: null };
    const link = (bandHits: BandHits) => {
      const linker = new ReprintLinker({ bandHits, signatures: new Map([[100, fp.signature]]), copies: new Map([[100, stored]]), suppressedQuotes: new Set() });
      linker.add({ ...stored, id: 5000, order: 5000, publishedAt: '2024-01-02', fingerprint: fp });
      return linker.result();
    };
    const result = link(unlisted);
    expect(result.links.get(5000)?.reprintOfId).toBe(100);
    expect(result.bands.some((b) => b.key === k1)).toBe(false);
    expect(result).toEqual(link(listed));
  });

  it('keeps only those whose signatures agree enough, once the signatures are read', () => {
    const hits = new Map<number, number[]>([[k1, [7, 8]], [k2, [7, 8]]]);
    const other = fp.signature.map((v) => v ^ 0x5a5a5a5a);
    const sigs = new Map<number, number[]>([[7, fp.signature], [8, other]]);
    expect(plannedCandidates([{ fingerprint: fp }], hits, sigs)).toEqual([7]);
  });
});

describe('confirmation', () => {
  const a = longest[0]!;
  const b = longest[1]!;
  const sa = textShingles(a.body).set;
  it('tells a copy, an excerpt and a quoting commentary apart', () => {
    const paragraphs = a.body.split('\n\n');
    const copy = textShingles(`Editor’s note: republished for our readers.\n\n${a.body}`).set;
    expect(pairShape(overlap(copy, sa), 1)).toBe('reprint');
    const excerpt = textShingles(paragraphs.slice(0, Math.ceil(paragraphs.length / 3)).join('\n\n')).set;
    expect(pairShape(overlap(excerpt, sa), 1)).toBe('reprint'); // the excerpt is later: a reprint of the whole
    expect(pairShape(overlap(excerpt, sa), -1)).toBe('b-quotes-a'); // the longer one is later: it quotes the shorter
    const commentary = textShingles(`${b.body}\n\n${a.body}`).set;
    expect(pairShape(overlap(commentary, sa), 1)).toBe('a-quotes-b');
    expect(pairShape(overlap(textShingles(b.body).set, sa), 0)).toBeNull();
  });

  it('marks the quoted passage inside the quoting text', () => {
    const body = `${b.body}\n\nThe full text reads:\n\n${a.body}\n\nWe will follow the case.`;
    const spans = sharedSpans(textShingles(body), sa);
    expect(spans).toHaveLength(1);
    const marked = body.slice(spans[0]!.start, spans[0]!.end);
    expect(a.body.includes(marked)).toBe(true);
    expect(marked.length).toBeGreaterThan(a.body.length * 0.95);
    expect(spans[0]!.start).toBeGreaterThanOrEqual(b.body.length);
  });
});

describe('which copy is the original', () => {
  const copy = (publishedAt: string | null, datePrecision: 'day' | 'month' | 'year' | 'unknown', authorship = 0, order = 1) => ({ publishedAt, datePrecision, authorship, order });
  it('compares dates at the coarser precision; an undated copy is never first', () => {
    expect(compareDates(copy('2020-03-01', 'month'), copy('2020-03-15', 'day'))).toBe(0);
    expect(compareDates(copy('2020-02-01', 'month'), copy('2020-03-15', 'day'))).toBe(-1);
    expect(compareDates(copy(null, 'unknown'), copy('2020-03-15', 'day'))).toBe(1);
    expect(compareDates(copy(null, 'unknown'), copy(null, 'unknown'))).toBe(0);
  });
  it('breaks a tie by authorship, then import order', () => {
    expect(compareCopies(copy('2020-03-15', 'day', 2, 9), copy('2020-03-15', 'day', 4, 10))).toBeGreaterThan(0);
    expect(compareCopies(copy('2020-03-15', 'day', 3, 9), copy('2020-03-15', 'day', 3, 10))).toBeLessThan(0);
    expect(compareCopies(copy('2020-03-14', 'day', 0, 99), copy('2020-03-15', 'day', 5, 1))).toBeLessThan(0);
  });
  it('scores the issuer’s own copy above a republished one', () => {
    const names = ['National Council of Resistance of Iran', 'NCRI', 'ncr-iran.org'];
    const issuer = authorshipScore({ via: false, credits: [], edges: ['Secretariat of the National Council of Resistance of Iran'], outletNames: names });
    const committee = authorshipScore({ via: false, credits: ['Source: NCRI'], edges: ['Secretariat of the National Council of Resistance of Iran'], outletNames: ['Iran Freedom Committee'] });
    const aggregated = authorshipScore({ via: true, credits: [], edges: [], outletNames: names });
    expect(issuer).toBeGreaterThan(committee);
    expect(issuer).toBeGreaterThan(aggregated);
  });
});

describe('an article quoting another in full', () => {
  const quoted = samples.find((s) => /30,000/.test(s.body) && /Amnesty/.test(s.body))!;
  const own = 'Our correspondent adds that the regime has not answered the UN experts. The NCRI called the figures a warning.';
  const body = `${own}\n\n${quoted.body}\n\n${own}`;
  const title = 'A commentary';
  const full = analyzeArticle({ title, body, publishedAt: null, publisherStance: 'advocacy' });
  const spans = sharedSpans(textShingles(body, title), textShingles(quoted.body, quoted.title).set);
  const mine = ownTextAnalysis(full, { title, spans, publisherStance: 'advocacy', viaStance: null });
  const shift = analysedText(title, '').length;
  const inside = (o: { start: number; end: number }) => spans.some((s) => o.start - shift >= s.start && o.end - shift <= s.end);

  it('counts only its own words, terms, figures and quotes', () => {
    expect(spans.length).toBeGreaterThan(0);
    expect(mine.wordCount).toBeLessThan(full.wordCount / 2);
    expect(mine.wordCount).toBeGreaterThanOrEqual(own.split(' ').length * 2);
    expect(full.claims.some((c) => inside(c.span))).toBe(true);
    expect(mine.claims.some((c) => inside(c.span))).toBe(false);
    expect(mine.terms.flatMap((t) => t.offsets).some(inside)).toBe(false);
    for (const t of mine.terms) expect(t.count).toBe(t.offsets.length);
    expect(mine.attributions.every((q) => !inside(q.span))).toBe(true);
    // Its own text still counts: "regime" and "NCRI" outside the passage.
    expect(mine.terms.map((t) => t.term)).toEqual(expect.arrayContaining(['regime']));
    expect(mine.events).toEqual(full.events);
  });

  it('is unchanged without shared passages', () => {
    expect(ownTextAnalysis(full, { title, spans: [], publisherStance: 'advocacy', viaStance: null })).toBe(full);
  });
});
