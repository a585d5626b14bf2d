// `npm run analyze`: find reprints again over the whole corpus, recompute the analysis of every
// article (events, terms, claims, quotes, stance cues) with the current lexicon and event
// catalog, then refresh candidate events.
import { SingleBar, Presets } from 'cli-progress';
import { ANALYSIS_VERSION } from '@/lib/analysis';
import { reanalyzeAll } from '@/lib/ingest/reanalyze';
import { prepareDatabase } from '@/lib/server/prepare-database';

async function main() {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(
      'Usage: npm run analyze\nFinds reprints again (curators\' decisions kept) and recomputes every article\'s analysis, in batches (idempotent).\nUses DATABASE_URL or the embedded database.',
    );
    process.exit(0);
  }
  const log = (line: string) => console.log(`stance-lens: ${line}`);
  const db = await prepareDatabase(log);
  const bar = process.stderr.isTTY ? new SingleBar({ format: '{phase} {bar} {value}/{total} articles', stream: process.stderr }, Presets.shades_classic) : null;
  const t0 = Date.now();
  let code = 0;
  try {
    const result = await reanalyzeAll(db.prisma, {
      onProgress: (done, total, phase) => (done === 0 ? bar?.start(total, 0, { phase }) : bar?.update(done, { phase })),
    });
    bar?.stop();
    log(
      `analysed ${result.articles} articles in ${((Date.now() - t0) / 1000).toFixed(1)} s ` +
        `(lexicon ${ANALYSIS_VERSION.lexicon}, events ${ANALYSIS_VERSION.events}, method ${ANALYSIS_VERSION.method}); ` +
        `${result.candidates} candidate events from unmatched articles; ${result.reprints} reprints, ${result.quoting} articles quoting another`,
    );
  } catch (err) {
    bar?.stop();
    log(`analyze failed: ${(err as Error).message}`);
    code = 1;
  } finally {
    await db.close();
  }
  process.exit(code);
}

main();
