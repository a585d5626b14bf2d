// The importer against a real Postgres: the sample corpus goes in, a re-import adds nothing, a
// broken file is reported by name and reason while the others go in, and a file whose write
// fails half-way leaves nothing behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '@/lib/ingest/import-files';
import { sampleFiles } from '@/lib/server/sample-corpus';
import { freshDatabase, type TestDatabase } from '../helpers/db';

let db: TestDatabase;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => {
  await db?.drop();
});

const text = (name: string, body: string) => ({ name, bytes: new TextEncoder().encode(body) });

describe('importing the sample corpus', () => {
  it('stores every seed article with its outlet, group, via and date', async () => {
    const report = await importFiles(db.prisma, sampleFiles(), { source: 'test' });
    expect(report.totals.failed).toBe(0);
    const perFile = Object.fromEntries(report.files.map((f) => [f.file, f.new]));
    expect(perFile['000_70f0cd925d83c631.txt']).toBe(1);
    expect(perFile['001_229c8878a0d77bf2.txt']).toBe(1);
    expect([9, 10]).toContain(perFile['002_74173d21cf827cb5.txt']);
    expect(perFile['003_8214347e08f4bec9.txt']).toBe(10);

    const articles = await db.prisma.article.findMany({ include: { publisher: true, via: true }, orderBy: { id: 'asc' } });
    expect(articles.length).toBe(report.totals.new);

    const inu = articles.find((a) => a.sourceFile.startsWith('000_'))!;
    expect(inu.publisher.slug).toBe('iran-news-update');
    expect(inu.publisher.stance).toBe('advocacy');
    expect(inu.publishedAt?.toISOString().slice(0, 10)).toBe('2013-08-15');
    expect(inu.datePrecision).toBe('day');

    const oped = articles.find((a) => a.sourceFile.startsWith('001_'))!;
    expect(oped.publisher.stance).toBe('unrated');
    expect(oped.publishedAt).toBeNull();
    expect(oped.datePrecision).toBe('unknown');

    const interlink = articles.filter((a) => a.sourceFile.startsWith('003_'));
    const hosted = interlink.filter((a) => a.via?.slug === 'iran-interlink');
    const own = interlink.filter((a) => a.publisher.slug === 'iran-interlink');
    // Iran Interlink's own digests are its articles; everything else on its page came via it.
    expect(hosted.length + own.length).toBe(10);
    expect(hosted.map((a) => a.publisher.name)).toEqual(
      expect.arrayContaining(['PipeLineNews', 'CGTN', 'Inside Arabia', 'Citizen Truth', 'Iran Press']),
    );

    const amnesty = articles.filter((a) => a.publisher.slug === 'amnesty-international');
    expect(amnesty.map((a) => a.publishedAt?.toISOString().slice(0, 10)).sort()).toEqual(['2020-09-02', '2020-11-16']);
    expect(amnesty.every((a) => a.publisher.stance === 'mainstream')).toBe(true);

    const batch = await db.prisma.importBatch.findUniqueOrThrow({ where: { id: report.batchId } });
    expect(batch.newCount).toBe(report.totals.new);
    expect(batch.finishedAt).not.toBeNull();
  });

  it('adds nothing when the same files are imported again', async () => {
    const before = await db.prisma.article.count();
    const report = await importFiles(db.prisma, sampleFiles(), { source: 'test' });
    expect(report.totals.new).toBe(0);
    expect(report.totals.duplicate).toBe(before);
    expect(await db.prisma.article.count()).toBe(before);
  });

  it('full-text search finds articles through the generated tsvector column', async () => {
    const rows = await db.prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM articles WHERE search @@ websearch_to_tsquery('english', '"death commissions"')`;
    expect(Number(rows[0]!.n)).toBeGreaterThanOrEqual(2);
  });
});

describe('bad input', () => {
  it('reports broken files by name and reason and still imports the good one', async () => {
    const before = await db.prisma.article.count();
    const report = await importFiles(
      db.prisma,
      [
        text('empty.txt', ''),
        { name: 'image.txt', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]) },
        text(
          'good.txt',
          'Reuters | By Test Reporter | March 3, 2022\n\nA court in Stockholm heard testimony about the 1988 executions of political prisoners in Iran. Witnesses described the death commissions.\n',
        ),
      ],
      { source: 'test' },
    );
    expect(report.totals).toMatchObject({ files: 3, new: 1, failed: 2 });
    const byName = Object.fromEntries(report.files.map((f) => [f.file, f]));
    expect(byName['empty.txt']!.status).toBe('failed');
    expect(byName['empty.txt']!.reason).toMatch(/empty/i);
    expect(byName['image.txt']!.reason).toMatch(/binary/i);
    expect(byName['good.txt']!.status).toBe('imported');
    expect(await db.prisma.article.count()).toBe(before + 1);
    const batch = await db.prisma.importBatch.findUniqueOrThrow({ where: { id: report.batchId } });
    expect(batch.failedCount).toBe(2);
    expect(batch.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ file: 'empty.txt' }), expect.objectContaining({ file: 'image.txt' })]),
    );
  });

  it('keeps a file all-or-nothing when its write fails half-way', async () => {
    // A trigger that rejects one row stands in for any failure during the file's transaction.
    await db.prisma.$executeRawUnsafe(`
      CREATE FUNCTION reject_poison() RETURNS trigger AS $$
      BEGIN IF NEW.title LIKE 'POISON%' THEN RAISE EXCEPTION 'poisoned row'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER reject_poison BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION reject_poison()`,
    );
    try {
      const before = await db.prisma.article.count();
      const csv = [
        'title,publisher,date,url,body',
        '"A first good row",BBC,2022-07-01,https://www.bbc.com/news/a,"The trial of Hamid Nouri continued in Stockholm with testimony from survivors."',
        '"POISON row",BBC,2022-07-02,https://www.bbc.com/news/b,"Another paragraph about the trial in Sweden and the 1988 prison massacre."',
      ].join('\n');
      const report = await importFiles(db.prisma, [text('half.csv', csv)], { source: 'test' });
      expect(report.files[0]!.status).toBe('failed');
      expect(report.files[0]!.reason).toMatch(/poisoned row/);
      expect(await db.prisma.article.count()).toBe(before);
    } finally {
      await db.prisma.$executeRawUnsafe('DROP TRIGGER reject_poison ON articles');
      await db.prisma.$executeRawUnsafe('DROP FUNCTION reject_poison()');
    }
  });
});
