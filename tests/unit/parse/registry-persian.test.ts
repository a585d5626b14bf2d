// The registry in Persian: outlets' Persian names (as pages and credits write them, with Arabic
// letters, ZWNJ or spaces, a kind word before the name) and the language sections of one site
// resolve to the registry outlet.
import { describe, expect, it } from 'vitest';
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
