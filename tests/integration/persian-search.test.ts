// Persian in Postgres: one folding step in JavaScript and SQL, full-text search that finds
// Persian words in their forms (Arabic letters, missing or present ZWNJ, plural suffixes,
// Persian digits), the language filter, and the stored language of each article. On test
// articles written for this (tests/fixtures/persian), in a throw-away database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchFold, searchText } from '@/lib/analysis/persian';
import { parseArticleFilter } from '@/lib/filters/articles';
import { importFiles } from '@/lib/ingest/import-files';
import { listArticles } from '@/lib/queries/articles';
import { PERSIAN_TEST_PAGES } from '../fixtures/persian/articles';
import { freshDatabase, type TestDatabase } from '../helpers/db';

let db: TestDatabase;
beforeAll(async () => {
  db = await freshDatabase();
  const report = await importFiles(db.prisma, PERSIAN_TEST_PAGES.map((p) => ({ name: p.name, bytes: new TextEncoder().encode(p.text) })), { source: 'test' });
  expect(report.totals.failed).toBe(0);
});
afterAll(async () => {
  await db?.drop();
});

async function titles(params: Record<string, string>): Promise<string[]> {
  const page = await listArticles(parseArticleFilter(params), { limit: 50, sort: 'publishedAt', desc: true }, db.prisma);
  return page.rows.map((r) => r.title).sort();
}

const BBC = 'خانواده‌های زندانیان اعدام‌شده در تابستان ۶۷ بار دیگر در خاوران گرد آمدند';
const TASNIM = 'سالروز عملیات مرصاد و شکست تهاجم منافقين';
const MOJAHEDIN = 'قیام آبان؛ کانونهای شورشی در شهرهای ایران';
const REUTERS = 'Iran restores some internet access after fuel-price protests';
const AMNESTY = 'Families of prisoners executed in 1988 still wait for answers';
const NCRI = 'سالگرد قتل عام ۶۷ و ادامه جنبش دادخواهی';
const MASHREGH = 'روایت دیگری از اعدام‌های سال ۶۷ و نقش منافقین';

describe('one folding step in JavaScript and in SQL', () => {
  it('gives the same text for every character it changes', async () => {
    const inputs = [
      'مجاهدين خلق در كشور ديگري', 'مُجاهِدینِ خلق', 'اعدامـــها', 'خانهٔ ما و خانۀ ما', 'سال ۱۳۶۷ و ١٣٦٧ و ۱۳٦٧', '۳۰٬۰۰۰ و ٢٫٥٪',
      'ا\ufefbمی \ufedf\ufe8e\ufeea \ufef3\ufeae', 'أحمد إيران ٱلله', 'می‌گویند\u200f', 'The ﬁrst report… 30,000²',
    ];
    for (const s of inputs) {
      const [row] = await db.prisma.$queryRaw<[{ f: string }]>`SELECT stance_lens_fold(${s}) AS f`;
      expect(row.f, s).toBe(searchFold(s));
      const [t] = await db.prisma.$queryRaw<[{ t: string }]>`SELECT stance_lens_search_text(${s}) AS t`;
      expect(t.t, s).toBe(searchText(s));
    }
  });
});

describe('languages', () => {
  it('stores each article’s detected language', async () => {
    const rows = await db.prisma.article.findMany({ select: { title: true, language: true, languageSource: true } });
    const byTitle = Object.fromEntries(rows.map((r) => [r.title, [r.language, r.languageSource]]));
    expect(byTitle[BBC]).toEqual(['fa', 'detected']);
    expect(byTitle[REUTERS]).toEqual(['en', 'detected']);
  });
  it('filters by language', async () => {
    expect(await titles({ lang: 'fa' })).toEqual([BBC, TASNIM, MOJAHEDIN, NCRI, MASHREGH].sort());
    expect(await titles({ lang: 'en' })).toHaveLength(3);
    expect(await titles({ lang: 'en,fa' })).toHaveLength(8);
  });
});

describe('full-text search in Persian', () => {
  it('finds a word written with Arabic letters by its Persian spelling and the other way round', async () => {
    expect(await titles({ q: 'منافقین' })).toEqual([TASNIM, MASHREGH].sort()); // Tasnim's is stored as منافقين (Arabic yeh)
    expect(await titles({ q: 'گروهك' })).toEqual([TASNIM, MASHREGH].sort()); // query with Arabic kaf
  });
  it('finds ZWNJ words whether the text or the query has the ZWNJ, a space or nothing', async () => {
    expect(await titles({ q: 'کانون‌های شورشی' })).toEqual([MOJAHEDIN]); // stored joined and with a space
    expect(await titles({ q: 'اعدام‌شده' })).toEqual([BBC]);
    expect(await titles({ q: 'اعدامشده' })).toEqual([BBC]);
    expect(await titles({ q: 'گویند' })).toEqual(expect.arrayContaining([BBC])); // the part after می‌
  });
  it('finds a word in its inflected forms by prefix', async () => {
    expect(await titles({ q: 'اعدام' })).toEqual([BBC, NCRI, MASHREGH].sort()); // اعدام‌شده, اعدام‌ها, اعدام‌شدگان
    expect(await titles({ q: 'شهرهای' })).toEqual([MOJAHEDIN]);
    expect(await titles({ q: 'شهر' })).toEqual([MOJAHEDIN, NCRI].sort()); // شهرهای, شهر
    expect(await titles({ q: 'protest' })).toEqual([REUTERS]); // English stemming still works
    expect(await titles({ q: 'families executed' })).toEqual([AMNESTY]); // executed, by its stem
  });
  it('reads Persian digits in the text and in the query', async () => {
    expect(await titles({ q: '1367' })).toEqual([TASNIM]);
    expect(await titles({ q: '۲۵۱' })).toEqual([MOJAHEDIN]);
  });
  it('keeps web-search syntax: phrases and exclusions', async () => {
    expect(await titles({ q: '"هیئت مرگ"' })).toEqual([BBC, NCRI].sort());
    expect(await titles({ q: 'رجوی -مرصاد' })).toEqual([MOJAHEDIN, MASHREGH].sort());
  });
});
