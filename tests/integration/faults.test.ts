// Faults under real processes: `kill -9` of the import CLI (while it is writing a file) and of the
// upload worker half-way through a batch. Afterwards no article is without its analysis, no file is in by halves, no
// text is in twice; the CLI's rerun and pg-boss's retry of the killed worker's job (a second
// worker picks it up once the first one's heartbeat is missing) finish the batch.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueImport, startBoss } from '@/lib/jobs/boss';
import { createUpload } from '@/lib/jobs/uploads';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { text } from '../helpers/curation';
import { until } from '../helpers/wait';

const root = path.resolve(__dirname, '../..');
// Files of a real digest's size, so that writing one takes a while and a kill can land in it.
const PER_FILE = 25;
let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-lens-faults-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A digest of PER_FILE articles, its own text. */
function digest(n: number): string {
  return Array.from(
    { length: PER_FILE },
    (_, k) =>
      `Reuters | By Fault Tester | March ${(k % 27) + 1}, 2022\n\nFault batch item ${n}.${k}: a court in Stockholm heard testimony about the 1988 executions of political prisoners in Iran, and lawyers for the families described the MEK's account of the period.\n`,
  ).join('\n');
}

async function consistency(db: TestDatabase) {
  const [row] = await db.prisma.$queryRaw<{ unanalysed: number; duplicates: number; partial: number; total: number }[]>`
    SELECT
      (SELECT count(*)::int FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_analysis x WHERE x.article_id = a.id)) AS unanalysed,
      (SELECT count(*)::int FROM (SELECT source_file, source_index FROM articles GROUP BY 1, 2 HAVING count(*) > 1) d) AS duplicates,
      (SELECT count(*)::int FROM (SELECT source_file FROM articles GROUP BY 1 HAVING count(*) <> ${PER_FILE}) p) AS partial,
      (SELECT count(*)::int FROM articles) AS total`;
  return row!;
}

const exited = (child: ChildProcess) => new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.once('exit', (code, signal) => r({ code, signal })));

/**
 * kill -9 of `child` half-way: once `minArticles` are in, at a moment its session holds written,
 * uncommitted rows (a transaction id: it is writing a file) — or, were a file's rows not one
 * transaction, as soon as an article shows without its analysis. pg-boss's own sessions (named
 * stance-lens-…) are not the importer. Says whether the kill landed mid-write.
 */
async function killWhileWriting(db: TestDatabase, child: ChildProcess, minArticles: number): Promise<boolean> {
  const watcher = new pg.Client({ connectionString: db.url });
  await watcher.connect();
  try {
    return await until(
      'the importer writing a file, a few files in',
      async () => {
        const { rows } = await watcher.query(`
          SELECT (SELECT count(*)::int FROM articles) AS total,
                 (SELECT count(*)::int FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_analysis x WHERE x.article_id = a.id)) AS unanalysed,
                 (SELECT count(*)::int FROM pg_stat_activity
                  WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL
                    AND application_name NOT LIKE 'stance-lens-%') AS writing`);
        const r = rows[0] as { total: number; unanalysed: number; writing: number };
        if (r.unanalysed > 0 || (r.total >= minArticles && r.writing > 0)) {
          child.kill('SIGKILL');
          return { midWrite: r.writing > 0 };
        }
        return null;
      },
      120_000,
    ).then((r) => r.midWrite);
  } finally {
    await watcher.end();
  }
}

describe('kill -9 of the import CLI mid-batch', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('leaves whole files with their analysis, and the rerun completes without duplicates', async () => {
    const dir = path.join(tmp, 'cli');
    fs.mkdirSync(dir);
    const FILES = 40;
        for (let n = 0; n < FILES; n++) fs.writeFileSync(path.join(dir, `fault-${String(n).padStart(3, '0')}.txt`), digest(n));
    const env = { ...process.env, DATABASE_URL: db.url };
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', dir], { cwd: root, env, stdio: 'ignore' });
    const done = exited(child);

    const killedMidWrite = await killWhileWriting(db, child, 4 * PER_FILE);
    expect((await done).signal).toBe('SIGKILL');

    const after = await consistency(db);
    expect(after).toMatchObject({ unanalysed: 0, duplicates: 0, partial: 0 });
    expect(killedMidWrite, 'the kill landed while a file was being written').toBe(true);
    expect(after.total).toBeGreaterThanOrEqual(4 * PER_FILE);
    expect(after.total).toBeLessThan(FILES * PER_FILE);
    // The killed run's batch never finished.
    expect(await db.prisma.importBatch.count({ where: { finishedAt: null } })).toBe(1);

    const rerun = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', dir], { cwd: root, env, encoding: 'utf8', timeout: 240_000 });
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toContain(`import: ${FILES} files, ${FILES * PER_FILE - after.total} new, ${after.total} duplicate, 0 failed`);
    expect(await consistency(db)).toEqual({ unanalysed: 0, duplicates: 0, partial: 0, total: FILES * PER_FILE });
  }, 400_000);
});

describe('kill -9 of the upload worker mid-batch', () => {
  let db: TestDatabase;
  let boss: PgBoss;
  const workers: ChildProcess[] = [];
  beforeAll(async () => {
    db = await freshDatabase();
    // The queue as the app makes it, with the shortest heartbeat pg-boss allows and no retry delay.
    boss = await startBoss(db.url, 'producer', { queue: { heartbeatSeconds: 10, retryDelay: 0, retryBackoff: false } });
  });
  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await boss?.stop({ graceful: false });
    await db?.drop();
  });

  const worker = () => {
    const w = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], { cwd: root, env: { ...process.env, DATABASE_URL: db.url }, stdio: 'ignore' });
    workers.push(w);
    return w;
  };

  it('leaves whole files with their analysis, and the retried job completes the upload', async () => {
    const FILES = 16;
    const files = Array.from({ length: FILES }, (_, n) => text(`upload-${String(n).padStart(2, '0')}.txt`, digest(1000 + n)));
    const { uploadId } = await createUpload(db.prisma, { user: 'admin' }, files, (id) => enqueueImport(boss, id));
    const first = worker();
    const firstExit = exited(first);
    const killedMidWrite = await killWhileWriting(db, first, 3 * PER_FILE);
    expect((await firstExit).signal).toBe('SIGKILL');

    const cut = await consistency(db);
    expect(cut).toMatchObject({ unanalysed: 0, duplicates: 0, partial: 0 });
    expect(killedMidWrite, 'the kill landed while a file was being written').toBe(true);
    const marked = await db.prisma.uploadFile.findMany({ where: { uploadId }, select: { name: true, status: true } });
    const imported = marked.filter((f) => f.status === 'imported').map((f) => f.name);
    expect(imported.length).toBeLessThan(FILES);
    // A file is marked imported exactly when its articles are in.
    expect(cut.total).toBe(imported.length * PER_FILE);

    // Another worker finds the job without a heartbeat and retries it; the files already in are skipped.
    const second = worker();
    const u = await until(
      'the retried upload to finish',
      async () => {
        const row = await db.prisma.upload.findUniqueOrThrow({ where: { id: uploadId } });
        return row.status === 'done' || row.status === 'failed' ? row : null;
      },
      150_000,
    );
    expect(u.status).toBe('done');
    expect(u.attempts).toBeGreaterThanOrEqual(2);
    expect(await db.prisma.uploadFile.count({ where: { uploadId, status: 'imported' } })).toBe(FILES);
    expect(await consistency(db)).toEqual({ unanalysed: 0, duplicates: 0, partial: 0, total: FILES * PER_FILE });
    second.kill('SIGTERM');
    await exited(second);
  }, 400_000);
});
