import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import additionsData from '@/data/devset/registry-additions.json';
import { addedSlugs, parseAdditions, withoutDevsetOutlets } from '@/lib/devset/additions';
import { parseDevset } from '@/lib/devset/labels';
import { PublisherResolver, registry, type RegistryPublisher } from '@/lib/registry/publishers';

const additions = parseAdditions(additionsData);
const sets = ['en', 'fa', 'en-test', 'fa-test', 'fa-test2', 'fa-test4'].map((name) => ({ name, rows: parseDevset(fs.readFileSync(`data/devset/${name}.csv`, 'utf8')) }));
const bySlug = new Map(registry.map((p) => [p.slug, p]));

describe('labelled sets and the registry', () => {
  it.each(sets)('every $name row names a registry outlet in the labelled group', ({ rows }) => {
    for (const row of rows) {
      const p = bySlug.get(row.outlet_slug);
      expect(p, `${row.id}: ${row.outlet_slug}`).toBeDefined();
      expect(p!.stance, `${row.id}: ${row.outlet_slug}`).toBe(row.group);
    }
  });

  it('lists each added outlet once, and only outlets a labelled row names', () => {
    const all = addedSlugs(additions);
    expect(new Set(all).size).toBe(all.length);
    const outletsOf = (...names: string[]) => new Set(sets.filter((s) => names.includes(s.name)).flatMap((s) => s.rows.map((r) => r.outlet_slug)));
    const testOutlets = outletsOf('en-test');
    for (const slug of additions.testSetSlugs) expect(testOutlets.has(slug), slug).toBe(true);
    const faTestOutlets = outletsOf('fa-test');
    expect(additions.faTestSetSlugs.length).toBeGreaterThan(0);
    for (const slug of additions.faTestSetSlugs) expect(faTestOutlets.has(slug), slug).toBe(true);
    const faTest2Outlets = outletsOf('fa-test2');
    expect(additions.faTest2SetSlugs.length).toBeGreaterThan(0);
    for (const slug of additions.faTest2SetSlugs) expect(faTest2Outlets.has(slug), slug).toBe(true);
    const faTest4Outlets = outletsOf('fa-test4');
    expect(additions.faTest4SetSlugs.length).toBeGreaterThan(0);
    for (const slug of additions.faTest4SetSlugs) expect(faTest4Outlets.has(slug), slug).toBe(true);
    // fa-test6 is read on its own: two of its outlets stay unrated where the registry harvest found no documented owner.
    const faTest6Outlets = new Set(parseDevset(fs.readFileSync('data/devset/fa-test6.csv', 'utf8')).map((r) => r.outlet_slug));
    expect(additions.faTest6SetSlugs.length).toBeGreaterThan(0);
    for (const slug of additions.faTest6SetSlugs) expect(faTest6Outlets.has(slug), slug).toBe(true);
    // fa-test7 likewise: eight of its outlets stay unrated, their group read from one page's wording.
    const faTest7Outlets = new Set(parseDevset(fs.readFileSync('data/devset/fa-test7.csv', 'utf8')).map((r) => r.outlet_slug));
    expect(additions.faTest7SetSlugs.length).toBeGreaterThan(0);
    for (const slug of additions.faTest7SetSlugs) expect(faTest7Outlets.has(slug), slug).toBe(true);
    // fa-test8 likewise: six of its eight outlets stay unrated, their group read from their own pages.
    const faTest8Outlets = new Set(parseDevset(fs.readFileSync('data/devset/fa-test8.csv', 'utf8')).map((r) => r.outlet_slug));
    expect(additions.faTest8SetSlugs.length).toBeGreaterThan(0);
    for (const slug of additions.faTest8SetSlugs) expect(faTest8Outlets.has(slug), slug).toBe(true);
    // fa-test9: every added outlet is one its rows name, all unrated; the folded host is Simay-e Azadi's own.
    const faTest9Outlets = new Set(parseDevset(fs.readFileSync('data/devset/fa-test9.csv', 'utf8')).map((r) => r.outlet_slug));
    expect(additions.faTest9SetSlugs.length).toBeGreaterThan(0);
    for (const slug of additions.faTest9SetSlugs) {
      expect(faTest9Outlets.has(slug), slug).toBe(true);
      expect(registry.find((p) => p.slug === slug)?.stance, slug).toBe('unrated');
    }
    expect(new PublisherResolver(registry).byUrl('http://simayazadi.com/950129-x')?.slug).toBe('simay-e-azadi');
    // A blog whose name echoes the Nejat Society is not that society.
    expect(new PublisherResolver(registry).byUrl('http://nejatngoiran.blogspot.com/2024/07/x.html')?.slug).toBe('nejatngoiran-blog');
    expect(new PublisherResolver(registry).byUrl('https://www.nejatngo.org/fa/posts/1')?.slug).not.toBe('nejatngoiran-blog');
    // fa-test10: every added outlet is one its rows name; the two rated from documented sources agree with their labelled group.
    const faTest10Rows = parseDevset(fs.readFileSync('data/devset/fa-test10.csv', 'utf8'));
    const faTest10Outlets = new Set(faTest10Rows.map((r) => r.outlet_slug));
    expect(additions.faTest10SetSlugs.length).toBeGreaterThan(0);
    for (const slug of additions.faTest10SetSlugs) {
      expect(faTest10Outlets.has(slug), slug).toBe(true);
      const stance = registry.find((p) => p.slug === slug)?.stance;
      if (stance !== 'unrated') expect(stance, slug).toBe(faTest10Rows.find((r) => r.outlet_slug === slug)!.group);
    }
    // The Tehran daily Shahrvand is not the Toronto weekly of the same name, and neither takes the bare word.
    expect(new PublisherResolver(registry).match('روزنامه شهروند')?.publisher.slug).toBe('shahrvand');
    expect(new PublisherResolver(registry).byUrl('http://shahrvand.com/archives/1')?.slug).toBe('shahrvand-toronto');
    expect(new PublisherResolver(registry).match('شهروند')).toBeNull();
    // fa-test11: every added outlet is one its rows name, on the host its rows give, and none is rated without a source.
    const faTest11Rows = parseDevset(fs.readFileSync('data/devset/fa-test11.csv', 'utf8'));
    expect(additions.faTest11SetSlugs.length).toBeGreaterThan(0);
    for (const slug of additions.faTest11SetSlugs) {
      const row = faTest11Rows.find((r) => r.outlet_slug === slug);
      expect(row, slug).toBeDefined();
      expect(new PublisherResolver(registry).byUrl(row!.url)?.slug, slug).toBe(slug);
      expect(registry.find((p) => p.slug === slug)?.stance, slug).toBe('unrated');
    }
    // Names that are everyday words or a place are not aliases: a sentence using them names no outlet.
    for (const word of ['نگاه', 'ایران آینده', 'فریاد آزاد', 'سرخ‌آباد']) expect(['negah-hr', 'iran-ayande', 'faryad-e-azad-blog', 'sorkhabad-blog']).not.toContain(new PublisherResolver(registry).match(word)?.publisher.slug);
    // The .ir sites the host rule rates are left to it.
    expect(registry.some((p) => p.domains.includes('ensani.ir') || p.domains.includes('evav.ir'))).toBe(false);
    // fa-test12: the same, and the .ir sites the host rule rates in their labelled group stay with it.
    const faTest12Rows = parseDevset(fs.readFileSync('data/devset/fa-test12.csv', 'utf8'));
    expect(additions.faTest12SetSlugs.length).toBeGreaterThan(0);
    for (const slug of additions.faTest12SetSlugs) {
      const row = faTest12Rows.find((r) => r.outlet_slug === slug);
      expect(row, slug).toBeDefined();
      expect(new PublisherResolver(registry).byUrl(row!.url)?.slug, slug).toBe(slug);
      expect(registry.find((p) => p.slug === slug)?.stance, slug).toBe('unrated');
    }
    for (const host of ['ghalamnews.ir', 'jajin.ir', 'revolution.pchi.ir', 'tashohada.ir']) expect(new PublisherResolver(registry).byUrl(`https://${host}/x`), host).toBeNull();
    // «قاصد» (messenger) is an everyday word, not the blog's name.
    expect(new PublisherResolver(registry).match('قاصد')?.publisher.slug).not.toBe('ghased1393-blog');
    const devOutlets = outletsOf('en', 'fa');
    for (const slug of additions.slugs) expect(devOutlets.has(slug), slug).toBe(true);
  });

  it('lists as via sites only registry outlets a dev-set text came through', () => {
    const resolver = new PublisherResolver(registry);
    const throughs = new Set(
      sets.filter((s) => s.name === 'en' || s.name === 'fa').flatMap((s) => s.rows.filter((r) => r.via).map((r) => resolver.byUrl(r.url)?.slug)),
    );
    expect(additions.viaSlugs.length).toBeGreaterThan(0);
    for (const slug of additions.viaSlugs) expect(throughs.has(slug), slug).toBe(true);
  });
});

