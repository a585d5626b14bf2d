// The benchmark's fast generator stores what the real importer stores: the same synthetic
// articles loaded both ways give identical rows in every table, reprint links, fingerprints and
// band keys included. And it refuses a database that holds real articles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { chunkFileName } from '@/lib/bench/analyse-chunk';
import { NotSyntheticError, prepareSyntheticDatabase, syntheticProgress } from '@/lib/bench/bench-db';
import { generateSynthetic } from '@/lib/bench/generate';
import { SyntheticCorpus } from '@/lib/bench/synthetic';
import { importFiles } from '@/lib/ingest/import-files';
import { sampleFiles } from '@/lib/server/sample-corpus';
import { freshDatabase, type TestDatabase } from '../helpers/db';

const SEED = 11;
const N = 40;
const CHUNK = 20;

let viaImporter: TestDatabase;
let viaGenerator: TestDatabase;
beforeAll(async () => {
  [viaImporter, viaGenerator] = await Promise.all([freshDatabase(), freshDatabase()]);
});
afterAll(async () => {
  await Promise.all([viaImporter?.drop(), viaGenerator?.drop()]);
});

// Every stored value, keyed by content rather than by generated ids.
const SNAPSHOT = {
  articles: `SELECT p.slug, v.slug AS via, a.title, a.author, a.published_at::text, a.date_precision, a.url, a.language, a.body,
                    a.word_count, a.content_hash, a.source_file, a.source_index, a.search::text,
                    o.content_hash AS reprint_of, a.reprint_similarity, a.reprint_decision
             FROM articles a JOIN publishers p ON p.id = a.publisher_id LEFT JOIN publishers v ON v.id = a.via_id
             LEFT JOIN articles o ON o.id = a.reprint_of_id ORDER BY a.content_hash`,
  article_fingerprints: `SELECT a.content_hash, x.shingles, x.signature, x.version FROM article_fingerprints x JOIN articles a ON a.id = x.article_id ORDER BY 1`,
  reprint_bands: `SELECT x.band_key, a.content_hash FROM reprint_bands x JOIN articles a ON a.id = x.article_id ORDER BY 1, 2`,
  article_quotes: `SELECT a.content_hash, q.content_hash AS quoted, x.containment, x.spans, x.method
                   FROM article_quotes x JOIN articles a ON a.id = x.article_id JOIN articles q ON q.id = x.quoted_id ORDER BY 1, 2`,
  article_events: `SELECT a.content_hash, e.slug, x.score, x.method, x.role, x.evidence
                   FROM article_events x JOIN articles a ON a.id = x.article_id JOIN events e ON e.id = x.event_id ORDER BY 1, 2`,
  article_terms: `SELECT a.content_hash, x.term, x.category, x.count, x.offsets
                  FROM article_terms x JOIN articles a ON a.id = x.article_id ORDER BY 1, 2`,
  claims: `SELECT a.content_hash, e.slug, x.value, x.value_text, x.vague, x.qualifier, x.kind, x.sentence, x.span_start, x.span_end, x.source, x.source_text
           FROM claims x JOIN articles a ON a.id = x.article_id LEFT JOIN events e ON e.id = x.event_id ORDER BY 1, x.span_start, x.span_end, x.kind`,
  attributions: `SELECT a.content_hash, x.entity, x.entity_type, x.verb, x.sentence, x.span_start, x.span_end, x.quoted
                 FROM attributions x JOIN articles a ON a.id = x.article_id ORDER BY 1, x.span_start, x.span_end, x.entity`,
  article_analysis: `SELECT a.content_hash, x.stance_score, x.stance_leaning, x.suggested_stance, x.inferred, x.divergent, x.fallback_from_via,
                            x.cues, x.lexicon_version, x.events_version, x.method_version
                     FROM article_analysis x JOIN articles a ON a.id = x.article_id ORDER BY 1`,
};

async function snapshot(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const out: Record<string, unknown[]> = {};
    for (const [table, sql] of Object.entries(SNAPSHOT)) out[table] = (await c.query(sql)).rows;
    return out;
  } finally {
    await c.end();
  }
}

describe('the fast synthetic generator', () => {
  it('stores exactly what the importer stores for the same articles', async () => {
    const corpus = new SyntheticCorpus(SEED);
    await prepareSyntheticDatabase(viaImporter.url);
    const files = [0, CHUNK].map((from) => ({ name: chunkFileName(SEED, from), bytes: Buffer.from(corpus.jsonLines(from, from + CHUNK)) }));
    const report = await importFiles(viaImporter.prisma, files, { source: 'synthetic' });
    expect(report.totals).toMatchObject({ new: N, failed: 0 });

    const r = await generateSynthetic({ url: viaGenerator.url, seed: SEED, articles: N, chunk: CHUNK, workers: 0 });
    expect(r).toMatchObject({ added: N, total: N });

    const [a, b] = await Promise.all([snapshot(viaImporter.url), snapshot(viaGenerator.url)]);
    for (const table of Object.keys(SNAPSHOT)) {
      expect(b[table], table).toEqual(a[table]);
    }
    expect(a.articles!.length).toBe(N);
    // The corpus republishes (lib/bench/synthetic.ts): some articles are stored as reprints.
    expect((a.articles as { reprint_of: string | null }[]).filter((r) => r.reprint_of !== null).length).toBeGreaterThan(0);
    expect(a.article_fingerprints!.length).toBe(N);
    expect(a.article_terms!.length).toBeGreaterThan(N);
    expect(a.attributions!.length).toBeGreaterThan(N);
  });

  it('adds only what is missing and records its progress', async () => {
    const again = await generateSynthetic({ url: viaGenerator.url, seed: SEED, articles: N, workers: 0 });
    expect(again.added).toBe(0);
    const more = await generateSynthetic({ url: viaGenerator.url, seed: SEED, articles: N + 5, workers: 0 });
    expect(more).toMatchObject({ added: 5, total: N + 5 });
    const c = new pg.Client({ connectionString: viaGenerator.url });
    await c.connect();
    try {
      expect((await syntheticProgress(c, SEED)).next).toBe(N + 5);
      const { rows } = await c.query(`SELECT source, new_count FROM import_batches WHERE source = 'synthetic' ORDER BY id`);
      expect(rows).toEqual([
        { source: 'synthetic', new_count: N },
        { source: 'synthetic', new_count: 5 },
      ]);
    } finally {
      await c.end();
    }
  });

  it('refuses a database holding real articles', async () => {
    const real = await freshDatabase();
    try {
      await importFiles(real.prisma, sampleFiles(), { source: 'test' });
      await expect(generateSynthetic({ url: real.url, seed: SEED, articles: 5, workers: 0 })).rejects.toBeInstanceOf(NotSyntheticError);
      expect(await real.prisma.article.count({ where: { title: { startsWith: '[synthetic]' } } })).toBe(0);
    } finally {
      await real.drop();
    }
  });
});
