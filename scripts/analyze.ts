// `npm run analyze`: find reprints again over the whole corpus, recompute the analysis of every
// article (events, terms, claims, quotes, stance cues) with the current lexicon and event
// catalog, then refresh candidate events. `--reextract` first reads every stored web page again
// (no network) with the current extractor.
import { SingleBar, Presets } from 'cli-progress';
import { ANALYSIS_VERSION } from '@/lib/analysis';
import { reanalyzeAll } from '@/lib/ingest/reanalyze';
import { reextractWebArticles } from '@/lib/ingest/web-import';
import { prepareDatabase } from '@/lib/server/prepare-database';

async function main() {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(
      'Usage: npm run analyze [-- --reextract]\nFinds reprints again (curators\' decisions kept) and recomputes every article\'s analysis, in batches (idempotent).\n' +
        'Uses DATABASE_URL or the embedded database.\n' +
        '  --reextract   first re-read every web-imported article from its stored response (title, author, date, language, text, URL;\n' +
        '                never fetched again; articles a curator edited are left alone)',
    );
    process.exit(0);
  }
  const log = (line: string) => console.log(`stance-lens: ${line}`);
  const db = await prepareDatabase(log);
  const bar = process.stderr.isTTY ? new SingleBar({ format: '{phase} {bar} {value}/{total} articles', stream: process.stderr }, Presets.shades_classic) : null;
  const t0 = Date.now();
  let code = 0;
  try {
    if (process.argv.includes('--reextract')) {
      const r = await reextractWebArticles(db.prisma);
      log(`re-read ${r.pages} stored web pages: ${r.updated} articles updated, ${r.skipped.length} left alone`);
      for (const s of r.skipped) log(`  article ${s.articleId}: ${s.reason}`);
    }
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
