// Only web URLs are URLs, end to end: the importer stores no other and says which value it
// refused (the report, the CLI's output, the dry-run JSON, an upload's file result); curation
// refuses one with a form error; Postgres refuses one from any other writer; and the migration
// that brought the rule cleared old ones with an audit row each.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { editArticle } from '@/lib/curation/articles';
import { CurationError } from '@/lib/curation/errors';
import { importFiles } from '@/lib/ingest/import-files';
import { createUpload, processUpload } from '@/lib/jobs/uploads';
import { recentUploads } from '@/lib/queries/uploads';
import { createPrismaClient } from '@/lib/db/prisma';
import { listMigrations, migrate, MIGRATIONS_DIR } from '@/lib/db/migrate';
import { createDatabase, dropDatabase, freshDatabase, type TestDatabase } from '../helpers/db';
import { text } from '../helpers/curation';

const root = path.resolve(__dirname, '../..');
const admin: Actor = { user: 'admin' };
const EVIL = 'javascript:alert(document.cookie)';
const body = (n: number) => `Item ${n}: a court in Stockholm heard testimony about the 1988 executions of political prisoners in Iran.`;
const csv = (n: number) => `title,publisher,url,text\nWith a script URL ${n},Reuters,${EVIL},${body(n)}\nWith a web URL ${n},Reuters,https://example.org/${n},${body(n)} Again.\n`;

