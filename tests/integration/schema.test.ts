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
        domains: ['roundtrip.example'],
        kind: 'human_rights_ngo',
        stance: 'mainstream',
        stanceRationale: 'A general-news test outlet.',
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
      body: 'متن فارسی and English',
      wordCount: 4,
      contentHash: 'a'.repeat(64),
      sourceIndex: 0,
    });
    expect(back.publishedAt?.toISOString().slice(0, 10)).toBe('2019-11-01');
    expect(back.publisher).toMatchObject({ aliases: ['RO', 'Round Trip'], domains: ['roundtrip.example'], kind: 'human_rights_ngo', stance: 'mainstream', country: 'Sweden', inRegistry: true });
    expect(back.via?.id).toBe(pub.id);
    expect(back.importBatch).toMatchObject({ files: ['a.txt'], newCount: 1, duplicateCount: 2, failedCount: 3, errors: [{ file: 'b.txt', reason: 'x' }] });
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
