// Removing an import (/import, lib/curation/imports.ts) on a throw-away Postgres: its articles
// and everything hanging off them go in one transaction with the audit row; clusters whose
// original goes are handed to the earliest surviving copy; articles elsewhere that quoted a
// removed text count their whole text again; the summaries stay exact; nothing is removed
// without a curator, a reason and the count the curator was shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { AuthError } from '@/lib/auth/actor';
import { SyntheticCorpus, allSyntheticPublishers } from '@/lib/bench/synthetic';
import { setStanceOverride } from '@/lib/curation/articles';
import { CurationError } from '@/lib/curation/errors';
import { removeImport } from '@/lib/curation/imports';
import { importFiles } from '@/lib/ingest/import-files';
import { stopProducerBoss } from '@/lib/jobs/boss';
import { importsInCorpus } from '@/lib/queries/imports';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { text, TEST_ADMIN, useCurationEnv } from '../helpers/curation';

const admin: Actor = { user: TEST_ADMIN.user };
let db: TestDatabase;
const corpus = new SyntheticCorpus(21);
// Ten dated texts of their own (none a copy or a quote of another), without URLs: the copies below are new pages.
const articles = Array.from({ length: 40 }, (_, i) => corpus.article(i))
  .filter((a) => a.reprintOf === null && a.quotes === null && a.date !== null)
  .slice(0, 10)
  .map((a) => ({ title: a.title, body: a.body, date: String(a.date), publisher: a.publisher, language: a.language }));
// The longest of the batch's texts 1–3 is the one the commentary quotes.
const quoted = [1, 2, 3].reduce((best, i) => (articles[i]!.body.length > articles[best]!.body.length ? i : best), 1);
const jsonl = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n');
const shift = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

let first: number; // the batch to remove: articles 0–3
let later: number; // copies and a commentary of batch `first`'s texts
const ids = async (batch: number) => (await db.prisma.article.findMany({ where: { importBatchId: batch }, select: { id: true }, orderBy: { id: 'asc' } })).map((a) => a.id);
const mismatches = () => db.prisma.$queryRaw<unknown[]>`SELECT * FROM stance_lens_summary_check()`;

beforeAll(async () => {
  db = await freshDatabase();
  useCurationEnv(db.url);
  for (const p of allSyntheticPublishers()) {
    const data = { name: p.name, kind: p.kind, stance: p.stance, stanceRationale: p.stanceRationale, inRegistry: false };
    await db.prisma.publisher.upsert({ where: { slug: p.slug }, create: { slug: p.slug, ...data }, update: {} });
  }
  const outlets = allSyntheticPublishers().map((p) => p.name);
  first = (await importFiles(db.prisma, [text('first.jsonl', jsonl(articles.slice(0, 4)))], { source: 'test' })).batchId;
  await importFiles(db.prisma, [text('other.jsonl', jsonl(articles.slice(4, 6)))], { source: 'test' });
  // Two copies of article 0 by other outlets (a cluster that loses its original), a commentary
  // that reproduces article 1 in full inside text of its own, and one that reproduces article 0.
  const a0 = articles[0]!;
  const a1 = articles[quoted]!;
  // A commentary's own words (half to four fifths of what it quotes, as a real one would), from texts never imported.
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
  const ownWords = (quotedBody: string, from: number[]) => {
    const own: string[] = [];
    for (const p of from.flatMap((i) => articles[i]!.body.split('\n\n'))) {
      if (own.reduce((n, q) => n + words(q), 0) + words(p) <= words(quotedBody) * 0.8) own.push(p);
    }
    return own;
  };
  const own = ownWords(a1.body, [6, 7]);
  const own0 = ownWords(a0.body, [8, 9]);
  later = (
    await importFiles(
      db.prisma,
      [
        text('copy-a.jsonl', jsonl([{ ...a0, publisher: outlets[7], date: shift(a0.date, 3), body: `${a0.body}\n\nFirst published by ${a0.publisher}.` }])),
        text('copy-b.jsonl', jsonl([{ ...a0, publisher: outlets[9], date: shift(a0.date, 1), body: `${a0.body}\n\nShare this article.` }])),
        text('quoting.jsonl', jsonl([{ title: `On ${a1.title}`, publisher: outlets[11], date: shift(a1.date, 2), body: [...own, `${a1.publisher} wrote, in full:`, a1.body].join('\n\n') }])),
        text('quoting-0.jsonl', jsonl([{ title: `On ${a0.title}`, publisher: outlets[13], date: shift(a0.date, 5), body: [...own0, `${a0.publisher} wrote, in full:`, a0.body].join('\n\n') }])),
      ],
      { source: 'test' },
    )
  ).batchId;
});
afterAll(async () => {
  await stopProducerBoss();
  await db?.drop();
});

