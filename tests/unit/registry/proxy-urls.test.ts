// Links that carry another site's page (lib/registry/proxy-urls.ts): an archive copy, a speed-up
// or translation proxy, an AMP cache or a redirect shim is read as the page inside it, so the
// outlet resolves and the stored address is the page's own. The pasted page is written for this
// test; the article paths are made up.
import { describe, expect, it } from 'vitest';
import { parseFile } from '@/lib/parse/parse-file';
import { proxiedUrl, throughProxies } from '@/lib/registry/proxy-urls';
import { hostnameOf, resolvePublisherByUrl } from '@/lib/registry/publishers';

describe('proxiedUrl', () => {
  it.each([
    ['the Wayback Machine', 'https://web.archive.org/web/20190304123456/https://www.reuters.com/article/iran-x?id=1', 'https://www.reuters.com/article/iran-x?id=1', 'Internet Archive'],
    ['a raw Wayback copy', 'http://web.archive.org/web/2019id_/http://tasnimnews.com/fa/news/1', 'http://tasnimnews.com/fa/news/1', 'Internet Archive'],
    ['archive.today', 'https://archive.ph/2021.05.02-101010/https://iranintl.com/fa/2021', 'https://iranintl.com/fa/2021', 'archive.today'],
    ['Google Web Light', 'http://googleweblight.com/i?u=https://www.reuters.com/world/x&hl=en', 'https://www.reuters.com/world/x', null],
    ['an older Web Light form', 'https://googleweblight.com/?lite_url=https://iranintl.com/en/x', 'https://iranintl.com/en/x', null],
    ['Google Translate', 'https://www-tasnimnews-com.translate.goog/fa/news/1?_x_tr_sl=fa&_x_tr_tl=en&p=2', 'https://www.tasnimnews.com/fa/news/1?p=2', null],
    ['Google Translate with a dash in the host', 'https://iran--news-example-org.translate.goog/a', 'https://iran-news.example.org/a', null],
    ['the AMP cache', 'https://www-reuters-com.cdn.ampproject.org/c/s/www.reuters.com/world/amp/x', 'https://www.reuters.com/world/amp/x', null],
    ['Google AMP', 'https://www.google.com/amp/s/iranintl.com/en/x/amp', 'https://iranintl.com/en/x/amp', null],
    ['a Google redirect', 'https://www.google.com/url?sa=t&url=https%3A%2F%2Fwww.reuters.com%2Fx&usg=1', 'https://www.reuters.com/x', null],
    ['the Facebook link shim', 'https://l.facebook.com/l.php?u=https%3A%2F%2Ftasnimnews.com%2Ffa%2F1&h=AT0', 'https://tasnimnews.com/fa/1', null],
  ])('%s carries the page at its own address', (_what, url, original, archive) => {
    expect(proxiedUrl(url)).toEqual({ original, archive });
  });

  it.each([
    ['an outlet page', 'https://www.reuters.com/world/x'],
    ['the archive home page', 'https://web.archive.org/'],
    ['a Google search page', 'https://www.google.com/search?q=mek'],
    ['a redirect to no web page', 'https://www.google.com/url?q=javascript:alert(1)'],
    ['Web Light without a page', 'http://googleweblight.com/i'],
  ])('%s carries no other page', (_what, url) => {
    expect(proxiedUrl(url)).toBeNull();
  });

  it('reads nested proxies from the outside in and keeps the archive', () => {
    expect(throughProxies('https://web.archive.org/web/2020/https://www-reuters-com.translate.goog/x?_x_tr_sl=en')).toEqual({
      original: 'https://www.reuters.com/x',
      archive: 'Internet Archive',
    });
  });
});

describe('resolution through a proxy', () => {
  it('resolves the registry outlet inside the address', () => {
    expect(resolvePublisherByUrl('https://web.archive.org/web/20190304/https://www.tasnimnews.com/fa/news/1')?.slug).toBe('tasnim');
    expect(resolvePublisherByUrl('http://googleweblight.com/i?u=https://www.reuters.com/x')?.slug).toBe('reuters');
    expect(hostnameOf('https://www-example-org.translate.goog/a')).toBe('example.org');
  });

  it('a pasted page from an archive link is the outlet’s, at its own address, through the archive', () => {
    const text = 'Court hears case against diplomat\n\nA court heard on Tuesday the case against a diplomat accused of a bomb plot against a rally of the MEK near Paris.';
    const [a] = parseFile('a.txt', Buffer.from(text), { url: 'https://web.archive.org/web/20201127/https://www.reuters.com/article/belgium-iran-trial' });
    expect(a!.publisherName).toBe('Reuters');
    expect(a!.via).toBe('Internet Archive');
    expect(a!.url).toBe('https://www.reuters.com/article/belgium-iran-trial');
    // The snapshot's timestamp is the archive's day, not the article's.
    expect(a!.publishedAt).toBeNull();
  });

  it('a page through a transport proxy has no carrier', () => {
    const text = 'Court hears case against diplomat\n\nA court heard on Tuesday the case against a diplomat accused of a bomb plot against a rally of the MEK near Paris.';
    const [a] = parseFile('a.txt', Buffer.from(text), { url: 'https://www-reuters-com.cdn.ampproject.org/c/s/www.reuters.com/article/belgium-iran-trial' });
    expect(a!.publisherName).toBe('Reuters');
    expect(a!.via).toBeNull();
    expect(a!.url).toBe('https://www.reuters.com/article/belgium-iran-trial');
  });
});
