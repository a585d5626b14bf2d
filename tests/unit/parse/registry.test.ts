import { describe, expect, it } from 'vitest';
import data from '@/data/publishers.json';
import {
  PublisherResolver,
  REGISTRY_VERSION,
  matchPublisher,
  parseRegistry,
  registry,
  resolvePublisher,
  hostnameOf,
  resolvePublisherByUrl,
  slugify,
  withResolver,
} from '@/lib/registry/publishers';

describe('publisher registry (data/publishers.json)', () => {
  it('loads and carries a version', () => {
    expect(REGISTRY_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    expect(registry.length).toBeGreaterThanOrEqual(250);
  });

  it('has a rationale of one or two sentences for every rated publisher', () => {
    for (const p of registry.filter((p) => p.stance !== 'unrated')) {
      expect(p.stanceRationale, p.slug).toBeTruthy();
      expect(p.stanceRationale!.length, p.slug).toBeLessThanOrEqual(400);
    }
  });

  it('covers every stance group', () => {
    const stances = new Set(registry.map((p) => p.stance));
    expect([...stances].sort()).toEqual(['advocacy', 'critical', 'mainstream', 'unrated']);
  });

  // Outlet names exactly as the seed files write them (headers, leads, mastheads, prose).
  it.each([
    ['Bloomberg', 'bloomberg', 'mainstream'],
    ['Fox News', 'fox-news', 'mainstream'],
    ['WSJ', 'wsj', 'mainstream'],
    ['Reuters', 'reuters', 'mainstream'],
    ['NY Times', 'nyt', 'mainstream'],
    ['OIAC', 'oiac', 'advocacy'],
    ['Organization of Iranian American Communities', 'oiac', 'advocacy'],
    ['Association of Iranian Americans in New York', 'association-of-iranian-americans-in-new-york', 'advocacy'],
    ['Amnesty International', 'amnesty-international', 'mainstream'],
    ['NCRI', 'ncri', 'advocacy'],
    ['National Council of Resistance of Iran', 'ncri', 'advocacy'],
    ['INU', 'iran-news-update', 'advocacy'],
    ['Iran News Update', 'iran-news-update', 'advocacy'],
    ['Iran Interlink', 'iran-interlink', 'critical'],
    ['Iran-Interlink', 'iran-interlink', 'critical'],
    ['IranInterlink', 'iran-interlink', 'critical'],
    ['PipeLineNews', 'pipelinenews', 'critical'],
    ['Iranian Oral History', 'iranian-oral-history', 'critical'],
    ['CGTN', 'cgtn', 'critical'],
    ['Inside Arabia', 'inside-arabia', 'critical'],
    ['Citizen truth', 'citizen-truth', 'critical'],
    ['Al Masdar', 'al-masdar-news', 'unrated'],
    ['Asharq Al-Ausat', 'asharq-al-awsat', 'mainstream'],
    ['Asharq Al-Aswat', 'asharq-al-awsat', 'mainstream'],
    ['Iran Press', 'iran-press', 'critical'],
    ['Daily Beast', 'daily-beast', 'mainstream'],
    ['Al Bawaba', 'al-bawaba', 'mainstream'],
    ['The Diplomat', 'the-diplomat', 'mainstream'],
  ] as const)('resolves %j → %s (%s)', (name, slug, stance) => {
    const p = resolvePublisher(name);
    expect(p?.slug).toBe(slug);
    expect(p?.stance).toBe(stance);
  });

  it('ignores case, punctuation, spacing and a leading "The"', () => {
    expect(resolvePublisher('the new york times')?.slug).toBe('nyt');
    expect(resolvePublisher('  Wall Street Journal ')?.slug).toBe('wsj');
    expect(resolvePublisher('THE WALL STREET JOURNAL')?.slug).toBe('wsj');
    expect(resolvePublisher('AL-MASDAR')?.slug).toBe('al-masdar-news');
    expect(resolvePublisher('Press TV')?.slug).toBe('press-tv');
    expect(resolvePublisher('PressTV')?.slug).toBe('press-tv');
  });

  it('accepts a bare domain as Media Cloud writes media_name', () => {
    expect(resolvePublisher('apnews.com')?.slug).toBe('ap');
    expect(resolvePublisher('www.presstv.ir')?.slug).toBe('press-tv');
  });

  it('returns null for unknown outlets', () => {
    expect(resolvePublisher('Some Local Gazette')).toBeNull();
    expect(resolvePublisher('')).toBeNull();
    expect(resolvePublisher('Iran')).toBeNull();
  });

  it.each([
    ['https://www.reuters.com/world/middle-east/story-2021-01-08/', 'reuters'],
    ['https://english.mojahedin.org/i/some-article', 'pmoi-mek'],
    ['https://www.ncr-iran.org/en/news/', 'ncri'],
    ['https://women.ncr-iran.org/2020/01/01/x/', 'ncri-womens-committee'], // most specific domain wins
    ['http://www.iran-interlink.org/?mod=view&id=1', 'iran-interlink'],
    ['https://edition.cnn.com/2023/06/20/x', 'cnn'],
    ['https://www.bbc.co.uk/news/world-middle-east-1', 'bbc'],
    ['en.irna.ir/news/1', 'irna'], // scheme optional
    ['https://WWW.NYTIMES.COM/2021/01/04/opinion/x.html', 'nyt'],
  ])('resolves URL %s → %s', (url, slug) => {
    expect(resolvePublisherByUrl(url)?.slug).toBe(slug);
  });

  it.each([['https://example.org/news'], ['https://notreuters.com/x'], ['https://reuters.com.evil.example/x'], ['::::']])(
    'does not resolve %s',
    (url) => {
      expect(resolvePublisherByUrl(url)).toBeNull();
    },
  );

  it('documents every rated outlet: a source line and its languages', () => {
    for (const p of registry.filter((p) => p.stance !== 'unrated')) {
      expect(p.source, p.slug).toBeTruthy();
      expect(p.languages.length, p.slug).toBeGreaterThan(0);
    }
  });

  it.each([
    ['https://www.bbc.com/persian/iran-12345', 'bbc'],
    ['https://www.bbc.co.uk/persian/world-1', 'bbc'],
    ['https://medium.com/freedom-star/some-post-1a2b', 'freedom-star'],
    ['https://599046384.r.worldcdn.net/detail/2012/09/21/1/x', 'press-tv'], // Press TV's CDN host
    ['https://acquiaprod.middleeasteye.net/news/x', 'middle-east-eye'],
    // A mobile edition inside a language subdomain (fa-test13's f13-039, read after its blind run).
    ['https://fa.m.wikipedia.org/wiki/x', 'wikipedia-fa'],
  ])('resolves host/path and mirror URL %s → %s', (url, slug) => {
    expect(resolvePublisherByUrl(url)?.slug).toBe(slug);
  });

  it('keeps a language subdomain whose mobile label is dropped to its own edition', () => {
    expect(resolvePublisherByUrl('https://en.m.wikipedia.org/wiki/x')?.slug).not.toBe('wikipedia-fa');
    expect(hostnameOf('https://fa.m.wikipedia.org/wiki/x')).toBe('fa.wikipedia.org');
    expect(hostnameOf('https://m.example.com/x')).toBe('m.example.com');
  });

  it('does not give a whole shared host to the outlet that owns one path on it', () => {
    expect(resolvePublisherByUrl('https://medium.com/someone-else/post')).toBeNull();
    expect(resolvePublisherByUrl('https://medium.com/freedom-starship/post')).toBeNull();
  });

  describe('outlet strings as people write them', () => {
    it.each([
      ['www.presstv.ir', 'press-tv', 'name'],
      ['https://www.tehrantimes.com/news/1/x', 'tehran-times', 'name'],
      ['An Unknown Name (presstv.ir)', 'press-tv', 'domain'],
      ['Reported by english.alarabiya.net', 'al-arabiya', 'domain'],
      ['The National (UAE)', 'the-national-uae', 'name'],
      ['The National (Scotland)', 'the-national-scotland', 'name'],
      ['The National News (UAE)', 'the-national-uae', 'suffix'],
      ['Tehran Times (Iran)', 'tehran-times', 'suffix'],
      ['Tehran Times, Iran', 'tehran-times', 'suffix'],
      ['Kuwait Times (AFP)', 'kuwait-times', 'suffix'],
      ['Hurriyet Daily News', 'hurriyet-daily-news', 'name'], // accents folded
      ['Hurriet Daily News', 'hurriyet-daily-news', 'close-spelling'],
      ['Tehran Tmes', 'tehran-times', 'close-spelling'],
      ['Middle East Eyes', 'middle-east-eye', 'close-spelling'],
      // papers a dev-set text came through, by name and by a subdomain of their host
      ['The Daily Herald (Everett)', 'everett-daily-herald', 'name'],
      ['https://gallery.avaz.ba/english/news/1/x', 'dnevni-avaz', 'name'],
      ['NewsOK', 'the-oklahoman', 'name'], // its former site's name
    ] as const)('%j → %s by %s', (name, slug, by) => {
      const m = matchPublisher(name);
      expect(m?.publisher.slug).toBe(slug);
      expect(m?.by).toBe(by);
    });

    it.each([
      // a country suffix that contradicts the outlet's country is another outlet
      ['The National (Australia)'],
      // close to two outlets at once: neither
      ['Tarsnews'],
      // different digits are different outlets
      ['Kurdistan25'],
      // short names are never matched by spelling
      ['Fars Newz'.slice(0, 6)],
      ['Tehran Daily Times'],
      ['Iran Focus Weekly'],
      ['Some Local Gazette (UAE)'],
      // a name several papers carry: only the Everett one is listed, and only with its town
      ['Daily Herald'],
      ['Daily Herald (Illinois)'],
      // a copying site whose host starts like a listed outlet's
      ['arabnews.today'],
    ])('does not join %j to a registry outlet', (name) => {
      expect(matchPublisher(name)).toBeNull();
    });

    it('keeps two registry outlets one letter apart distinct', () => {
      expect(matchPublisher('Fars News')?.publisher.slug).toBe('fars');
      expect(matchPublisher('Pars News')?.publisher.slug).toBe('pars-news');
      expect(matchPublisher('ParsNews')?.publisher.slug).toBe('pars-news');
    });

    it('never joins two different registry outlets by spelling: no name is an edit away from another outlet', () => {
      const r = new PublisherResolver(registry);
      for (const p of registry) {
        for (const name of [p.name, ...p.aliases]) {
          const hit = r.closeMatch(`${name}`);
          if (hit) expect(hit.slug, name).toBe(p.slug);
        }
      }
    });

    it('plain resolution (used on arbitrary lines of text) does not guess spellings', () => {
      expect(resolvePublisher('Tehran Tmes')).toBeNull();
      expect(resolvePublisher('Tehran Times')?.slug).toBe('tehran-times');
    });

    it('can resolve against another list (the evaluation without some outlets)', () => {
      const without = new PublisherResolver(registry.filter((p) => p.slug !== 'tehran-times'));
      expect(withResolver(without, () => resolvePublisher('Tehran Times'))).toBeNull();
      expect(resolvePublisher('Tehran Times')?.slug).toBe('tehran-times');
    });
  });

  describe('validation', () => {
    const base = structuredClone(data) as { version: string; publishers: Array<Record<string, unknown>> };

    it('rejects a rated publisher without a rationale', () => {
      const broken = structuredClone(base);
      broken.publishers[0]!.stanceRationale = null;
      expect(() => parseRegistry(broken)).toThrow(/needs a stanceRationale/);
    });

    it('allows an unrated publisher without a rationale', () => {
      const ok = structuredClone(base);
      ok.publishers.push({ slug: 'x-gazette', name: 'X Gazette', kind: 'other', stance: 'unrated', country: null });
      expect(() => parseRegistry(ok)).not.toThrow();
    });

    it('rejects duplicate slugs', () => {
      const broken = structuredClone(base);
      broken.publishers.push({ ...broken.publishers[0]!, name: 'Another', aliases: [], domains: [] });
      expect(() => parseRegistry(broken)).toThrow(/slug/);
    });

    it('rejects aliases that collide after normalisation', () => {
      const broken = structuredClone(base);
      broken.publishers.push({
        slug: 'new-york-thing',
        name: 'New York Thing',
        aliases: ['N.Y. Times'],
        kind: 'other',
        stance: 'unrated',
        country: null,
      });
      expect(() => parseRegistry(broken)).toThrow(/alias "nytimes" is used by both nyt and new-york-thing/);
    });

    it('rejects a rated publisher without a source', () => {
      const broken = structuredClone(base);
      broken.publishers[0]!.source = null;
      expect(() => parseRegistry(broken)).toThrow(/needs a source/);
    });

    it('accepts host/path domains and rejects www. or upper case', () => {
      const ok = structuredClone(base);
      ok.publishers[0]!.domains = ['example.org/fa'];
      expect(() => parseRegistry(ok)).not.toThrow();
      const broken = structuredClone(base);
      broken.publishers[0]!.domains = ['www.example.org'];
      expect(() => parseRegistry(broken)).toThrow(/hostname/);
    });

    it('rejects an unknown stance or kind', () => {
      const broken = structuredClone(base);
      broken.publishers[0]!.stance = 'neutral';
      expect(() => parseRegistry(broken)).toThrow();
    });
  });
});

describe('slugify', () => {
  it.each([
    ['Iran News Update', 'iran-news-update'],
    ["Women's Committee", 'womens-committee'],
    ['Café Société & Co.', 'cafe-societe-and-co'],
    ['  --  ', 'unknown-publisher'],
    ['ایران اینترلینک', 'ایران-اینترلینک'],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