describe('removing an import', () => {
  it('starts from copies linked to the batch’s texts and a commentary quoting one', async () => {
    const batch = await ids(first);
    const [orig0, orig1] = [batch[0], batch[quoted]];
    const copies = await db.prisma.article.findMany({ where: { importBatchId: later }, select: { id: true, reprintOfId: true, quotes: { select: { quotedId: true } } }, orderBy: { id: 'asc' } });
    expect(copies.filter((c) => c.reprintOfId === orig0)).toHaveLength(2);
    expect(copies.some((c) => c.quotes.some((q) => q.quotedId === orig1))).toBe(true);
    expect(copies.some((c) => c.quotes.some((q) => q.quotedId === orig0))).toBe(true);
    const listed = await importsInCorpus(50, db.prisma);
    expect(listed.map((b) => [b.id, b.articles])).toEqual(expect.arrayContaining([[first, 4], [later, 4]]));
  });

  it('is refused without a curator, without a reason, or when the batch changed since it was shown', async () => {
    await expect(removeImport(db.prisma, null, { id: first, expected: 4, reason: 'wrong folder' })).rejects.toBeInstanceOf(AuthError);
    await expect(removeImport(db.prisma, admin, { id: first, expected: 4, reason: '' })).rejects.toBeInstanceOf(CurationError);
    await expect(removeImport(db.prisma, admin, { id: first, expected: 3, reason: 'wrong folder' })).rejects.toThrow(/now holds 4 articles/);
    await expect(removeImport(db.prisma, admin, { id: 9999, expected: 1, reason: 'wrong folder' })).rejects.toThrow(/No such import/);
    expect(await ids(first)).toHaveLength(4);
  });

  it('deletes the batch’s articles and their rows, hands clusters over, re-analyses quoting articles, and keeps the summaries exact', async () => {
    const gone = await ids(first);
    await setStanceOverride(db.prisma, admin, { id: gone[2]!, stance: 'critical', reason: 'an edit that goes with its article' });
    const quoting = (await db.prisma.articleQuote.findFirstOrThrow({ where: { quotedId: gone[quoted]! } })).articleId;
    const wordsBefore = (await db.prisma.article.findUniqueOrThrow({ where: { id: quoting } })).wordCount;
    const total = await db.prisma.article.count();

    const res = await removeImport(db.prisma, admin, { id: first, expected: 4, reason: 'imported the wrong folder' });
    expect(res).toEqual({ batchId: first, removed: 4, clustersTakenOver: 1, reanalysed: 1 });

    expect(await db.prisma.article.count()).toBe(total - 4);
    for (const table of ['article_events', 'article_terms', 'claims', 'attributions', 'article_analysis', 'article_fingerprints', 'reprint_bands']) {
      const [{ n }] = await db.prisma.$queryRawUnsafe<[{ n: number }]>(`SELECT count(*)::int AS n FROM ${table} WHERE article_id = ANY($1::int4[])`, gone);
      expect(n, table).toBe(0);
    }
    // The earlier-dated copy (copy-b, one day after) now stands as the original; the other points at it.
    const copies = await db.prisma.article.findMany({ where: { importBatchId: later, sourceFile: { startsWith: 'copy-' } }, select: { id: true, sourceFile: true, reprintOfId: true, reprintSimilarity: true } });
    const b = copies.find((c) => c.sourceFile === 'copy-b.jsonl')!;
    const a = copies.find((c) => c.sourceFile === 'copy-a.jsonl')!;
    expect(b.reprintOfId).toBeNull();
    expect(a.reprintOfId).toBe(b.id);
    expect(a.reprintSimilarity).toBeGreaterThan(0.9);
    // The commentary on article 0 still quotes its text, now in the copy that took the cluster over.
    const quoting0 = (await db.prisma.article.findFirstOrThrow({ where: { sourceFile: 'quoting-0.jsonl' }, select: { quotes: { select: { quotedId: true } } } })).quotes;
    expect(quoting0.map((q) => q.quotedId)).toEqual([b.id]);
    // The commentary quotes nothing now: its whole text counts as its own.
    expect(await db.prisma.articleQuote.count({ where: { articleId: quoting } })).toBe(0);
    expect((await db.prisma.article.findUniqueOrThrow({ where: { id: quoting } })).wordCount).toBeGreaterThan(wordsBefore);
    expect(await mismatches()).toEqual([]);

    const log = await db.prisma.auditLog.findFirstOrThrow({ where: { entityType: 'import', entityId: first } });
    expect(log).toMatchObject({ action: 'remove-import', actor: admin.user, reason: 'imported the wrong folder' });
    expect(log.before).toMatchObject({ articles: 4, files: ['first.jsonl'] });
    expect((await importsInCorpus(50, db.prisma)).map((x) => x.id)).not.toContain(first);
  });

  it('says so when nothing of the batch is left, and a re-import brings the texts back as new', async () => {
    await expect(removeImport(db.prisma, admin, { id: first, expected: 0, reason: 'again' })).rejects.toThrow(/None of this import/);
    const again = await importFiles(db.prisma, [text('first.jsonl', jsonl(articles.slice(0, 4)))], { source: 'test' });
    expect(again.totals).toMatchObject({ new: 4, duplicate: 0, failed: 0 });
    expect(await mismatches()).toEqual([]);
  });
});
