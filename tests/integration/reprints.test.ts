// Reprint detection through the real importer and `npm run analyze`'s pass, on the labelled test
// corpus (lib/devset/reprint-corpus.ts): copies found and linked to the earliest copy across
// files and imports, no link between different articles on the same event, quoting articles
// counting their own text only, and curators' decisions surviving re-detection and re-imports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '@/lib/ingest/import-files';
import { reanalyzeAll, redetectAll } from '@/lib/ingest/reanalyze';
import { planReprints, readStored, staleFingerprints } from '@/lib/ingest/reprints';
import { addQuote, markReprint, removeQuote, resetReprintDecision } from '@/lib/curation/articles';
import { freshDatabase, type TestDatabase } from '../helpers/db';
import { createPrismaClient } from '@/lib/db/prisma';
import { reprintCorpus, type CorpusArticle } from '@/lib/devset/reprint-corpus';
import { TEST_ADMIN } from '../helpers/curation';
import { fingerprint, REPRINT_METHOD } from '@/lib/analysis/reprints';
import { decodeSignature, fmix32 } from '@/lib/analysis/reprints/fingerprint';

const ADMIN = { user: TEST_ADMIN.user };

const corpus = reprintCorpus({ seed: 5, originalsPerEvent: 6 });

function jsonl(name: string, articles: CorpusArticle[]) {
  const text = articles.map((a) => JSON.stringify({ title: a.title, publisher: a.publisher, via: a.via, date: a.publishedAt, body: a.body })).join('\n');
  return { name, bytes: Buffer.from(text, 'utf8') };
}

/** The corpus in files of 40, imported in two runs. */
function files(from: number, to: number) {
  const out = [];
  for (let i = from; i < to; i += 40) out.push(jsonl(`reprints-${String(i).padStart(4, '0')}.jsonl`, corpus.slice(i, Math.min(to, i + 40))));
  return out;
}

interface Row {
  id: number;
  idx: number;
  reprintOfId: number | null;
  similarity: number | null;
  decision: string | null;
  wordCount: number;
}

let db: TestDatabase;
async function rows(): Promise<Row[]> {
  // Articles come back in import order: id order is corpus order.
  return db.prisma.$queryRaw<Row[]>`
    SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS idx, reprint_of_id AS "reprintOfId", reprint_similarity AS similarity,
           reprint_decision AS decision, word_count AS "wordCount"
    FROM articles ORDER BY id`;
}

/** Every article's text: its original's corpus index when it is a reprint, its own otherwise. */
const textOf = (i: number) => corpus[i]!.reprintOf ?? i;

beforeAll(async () => {
  db = await freshDatabase();
  const half = Math.floor(corpus.length / 2);
  for (const part of [files(0, half), files(half, corpus.length)]) {
    const r = await importFiles(db.prisma, part, { source: 'test' });
    expect(r.totals.failed).toBe(0);
  }
}, 300_000);
afterAll(async () => {
  await db?.drop();
});

