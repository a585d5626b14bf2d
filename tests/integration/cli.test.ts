// `npm run import` as users call it: a real process, exit codes, the summary line, the dry-run
// JSON contract, and the embedded default (started for the import, or reused when running).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runningServerPort, startEmbeddedPostgres } from '@/lib/db/embedded';
import { freshDatabase, type TestDatabase } from '../helpers/db';

const root = path.resolve(__dirname, '../..');
const samples = path.join(root, 'data/samples');

function runImport(args: string[], env: Record<string, string | undefined>) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let db: TestDatabase;
let tmp: string;
beforeAll(async () => {
  db = await freshDatabase();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-lens-cli-'));
});
afterAll(async () => {
  await db?.drop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('npm run import', () => {
  it('--dry-run --json prints the documented article objects and writes nothing', () => {
    const r = runImport([samples, '--dry-run', '--json'], { DATABASE_URL: db.url });
    expect(r.code).toBe(0);
    const articles = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(articles.length).toBeGreaterThanOrEqual(21);
    for (const a of articles) {
      for (const key of ['title', 'publisher', 'publisherSlug', 'stance', 'stanceRule', 'via', 'author', 'publishedAt', 'datePrecision', 'url', 'language', 'wordCount', 'sourceFile', 'sourceIndex', 'events', 'terms', 'claims', 'attributions', 'stanceCues']) {
        expect(a).toHaveProperty(key);
      }
      expect(a.publishedAt === null || /^\d{4}-\d{2}-\d{2}$/.test(String(a.publishedAt))).toBe(true);
    }
    const inu = articles.find((a) => a.publisherSlug === 'iran-news-update') as Record<string, any>;
    expect(inu.events).toEqual(expect.arrayContaining([expect.objectContaining({ slug: '1988-massacre', role: 'about' })]));
    expect(inu.terms.massacre).toBeGreaterThan(0);
    expect(inu.claims).toEqual(expect.arrayContaining([expect.objectContaining({ valueText: '30,000', kind: 'executed' })]));
    expect(inu.stanceCues).toHaveProperty('leaning');
    const wsj = articles.find((a) => a.publisherSlug === 'wsj');
    expect(wsj).toMatchObject({ publishedAt: '2021-02-04', datePrecision: 'day', stance: 'mainstream' });
    expect(r.stderr).toMatch(/dry run: 4 files/);
  });

  it('imports, then re-imports as duplicates, with a summary line and exit 0', async () => {
    const first = runImport([samples], { DATABASE_URL: db.url });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/import: 4 files, (21|22) new, 0 duplicate, 0 failed/);
    const second = runImport([samples], { DATABASE_URL: db.url });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/import: 4 files, 0 new, (21|22) duplicate, 0 failed/);
  });

  it('--dry-run --json links reprints to stored articles and to copies in the same run, and writes nothing', async () => {
    // After the import above: a stored article, copied by two sites, and a new text with its copy.
    const stored = await db.prisma.article.findFirstOrThrow({ where: { publisher: { slug: 'wsj' } }, select: { id: true, title: true, body: true } });
    const count = await db.prisma.article.count();
    const copyOfStored = `Home › World\n\n${stored.body.replace(/[“”]/g, '"')}\n\nSource: The Wall Street Journal\n\nShare this: Facebook Twitter`;
    const fresh = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1}: the committee in Tirana heard the residents' lawyers describe the camp's water supply, the court's delay and the visits refused in month ${i + 1}.`).join('\n\n');
    const dir = path.join(tmp, 'reprints');
    fs.mkdirSync(dir, { recursive: true });
    const line = (o: object) => JSON.stringify(o);
    fs.writeFileSync(
      path.join(dir, 'run.jsonl'),
      [
        line({ title: stored.title, publisher: 'Iran Focus', date: '2021-02-06', body: copyOfStored }),
        line({ title: 'Camp residents heard', publisher: 'BBC', date: '2022-06-01', body: fresh }),
        line({ title: 'Camp residents heard (republished)', publisher: 'Iran Focus', date: '2022-06-03', body: `Editor’s note: shared for our readers.\n\n${fresh}` }),
      ].join('\n'),
    );
    const r = runImport([dir, '--dry-run', '--json'], { DATABASE_URL: db.url });
    expect(r.code, r.stderr).toBe(0);
    const [copy, original, inRun] = JSON.parse(r.stdout) as Record<string, any>[];
    expect(copy!.reprintOf).toEqual({ articleId: stored.id });
    expect(copy!.reprintSimilarity).toBeGreaterThan(0.9);
    expect(original!.reprintOf).toBeNull();
    expect(original!.reprintSimilarity).toBeNull();
    expect(inRun!.reprintOf).toEqual({ sourceFile: original!.sourceFile, sourceIndex: 1 });
    expect(original!.sourceFile).toMatch(/run\.jsonl$/);
    expect(inRun!.reprintSimilarity).toBeGreaterThan(0.8);
    for (const a of [copy, original, inRun]) expect(a!.quotes).toEqual([]);
    expect(await db.prisma.article.count()).toBe(count);
  });

  it('exits non-zero and names the broken file while the good one goes in', () => {
    const broken = path.join(tmp, 'broken.json');
    fs.writeFileSync(broken, '{"title": "unterminated');
    const good = path.join(tmp, 'good.txt');
    fs.writeFileSync(good, 'BBC | By A Reporter | June 1, 2022\n\nThe MEK camp Ashraf 3 in Albania was searched by police, the BBC reported.\n');
    const r = runImport([broken, good, path.join(tmp, 'missing.txt')], { DATABASE_URL: db.url });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAILED broken\.json: /);
    expect(r.stdout).toMatch(/FAILED .*missing\.txt: no such file or folder/);
    expect(r.stdout).toMatch(/import: 3 files, 1 new, 0 duplicate, 2 failed/);
  });

  it('starts the embedded database for the import when none runs, and stops it afterwards', () => {
    const dataDir = path.join(tmp, 'pg-own');
    const r = runImport([path.join(samples, '000_70f0cd925d83c631.txt')], { DATABASE_URL: '', STANCE_LENS_DATA_DIR: dataDir });
    expect(r.stdout + r.stderr).toMatch(/embedded PostgreSQL .*\(started\)/);
    expect(r.stdout).toMatch(/1 new/);
    expect(r.code).toBe(0);
    expect(runningServerPort(dataDir)).toBeNull();
  });

  it('connects to the embedded database when it is already running, and leaves it running', async () => {
    const dataDir = path.join(tmp, 'pg-shared');
    const server = await startEmbeddedPostgres({ dataDir });
    try {
      const r = runImport([path.join(samples, '001_229c8878a0d77bf2.txt')], { DATABASE_URL: '', STANCE_LENS_DATA_DIR: dataDir });
      expect(r.stdout + r.stderr).toMatch(/already running/);
      expect(r.code).toBe(0);
      expect(runningServerPort(dataDir)).toBe(server.port);
    } finally {
      await server.stop();
    }
  });
});
