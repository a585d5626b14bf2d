// The rating queue: unrated outlets with their text-cue suggestion; a curator rates one in one
// step (rationale required, audit row, articles move to the group, suggestion kept as such).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ratePublisher } from '@/lib/curation/publishers';
import { importFiles } from '@/lib/ingest/import-files';
import { syncRegistry } from '@/lib/ingest/registry-sync';
import { publishersNeedingRating } from '@/lib/queries/overview';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { text, useCurationEnv } from '../helpers/curation';

let db: TestDatabase;
const admin = { user: 'admin' };

beforeAll(async () => {
  db = await freshDatabase();
  useCurationEnv(db.url);
  await importFiles(
    db.prisma,
    [
      text(
        'queue.txt',
        'Unlisted Weekly | By A Writer | May 2, 2023\n\nThe hypocrites of the MKO terrorist cult once again begged foreign patrons for money, the Rajavi cult’s defectors said, calling the group a terror group.\n\n' +
          'Unlisted Weekly | By A Writer | May 9, 2023\n\nThe city council discussed parking fees and a new library on Tuesday evening, officials said.',
      ),
    ],
    { source: 'test' },
  );
});
afterAll(async () => {
  await db?.drop();
});

describe('rating queue', () => {
  it('lists the unknown outlet with its counts and the cues of its leaning article', async () => {
    const rows = await publishersNeedingRating();
    const row = rows.find((r) => r.name === 'Unlisted Weekly');
    expect(row).toMatchObject({ articles: 2, leanCritical: 1, leanAdvocacy: 0 });
    expect(row!.cues.map((c) => c.term)).toEqual(expect.arrayContaining(['rajavi-cult', 'mko']));
    // A suggestion only: the articles are still unrated.
    const stances = await db.prisma.$queryRaw<{ stance: string }[]>`SELECT p.stance::text AS stance FROM articles a JOIN publishers p ON p.id = a.publisher_id WHERE p.name = 'Unlisted Weekly'`;
    expect(stances.map((s) => s.stance)).toEqual(['unrated', 'unrated']);
  });

  it('reads a large outlet from its newest articles: the sample is the newest dated first', async () => {
    // With a sample of one, only the newer (May 9, neutral) article is read.
    const row = (await publishersNeedingRating(1)).find((r) => r.name === 'Unlisted Weekly');
    expect(row).toMatchObject({ articles: 2, read: 1, leanCritical: 0, leanAdvocacy: 0, cues: [] });
    const all = (await publishersNeedingRating()).find((r) => r.name === 'Unlisted Weekly');
    expect(all).toMatchObject({ articles: 2, read: 2, leanCritical: 1 });
  });

  it('rates in one step with a rationale, writes the trail, and leaves the queue', async () => {
    const row = (await publishersNeedingRating()).find((r) => r.name === 'Unlisted Weekly')!;
    await expect(ratePublisher(db.prisma, null, { id: row.id, stance: 'critical', stanceRationale: 'Its own items use the state’s terms.' })).rejects.toThrow(/Sign in/);
    await expect(ratePublisher(db.prisma, admin, { id: row.id, stance: 'critical', stanceRationale: 'short' })).rejects.toThrow(/sentence/);
    await ratePublisher(db.prisma, admin, { id: row.id, stance: 'critical', stanceRationale: 'Its own items call the group a cult in the state’s terms.' });
    const p = await db.prisma.publisher.findUniqueOrThrow({ where: { id: row.id } });
    expect(p).toMatchObject({ stance: 'critical', stanceRationale: 'Its own items call the group a cult in the state’s terms.' });
    expect(p.curatedAt).not.toBeNull();
    const audit = await db.prisma.auditLog.findMany({ where: { entityType: 'publisher', entityId: row.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'admin', action: 'change-stance', reason: 'Its own items call the group a cult in the state’s terms.' });
    // Once rated its articles compare with the critical group and the suggestion is gone.
    const suggested = await db.prisma.$queryRaw<{ s: string | null }[]>`
      SELECT an.suggested_stance::text AS s FROM article_analysis an JOIN articles a ON a.id = an.article_id WHERE a.publisher_id = ${row.id}`;
    expect(suggested.every((x) => x.s === null)).toBe(true);
    expect((await publishersNeedingRating()).find((r) => r.id === row.id)).toBeUndefined();
    await expect(ratePublisher(db.prisma, admin, { id: row.id, stance: 'advocacy', stanceRationale: 'A second rating from the queue.' })).rejects.toThrow(/already rated/);
  });
});

// An unlisted site on Iran's .ir domain is rated by rule (lib/registry/host-rules.ts), as the
// registry rates the licensed Iranian press it lists; the page is written for this test.
describe('outlets rated by rule', () => {
  const page =
    'مراسم سالگرد عملیات مرصاد در شهر نمونه\n\n۵ مرداد ۱۴۰۲\n\n' +
    'مراسمی برای یادبود کشته‌شدگان عملیات مرصاد امروز با حضور خانواده‌ها برگزار شد و سخنرانان از منافقین و رویدادهای تابستان ۱۳۶۷ گفتند.';

  it('rates an unlisted .ir site critical with the rule as its rationale, outside the queue', async () => {
    await importFiles(db.prisma, [text('nemouneh.txt', page)], { source: 'test', url: 'https://www.shahr-nemouneh-news.ir/news/1' });
    const p = await db.prisma.publisher.findFirstOrThrow({ where: { name: 'shahr-nemouneh-news.ir' } });
    expect(p).toMatchObject({ stance: 'critical', inRegistry: false, curatedAt: null, domains: ['shahr-nemouneh-news.ir'] });
    expect(p.source).toMatch(/^rule:/);
    expect(p.stanceRationale).toMatch(/by rule/);
    expect((await publishersNeedingRating()).find((r) => r.id === p.id)).toBeUndefined();
  });

  it('rates on start an unlisted .ir outlet an older import left unrated, never a curated one', async () => {
    const old = await db.prisma.publisher.create({ data: { slug: 'old-nemouneh-ir', name: 'old-nemouneh.ir' } });
    const curated = await db.prisma.publisher.create({ data: { slug: 'kept-nemouneh-ir', name: 'kept-nemouneh.ir', curatedAt: new Date() } });
    const elsewhere = await db.prisma.publisher.create({ data: { slug: 'other-nemouneh-org', name: 'other-nemouneh.org' } });
    await syncRegistry(db.prisma);
    const after = await db.prisma.publisher.findMany({ where: { id: { in: [old.id, curated.id, elsewhere.id] } }, orderBy: { id: 'asc' } });
    expect(after.map((x) => [x.slug, x.stance])).toEqual([
      ['old-nemouneh-ir', 'critical'],
      ['kept-nemouneh-ir', 'unrated'],
      ['other-nemouneh-org', 'unrated'],
    ]);
    // A second start writes nothing more.
    expect((await syncRegistry(db.prisma)).updated).toBe(0);
  });
});