describe('reprint detection at import', () => {
  it('links every copy to its text’s earliest copy and never links different texts', async () => {
    const all = await rows();
    expect(all).toHaveLength(corpus.length);
    const byId = new Map(all.map((r) => [r.id, r]));
    const rootIdx = (r: Row) => (r.reprintOfId ? byId.get(r.reprintOfId)!.idx : r.idx);
    let found = 0;
    let copies = 0;
    for (const r of all) {
      const a = corpus[r.idx]!;
      if (r.reprintOfId !== null) {
        // A link only ever joins copies of one text, pointing at a copy that is itself an original.
        expect(textOf(rootIdx(r)), `article ${r.idx} linked to ${rootIdx(r)}`).toBe(textOf(r.idx));
        expect(byId.get(r.reprintOfId)!.reprintOfId).toBeNull();
        expect(r.similarity).toBeGreaterThan(0.6);
        expect(r.decision).toBeNull();
      }
      if (a.reprintOf !== null) {
        copies++;
        if (rootIdx(r) === rootIdx(all[a.reprintOf]!)) found++;
      }
    }
    expect(copies).toBeGreaterThan(40);
    expect(found / copies).toBeGreaterThanOrEqual(0.95);
  });

  it('re-points a cluster to an earlier copy imported after it', async () => {
    const all = await rows();
    // Copies imported before their original (the corpus puts them first) end up pointing at it.
    const early = corpus.filter((a) => a.reprintOf !== null && a.index < a.reprintOf);
    expect(early.length).toBeGreaterThan(0);
    for (const a of early) expect(all[a.index]!.reprintOfId).toBe(all[a.reprintOf!]!.id);
  });

  it('links quoting articles and counts their own words only', async () => {
    const all = await rows();
    const quotes = await db.prisma.$queryRaw<{ articleId: number; quotedId: number; spans: number[]; method: string }[]>`
      SELECT article_id AS "articleId", quoted_id AS "quotedId", spans, method FROM article_quotes`;
    const quoting = corpus.filter((a) => a.quotes !== null);
    expect(quoting.length).toBeGreaterThan(3);
    const byId = new Map(all.map((r) => [r.id, r]));
    for (const q of quotes) {
      const a = corpus[byId.get(q.articleId)!.idx]!;
      expect(a.quotes, `article ${a.index} should not quote`).not.toBeNull();
      expect(textOf(byId.get(q.quotedId)!.idx)).toBe(textOf(a.quotes!));
      expect(q.method).toBe('detected');
      // Own words: fewer than the whole text, and the shared passage is the quoted body.
      const r = byId.get(q.articleId)!;
      const whole = await db.prisma.$queryRaw<{ body: string; title: string }[]>`SELECT title, body FROM articles WHERE id = ${q.articleId}`;
      const shared = whole[0]!.body.slice(q.spans[0], q.spans[q.spans.length - 1]);
      expect(shared.length).toBeGreaterThan(corpus[a.quotes!]!.body.length * 0.8);
      expect(r.wordCount).toBeLessThan(whole[0]!.body.split(/\s+/).length * 0.75);
    }
    expect(quotes.length).toBeGreaterThanOrEqual(Math.floor(quoting.length * 0.8));
    // No term, figure or quote of the quoting article lies inside the shared passage.
    const inside = await db.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM article_quotes q JOIN articles a ON a.id = q.article_id
      JOIN article_terms t ON t.article_id = q.article_id,
      LATERAL unnest(t.offsets) WITH ORDINALITY AS o(off, k)
      WHERE k % 2 = 1 AND o.off - length(a.title) - 2 >= q.spans[1] AND o.off - length(a.title) - 2 < q.spans[array_length(q.spans, 1)]`;
    expect(inside[0]!.n).toBe(0);
  });

  it('re-importing adds nothing and changes no link', async () => {
    const before = await rows();
    const r = await importFiles(db.prisma, files(0, corpus.length), { source: 'test' });
    expect(r.totals.new).toBe(0);
    expect(await rows()).toEqual(before);
  });

  it('the whole-corpus pass of `npm run analyze` makes the same links as the imports', async () => {
    const before = await rows();
    const quotesBefore = await db.prisma.$queryRaw`SELECT article_id, quoted_id, spans FROM article_quotes ORDER BY 1, 2`;
    const r = await redetectAll(db.prisma, { batchSize: 37 });
    expect(r.articles).toBe(corpus.length);
    expect(await rows()).toEqual(before);
    expect(await db.prisma.$queryRaw`SELECT article_id, quoted_id, spans FROM article_quotes ORDER BY 1, 2`).toEqual(quotesBefore);
  });

  it('`npm run analyze` replaces the fingerprints and band keys of an earlier method, leaving none behind', async () => {
    const before = await rows();
    // What reprints-1 stored: its version, and 16 keys of 3 signature values per article.
    const sigs = await db.prisma.$queryRaw<{ id: number; s: Uint8Array }[]>`SELECT article_id AS id, signature AS s FROM article_fingerprints`;
    const oldKeys = sigs.flatMap(({ id, s }) => {
      const sig = decodeSignature(s);
      return Array.from({ length: 16 }, (_, b) => {
        let h = fmix32(0x2545f491 ^ b);
        for (let r = 0; r < 3; r++) h = fmix32((h ^ sig[b * 3 + r]!) >>> 0);
        return { key: h | 0, id };
      });
    });
    await db.prisma.$executeRaw`UPDATE article_fingerprints SET version = 'reprints-1'`;
    await db.prisma.$executeRaw`
      INSERT INTO reprint_bands (band_key, article_id) SELECT * FROM unnest(${oldKeys.map((k) => k.key)}::int4[], ${oldKeys.map((k) => k.id)}::int4[]) ON CONFLICT DO NOTHING`;

    expect(await staleFingerprints(db.prisma)).toBe(sigs.length);
    await redetectAll(db.prisma, { batchSize: 37 });
    expect(await staleFingerprints(db.prisma)).toBe(0);
    expect(await rows()).toEqual(before);
    expect(await db.prisma.$queryRaw`SELECT DISTINCT version FROM article_fingerprints`).toEqual([{ version: REPRINT_METHOD.version }]);
    // Every stored key is one of its article's keys under the current method.
    const texts = new Map((await db.prisma.$queryRaw<{ id: number; title: string; body: string }[]>`SELECT id, title, body FROM articles`).map((a) => [a.id, a]));
    const current = new Map([...texts].map(([id, a]) => [id, new Set(fingerprint(a.body, a.title)?.bands ?? [])]));
    const stored = await db.prisma.$queryRaw<{ key: number; id: number }[]>`SELECT band_key AS key, article_id AS id FROM reprint_bands`;
    expect(stored.length).toBeGreaterThan(texts.size);
    expect(stored.filter((b) => !current.get(b.id)?.has(b.key))).toEqual([]);
  });
});

describe('curators and detection', () => {
  it('a detection undone and a link set by hand survive `npm run analyze` and re-imports', async () => {
    const all = await rows();
    const detected = all.find((r) => r.reprintOfId !== null)!;
    const loose = all.filter((r) => r.reprintOfId === null && !all.some((x) => x.reprintOfId === r.id));
    const [a, b] = [loose[0]!, loose[1]!];
    await markReprint(db.prisma, ADMIN, { id: detected.id, originalId: '', reason: 'a different statement with the same opening' });
    await markReprint(db.prisma, ADMIN, { id: a.id, originalId: b.id, reason: 'the same press release, retyped' });

    await reanalyzeAll(db.prisma, { batchSize: 50 });
    const r = await importFiles(db.prisma, files(0, corpus.length), { source: 'test' });
    expect(r.totals.new).toBe(0);

    const after = new Map((await rows()).map((x) => [x.id, x]));
    expect(after.get(detected.id)).toMatchObject({ reprintOfId: null, decision: 'own' });
    // Left out of detection: nothing was linked to it either.
    expect([...after.values()].filter((x) => x.reprintOfId === detected.id)).toEqual([]);
    expect(after.get(a.id)).toMatchObject({ reprintOfId: b.id, decision: 'reprint' });
    const audit = await db.prisma.auditLog.findMany({ where: { entityType: 'article', entityId: { in: [detected.id, a.id] } }, orderBy: { id: 'asc' } });
    expect(audit.map((x) => x.action)).toEqual(['unmark-reprint', 'mark-reprint']);
  });

  it('hands a decision back to detection, which links the text again at once', async () => {
    const all = await rows();
    const own = all.find((r) => r.decision === 'own')!;
    const detectedBefore = corpus[own.idx]!.reprintOf;
    expect(detectedBefore).not.toBeNull();
    const r = await resetReprintDecision(db.prisma, ADMIN, { id: own.id, reason: 'it was a copy after all' });
    const after = (await rows()).find((x) => x.id === own.id)!;
    expect(after.decision).toBeNull();
    expect(after.reprintOfId).toBe(r.reprintOfId);
    expect(textOf((await rows()).find((x) => x.id === after.reprintOfId)!.idx)).toBe(textOf(own.idx));
    expect(after.similarity).toBeGreaterThan(0.6);
  });

  it('a removed "quotes" link stays removed, and the article counts all its words again', async () => {
    const q = (await db.prisma.articleQuote.findMany({ orderBy: { articleId: 'asc' }, take: 1 }))[0]!;
    const before = (await rows()).find((x) => x.id === q.articleId)!;
    await removeQuote(db.prisma, ADMIN, { id: q.articleId, quotedId: q.quotedId, reason: 'a commentary that only summarises' });
    const whole = (await rows()).find((x) => x.id === q.articleId)!;
    expect(whole.wordCount).toBeGreaterThan(before.wordCount);
    await reanalyzeAll(db.prisma, { batchSize: 100 });
    expect(await db.prisma.articleQuote.count({ where: { articleId: q.articleId } })).toBe(0);
    expect((await rows()).find((x) => x.id === q.articleId)!.wordCount).toBe(whole.wordCount);
    // Linked again by hand: the passage is found and the own words count again.
    await addQuote(db.prisma, ADMIN, { id: q.articleId, quotedId: q.quotedId, reason: 'it does reproduce the statement' });
    expect(await db.prisma.articleQuote.findFirst({ where: { articleId: q.articleId } })).toMatchObject({ quotedId: q.quotedId, method: 'manual' });
    expect((await rows()).find((x) => x.id === q.articleId)!.wordCount).toBe(before.wordCount);
    const actions = (await db.prisma.auditLog.findMany({ where: { entityId: q.articleId }, orderBy: { id: 'asc' } })).map((x) => x.action);
    expect(actions).toEqual(['remove-quote', 'add-quote']);
  });
});

describe('reprint detection on Persian text, through the importer', () => {
  const fa = reprintCorpus({ seed: 6, lang: 'fa', originalsPerEvent: 4, borrowRate: 0.3 });
  let fdb: TestDatabase;
  beforeAll(async () => {
    fdb = await freshDatabase();
    const parts = [];
    for (let i = 0; i < fa.length; i += 30) parts.push(jsonl(`persian-${String(i).padStart(4, '0')}.jsonl`, fa.slice(i, i + 30)));
    const r = await importFiles(fdb.prisma, parts, { source: 'test' });
    expect(r.totals.failed).toBe(0);
  }, 300_000);
  afterAll(async () => {
    await fdb?.drop();
  });

  it('links the copies Persian sites make (Arabic letters, lost ZWNJs, other digits, marks) and nothing else', async () => {
    const all = await fdb.prisma.$queryRaw<{ id: number; idx: number; reprintOfId: number | null; language: string }[]>`
      SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS idx, reprint_of_id AS "reprintOfId", language FROM articles ORDER BY id`;
    expect(all).toHaveLength(fa.length);
    const byId = new Map(all.map((r) => [r.id, r]));
    const rootIdx = (r: (typeof all)[number]) => (r.reprintOfId ? byId.get(r.reprintOfId)!.idx : r.idx);
    const textOfFa = (i: number) => fa[i]!.reprintOf ?? i;
    for (const r of all) if (r.reprintOfId !== null) expect(textOfFa(rootIdx(r)), `article ${r.idx}`).toBe(textOfFa(r.idx));
    const copies = fa.filter((a) => a.reprintOf !== null);
    const found = copies.filter((a) => rootIdx(all[a.index]!) === rootIdx(all[a.reprintOf!]!));
    expect(copies.length).toBeGreaterThan(10);
    expect(found.length / copies.length).toBeGreaterThanOrEqual(0.9);
    for (const edit of ['letters', 'zwnj', 'digits', 'marks']) expect(found.some((a) => a.edits.includes(edit)), edit).toBe(true);
    // Articles that take over part of another stay apart from it.
    for (const a of fa.filter((x) => x.borrows !== null)) expect(all[a.index]!.reprintOfId).toBeNull();
    expect(all.every((r) => r.language === 'fa')).toBe(true);
  });
});

describe('the stored reads before the transaction (readStored)', () => {
  it('take turns with the import on a pool of one connection, and see the previous file', async () => {
    const own = await freshDatabase();
    const one = createPrismaClient(own.url, 1);
    try {
      // The corpus's first 120 articles: the copies in a file after the originals' (a copy dated first takes its original's place).
      const copies = corpus.slice(0, 120).filter((a) => a.reprintOf !== null);
      const originals = corpus.slice(0, 120).filter((a) => a.reprintOf === null);
      expect(copies.length).toBeGreaterThan(0);
      const r = await importFiles(one, [jsonl('one-a.jsonl', originals), jsonl('one-b.jsonl', copies)], { source: 'test' });
      expect(r.totals.failed).toBe(0);
      const [row] = await one.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM articles WHERE reprint_of_id IS NOT NULL`;
      expect(row!.n).toBeGreaterThan(copies.length * 0.9);
    } finally {
      await one.$disconnect();
      await own.drop();
    }
  }, 120_000);

  it('are read again in the transaction when a text they found was deleted in between', async () => {
    const own = await freshDatabase();
    try {
      const originals = corpus.slice(0, 120).filter((a) => a.reprintOf === null);
      const copies = corpus.slice(0, 120).filter((a) => a.reprintOf !== null);
      expect((await importFiles(own.prisma, [jsonl('first.jsonl', originals)], { source: 'test' })).totals.failed).toBe(0);
      const [publisher] = await own.prisma.publisher.findMany({ take: 1, select: { id: true } });
      const batch = copies.map((c, k) => ({
        id: 1_000_000 + k,
        title: c.title,
        body: c.body,
        publishedAt: c.publishedAt,
        datePrecision: 'day' as const,
        publisherId: publisher!.id,
        via: false,
        fingerprint: fingerprint(c.body, c.title),
      }));
      const known = await readStored(own.prisma, batch.map((b) => b.fingerprint));
      const targets = async () => {
        const plan = await own.prisma.$transaction((tx) => planReprints(tx, batch, known));
        return new Set([...plan.result.links.values()].map((l) => l.reprintOfId).filter((id): id is number => id !== null));
      };
      const before = await targets();
      expect(before.size).toBeGreaterThan(0);
      // A curator deletes one of the originals the early reads found.
      const gone = [...before][0]!;
      await own.prisma.article.delete({ where: { id: gone } });
      const after = await targets();
      expect(after.has(gone)).toBe(false);
      expect(after.size).toBeGreaterThan(0);
    } finally {
      await own.drop();
    }
  }, 120_000);
});
