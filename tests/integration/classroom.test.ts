// The classroom tools on the sample corpus in a real Postgres: the blind reading's draw from an
// event's coverage (reproducible, rated groups only, reprints once, curated groups honoured), its
// answers and their sentence links; and the term dictionary's numbers against the comparison
// views' own (the same rates), its examples and its events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysedText } from '@/lib/analysis';
import { parseBlindFilter } from '@/lib/filters/blind';
import { parseFocusSpan } from '@/lib/filters/reader';
import { parseSliceFilter } from '@/lib/filters/slice';
import { importFiles } from '@/lib/ingest/import-files';
import { blindAnswers, blindArticles, blindSources } from '@/lib/queries/blind';
import { compareTermRates } from '@/lib/queries/compare';
import { getEvent } from '@/lib/queries/events';
import { termEvents, termExamples, termUsage } from '@/lib/queries/terms';
import { sampleFiles } from '@/lib/server/sample-corpus';
import { buildBlindSet, pickArticles, publicPassages, revealSet } from '@/lib/shape/blind';
import { termExamplesOf, usageByGroup } from '@/lib/shape/terms';
import { freshDatabase, type TestDatabase } from '../helpers/db';

let db: TestDatabase;

beforeAll(async () => {
  db = await freshDatabase();
  expect((await importFiles(db.prisma, sampleFiles(), { source: 'test' })).totals.failed).toBe(0);
});

afterAll(async () => {
  await db?.drop();
});

async function draw(slug: string, qs: string) {
  const event = (await getEvent(slug, db.prisma))!;
  const f = parseBlindFilter(Object.fromEntries(new URLSearchParams(qs)));
  const all = await blindArticles(event.id, db.prisma);
  const drawn = pickArticles(all.filter((a) => f.groups.includes(a.stance)), f);
  const set = buildBlindSet(await blindSources(event.id, drawn.map((a) => a.id), db.prisma), f);
  return { event, f, all, set };
}

describe('blind reading on the sample corpus', () => {
  it('draws from the rated groups only, the same passages for the same link', async () => {
    const a = await draw('mek-camps', 'seed=k2x9q&n=9');
    expect(new Set(a.all.map((r) => r.stance))).toEqual(new Set(['advocacy', 'mainstream', 'critical']));
    expect(a.set.items.length).toBeGreaterThanOrEqual(3);
    expect(new Set(a.set.items.map((i) => i.stance))).toEqual(new Set(['advocacy', 'mainstream', 'critical']));
    const b = await draw('mek-camps', 'seed=k2x9q&n=9');
    expect(b.set.items.map((i) => [i.articleId, i.span])).toEqual(a.set.items.map((i) => [i.articleId, i.span]));
    expect(b.set.code).toBe(a.set.code);
    // Nothing the class gets names an outlet of the set.
    const names = (await blindSources(a.event.id, [...new Set(a.set.items.map((i) => i.articleId))], db.prisma)).flatMap((s) => s.outletNames);
    const shown = JSON.stringify(publicPassages(a.set));
    for (const n of names.filter((x) => !['NCRI', 'National Council of Resistance of Iran', 'PMOI', 'MEK'].includes(x))) expect(shown).not.toContain(n);
  });

  it('reveals each passage’s outlet and group, with cue links to sentences of the article', async () => {
    const { set } = await draw('1988-massacre', 'seed=abc&n=6&groups=advocacy');
    expect(set.items.length).toBeGreaterThan(0);
    const sources = await blindAnswers([...new Set(set.items.map((i) => i.articleId))], db.prisma);
    const answers = revealSet(set, sources, { 1: 'advocacy' });
    expect(answers.every((a) => a.stance === 'advocacy' && a.publisher.length > 0)).toBe(true);
    expect(answers.find((a) => a.number === 1)!.mark).toBe('advocacy');
    const cues = answers.flatMap((a) => [...a.here.terms, ...a.here.figures, ...a.here.quotes, ...a.elsewhere.terms, ...a.elsewhere.figures, ...a.elsewhere.quotes].map((c) => ({ a, c })));
    expect(cues.length).toBeGreaterThan(0);
    for (const { a, c } of cues) {
      const src = sources.find((s) => s.id === a.articleId)!;
      const span = parseFocusSpan(Object.fromEntries(new URL(c.href, 'http://x').searchParams))!;
      const sentence = analysedText(src.title, src.body).slice(span.start, span.end);
      expect(sentence.length).toBeGreaterThan(0);
      if ('entity' in c) expect(sentence).toMatch(/\S/);
      if ('label' in c && 'kind' in c) expect(sentence).toContain(c.label.split(' ').pop()!);
    }
  });

  it('counts a reprint once and honours a curator’s group', async () => {
    const event = (await getEvent('mek-camps', db.prisma))!;
    const before = await blindArticles(event.id, db.prisma);
    const [first, second] = before;
    await db.prisma.$executeRawUnsafe(`UPDATE articles SET reprint_of_id = ${first!.id} WHERE id = ${second!.id}`);
    await db.prisma.$executeRawUnsafe(`UPDATE articles SET stance_override = 'critical', stance_override_reason = 'test' WHERE id = ${first!.id}`);
    try {
      const after = await blindArticles(event.id, db.prisma);
      expect(after.map((a) => a.id)).not.toContain(second!.id);
      expect(after.find((a) => a.id === first!.id)!.stance).toBe('critical');
    } finally {
      await db.prisma.$executeRawUnsafe(`UPDATE articles SET reprint_of_id = NULL, stance_override = NULL, stance_override_reason = NULL WHERE id IN (${first!.id}, ${second!.id})`);
    }
  });
});

describe('term dictionary on the sample corpus', () => {
  it('gives the comparison view’s rates per group, split by year', async () => {
    const rates = (await compareTermRates(parseSliceFilter({}), db.prisma)).filter((r) => r.term === 'regime');
    const byGroup = usageByGroup(await termUsage('regime', db.prisma));
    for (const r of rates) {
      const g = byGroup.find((x) => x.stance === r.stance)!;
      expect(g.count).toBe(r.count);
      expect(g.rate).toBeCloseTo(r.rate, 3);
    }
    expect(byGroup.filter((g) => g.count > 0).length).toBe(rates.length);
  });

  it('finds example sentences with the term, one outlet at a time, linked to their sentence', async () => {
    const examples = termExamplesOf(await termExamples('mko', 3, db.prisma));
    expect(examples.length).toBeGreaterThan(0);
    for (const e of examples) {
      expect(e.term).toBe('MKO');
      expect(e.href).toMatch(e.inTitle ? /^\/articles\/\d+$/ : /^\/articles\/\d+\?at=\d+-\d+#at$/);
    }
    const critical = examples.filter((e) => e.stance === 'critical');
    expect(new Set(critical.map((e) => e.publisher)).size).toBe(critical.length);
  });

  it('lists the events using a term most, with the occurrences per group adding up', async () => {
    const events = await termEvents('regime', null, db.prisma);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e.advocacy + e.mainstream + e.critical + e.unrated).toBe(e.count);
      expect(e.articles).toBeLessThanOrEqual(e.eventArticles);
    }
    expect(events.map((e) => e.count)).toEqual([...events.map((e) => e.count)].sort((x, y) => y - x));
    expect(await termEvents('regime', 1, db.prisma)).toEqual(events.slice(0, 1));
  });
});
