// `npm run generate -- --articles N [--seed S] [--database-url URL] [--workers W]`
import { parseArgs } from 'node:util';
import { describeUrl } from '@/lib/db/url';
import { BENCH_DATA_DIR, startBenchPostgres } from '@/lib/bench/bench-db';
import { generateSynthetic } from '@/lib/bench/generate';

const HELP = `Fill a benchmark database with a SYNTHETIC corpus (for npm run bench and load tests).

Usage: npm run generate -- --articles N [--seed S] [--database-url URL] [--workers W]

  --articles N        total synthetic articles of this seed the database should hold
                      (what is there already is kept; only the missing ones are added)
  --seed S            corpus seed (default 1); the same seed always gives the same corpus
  --database-url URL  any PostgreSQL; default: an embedded server in ${BENCH_DATA_DIR}
                      (never the dashboard's own .data/postgres)
  --workers W         analysis threads (default: one per core)

Every synthetic outlet's slug starts with "synthetic-", every title with "[synthetic]", and the
import batch has source 'synthetic'. A database holding any non-synthetic article is refused.
Articles go through the real parser and analysis and are written with COPY.`;

async function main() {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'database-url': { type: 'string' },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const articles = Number(values.articles);
  if (values.help || !Number.isInteger(articles) || articles <= 0) {
    console.log(HELP);
    process.exit(values.help ? 0 : 2);
  }
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new Error('--seed must be a non-negative integer');
  const workers = values.workers === undefined ? undefined : Number(values.workers);

  const server = values['database-url'] ? null : await startBenchPostgres();
  const url = values['database-url'] ?? server!.url;
  console.log(`stance-lens generate: ${describeUrl(url)}${server ? ` (embedded, ${BENCH_DATA_DIR})` : ''}`);
  let last = 0;
  try {
    const r = await generateSynthetic({
      url,
      seed,
      articles,
      workers,
      log: (l) => console.log(`  ${l}`),
      onProgress: (done, total) => {
        if (done - last >= 10_000 || done === total) {
          last = done;
          console.log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`);
        }
      },
    });
    console.log(
      r.added
        ? `added ${r.added.toLocaleString('en')} synthetic articles in ${r.seconds.toFixed(1)} s (${Math.round(r.added / r.seconds)}/s); seed ${seed} now has ${r.total.toLocaleString('en')}`
        : `nothing to add: seed ${seed} already has ${r.total.toLocaleString('en')} articles`,
    );
    if (server) console.log(`DATABASE_URL=${url}`);
  } finally {
    await server?.stop();
  }
  process.exit(0);
}

main().catch((err) => {
  console.error(`stance-lens generate: ${(err as Error).message}`);
  process.exit(1);
});
