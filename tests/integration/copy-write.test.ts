// The importer's COPY path (lib/ingest/copy-write.ts) against its INSERT path: the same files into
// two fresh databases store the same rows in every table the import writes, summaries included;
// and an import that loses the race for a text to a concurrent import of it (a unique violation
// under COPY) runs again, counts the text as a duplicate and fails nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allSyntheticPublishers, SyntheticCorpus } from '@/lib/bench/synthetic';
import { txConnection } from '@/lib/db/tx-connection';
import { importFiles } from '@/lib/ingest/import-files';
import { sampleFiles } from '@/lib/server/sample-corpus';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { text } from '../helpers/curation';

const corpus = new SyntheticCorpus(21);

/** Texts with every character COPY's text format escapes, and the strings it could misread. */
function awkwardFile() {
  const lines = [
    { title: 'Tabs\tand\\backslashes \\N', body: 'A body with a tab\there, a backslash \\ and \\N alone.\r\nA CR-LF line, and a line\rwith a lone CR.\n\n\\.\nEnd.' },
    { title: 'تیتر فارسی با "نقل قول"', body: 'متنی فارسی با {آکولاد} و "نقل قول" و کاما, و \\ بک‌اسلش.\n\nبند دوم درباره تهران و ژنو.' },
  ].map((a, i) => JSON.stringify({ ...a, publisher: 'Awkward Outlet', date: '2024-03-0' + (i + 1), url: `https://awkward.invalid/${i}`, language: i ? 'fa' : 'en' }));
  return text('awkward.jsonl', lines.join('\n'));
}

const files = () => [...sampleFiles(), text('synthetic.jsonl', corpus.jsonLines(0, 120)), text('synthetic-2.jsonl', corpus.jsonLines(120, 200)), awkwardFile()];

/** Every table the import writes, each row as JSON without its timestamps. */
async function tables(db: TestDatabase): Promise<Record<string, unknown[]>> {
  const names = [
    'publishers', 'articles', 'article_events', 'article_terms', 'claims', 'attributions', 'article_analysis', 'article_fingerprints', 'reprint_bands',
    'article_quotes', 'summary_articles', 'summary_event_terms',
  ];
  const out: Record<string, unknown[]> = {};
  for (const t of names) {
    const when = await db.prisma.$queryRaw<{ c: string }[]>`
      SELECT column_name AS c FROM information_schema.columns WHERE table_name = ${t} AND data_type LIKE 'timestamp%'`;
    const rows = await db.prisma.$queryRawUnsafe<{ r: Record<string, unknown> }[]>(
      `SELECT to_jsonb(x) ${when.map((w) => `- '${w.c}'`).join(' ')} AS r FROM "${t}" x ORDER BY to_jsonb(x)::text`,
    );
    out[t] = rows.map((r) => r.r);
  }
  return out;
}

async function withSyntheticPublishers(db: TestDatabase) {
  for (const p of allSyntheticPublishers()) {
    const data = { name: p.name, kind: p.kind, stance: p.stance, stanceRationale: p.stanceRationale, inRegistry: false };
    await db.prisma.publisher.upsert({ where: { slug: p.slug }, create: { slug: p.slug, ...data }, update: {} });
  }
}

describe('the import by COPY', () => {
  let a: TestDatabase;
  let b: TestDatabase;
  beforeAll(async () => {
    [a, b] = await Promise.all([freshDatabase(), freshDatabase()]);
    await withSyntheticPublishers(a);
    await withSyntheticPublishers(b);
  });
  afterAll(async () => {
    await a?.drop();
    await b?.drop();
  });

  it('stores what the INSERT statements store, row for row', async () => {
    let found = 0;
    const byCopy = await importFiles(a.prisma, files(), {
      source: 'test',
      // The connection the COPY runs on is found inside every file's transaction.
      beforeCommit: async (tx) => void (found += (await txConnection(a.prisma, tx)) ? 1 : 0),
    });
    expect(found).toBe(byCopy.totals.files);
    const byInsert = await importFiles(b.prisma, files(), { source: 'test', copy: false });
    expect(byCopy.totals).toEqual(byInsert.totals);
    expect(byCopy.totals.failed).toBe(0);
    const [ta, tb] = [await tables(a), await tables(b)];
    expect(ta.articles!.length).toBe(byCopy.totals.new);
    expect((ta.articles as { reprint_of_id: number | null }[]).some((r) => r.reprint_of_id !== null)).toBe(true);
    // The parser folds tabs and CRs; backslashes reach the COPY text.
    expect((ta.articles as { title: string }[]).some((r) => r.title.includes('\\N'))).toBe(true);
    for (const t of Object.keys(ta)) expect(ta[t], t).toEqual(tb[t]);
    expect(await a.prisma.$queryRaw`SELECT * FROM stance_lens_summary_check()`).toEqual([]);
  });

  it('skips a text a concurrent import stored meanwhile, quietly', async () => {
    const file = text('race.jsonl', corpus.jsonLines(1000, 1040));
    // The second import's batch, made beforehand: a new batch's row would wait for the first
    // import's commit (the summaries' writer lock) before the second reads anything.
    const batch = await a.prisma.importBatch.create({ data: { source: 'test', files: [] } });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let reached!: () => void;
    const inside = new Promise<void>((r) => (reached = r));
    // The first import holds its transaction open, its rows written, until the second, past its
    // check for stored texts, waits for the summaries' writer lock (its outlets' insert takes it).
    // Once the first commits, the second's COPY meets its texts in the unique index.
    const first = importFiles(a.prisma, [file], {
      source: 'test',
      beforeCommit: async () => {
        reached();
        await held;
      },
    });
    await inside;
    const second = importFiles(a.prisma, [file], { source: 'test', batchId: batch.id });
    const deadline = Date.now() + 30_000;
    let waited = false;
    for (;;) {
      const [w] = await a.prisma.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
      waited = w!.n > 0;
      if (waited || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    release();
    expect(waited).toBe(true);
    const [r1, r2] = await Promise.all([first, second]);
    expect(r1.totals).toMatchObject({ new: 40, duplicate: 0, failed: 0 });
    expect(r2.totals).toMatchObject({ new: 0, duplicate: 40, failed: 0 });
    expect(await a.prisma.$queryRaw`SELECT * FROM stance_lens_summary_check()`).toEqual([]);
  });
});
