// Language detection with eld: every text gets its main language; script alone does not decide
// (Persian and Arabic share a script; old Persian pages use Arabic letters). Own-words sentences.
import { describe, expect, it } from 'vitest';
import { detectLanguage, languageShares, primaryLanguage, UNDETERMINED } from '@/lib/analysis/language';
import { textDirection } from '@/lib/analysis/direction';
import { parseFile } from '@/lib/parse/parse-file';

const FA = 'دادگاهی در استکهلم روز پنجشنبه حکم پرونده را اعلام کرد و خانواده‌های زندانیان پس از سال‌ها انتظار در برابر ساختمان دادگاه جمع شدند.';
const FA_ARABIC_LETTERS = 'در اين گزارش آمده است كه خانواده هاي زندانيان سالها منتظر ماندند و هيچ پاسخي از مسئولان دريافت نكردند.';
const AR = 'قالت المنظمة في بيان إن السلطات لم تسمح للعائلات بزيارة السجناء منذ أشهر طويلة رغم المطالبات المتكررة.';
const EN = 'A court in Stockholm announced its ruling on Thursday, and relatives of the prisoners gathered outside the building after years of waiting.';

describe('detectLanguage', () => {
  it('tells Persian, Persian written with Arabic letters, Arabic and English apart', () => {
    expect(detectLanguage(FA)).toBe('fa');
    expect(detectLanguage(FA_ARABIC_LETTERS)).toBe('fa');
    expect(detectLanguage(AR)).toBe('ar');
    expect(detectLanguage(EN)).toBe('en');
  });
  it('gives a mixed page its main language', () => {
    const english = `${EN}\n\nThe statement, in Persian, read:\n\n${FA}\n\n${EN} ${EN}`;
    expect(detectLanguage(english)).toBe('en');
    expect(languageShares(english).map((s) => s.language)).toEqual(['en', 'fa']);
    const persian = `${FA}\n\n${FA}\n\nThe minister said: "no comment."\n\n${FA_ARABIC_LETTERS}`;
    expect(detectLanguage(persian)).toBe('fa');
  });
  it('says "und" when there is nothing to tell', () => {
    expect(detectLanguage('1367 — 30,000 — ۱۳۹۸')).toBe(UNDETERMINED);
    expect(detectLanguage('')).toBe(UNDETERMINED);
  });
});

describe('language on import', () => {
  it('detects a pasted Persian page and keeps a page’s own lang attribute', () => {
    const [fa] = parseFile('fa.txt', Buffer.from(`${FA}\n\n${FA_ARABIC_LETTERS}`));
    expect(fa).toMatchObject({ language: 'fa', languageSource: 'detected' });
    const html = `<html lang="fa-IR"><head><title>عنوان</title></head><body><article><p>${FA}</p><p>${FA}</p></article></body></html>`;
    const [page] = parseFile('page.html', Buffer.from(html));
    expect(page).toMatchObject({ language: 'fa', languageSource: 'metadata' });
  });
  it('reads language tags', () => {
    expect(primaryLanguage('fa-IR')).toBe('fa');
    expect(primaryLanguage('EN_us')).toBe('en');
    expect(primaryLanguage('not a tag')).toBeNull();
  });
  it('gives right-to-left languages their direction', () => {
    expect(textDirection('fa')).toBe('rtl');
    expect(textDirection('en')).toBe('ltr');
    expect(textDirection('und')).toBe('auto');
  });
});
