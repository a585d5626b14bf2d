// Persian analysis end to end on sentences written for these tests: the lexicon under the English
// term ids, figures and their sources, who is quoted, and the events a Persian text covers, with
// every offset pointing at the text as written (Arabic letters, vowel marks and all).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/lib/analysis';
import { extractClaims } from '@/lib/analysis/claims';
import { normalizeForAnalysis } from '@/lib/analysis/persian';
import { matchTerms } from '@/lib/analysis/terms';

const claims = (s: string) => extractClaims(normalizeForAnalysis(s).text).map((c) => ({ value: c.value, qualifier: c.qualifier, kind: c.kind, source: c.source, vague: c.vague }));
const terms = (s: string) => Object.fromEntries(matchTerms(normalizeForAnalysis(s).text).map((t) => [t.term, t.count]));

describe('Persian lexicon (same term ids as English)', () => {
  it('counts the names each group uses for the organisation', () => {
    expect(terms('رسانه‌های دولتی از «گروهک منافقین» و «منافقان» می‌نویسند.')).toEqual({ monafeghin: 2 });
    expect(terms('سازمان مجاهدین خلق و شورای ملی مقاومت بیانیه دادند.')).toMatchObject({ mek: 1, ncri: 1 });
    expect(terms('جداشدگان از «فرقه رجوی» می‌گویند.')).toMatchObject({ 'rajavi-cult': 1, defectors: 1 });
  });
  it('matches a phrase whatever joins its parts: ZWNJ, a space or nothing', () => {
    expect(terms('کانون‌های شورشی، کانون های شورشی و کانونهای شورشی')).toEqual({ 'resistance-units': 3 });
    expect(terms('قتل‌عام ۶۷ و قتلعام ۶۷ و قتل عام ۶۷')).toEqual({ massacre: 3 });
  });
  it('matches Arabic letters, plural and ezafe forms, but not a longer word', () => {
    expect(terms('اعدامهاي دسته‌جمعي و فرقه‌ای بسته')).toMatchObject({ executions: 1, cult: 1 });
    expect(terms('آیت‌الله اشرفی اصفهانی')).toEqual({});
    expect(terms('ساکنان اشرف۳ در آلبانی')).toMatchObject({ ashraf: 1, albania: 1 });
  });
});

describe('Persian figures', () => {
  it('reads digits, words, multipliers, qualifiers and the act counted', () => {
    expect(claims('به گزارش عفو بین‌الملل، دست‌کم ۳۰۴ نفر در جریان اعتراضات کشته شدند.')).toEqual([
      { value: 304, qualifier: 'at least', kind: 'killed', source: 'Amnesty International', vague: false },
    ]);
    expect(claims('گروه می‌گوید بیش از ۳۰ هزار زندانی سیاسی در سال ۶۷ اعدام شدند.')[0]).toMatchObject({ value: 30000, qualifier: 'more than', kind: 'executed' });
    expect(claims('پنج هزار نفر بازداشت شدند و حدود ۲۰۰ تن زخمی شدند.')).toMatchObject([
      { value: 5000, kind: 'arrested' },
      { value: 200, qualifier: 'around', kind: 'injured' },
    ]);
    expect(claims('شمار جانباختگان اعتراضات به ٤٣٤ تن رسید.')).toMatchObject([{ value: 434, kind: 'killed' }]);
    expect(claims('قتل عام ۲۳ هزار و ۳۲ نفر')).toMatchObject([{ value: 23032, kind: 'executed' }]);
  });
  it('reads both ends of a range', () => {
    expect(claims('بین ۲۸۰۰ تا ۵۰۰۰ زندانی اعدام شدند.')).toMatchObject([
      { value: 2800, qualifier: 'between', kind: 'executed' },
      { value: 5000, qualifier: 'between', kind: 'executed' },
    ]);
  });
  it('keeps vague quantities vague and leaves years, ages and durations alone', () => {
    expect(claims('هزاران نفر ناپدید شدند.')).toEqual([{ value: null, qualifier: null, kind: 'disappeared', source: null, vague: true }]);
    expect(claims('او در سال ۱۳۶۷ به مدت ۱۰ سال زندانی بود و ۲۵ ساله بود.')).toEqual([]);
  });
});

describe('analyzeArticle on a Persian article', () => {
  const title = 'دادگاه استکهلم حکم حبس ابد حمید نوری را تأیید کرد';
  const body = [
    'دادگاه تجدیدنظر در استکهلم روز پنجشنبه حکم حبس ابد حمید نوری را به اتهام نقش داشتن در اعدام‌هاي تابستان ۶۷ تأیید کرد.',
    'به گزارش عفو بین‌الملل، در آن تابستان دست‌کم پنج هزار زندانی سیاسی اعدام شدند.',
    'شورای ملی مقاومت می‌گوید ۳۰ هزار نفر اعدام شدند.',
    'خانواده‌های اعدام‌شدگان در برابر دادگاه تجمع کردند و رسانه‌های دولتی آنان را هواداران منافقين خواندند.',
  ].join('\n\n');
  const a = analyzeArticle({ title, body, publishedAt: '2024-03-06', datePrecision: 'day', publisherStance: 'mainstream' });

  it('links the events it covers, with their roles', () => {
    const links = Object.fromEntries(a.events.map((e) => [e.slug, e.role]));
    expect(links['hamid-nouri-trial']).toBe('about');
    expect(links['1988-massacre']).toBeDefined();
  });
  it('keeps offsets in the text as written (Arabic yeh in the body)', () => {
    const names = a.terms.find((t) => t.term === 'monafeghin')!;
    expect(names.offsets.map((o) => a.text.slice(o.start, o.end))).toEqual(['منافقين']);
    const ex = a.terms.find((t) => t.term === 'executions')!;
    expect(a.text.slice(ex.offsets[0]!.start).startsWith('اعدام‌هاي')).toBe(true);
    for (const e of a.events) for (const ev of e.evidence) expect(a.text.slice(ev.start, ev.end)).toBe(ev.text);
    for (const c of a.claims) expect(a.text.slice(c.sentenceSpan.start, c.sentenceSpan.end)).toBe(c.sentence);
  });
  it('finds the figures with their sources and who is quoted', () => {
    expect(a.claims.map((c) => [c.value, c.kind, c.source])).toEqual([
      [5000, 'executed', 'Amnesty International'],
      [30000, 'executed', 'NCRI'],
    ]);
    expect(a.attributions.map((x) => x.entity)).toEqual(expect.arrayContaining(['Amnesty International', 'NCRI']));
  });
});