let db: TestDatabase;
let tmp: string;
beforeAll(async () => {
  db = await freshDatabase();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-lens-urls-'));
});
afterAll(async () => {
  await db?.drop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('at import', () => {
  it('stores the article without the URL and reports the refused value', async () => {
    const report = await importFiles(db.prisma, [text('urls-1.csv', csv(1))], { source: 'test' });
    expect(report.files[0]).toMatchObject({ status: 'imported', new: 2, warnings: [expect.stringMatching(/^item 1: URL "javascript:alert\(document\.cookie\)" refused/)] });
    const rows = await db.prisma.article.findMany({ where: { sourceFile: 'urls-1.csv' }, orderBy: { sourceIndex: 'asc' }, select: { url: true } });
    expect(rows).toEqual([{ url: null }, { url: 'https://example.org/1' }]);
  });

  it('the CLI prints the warning, in its JSON report and in the dry-run JSON', () => {
    const file = path.join(tmp, 'urls-2.csv');
    fs.writeFileSync(file, csv(2));
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', file, ...args], { cwd: root, env: { ...process.env, DATABASE_URL: db.url }, encoding: 'utf8', timeout: 120_000 });
    const dry = run(['--dry-run', '--json']);
    expect(dry.status).toBe(0);
    const articles = JSON.parse(dry.stdout) as { url: string | null; warnings: string[] }[];
    expect(articles.map((a) => [a.url, a.warnings.length])).toEqual([
      [null, 1],
      ['https://example.org/2', 0],
    ]);
    expect(articles[0]!.warnings[0]).toContain(`"${EVIL}" refused`);
    expect(dry.stderr).toContain(`WARNING urls-2.csv: item 1: URL "${EVIL}" refused`);

    const real = run([]);
    expect(real.status).toBe(0);
    expect(real.stdout).toContain(`WARNING urls-2.csv: item 1: URL "${EVIL}" refused`);
    const json = run(['--json']);
    expect(JSON.parse(json.stdout).files[0]).toMatchObject({ duplicate: 2, warnings: [expect.stringContaining(EVIL)] });
  });

  it('an upload keeps the warning with its file result', async () => {
    const { uploadId } = await createUpload(db.prisma, admin, [text('urls-3.csv', csv(3))], async () => null);
    await processUpload(db.prisma, uploadId);
    const [status] = await recentUploads(1, db.prisma);
    expect(status!.files[0]).toMatchObject({ status: 'imported', newCount: 2, warnings: [expect.stringContaining(`"${EVIL}" refused`)] });
  });
});

describe('in curation', () => {
  it('refuses a URL that is not a web address, with the reason, and keeps a web one', async () => {
    const a = await db.prisma.article.findFirstOrThrow({ where: { sourceFile: 'urls-1.csv', sourceIndex: 1 }, include: { publisher: true } });
    const edit = (url: string | undefined) =>
      editArticle(db.prisma, admin, { id: a.id, title: a.title, publishedAt: '', datePrecision: 'unknown', author: '', publisher: a.publisher.slug, via: '', url, reason: 'URL test' });
    for (const bad of [EVIL, ' data:text/html,<b>x</b>', '/relative/path', 'vbscript:x']) {
      const err = await edit(bad).catch((e) => e);
      expect(err).toBeInstanceOf(CurationError);
      expect((err as Error).message).toMatch(/^url: not a web address \(/);
    }
    expect((await db.prisma.article.findUniqueOrThrow({ where: { id: a.id } })).url).toBe('https://example.org/1');
    await edit('https://example.org/moved');
    expect((await db.prisma.article.findUniqueOrThrow({ where: { id: a.id } })).url).toBe('https://example.org/moved');
    // A form without the field leaves the URL alone; an empty one clears it.
    await editArticle(db.prisma, admin, { id: a.id, title: `${a.title}.`, publishedAt: '', datePrecision: 'unknown', publisher: a.publisher.slug, reason: 'x' });
    expect((await db.prisma.article.findUniqueOrThrow({ where: { id: a.id } })).url).toBe('https://example.org/moved');
    await edit('');
    expect((await db.prisma.article.findUniqueOrThrow({ where: { id: a.id } })).url).toBeNull();
  });
});

describe('in the database', () => {
  it('refuses a non-web URL from any writer', async () => {
    await expect(db.prisma.$executeRawUnsafe(`UPDATE articles SET url = 'javascript:alert(1)' WHERE id = (SELECT min(id) FROM articles)`)).rejects.toThrow(/articles_url_is_web/);
  });

  it('the migration cleared the URLs stored before the rule, keeping each in the trail', async () => {
    const url = await createDatabase();
    const before = fs.mkdtempSync(path.join(tmp, 'migrations-'));
    const all = listMigrations();
    const rule = all.findIndex((m) => m.name.endsWith('_web_urls_and_upload_warnings'));
    expect(rule).toBeGreaterThan(0);
    for (const m of all.slice(0, rule)) fs.cpSync(path.join(MIGRATIONS_DIR, m.name), path.join(before, m.name), { recursive: true });
    await migrate(url, before);
    const prisma = createPrismaClient(url, 2);
    try {
      await prisma.$executeRawUnsafe(`INSERT INTO publishers (slug, name, stance, kind, updated_at) VALUES ('p', 'P', 'unrated', 'other', now())`);
      await prisma.$executeRawUnsafe(`INSERT INTO import_batches (source, files) VALUES ('test', '{}')`);
      const insert = (n: number, u: string) =>
        prisma.$executeRawUnsafe(
          `INSERT INTO articles (publisher_id, title, url, body, word_count, content_hash, source_file, source_index, import_batch_id)
           SELECT p.id, $1, $2, 'body', 1, $3, 'old.csv', $4, b.id FROM publishers p, import_batches b`,
          `Old ${n}`,
          u,
          String(n).repeat(64).slice(0, 64),
          n,
        );
      await insert(1, 'javascript:alert(1)');
      await insert(2, 'https://example.org/kept');
      await insert(3, '/relative');
      await migrate(url);
      const rows = await prisma.$queryRawUnsafe<{ title: string; url: string | null }[]>(`SELECT title, url FROM articles ORDER BY title`);
      expect(rows).toEqual([
        { title: 'Old 1', url: null },
        { title: 'Old 2', url: 'https://example.org/kept' },
        { title: 'Old 3', url: null },
      ]);
      const trail = await prisma.$queryRawUnsafe<{ entity_label: string; action: string; before: { url: string } }[]>(`SELECT entity_label, action, before FROM audit_log ORDER BY entity_label`);
      expect(trail).toEqual([
        { entity_label: 'Old 1', action: 'clear-url', before: { url: 'javascript:alert(1)' } },
        { entity_label: 'Old 3', action: 'clear-url', before: { url: '/relative' } },
      ]);
    } finally {
      await prisma.$disconnect();
      await dropDatabase(url);
    }
  });
});
