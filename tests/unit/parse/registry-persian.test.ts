// The registry in Persian: outlets' Persian names (as pages and credits write them, with Arabic
// letters, ZWNJ or spaces, a kind word before the name) and the language sections of one site
// resolve to the registry outlet.
import { describe, expect, it } from 'vitest';
import { parseFile } from '@/lib/parse/parse-file';
import { resolvePublisher, resolvePublisherByUrl } from '@/lib/registry/publishers';

describe('Persian outlet names', () => {
  it.each([
    ['بی‌بی‌سی فارسی', 'bbc'],
    ['بی بی سی فارسی', 'bbc'],
    ['بی‌بی‌سی', 'bbc'],
    ['رادیو فردا', 'radio-farda'],
    ['صدای آمریکا', 'voa'],
    ['خبرگزاری تسنیم', 'tasnim'],
    ['خبرگزاري تسنيم', 'tasnim'], // Arabic yeh
    ['تسنیم', 'tasnim'],
    ['روزنامه واشنگتن تایمز', 'washington-times'], // a kind word before the name
    ['مشرق نیوز', 'mashregh-news'],
  ])('%s → %s', (name, slug) => {
    expect(resolvePublisher(name)?.slug).toBe(slug);
  });
  it('does not take a kind word alone for an outlet', () => {
    expect(resolvePublisher('خبرگزاری')).toBeNull();
    expect(resolvePublisher('روزنامه')).toBeNull();
  });
});

describe('language sections of one site', () => {
  it.each([
    ['https://www.bbc.com/persian/iran-12345678', 'bbc'],
    ['https://www.dw.com/fa-ir/some-story/a-123', 'dw'],
    ['https://www.iranintl.com/fa/202301011234', 'iran-international'],
    ['https://iranwire.com/fa/features/123', 'iranwire'],
    ['https://www.rfi.fr/fa/%D8%A7%DB%8C%D8%B1%D8%A7%D9%86', 'rfi'],
    ['https://ir.voanews.com/a/story/123.html', 'voa'],
  ])('%s → %s', (url, slug) => {
    expect(resolvePublisherByUrl(url)?.slug).toBe(slug);
  });
});

describe('a Persian page that credits another outlet', () => {
  const lead = 'نشست خبری این نهاد روز دوشنبه برگزار شد و سخنگوی آن درباره برنامه‌های سال آینده و بودجه‌ای که برای آن در نظر گرفته شده است توضیح داد.';
  const page = (...lines: string[]) => parseFile('credit.txt', Buffer.from(lines.join('\n')), { url: 'https://aggregator.example/post/1' })[0]!;
  it.each([
    ['a source line', ['عنوان خبر درباره نشست', '', lead, '', 'منبع: رادیو فردا']],
    ['a "taken from" line', ['عنوان خبر درباره نشست', '', lead, '', 'برگرفته از سایت رادیو فردا']],
    ['a first-published note', ['عنوان خبر درباره نشست', '', lead, '', 'این گزارش نخستین بار در رادیو فردا منتشر شده است.']],
    ['a lead credited to the outlet', ['عنوان خبر درباره نشست', '', `رادیو فردا: ${lead}`]],
    ['a head line closed by the outlet', ['عنوان خبر درباره نشست | رادیو فردا', '', lead]],
  ])('%s', (_what, lines) => {
    expect(page(...lines)).toMatchObject({ publisherName: 'Radio Farda', via: 'aggregator.example' });
  });
  it('keeps the page’s own site when the text credits nobody', () => {
    expect(page('عنوان خبر درباره نشست', '', lead)).toMatchObject({ publisherName: 'aggregator.example', via: null });
  });
});
