// The object marker «را» glued to the word before it («مستشاران خارجیرا ترور کردند», scraped text
// that lost the space): a cue that ends on that word still matches, while words that merely end
// in «را» (چرا، اجرا، ماجرا، زیرا، صحرا…) stay what they are. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import eventsData from '@/data/events.json';
import { CATALOG } from '@/lib/analysis/catalog';
import { gluedObjectMarker, phraseTokens, TokenPhraseIndex, tokenizeForEvents, eventTokens } from '@/lib/analysis/event-tokens';
import { matchEvents } from '@/lib/analysis/events';
import { normalizeForAnalysis } from '@/lib/analysis/persian';
import { TokenPhraseIndex as ReferenceIndex, tokenizeForEvents as referenceTokens, phraseTokens as referencePhraseTokens } from '@/lib/analysis/reference/event-tokens';

const slugs = (text: string) => matchEvents(normalizeForAnalysis(text).text).map((m) => m.slug);

/** Hits of a few cue phrases in a text, by both the token pass and the reference, as matched text. */
function hits(cues: string[], text: string): { fast: string[]; columns: string[]; reference: string[] } {
  const folded = normalizeForAnalysis(text).text;
  const v = CATALOG.variants;
  const index = new TokenPhraseIndex(cues.map((c) => ({ tokens: phraseTokens(c, v), key: c, payload: c })));
  const reference = new ReferenceIndex(cues.map((c) => ({ tokens: referencePhraseTokens(c, v), key: c, payload: c })));
  const show = (h: { start: number; end: number; key: string }) => `${h.key}=${folded.slice(h.start, h.end)}`;
  return {
    fast: index.findAll(tokenizeForEvents(folded, v)).map(show),
    columns: index.findAllTokens(eventTokens(folded, v)).map(show),
    reference: reference.findAll(referenceTokens(folded, v)).map(show),
  };
}

describe('gluedObjectMarker', () => {
  it('takes «را» off a word it is glued to', () => {
    expect(gluedObjectMarker('خارجیرا')).toBe('خارجی');
    expect(gluedObjectMarker('آنرا')).toBe('آن');
  });
  it('leaves too short a rest and words without it alone', () => {
    expect(gluedObjectMarker('چرا')).toBeNull();
    expect(gluedObjectMarker('سرا')).toBeNull();
    expect(gluedObjectMarker('قرارداد')).toBeNull();
    expect(gluedObjectMarker('را')).toBeNull();
  });
});

describe('a cue followed by a glued «را»', () => {
  it('matches a two-word cue whose last word carries it, in all three matchers', () => {
    const h = hits(['مستشاران خارجی'], 'گروه چند تن از مستشاران خارجیرا در خیابان ترور کرد.');
    expect(h.fast).toEqual(['مستشاران خارجی=مستشاران خارجیرا']);
    expect(h.columns).toEqual(h.fast);
    expect(h.reference).toEqual(h.fast);
  });
  it('matches a one-word cue, and a plural before the marker', () => {
    const h = hits(['اعدام', 'زندانی'], 'آنها زندانیهارا پس از اعدامرا ندیدند.');
    expect(h.fast).toEqual(['زندانی=زندانیهارا', 'اعدام=اعدامرا']);
    expect(h.columns).toEqual(h.fast);
    expect(h.reference).toEqual(h.fast);
  });
  it('does not let a word inside a cue carry it', () => {
    const h = hits(['مستشاران خارجی'], 'مستشارانرا خارجی نامیدند.');
    expect(h.fast).toEqual([]);
    expect(h.columns).toEqual([]);
    expect(h.reference).toEqual([]);
  });
  it('leaves words that end in «را» but carry no marker alone: their rest is no cue word', () => {
    const h = hits(['اجرای حکم', 'ماجرا', 'شورای ملی مقاومت', 'چرا'], 'ماجرا این بود که شورا اجرا نشد؛ چرا؟ زیرا صحرا دور بود.');
    // The cues themselves still match their words as written.
    expect(h.fast).toEqual(['ماجرا=ماجرا', 'چرا=چرا']);
    expect(h.columns).toEqual(h.fast);
    expect(h.reference).toEqual(h.fast);
  });
  it('no Persian cue word of the catalog plus «را» is an everyday word that ends in «را»', () => {
    const endsInRa = ['چرا', 'اجرا', 'ماجرا', 'سرا', 'زیرا', 'صحرا', 'شورا', 'مدارا', 'دارا', 'آرا', 'اسرا', 'وزرا', 'امرا', 'فقرا', 'شعرا', 'زهرا', 'صدرا', 'سامرا', 'مجرا', 'فرا', 'گذرا', 'اخیرا', 'ظاهرا', 'فورا', 'قهرا', 'مبرا', 'دکترا', 'عاشورا', 'چپگرا', 'اصولگرا', 'اسلامگرا', 'مهمانسرا'];
    const lastWords = new Set<string>();
    const walk = (x: unknown): void => {
      if (typeof x === 'string' && /\p{Script=Arabic}/u.test(x)) {
        const t = phraseTokens(x, CATALOG.variants);
        if (t.length > 0) lastWords.add(t[t.length - 1]!.norm);
      } else if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') for (const v of Object.values(x)) walk(v);
    };
    walk(eventsData.events.map((e) => e.cues));
    walk(eventsData.groups);
    expect(lastWords.size).toBeGreaterThan(100);
    const clashes = endsInRa.filter((w) => {
      const bare = gluedObjectMarker(w);
      return bare !== null && lastWords.has(phraseTokens(bare, CATALOG.variants)[0]?.norm ?? '');
    });
    expect(clashes).toEqual([]);
  });
});

describe('the 1970s assassinations of foreign advisers', () => {
  it('links the group’s assassination of foreign advisers, with the marker glued on', () => {
    const text = 'در اوایل دهه پنجاه سازمان مجاهدین خلق تصمیم گرفت برخی از مستشاران خارجیرا ترور کند و چند تن از آنان کشته شدند.';
    expect(slugs(text)).toContain('mek-1970s-attacks');
  });
  it('links it with the marker written apart as well', () => {
    expect(slugs('سازمان مجاهدین خلق در آن سال‌ها دو مستشار خارجی را ترور کرد.')).toContain('mek-1970s-attacks');
  });
  it('leaves foreign advisers who trained the army, with no killing, alone', () => {
    const text = 'در دهه پنجاه مستشاران خارجی در ارتش شاه آموزش می‌دادند و سازمان مجاهدین خلق از حضور آنان انتقاد می‌کرد.';
    expect(slugs(text)).not.toContain('mek-1970s-attacks');
  });
  it('leaves the assassination of an official, with advisers of another country far off, alone', () => {
    const text = 'سازمان مجاهدین خلق در سال ۱۳۶۰ چند مقام را ترور کرد. سال‌ها بعد، دولت عراق از حضور مستشاران خارجی در اردوگاه‌های خود سخن گفت.';
    expect(slugs(text)).not.toContain('mek-1970s-attacks');
  });
});
