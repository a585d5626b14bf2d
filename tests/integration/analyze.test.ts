// `npm run analyze` recomputes every article's analysis; running it twice must leave exactly the
// same rows (idempotent), and the same rows the import wrote in the first place.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '@/lib/ingest/import-files';
import { sampleFiles } from '@/lib/server/sample-corpus';
import { freshDatabase, type TestDatabase } from '../helpers/db';

const root = path.resolve(__dirname, '../..');
let db: TestDatabase;

beforeAll(async () => {
  db = await freshDatabase();
  await importFiles(db.prisma, sampleFiles(), { source: 'test' });
});
afterAll(async () => {
  await db?.drop();
});

/** Every analysis row, without generated ids and timestamps, in a stable order. */
async function snapshot() {
  const q = <T,>(sql: string) => db.prisma.$queryRawUnsafe<T[]>(sql);
  return {
    events: await q(`SELECT article_id, event_id, score, method, role, evidence FROM article_events ORDER BY 1, 2`),
    terms: await q(`SELECT article_id, term, category, count, offsets FROM article_terms ORDER BY 1, 2`),
    claims: await q(
      `SELECT article_id, event_id, value, value_text, vague, qualifier, kind, sentence, span_start, span_end, source, source_text
       FROM claims ORDER BY article_id, span_start, span_end, kind`,
    ),
    attributions: await q(
      `SELECT article_id, entity, entity_type, verb, sentence, span_start, span_end, quoted FROM attributions ORDER BY article_id, span_start, entity`,
    ),
    analysis: await q(
      `SELECT article_id, stance_score, stance_leaning, suggested_stance::text, inferred, divergent, fallback_from_via, cues,
              lexicon_version, events_version, method_version FROM article_analysis ORDER BY 1`,
    ),
    candidates: await q(`SELECT label, top_terms, article_ids, cohesion FROM event_candidates ORDER BY label`),
  };
}

function runAnalyze() {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: db.url },
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/analysed \d+ articles/);
}

describe('npm run analyze', () => {
  it('leaves identical results when run twice, equal to what the import stored', async () => {
    const afterImport = await snapshot();
    expect(afterImport.events.length).toBeGreaterThan(10);
    expect(afterImport.claims.length).toBeGreaterThan(10);
    runAnalyze();
    const first = await snapshot();
    runAnalyze();
    const second = await snapshot();
    expect(second).toEqual(first);
    expect(first.events).toEqual(afterImport.events);
    expect(first.terms).toEqual(afterImport.terms);
    expect(first.claims).toEqual(afterImport.claims);
    expect(first.attributions).toEqual(afterImport.attributions);
  });
});
