// Persian normalisation: one spelling for letters and digits, ZWNJ as a joiner inside words only,
// and offsets that lead back to the text as written. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { asciiDigits, foldPersian, normalizeForAnalysis, searchFold, toOriginalSpan, ZWNJ } from '@/lib/analysis/persian';

describe('foldPersian', () => {
  it('writes Arabic yeh, kaf and alef maksura as the Persian letters', () => {
    expect(foldPersian('مجاهدين خلق در كشور ديگري')).toBe('مجاهدین خلق در کشور دیگری');
    expect(foldPersian('مصطفى')).toBe('مصطفی');
  });
  it('drops short vowels, tanwin, shadda, the ezafe hamza and tatweel', () => {
    expect(foldPersian('مُجاهِدین')).toBe('مجاهدین');
    expect(foldPersian('اعدامـــها')).toBe('اعدامها');
    expect(foldPersian('حتماً')).toBe('حتما');
    expect(foldPersian('خانهٔ ما')).toBe('خانه ما');
    expect(foldPersian('خانۀ ما')).toBe('خانه ما');
    expect(foldPersian('محمّد')).toBe('محمد');
  });
  it('folds Arabic presentation forms (PDF glyphs) to letters', () => {
    // positional forms (initial lam, final alef, final heh) and the lam-alef ligature
    expect(foldPersian('\ufedf\ufe8e\ufeea')).toBe('لاه');
    expect(foldPersian('ا\ufefbمی')).toBe('الامی');
    expect(foldPersian('\ufef3\ufeae')).toBe('یر');
  });
  it('reads Persian and Arabic-Indic digits, also mixed inside one number', () => {
    expect(foldPersian('سال ۱۳۶۷')).toBe('سال 1367');
    expect(foldPersian('١٤٠٢')).toBe('1402');
    expect(foldPersian('۱۳٦٧')).toBe('1367');
    expect(foldPersian('۳۰٬۰۰۰')).toBe('30,000');
    expect(asciiDigits('۲۷ آبان ١٣٩٨')).toBe('27 آبان 1398');
  });
  it('leaves English text exactly as written unless asked for full compatibility folding', () => {
    const en = 'The ﬁrst report… said 30,000²';
    expect(foldPersian(en)).toBe(en);
    expect(searchFold(en)).toBe('The first report... said 30,0002');
  });
});

describe('normalizeForAnalysis', () => {
  it('keeps ZWNJ only between two letters, once', () => {
    const n = normalizeForAnalysis(`می${ZWNJ}${ZWNJ}گویند ${ZWNJ}اعدام${ZWNJ} قتل${ZWNJ}عام`);
    expect(n.text).toBe(`می${ZWNJ}گویند اعدام قتل${ZWNJ}عام`);
  });
  it('maps spans back to the text as written', () => {
    const original = 'گروهك مُنافقين در سال ۱۳۶۷';
    const n = normalizeForAnalysis(original);
    expect(n.text).toBe('گروهک منافقین در سال 1367');
    const at = n.text.indexOf('منافقین');
    const back = toOriginalSpan(n, { start: at, end: at + 'منافقین'.length });
    expect(original.slice(back.start, back.end)).toBe('مُنافقين');
    const y = n.text.indexOf('1367');
    const yb = toOriginalSpan(n, { start: y, end: y + 4 });
    expect(original.slice(yb.start, yb.end)).toBe('۱۳۶۷');
  });
  it('maps spans across a ligature that became two letters', () => {
    const original = 'ا\ufefbمی است';
    const n = normalizeForAnalysis(original);
    expect(n.text).toBe('الامی است');
    const s = toOriginalSpan(n, { start: 0, end: 5 });
    expect(original.slice(s.start, s.end)).toBe('ا\ufefbمی');
  });
  it('costs nothing on text it does not change', () => {
    const n = normalizeForAnalysis('Plain English text, 1988.');
    expect(n.starts).toBeNull();
    expect(toOriginalSpan(n, { start: 6, end: 13 })).toEqual({ start: 6, end: 13 });
  });
});