describe('withoutDevsetOutlets (npm run eval -- --without-devset-outlets)', () => {
  const without = withoutDevsetOutlets(registry, additions);
  const resolver = new PublisherResolver(without);
  const full = new PublisherResolver(registry);

  it('removes the dev sets’ and the test sets’ outlets and nothing else', () => {
    const kept = new Set(without.map((p) => p.slug));
    for (const slug of addedSlugs(additions)) expect(kept.has(slug), slug).toBe(false);
    expect(without.length).toBe(registry.length - addedSlugs(additions).length);
    expect(full.byUrl('https://www.taipeitimes.com/News/world/archives/2025/02/10/1')?.slug).toBe('taipei-times');
    expect(resolver.byUrl('https://www.taipeitimes.com/News/world/archives/2025/02/10/1')).toBeNull();
    expect(resolver.match('Tehran Times')?.publisher.slug).toBe('tehran-times');
    // An outlet added for the Persian test set, by its host and by its Persian name.
    expect(full.byUrl('https://jahansanatnews.ir/170219-x')?.slug).toBe('jahan-e-sanat');
    expect(full.match('جهان صنعت')?.publisher.slug).toBe('jahan-e-sanat');
    expect(resolver.byUrl('https://jahansanatnews.ir/170219-x')).toBeNull();
    expect(resolver.match('جهان صنعت')).toBeNull();
    // One added after the second Persian test set's blind run, by its host.
    expect(full.byUrl('https://tabnakkermanshah.ir/fa/news/1')?.slug).toBe('tabnak-kermanshah');
    expect(resolver.byUrl('https://tabnakkermanshah.ir/fa/news/1')).toBeNull();
    // One added after the fourth Persian test set's blind run, by its host and its Persian name.
    expect(full.byUrl('https://radiokoocheh.com/article/1')?.slug).toBe('radio-koocheh');
    expect(full.match('رادیو کوچه')?.publisher.slug).toBe('radio-koocheh');
    expect(resolver.byUrl('https://radiokoocheh.com/article/1')).toBeNull();
    expect(resolver.match('رادیو کوچه')).toBeNull();
    // One added after the seventh Persian test set's blind run, by its host and its Persian name.
    expect(full.byUrl('https://www.saharfamily.com/fa/1')?.slug).toBe('sahar-family-foundation');
    expect(full.match('بنیاد خانواده سحر')?.publisher.slug).toBe('sahar-family-foundation');
    expect(resolver.byUrl('https://www.saharfamily.com/fa/1')).toBeNull();
    expect(resolver.match('بنیاد خانواده سحر')).toBeNull();
  });

  it('strips the names and hosts the test set folded into an older outlet, keeping the outlet', () => {
    expect(full.byUrl('https://www.aiainy.org/some-page/')?.slug).toBe('association-of-iranian-americans-in-new-york');
    expect(full.match('AIAINY')?.publisher.slug).toBe('association-of-iranian-americans-in-new-york');
    expect(resolver.byUrl('https://www.aiainy.org/some-page/')).toBeNull();
    expect(resolver.match('AIAINY')).toBeNull();
    expect(resolver.match('Association of Iranian Americans in New York')?.publisher.slug).toBe(
      'association-of-iranian-americans-in-new-york',
    );
    // The Persian test set's: Gooya's own Persian name, its hosts kept.
    expect(full.match('خبرنامه گویا')?.publisher.slug).toBe('gooya-news');
    expect(resolver.match('خبرنامه گویا')).toBeNull();
    expect(resolver.byUrl('https://news.gooya.com/2017/07/post-1.php')?.slug).toBe('gooya-news');
    // The third Persian test set's: a Persian service's host and a mirror's, the outlets' own hosts kept.
    expect(full.byUrl('https://anfpersian.com/a/1')?.slug).toBe('anf-news');
    expect(resolver.byUrl('https://anfpersian.com/a/1')).toBeNull();
    expect(resolver.byUrl('https://anfenglish.com/a/1')?.slug).toBe('anf-news');
    expect(full.byUrl('https://iranintl.news/202209180000')?.slug).toBe('iran-international');
    expect(resolver.byUrl('https://iranintl.news/202209180000')).toBeNull();
    expect(resolver.byUrl('https://www.iranintl.com/202209180000')?.slug).toBe('iran-international');
    // The fourth Persian test set's: the Persian names of outlets it credits in translation.
    expect(full.match('فیگارو')?.publisher.slug).toBe('le-figaro');
    expect(resolver.match('فیگارو')).toBeNull();
    expect(resolver.match('Le Figaro')?.publisher.slug).toBe('le-figaro');
    expect(full.match('خبرگزاری فرانسه')?.publisher.slug).toBe('afp');
    expect(resolver.match('خبرگزاری فرانسه')).toBeNull();
    // The seventh's: a Persian spelling of Die Zeit it credits in translation.
    expect(full.match('دی‌سایت')?.publisher.slug).toBe('die-zeit');
    expect(resolver.match('دی‌سایت')).toBeNull();
    expect(resolver.match('Die Zeit')?.publisher.slug).toBe('die-zeit');
  });

  describe('on a small registry of our own', () => {
    const outlet = (slug: string, extra: Partial<RegistryPublisher> = {}): RegistryPublisher => ({
      slug,
      name: slug.replace(/-/g, ' '),
      aliases: [],
      domains: [`${slug}.example`],
      kind: 'news_outlet',
      stance: 'unrated',
      stanceRationale: null,
      source: null,
      country: null,
      languages: ['en'],
      notes: null,
      taglines: [],
      ...extra,
    });
    const small = [
      outlet('old-paper', { aliases: ['OP', 'Old Paper Daily', 'روزنامه قدیم', 'اولد پیپر'], domains: ['old-paper.example', 'op.example', 'op-mirror.example'] }),
      outlet('dev-blog'),
      outlet('test-wire'),
      outlet('fa-test-site'),
      outlet('fa-second-site'),
      outlet('fa-fourth-site'),
    ];
    const list = (over: Record<string, unknown> = {}) =>
      parseAdditions({
        note: 'ours',
        slugs: ['dev-blog'],
        testSetSlugs: ['test-wire'],
        testSetFolded: { 'old-paper': { aliases: ['OP'], domains: ['op.example'] } },
        faTestSetSlugs: ['fa-test-site'],
        faTestSetFolded: { 'old-paper': { aliases: ['روزنامه قدیم'], domains: [] } },
        faTest2SetSlugs: ['fa-second-site'],
        faTest3SetFolded: { 'old-paper': { aliases: [], domains: ['op-mirror.example'] } },
        faTest4SetSlugs: ['fa-fourth-site'],
        faTest4SetFolded: { 'old-paper': { aliases: ['اولد پیپر'], domains: [] } },
        ...over,
      });

    it('returns the older outlet with its own names and hosts only', () => {
      const out = withoutDevsetOutlets(small, list());
      expect(out.map((p) => p.slug)).toEqual(['old-paper']);
      expect(out[0]!.aliases).toEqual(['Old Paper Daily']);
      expect(out[0]!.domains).toEqual(['old-paper.example']);
      expect(small[0]!.aliases).toEqual(['OP', 'Old Paper Daily', 'روزنامه قدیم', 'اولد پیپر']); // the registry itself is untouched
    });

    it('reads a list without the test-set keys (older files)', () => {
      const out = withoutDevsetOutlets(small, parseAdditions({ note: 'ours', slugs: ['dev-blog'] }));
      expect(out.map((p) => p.slug)).toEqual(['old-paper', 'test-wire', 'fa-test-site', 'fa-second-site', 'fa-fourth-site']);
    });

    it('refuses a list that names what the registry does not have', () => {
      expect(() => withoutDevsetOutlets(small, list({ testSetSlugs: ['renamed-wire'] }))).toThrow(/renamed-wire is not a registry slug/);
      expect(() =>
        withoutDevsetOutlets(small, list({ testSetFolded: { 'old-paper': { aliases: ['OPD'], domains: [] } } })),
      ).toThrow(/old-paper has no alias "OPD"/);
      expect(() =>
        withoutDevsetOutlets(small, list({ testSetFolded: { 'dev-blog': { aliases: [], domains: ['dev-blog.example'] } } })),
      ).toThrow(/dev-blog is also listed as an added outlet/);
      expect(() => withoutDevsetOutlets(small, list({ faTestSetSlugs: ['fa-renamed'] }))).toThrow(/fa-renamed is not a registry slug/);
      expect(() => withoutDevsetOutlets(small, list({ faTest2SetSlugs: ['fa-second-renamed'] }))).toThrow(/fa-second-renamed is not a registry slug/);
      expect(() =>
        withoutDevsetOutlets(small, list({ faTestSetFolded: { 'fa-test-site': { aliases: [], domains: [] } } })),
      ).toThrow(/faTestSetFolded: fa-test-site is also listed as an added outlet/);
      expect(() =>
        withoutDevsetOutlets(small, list({ faTest3SetFolded: { 'old-paper': { aliases: [], domains: ['op-copy.example'] } } })),
      ).toThrow(/faTest3SetFolded: old-paper has no domain "op-copy.example"/);
      expect(() => withoutDevsetOutlets(small, list({ faTest4SetSlugs: ['fa-fourth-renamed'] }))).toThrow(/fa-fourth-renamed is not a registry slug/);
      expect(() =>
        withoutDevsetOutlets(small, list({ faTest4SetFolded: { 'old-paper': { aliases: ['اولد'], domains: [] } } })),
      ).toThrow(/faTest4SetFolded: old-paper has no alias "اولد"/);
    });

    it('rejects a malformed list with the file named', () => {
      expect(() => parseAdditions({ slugs: 'dev-blog' })).toThrow(/registry-additions\.json is invalid/);
    });
  });
});
