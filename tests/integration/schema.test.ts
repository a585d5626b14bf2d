// The migrations are written by hand (docs/adr/0001-migrations.md), so this proves the migrated
// database is what the Prisma client expects: every model written and read back, every field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, listMigrations } from '@/lib/db/migrate';
import { freshDatabase, type TestDatabase } from '../helpers/db';

let db: TestDatabase;
beforeAll(async () => {
  db = await freshDatabase({ registry: false });
});
afterAll(async () => {
  await db?.drop();
});

describe('migrations', () => {
  it('are recorded in Prisma’s own table and re-running applies nothing', async () => {
    const rows = await db.prisma.$queryRaw<{ migration_name: string; applied_steps_count: number; checksum: string }[]>`
      SELECT migration_name, applied_steps_count, checksum FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(listMigrations().map((m) => m.name));
    expect(rows.every((r) => r.applied_steps_count === 1 && /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
    expect((await migrate(db.url)).applied).toEqual([]);
  });

  it('round-trips every model and field through the Prisma client', async () => {
    const pub = await db.prisma.publisher.create({
      data: {
        slug: 'roundtrip-outlet',
        name: 'Roundtrip Outlet',
        aliases: ['RO', 'Round Trip'],
        domains: ['roundtrip.example', 'roundtrip.example/fa'],
        kind: 'human_rights_ngo',
        stance: 'mainstream',
        stanceRationale: 'A general-news test outlet.',
        source: 'https://roundtrip.example/about',
        languages: ['sv', 'fa'],
        notes: 'A test note.',
        country: 'Sweden',
        inRegistry: true,
      },
    });
    const batch = await db.prisma.importBatch.create({
      data: { source: 'test', files: ['a.txt'], newCount: 1, duplicateCount: 2, failedCount: 3, errors: [{ file: 'b.txt', reason: 'x' }] },
    });
    const article = await db.prisma.article.create({
      data: {
        publisherId: pub.id,
        viaId: pub.id,
        title: 'Title',
        author: 'Author',
        publishedAt: new Date('2019-11-01T00:00:00Z'),
        datePrecision: 'month',
        url: 'https://roundtrip.example/2019/11/x',
        language: 'fa',
        languageSource: 'detected',
        body: 'متن فارسی and English',
        wordCount: 4,
        contentHash: 'a'.repeat(64),
        sourceFile: 'a.txt',
        sourceIndex: 0,
        importBatchId: batch.id,
      },
    });
    const back = await db.prisma.article.findUniqueOrThrow({ where: { id: article.id }, include: { publisher: true, via: true, importBatch: true } });
    expect(back).toMatchObject({
      title: 'Title',
      author: 'Author',
      datePrecision: 'month',
      language: 'fa',
      languageSource: 'detected',
      body: 'متن فارسی and English',
      wordCount: 4,
      contentHash: 'a'.repeat(64),
      sourceIndex: 0,
    });
    // The language's source is metadata or detected (or unknown, for articles imported before).
    await expect(db.prisma.$executeRaw`UPDATE articles SET language_source = 'guessed' WHERE id = ${article.id}`).rejects.toThrow(/articles_language_source_check/);
    // The search vector is built on the folded text: Arabic yeh and Persian digits find the Persian spelling.
    const [hit] = await db.prisma.$queryRaw<[{ n: bigint }]>`SELECT count(*) AS n FROM articles WHERE id = ${article.id} AND search @@ to_tsquery('simple', 'فارسی')`;
    expect(Number(hit.n)).toBe(1);
    expect(back.publishedAt?.toISOString().slice(0, 10)).toBe('2019-11-01');
    expect(back.publisher).toMatchObject({
      aliases: ['RO', 'Round Trip'],
      domains: ['roundtrip.example', 'roundtrip.example/fa'],
      kind: 'human_rights_ngo',
      stance: 'mainstream',
      source: 'https://roundtrip.example/about',
      languages: ['sv', 'fa'],
      notes: 'A test note.',
      country: 'Sweden',
      inRegistry: true,
    });
    expect(back.via?.id).toBe(pub.id);
    expect(back.importBatch).toMatchObject({ files: ['a.txt'], newCount: 1, duplicateCount: 2, failedCount: 3, errors: [{ file: 'b.txt', reason: 'x' }] });
  });

  it('round-trips the curation models and fields', async () => {
    const pub = await db.prisma.publisher.create({
      data: { slug: 'curated-outlet', name: 'Curated Outlet', curatedAt: new Date('2026-01-02T03:04:05.678Z'), stanceChangedAt: new Date('2026-01-02T00:00:00Z') },
    });
    const batch = await db.prisma.importBatch.create({ data: { source: 'browser' } });
    const base = { publisherId: pub.id, body: 'b', wordCount: 1, sourceFile: 'f', sourceIndex: 0, importBatchId: batch.id };
    const original = await db.prisma.article.create({ data: { ...base, title: 'Original', contentHash: 'c'.repeat(64) } });
    const reprint = await db.prisma.article.create({
      data: { ...base, title: 'Reprint', contentHash: 'd'.repeat(64), reprintOfId: original.id, stanceOverride: 'critical', stanceOverrideReason: 'Guest piece.' },
    });
    const event = await db.prisma.event.create({ data: { slug: 'user-event', name: 'User event', description: 'd', origin: 'user', curatedAt: new Date() } });
    await db.prisma.articleEventOverride.create({ data: { articleId: reprint.id, eventId: event.id, action: 'suppress' } });
    await db.prisma.publisherRedirect.create({ data: { slug: 'old-slug', publisherId: pub.id } });
    await db.prisma.auditLog.create({
      data: { actor: 'admin', entityType: 'article', entityId: reprint.id, entityLabel: 'Reprint', action: 'mark-reprint', before: { reprintOfId: null }, after: { reprintOfId: original.id }, reason: 'Same text.' },
    });
    await db.prisma.loginAttempt.create({ data: { ip: '127.0.0.1', username: 'admin', success: false } });
    const upload = await db.prisma.upload.create({
      data: {
        createdBy: 'admin',
        status: 'done',
        jobId: 'job-1',
        attempts: 2,
        importBatchId: batch.id,
        startedAt: new Date(),
        finishedAt: new Date(),
        error: 'x',
        files: { create: [{ position: 0, name: 'a.txt', size: 3, bytes: Buffer.from('abc'), status: 'imported', parsed: 1, newCount: 1, duplicateCount: 0, reason: null, warnings: ['item 2: URL "x" refused'], finishedAt: new Date() }] },
      },
    });

    const back = await db.prisma.article.findUniqueOrThrow({ where: { id: reprint.id }, include: { reprintOf: true, eventOverrides: true } });
    expect(back).toMatchObject({ stanceOverride: 'critical', stanceOverrideReason: 'Guest piece.', reprintOfId: original.id });
    expect(back.reprintOf?.title).toBe('Original');
    expect(back.eventOverrides).toMatchObject([{ eventId: event.id, action: 'suppress' }]);
    expect(await db.prisma.article.findUniqueOrThrow({ where: { id: original.id }, include: { reprints: true } })).toMatchObject({ reprints: [{ id: reprint.id }] });
    const p2 = await db.prisma.publisher.findUniqueOrThrow({ where: { id: pub.id }, include: { redirects: true } });
    expect(p2.curatedAt?.toISOString()).toBe('2026-01-02T03:04:05.678Z');
    expect(p2.stanceChangedAt.toISOString()).toBe('2026-01-02T00:00:00.000Z');
    expect(p2.redirects.map((r) => r.slug)).toEqual(['old-slug']);
    expect((await db.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).curatedAt).not.toBeNull();
    expect(await db.prisma.auditLog.findFirstOrThrow()).toMatchObject({ actor: 'admin', entityType: 'article', action: 'mark-reprint', after: { reprintOfId: original.id }, reason: 'Same text.' });
    expect(await db.prisma.loginAttempt.count()).toBe(1);
    const u = await db.prisma.upload.findUniqueOrThrow({ where: { id: upload.id }, include: { files: true, importBatch: true } });
    expect(u).toMatchObject({ status: 'done', jobId: 'job-1', attempts: 2, error: 'x', importBatch: { source: 'browser' } });
    expect(Buffer.from(u.files[0]!.bytes!).toString()).toBe('abc');
    expect(u.files[0]).toMatchObject({ name: 'a.txt', size: 3, status: 'imported', parsed: 1, newCount: 1, duplicateCount: 0, warnings: ['item 2: URL "x" refused'] });
  });

  it('refuses an override without a reason and a reprint of itself', async () => {
    const pub = await db.prisma.publisher.create({ data: { slug: 'checks', name: 'Checks' } });
    const batch = await db.prisma.importBatch.create({ data: { source: 'test' } });
    const a = await db.prisma.article.create({
      data: { publisherId: pub.id, title: 't', body: 'b', wordCount: 1, contentHash: 'e'.repeat(64), sourceFile: 'f', sourceIndex: 0, importBatchId: batch.id },
    });
    await expect(db.prisma.article.update({ where: { id: a.id }, data: { stanceOverride: 'advocacy' } })).rejects.toThrow();
    await expect(db.prisma.article.update({ where: { id: a.id }, data: { reprintOfId: a.id } })).rejects.toThrow();
  });

  it('refuses a rated publisher without a rationale', async () => {
    await expect(
      db.prisma.publisher.create({ data: { slug: 'no-reason', name: 'No Reason', stance: 'critical' } }),
    ).rejects.toThrow();
  });

  it('refuses a date precision without a date', async () => {
    const pub = await db.prisma.publisher.create({ data: { slug: 'dateless', name: 'Dateless' } });
    const batch = await db.prisma.importBatch.create({ data: { source: 'test' } });
    await expect(
      db.prisma.article.create({
        data: {
          publisherId: pub.id, title: 't', body: 'b', wordCount: 1, contentHash: 'b'.repeat(64), sourceFile: 'f',
          sourceIndex: 0, importBatchId: batch.id, datePrecision: 'day',
        },
      }),
    ).rejects.toThrow();
  });
});
