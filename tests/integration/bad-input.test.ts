// The bad-input suite: a seeded batch of malformed files (tests/helpers/malformed-files.ts:
// empty, whitespace, random bytes, truncated UTF-8, UTF-16 with a byte-order mark, mixed line
// endings, 25 MB on one line, a million lines, deep HTML, CSV quoting errors, JSON of every wrong
// shape, impossible dates, header-only digests) with good files mixed in, through the real
// importer into a real Postgres, in one batch: no crash, no partial file, every failure named
// with its own reason, every good file in with its analysis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles, type ImportReport } from '@/lib/ingest/import-files';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { malformedFiles, type MalformedCase } from '../helpers/malformed-files';

let db: TestDatabase;
let cases: MalformedCase[];
let report: ImportReport;

beforeAll(async () => {
  db = await freshDatabase();
  cases = malformedFiles(14);
  // Bounded time: the whole batch within this hook's limit (a wall-clock figure would be the
  // benchmark's business; the bounds in lib/parse keep each file to seconds).
  report = await importFiles(db.prisma, cases, { source: 'test' });
}, 300_000);
afterAll(async () => {
  await db?.drop();
});

describe('a batch of malformed files through the real importer', () => {
  it('has at least 200 malformed files of every kind the suite names, and good ones beside them', () => {
    const malformed = cases.filter((c) => c.kind !== 'good');
    expect(malformed.length).toBeGreaterThanOrEqual(200);
    const kinds = new Set(cases.map((c) => c.kind));
    for (const k of ['empty', 'whitespace', 'random bytes', 'truncated UTF-8', 'utf-16 with BOM', 'mixed line endings', '25 MB single line', '1M lines', 'deep HTML', 'CSV quoting error', 'JSON of a wrong shape', 'impossible date', 'header-only digest', 'good']) {
      expect(kinds, k).toContain(k);
    }
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    // The same seed, the same files.
    expect(malformedFiles(14).map((c) => c.name)).toEqual(cases.map((c) => c.name));
  });

  it('finishes without a crash, in bounded time, with one result per file', () => {
    expect(report.files.map((f) => f.file)).toEqual(cases.map((c) => c.name));
  });

  it('names every failure with its own reason (never a crash message)', () => {
    const wrong: string[] = [];
    for (const [i, c] of cases.entries()) {
      const r = report.files[i]!;
      if (c.expect.ok) {
        if (r.status !== 'imported') wrong.push(`${c.name} (${c.kind}): expected imported, got ${r.reason}`);
      } else if (r.status !== 'failed' || !c.expect.reason.test(r.reason ?? '')) {
        wrong.push(`${c.name} (${c.kind}): expected failure ${c.expect.reason}, got ${r.status} ${r.reason ?? ''}`);
      }
      if (r.status === 'failed') expect(r.reason, c.name).not.toMatch(/^could not be (stored|read)|undefined|\[object/);
    }
    expect(wrong).toEqual([]);
  });

  it('leaves nothing of a failed file and all of every good file, each article with its analysis', async () => {
    const rows = await db.prisma.$queryRaw<{ source_file: string; n: number; analysed: number; dated: number }[]>`
      SELECT a.source_file, count(*)::int AS n, count(x.article_id)::int AS analysed, count(a.published_at)::int AS dated
      FROM articles a LEFT JOIN article_analysis x ON x.article_id = a.id GROUP BY 1`;
    const byFile = new Map(rows.map((r) => [r.source_file, r]));
    for (const c of cases) {
      const got = byFile.get(c.name);
      if (!c.expect.ok) {
        expect(got, `${c.name}: rows of a failed file`).toBeUndefined();
        continue;
      }
      expect(got?.n, `${c.name}: articles`).toBe(c.expect.articles);
      expect(got?.analysed, `${c.name}: analysed`).toBe(c.expect.articles);
      if (c.expect.undated) expect(got?.dated, `${c.name}: an impossible date is not stored`).toBe(0);
    }
    const batch = await db.prisma.importBatch.findUniqueOrThrow({ where: { id: report.batchId } });
    const failedNames = cases.filter((c) => !c.expect.ok).map((c) => c.name);
    expect(batch.failedCount).toBe(failedNames.length);
    expect((batch.errors as { file: string }[]).map((e) => e.file)).toEqual(failedNames);
  });

  it('re-importing the good files adds nothing', async () => {
    const again = await importFiles(db.prisma, cases.filter((c) => c.expect.ok), { source: 'test' });
    expect(again.totals).toMatchObject({ new: 0, failed: 0 });
  });
});
