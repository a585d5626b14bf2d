// The migrations are written by hand (docs/adr/0001-migrations.md), so this proves the migrated
// database is what the Prisma client expects: every model written and read back, every field.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, listMigrations, MIGRATIONS_DIR } from '@/lib/db/migrate';
import { createDatabase, dropDatabase, freshDatabase, type TestDatabase } from '../helpers/db';

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

  it('applies the reprint migration after the summaries’ on a database that already has them', async () => {
    // A database migrated before the reprint branch was merged has the summaries (20261206…) but not
    // the reprint migration (20261204…), which sorts before them: it is applied after them, with the
    // summary triggers in place, and a reprint link a curator set before keeps counting once.
    const reprintMigration = '20261204090000_add_reprint_detection';
    const names = listMigrations().map((m) => m.name);
    expect(names.indexOf(reprintMigration)).toBeLessThan(names.indexOf('20261206090000_add_summaries'));
    const before = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    const laterOnes = names.filter((n) => n > '20261206120000_bump_on_every_change');
    for (const n of names.filter((n) => n !== reprintMigration && !laterOnes.includes(n))) fs.cpSync(path.join(MIGRATIONS_DIR, n), path.join(before, n), { recursive: true });
    const url = await createDatabase();
    const client = new pg.Client({ connectionString: url });
    try {
      await migrate(url, before);
      await client.connect();
      const pub = await client.query<{ id: number }>(
        `INSERT INTO publishers (slug, name, stance, stance_rationale, updated_at) VALUES ('old-outlet', 'Old Outlet', 'critical', 'Rated before the merge.', now()) RETURNING id`,
      );
      const batch = await client.query<{ id: number }>(`INSERT INTO import_batches (source) VALUES ('test') RETURNING id`);
      const insert = (title: string, hash: string, reprintOf: number | null) =>
        client.query<{ id: number }>(
          `INSERT INTO articles (publisher_id, title, body, word_count, content_hash, source_file, source_index, import_batch_id, published_at, date_precision, reprint_of_id)
           VALUES ($1, $2, 'text', 40, $3, 'f', 0, $4, '2020-05-01', 'day', $5) RETURNING id`,
          [pub.rows[0]!.id, title, hash.repeat(64), batch.rows[0]!.id, reprintOf],
        );
      const original = (await insert('Original', 'a', null)).rows[0]!.id;
      const copy = (await insert('Copy marked by hand', 'c', original)).rows[0]!.id;
      const version = async () => (await client.query<{ v: string }>(`SELECT version::text AS v FROM data_versions WHERE scope = 'corpus'`)).rows[0]!.v;
      const v0 = await version();

      expect((await migrate(url)).applied).toEqual([reprintMigration, ...laterOnes]);
      const rows = await client.query<{ id: number; reprint_of_id: number | null; reprint_decision: string | null }>(
        'SELECT id, reprint_of_id, reprint_decision FROM articles ORDER BY id',
      );
      expect(rows.rows).toEqual([
        { id: original, reprint_of_id: null, reprint_decision: null },
        { id: copy, reprint_of_id: original, reprint_decision: 'reprint' },
      ]);
      expect((await client.query('SELECT * FROM stance_lens_summary_check()')).rows).toEqual([]);
      const counted = await client.query<{ counted: boolean; articles: number }>('SELECT counted, articles FROM summary_articles ORDER BY counted');
      expect(counted.rows).toEqual([{ counted: false, articles: 1 }, { counted: true, articles: 1 }]);
      // The migration's update is a change pages show (who set the link): a new version.
      expect(BigInt(await version())).toBeGreaterThan(BigInt(v0));
      expect((await migrate(url)).applied).toEqual([]);
    } finally {
      await client.end().catch(() => {});
      await dropDatabase(url);
      fs.rmSync(before, { recursive: true, force: true });
    }
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

  it('round-trips the reprint detection models and fields', async () => {
    const pub = await db.prisma.publisher.create({ data: { slug: 'reprint-outlet', name: 'Reprint Outlet' } });
    const batch = await db.prisma.importBatch.create({ data: { source: 'test' } });
    const base = { publisherId: pub.id, body: 'b', wordCount: 1, sourceFile: 'f', sourceIndex: 0, importBatchId: batch.id };
    const original = await db.prisma.article.create({ data: { ...base, title: 'O', contentHash: 'f'.repeat(64), reprintDecision: 'own' } });
    const copy = await db.prisma.article.create({
      data: { ...base, title: 'C', contentHash: '1'.repeat(64), reprintOfId: original.id, reprintSimilarity: 0.875, reprintDecision: 'reprint' },
    });
    const quoting = await db.prisma.article.create({ data: { ...base, title: 'Q', contentHash: '2'.repeat(64) } });
    const signature = Buffer.from(Array.from({ length: 240 }, (_, i) => i % 256));
    await db.prisma.articleFingerprint.create({ data: { articleId: original.id, shingles: 321, signature, version: 'reprints-1' } });
    await db.prisma.reprintBand.createMany({ data: [{ bandKey: -2147483648, articleId: original.id }, { bandKey: 2147483647, articleId: original.id }] });
    await db.prisma.articleQuote.create({ data: { articleId: quoting.id, quotedId: original.id, containment: 0.95, spans: [10, 200, 250, 900], method: 'detected' } });
    await db.prisma.articleQuoteOverride.create({ data: { articleId: copy.id, quotedId: original.id } });

    expect(await db.prisma.article.findUniqueOrThrow({ where: { id: copy.id } })).toMatchObject({ reprintOfId: original.id, reprintSimilarity: 0.875, reprintDecision: 'reprint' });
    const o = await db.prisma.article.findUniqueOrThrow({ where: { id: original.id }, include: { fingerprint: true, quotedBy: true, quotedOverrides: true } });
    expect(o.reprintDecision).toBe('own');
    expect(o.fingerprint).toMatchObject({ shingles: 321, version: 'reprints-1' });
    expect(Buffer.from(o.fingerprint!.signature)).toEqual(signature);
    expect(o.quotedBy).toMatchObject([{ articleId: quoting.id, containment: 0.95, spans: [10, 200, 250, 900], method: 'detected' }]);
    expect(o.quotedOverrides).toMatchObject([{ articleId: copy.id }]);
    expect((await db.prisma.reprintBand.findMany({ where: { articleId: original.id }, orderBy: { bandKey: 'asc' } })).map((b) => b.bandKey)).toEqual([-2147483648, 2147483647]);
    expect(await db.prisma.article.findUniqueOrThrow({ where: { id: quoting.id }, include: { quotes: true } })).toMatchObject({ quotes: [{ quotedId: original.id }] });

    // The checks: a decision is one of two words, an "own" article is no reprint, a text does not quote itself.
    await expect(db.prisma.article.update({ where: { id: quoting.id }, data: { reprintDecision: 'maybe' } })).rejects.toThrow();
    await expect(db.prisma.article.update({ where: { id: original.id }, data: { reprintOfId: quoting.id } })).rejects.toThrow();
    await expect(db.prisma.articleQuote.create({ data: { articleId: quoting.id, quotedId: quoting.id, method: 'manual' } })).rejects.toThrow();
    await expect(db.prisma.articleQuote.create({ data: { articleId: copy.id, quotedId: quoting.id, method: 'guessed' } })).rejects.toThrow();
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
