// closeMatch keeps its answers per resolver (an import asks for the same names thousands of
// times): the same answers from a warm resolver as from a fresh one, found and not found alike.
import { describe, expect, it } from 'vitest';
import { PublisherResolver, type RegistryPublisher } from '@/lib/registry/publishers';

const outlet = (slug: string, name: string): RegistryPublisher =>
  ({ slug, name, aliases: [], domains: [`${slug}.example`], kind: 'news_outlet', stance: 'mainstream', stanceRationale: 'test', source: 'test', country: null, languages: ['en'] }) as unknown as RegistryPublisher;

describe('closeMatch answers kept per resolver', () => {
  const publishers = [outlet('hurriyet', 'Hurriyet Daily News'), outlet('kurdistan-24', 'Kurdistan 24'), outlet('gulf-times', 'Gulf Times Online')];
  it.each([['Hurriet Daily News'], ['Kurdistan 25'], ['Gulf Tames Online'], ['Nothing Like Any Outlet']])('%s: the same answer asked again and on a fresh resolver', (name) => {
    const warm = new PublisherResolver(publishers);
    const first = warm.closeMatch(name)?.slug ?? null;
    expect(warm.closeMatch(name)?.slug ?? null).toBe(first);
    expect(new PublisherResolver(publishers).closeMatch(name)?.slug ?? null).toBe(first);
  });
  it('finds near spellings and refuses a different number', () => {
    const r = new PublisherResolver(publishers);
    expect(r.closeMatch('Hurriet Daily News')?.slug).toBe('hurriyet');
    expect(r.closeMatch('Kurdistan 25')).toBeNull();
    expect(r.closeMatch('Kurdistan 25')).toBeNull();
  });
});
