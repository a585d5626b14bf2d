// A credit read after the eleventh Persian test set's blind run (f11-009, development work, not
// blind): a head line naming the text's issuer, then its translator after a slash or bar («X/ترجمه
// فارسی از Y»). By rule 1 the translated text is X's; Y made or posted the translation. Every page
// here is written for the test; the false friends are a translator alone, a person's or a book's
// name before the slash, the group's own name, and a foreign paper after «ترجمه از».
import { describe, expect, it } from 'vitest';
import { parseText } from '@/lib/parse/text';
import { translatedIssuer } from '@/lib/parse/translation-credits';

const CARRIER = 'https://library.example/fa/document/12';
const page = (...lines: string[]) => parseText('x.txt', lines.join('\n'), { url: CARRIER })[0]!;

const STATEMENT =
  'این سازمان از مقامات می‌خواهد که از ویران کردن گورهای بی‌نام در این گورستان دست بردارند و اجازه دهند پژوهشگران مستقل درباره آنچه در آن سال‌ها رخ داد تحقیق کنند و خانواده‌ها به حقیقت دست یابند.';
const MORE = 'به گفته بستگان چند تن از درگذشتگان، نشانه‌هایی که خانواده‌ها بر گورها گذاشته بودند در روزهای اخیر از میان رفته است.';

describe('an issuer credited with its translator after a slash or bar', () => {
  it('credits the issuer, the page’s site carrying it', () => {
    expect(page('کتابخانه نمونه', '', 'عنوان بیانیه درباره گورستان', '', 'عفو بین‌الملل/ترجمه فارسی از سایت بیداران', '', STATEMENT, MORE)).toMatchObject({
      publisherName: 'Amnesty International',
      via: 'library.example',
    });
    expect(translatedIssuer(['دیده‌بان حقوق بشر | ترجمه: سایت بیداران', STATEMENT])?.slug).toBe('human-rights-watch');
    // The name as scraped text spaces it, without the joiner.
    expect(translatedIssuer(['عفو بین الملل / ترجمه فارسی از سایت بیداران', STATEMENT])?.slug).toBe('amnesty-international');
  });

  it('is no credit with a translator alone', () => {
    expect(translatedIssuer(['ترجمه فارسی از سایت بیداران', STATEMENT])).toBeNull();
    expect(translatedIssuer(['ترجمه: علی نمونه‌زاده', STATEMENT])).toBeNull();
    expect(page('کتابخانه نمونه', '', 'ترجمه: علی نمونه‌زاده', '', STATEMENT, MORE).publisherName).not.toBe('Amnesty International');
  });

  it('is no credit for a person, a book or the group’s own name before the slash', () => {
    expect(translatedIssuer(['مریم رجوی/ترجمه فارسی از سایت نمونه', STATEMENT])).toBeNull();
    expect(translatedIssuer(['یرواند آبراهامیان/ترجمه فارسی از نشر نمونه', STATEMENT])).toBeNull();
    expect(translatedIssuer(['کتاب عفو بین‌الملل و ایران/ترجمه فارسی از نشر نمونه', STATEMENT])).toBeNull();
    expect(translatedIssuer(['سازمان مجاهدین خلق/ترجمه فارسی از سایت نمونه', STATEMENT])).toBeNull();
  });

  it('is no credit when «ترجمه از» names an outlet that does not publish in Persian: it may be the original', () => {
    expect(translatedIssuer(['عفو بین‌الملل/ترجمه از نیویورک تایمز', STATEMENT])).toBeNull();
  });

  it('reads the head only, not a line under the first prose', () => {
    expect(translatedIssuer(['عنوان بیانیه درباره گورستان', STATEMENT, 'عفو بین‌الملل/ترجمه فارسی از سایت بیداران'])).toBeNull();
  });
});
