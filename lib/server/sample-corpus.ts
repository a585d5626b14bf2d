// The sample corpus (data/samples, copies of the first real seeds) goes in through the same
// importer users call, once, when the database holds no article yet.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '@/lib/db/prisma';
import { importFiles } from '@/lib/ingest/import-files';
import { refreshCandidates } from '@/lib/ingest/reanalyze';

export const SAMPLE_DIR = path.resolve(process.cwd(), 'data/samples');

export function sampleFiles() {
  return fs
    .readdirSync(SAMPLE_DIR)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((name) => ({ name, bytes: fs.readFileSync(path.join(SAMPLE_DIR, name)) }));
}

export async function loadSampleCorpusIfEmpty(db: Db, log: (line: string) => void): Promise<boolean> {
  if ((await db.article.count()) > 0) return false;
  const report = await importFiles(db, sampleFiles(), { source: 'seed' });
  const t = report.totals;
  log(`sample corpus imported: ${t.files} files, ${t.new} new, ${t.duplicate} duplicate, ${t.failed} failed`);
  for (const f of report.files.filter((r) => r.status === 'failed')) log(`  ${f.file}: ${f.reason}`);
  await refreshCandidates(db);
  return true;
}
