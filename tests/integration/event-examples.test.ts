// Links confirmed by a curator act as labelled examples: the import and `npm run analyze` load
// them, so a later article like a confirmed one is linked to the same event even when it names
// the event nowhere, and each link keeps the signals that made it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEventLink } from '@/lib/curation/event-links';
import { importFiles } from '@/lib/ingest/import-files';
import { reanalyzeAll } from '@/lib/ingest/reanalyze';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { text } from '../helpers/curation';

let db: TestDatabase;
const admin = { user: 'admin' };

// Two reports (written for this test) on the same programme; neither names a catalog event.
const FIRST =
  'Exiles’ radio station marks its anniversary\n\n' +
  'The station broadcasts from a studio outside the capital and its presenters read letters from listeners inside the country every evening.\n\n' +
  'Listeners write about prices, prisons and their families; the presenters answer with songs and poems.';
const SECOND =
  'Evening programme of the exiles’ radio\n\n' +
  'Every evening the presenters of the exiles’ radio station read listeners’ letters, sent from inside the country, in a studio outside the capital.\n\n' +
  'The letters tell of prices, prisons and families, and the presenters reply with poems and songs.';

async function linksOf(title: string) {
  return db.prisma.$queryRaw<{ slug: string; method: string; role: string; signals: Array<{ key: string; decisive?: boolean }> }[]>`
    SELECT e.slug, ae.method, ae.role, ae.signals FROM article_events ae
    JOIN events e ON e.id = ae.event_id JOIN articles a ON a.id = ae.article_id
    WHERE a.title = ${title} ORDER BY e.slug`;
}

beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe('curator-confirmed links as examples', () => {
  it('a confirmed link changes how a later article is matched, on import and on npm run analyze', async () => {
    await importFiles(db.prisma, [text('first.txt', FIRST)], { source: 'test' });
    const first = await db.prisma.article.findFirstOrThrow({ where: { title: 'Exiles’ radio station marks its anniversary' } });
    expect(await linksOf(first.title)).toEqual([]);

    // Without a confirmation the second report links to nothing either.
    await importFiles(db.prisma, [text('second.txt', SECOND)], { source: 'test' });
    expect(await linksOf('Evening programme of the exiles’ radio')).toEqual([]);

    // A curator links the first report to the camps event (say, a station run from Ashraf 3).
    await addEventLink(db.prisma, admin, { articleId: first.id, event: 'mek-camps', role: 'about', reason: 'The station broadcasts from the camp' });

    // Recomputation applies what the curator taught to the second report.
    await reanalyzeAll(db.prisma);
    const links = await linksOf('Evening programme of the exiles’ radio');
    expect(links.map((l) => [l.slug, l.method])).toEqual([['mek-camps', 'similarity']]);
    expect(links[0]!.signals[0]).toMatchObject({ key: 'examples', decisive: true });

    // And so does a later import of a third, similar report.
    await importFiles(db.prisma, [text('third.txt', SECOND.replace('Evening programme', 'Night programme').replace('reply with', 'end with'))], { source: 'test' });
    expect((await linksOf('Night programme of the exiles’ radio')).map((l) => l.slug)).toEqual(['mek-camps']);
  });

  it('stores the signals and the title source of automatic links', async () => {
    await importFiles(
      db.prisma,
      [text('camp.txt', 'Police search exiles’ camp in Albania\n\nAlbanian police searched the camp of the Mujahedin-e Khalq near Durrës on Tuesday and took away computers, officials said.\n\nResidents protested.')],
      { source: 'test' },
    );
    const [link] = await linksOf('Police search exiles’ camp in Albania');
    expect(link).toMatchObject({ slug: 'mek-camps', method: 'cue' });
    expect(link!.signals.length).toBeGreaterThan(0);
    const a = await db.prisma.article.findFirstOrThrow({ where: { title: 'Police search exiles’ camp in Albania' } });
    expect(a.titleSource).toBe('title-line');
  });
});
