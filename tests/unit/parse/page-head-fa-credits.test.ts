// Persian credits that hand a carried text to its outlet (fa-test6's development misses, not blind):
// a paper's item under «روزنامه X نوشت:», a statement signed by its issuer's secretariat, a blog
// post crediting the news site the item reached. Every page here is written for the test; the
// false positives are the shapes the same words take in a site's own copy.
import { describe, expect, it } from 'vitest';
import { parseText } from '@/lib/parse/text';

const CARRIER = 'https://carrier.example/news/1';
const page = (url: string, ...lines: string[]) => parseText('x.txt', lines.join('\n'), { url })[0]!;

// A paragraph of prose, long enough to be a lead and not a headline.
const PROSE =
  'نویسنده در این یادداشت به سفر هیئتی از نمایندگان اروپایی به اردوگاه پرداخته و می‌گوید این دیدارها بیش از آنکه به وضعیت ساکنان بپردازد، به کار تبلیغات سیاسی گروه می‌آید و پرسش‌های زیادی بی‌پاسخ مانده است.';
const MORE = 'او در ادامه از هزینه‌های نگهداری اردوگاه و از سکوت دولت میزبان درباره آینده ساکنان آن نوشته است.';

describe('a paper’s item carried under «روزنامه X نوشت:»', () => {
  it.each([
    ['opening the lead', ['نگاهی به اردوگاه', '', `روزنامه کیهان نوشت: ${PROSE}`, MORE], 'Kayhan (Tehran)'],
    ['after the carrying agency’s name and a semicolon', ['تاریخ انتشار', 'نگاهی به اردوگاه', '', `خبرگزاری نمونه ؛روزنامه اعتماد نوشت: ${PROSE}`, MORE], 'Etemad'],
  ])('credits the paper: %s', (_what, lines, publisherName) => {
    expect(page(CARRIER, ...lines)).toMatchObject({ publisherName, via: 'carrier.example' });
  });

  it.each([
    ['a foreign paper, whose piece the site tells in Persian', ['نگاهی به اردوگاه', '', `روزنامه گاردین نوشت: ${PROSE}`, MORE]],
    ['a headline about the paper’s piece, over the site’s own lead', ['روزنامه کیهان نوشت: اردوگاه ابزار تبلیغات است', '', PROSE, MORE]],
    ['the paper quoted under the site’s own lead', ['نگاهی به اردوگاه', '', PROSE, `روزنامه کیهان نوشت: ${PROSE}`]],
    ['a press review quoting two papers in turn', ['مروری بر مطبوعات', '', `روزنامه کیهان نوشت: ${PROSE}`, `روزنامه اعتماد نوشت: ${MORE}`]],
    ['the paper named in prose, not as a credit', ['نگاهی به اردوگاه', '', `به گزارش خبرنگار ما، روزنامه کیهان دیروز درباره اردوگاه مطلبی منتشر کرد. ${PROSE}`]],
  ])('keeps the page’s own site: %s', (_what, lines) => {
    expect(page(CARRIER, ...lines)).toMatchObject({ publisherName: 'carrier.example', via: null });
  });

  it('never moves a site’s own report credited to its reporter or to itself', () => {
    expect(page(CARRIER, 'نگاهی به اردوگاه', '', `به گزارش خبرنگار ما، ${PROSE}`)).toMatchObject({ publisherName: 'carrier.example', via: null });
    expect(page('https://www.radiofarda.com/a/1.html', 'نگاهی به اردوگاه', '', `به گزارش رادیو فردا، ${PROSE}`)).toMatchObject({ publisherName: 'Radio Farda', via: null });
  });
});

describe('a statement signed by its issuer’s secretariat', () => {
  const STATEMENT = ['همبستگی با ساکنان اردوگاه', '', PROSE, MORE];
  it('credits the issuer when the signature closes the text, with its date at most', () => {
    expect(page(CARRIER, ...STATEMENT, '', 'دبیرخانه شورای ملی مقاومت ایران', '۲۳شهریور۱۳۹۲ (۱۴سپتامبر۲۰۱۳)')).toMatchObject({ publisherName: 'National Council of Resistance of Iran', via: 'carrier.example' });
    expect(page(CARRIER, ...STATEMENT, 'دبیرخانه شورای ملی مقاومت ایران')).toMatchObject({ publisherName: 'National Council of Resistance of Iran' });
  });

  it.each([
    ['the site’s own text going on after the signature', [...STATEMENT, 'دبیرخانه شورای ملی مقاومت ایران', 'ما این بیانیه را به دلیل اهمیت آن برای خوانندگان خود بازنشر کردیم و در شماره بعد به آن خواهیم پرداخت.']],
    ['a secretariat the registry does not know', [...STATEMENT, 'دبیرخانه انجمن دوستداران نمونه']],
    ['the secretariat named in prose', [...STATEMENT, 'دبیرخانه شورای ملی مقاومت ایران روز گذشته در بیانیه‌ای از دولت میزبان خواست به وضعیت ساکنان رسیدگی کند.']],
  ])('keeps the page’s own site: %s', (_what, lines) => {
    expect(page(CARRIER, ...lines)).toMatchObject({ publisherName: 'carrier.example', via: null });
  });
});

describe('a blog post crediting the news site its item reached', () => {
  it('credits the news site named in the headline’s glued credit', () => {
    expect(page('https://someblog.example/2012/07/post.html', 'خبر فوری', '', 'نیروهای گروه به مرز منتقل شدند.بربنای خبرهای رسیده به پایگاه خبری- تحلیلی پیک نت', PROSE)).toMatchObject({ publisherName: 'Peyk-e Net', via: 'someblog.example' });
  });

  it.each([
    ['news that reached the site itself («به ما»)', 'https://someblog.example/2012/07/post.html', 'carrier', 'نیروهای گروه به مرز منتقل شدند', `بنا بر خبرهای رسیده به ما ${PROSE}`],
    ['a news organisation’s own page relaying another outlet', 'https://www.radiofarda.com/a/2.html', 'Radio Farda', 'نیروهای گروه به مرز منتقل شدند', `بنا بر خبرهای رسیده به پیک نت ${PROSE}`],
  ])('keeps the page’s own site: %s', (_what, url, publisherName, title, lead) => {
    expect(page(url, title, '', lead)).toMatchObject({ publisherName: publisherName === 'carrier' ? 'someblog.example' : publisherName, via: null });
  });
});
