// The web-import tables (migration 20261202120000_add_web_import, written by hand) are what the
// Prisma client expects: every model written and read back with every field, and the deletes
// cascade or keep as the schema says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../helpers/db';

let db: TestDatabase;
beforeAll(async () => {
  db = await freshDatabase({ registry: false });
});
afterAll(async () => {
  await db?.drop();
});

describe('web import tables', () => {
  it('round-trip every field', async () => {
    const pub = await db.prisma.publisher.create({ data: { slug: 'web-outlet', name: 'Web Outlet' } });
    const batch = await db.prisma.importBatch.create({ data: { source: 'test' } });
    const article = await db.prisma.article.create({
      data: { publisherId: pub.id, title: 'T', url: 'https://web.example/a', body: 'B', wordCount: 2, contentHash: 'c'.repeat(64), sourceFile: 'https://web.example/a', sourceIndex: 0, importBatchId: batch.id },
    });
    const fetchedAt = new Date('2026-12-01T10:00:00.123Z');
    const archivedAt = new Date('2019-03-04T12:34:56Z');
    const fields = { title: { value: 'T', from: 'json-ld', detail: 'NewsArticle.headline' } };
    const wf = await db.prisma.webFetch.create({
      data: {
        url: 'https://web.example/a?utm=1',
        finalUrl: 'https://web.example/a',
        canonicalUrl: 'https://web.example/a',
        status: 200,
        contentType: 'text/html',
        headers: { etag: '"x"' },
        body: Buffer.from('<html>ü</html>'),
        fetchedAt,
        attempts: 2,
        redirects: ['https://web.example/a'],
        archiveUrl: 'https://archive.example/web/20190304123456/https://web.example/a',
        archivedAt,
        error: 'HTTP 410 Gone',
        fields,
        articleId: article.id,
      },
    });
    const back = await db.prisma.webFetch.findUniqueOrThrow({ where: { id: wf.id }, include: { article: true } });
    expect(back).toMatchObject({ status: 200, headers: { etag: '"x"' }, attempts: 2, redirects: ['https://web.example/a'], error: 'HTTP 410 Gone', fields, fetchedAt, archivedAt });
    expect(Buffer.from(back.body!).toString('utf8')).toBe('<html>ü</html>');
    expect(back.article?.id).toBe(article.id);

    const feed = await db.prisma.feed.create({
      data: { url: 'https://web.example/feed.xml', title: 'Feed', publisherId: pub.id, createdBy: 'admin', active: false, etag: '"e"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT', lastPolledAt: fetchedAt, nextPollAt: archivedAt },
    });
    const imp = await db.prisma.urlImport.create({
      data: {
        createdBy: 'admin',
        source: 'feed',
        name: 'Feed',
        publisher: 'Web Outlet',
        via: 'Digest',
        feedId: feed.id,
        importBatchId: batch.id,
        items: { create: [{ position: 0, url: 'https://web.example/a', hints: { title: 'T' }, status: 'new', reason: null, attempts: 1, jobId: 'j', articleId: article.id, fetchId: wf.id, archivedAt, finishedAt: fetchedAt }] },
      },
      include: { items: true, feed: true, importBatch: true },
    });
    expect(imp).toMatchObject({ source: 'feed', publisher: 'Web Outlet', via: 'Digest', feed: { etag: '"e"', active: false, publisherId: pub.id }, importBatch: { id: batch.id } });
    expect(imp.items[0]).toMatchObject({ hints: { title: 'T' }, status: 'new', attempts: 1, jobId: 'j', articleId: article.id, fetchId: wf.id, archivedAt, finishedAt: fetchedAt });
    const poll = await db.prisma.feedPoll.create({ data: { feedId: feed.id, finishedAt: fetchedAt, status: 'ok', httpStatus: 200, itemCount: 3, newCount: 1, error: null, urlImportId: imp.id } });
    await db.prisma.feedItem.create({ data: { feedId: feed.id, url: 'https://web.example/a', title: 'T', urlImportItemId: imp.items[0]!.id } });
    const f = await db.prisma.feed.findUniqueOrThrow({ where: { id: feed.id }, include: { polls: { include: { urlImport: true } }, items: { include: { urlImportItem: true } }, imports: true, publisher: true } });
    expect(f.polls[0]).toMatchObject({ id: poll.id, status: 'ok', httpStatus: 200, itemCount: 3, newCount: 1, urlImport: { id: imp.id } });
    expect(f.items[0]).toMatchObject({ url: 'https://web.example/a', urlImportItem: { id: imp.items[0]!.id } });
    expect(f.imports.map((i) => i.id)).toEqual([imp.id]);
    await expect(db.prisma.feedItem.create({ data: { feedId: feed.id, url: 'https://web.example/a' } })).rejects.toThrow(/Unique constraint/);

    // An article deleted: its fetches stay (the response is kept), unlinked.
    await db.prisma.urlImportItem.updateMany({ data: { articleId: null } });
    await db.prisma.article.delete({ where: { id: article.id } });
    expect((await db.prisma.webFetch.findUniqueOrThrow({ where: { id: wf.id } })).articleId).toBeNull();
    // A feed deleted: its polls and items go, its imports stay.
    await db.prisma.feed.delete({ where: { id: feed.id } });
    expect(await db.prisma.feedPoll.count()).toBe(0);
    expect(await db.prisma.feedItem.count()).toBe(0);
    expect((await db.prisma.urlImport.findUniqueOrThrow({ where: { id: imp.id } })).feedId).toBeNull();
  });
});
