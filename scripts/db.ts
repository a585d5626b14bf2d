// `npm run db -- <up|url|status>`: the embedded database on its own, for development:
//   up      start it (migrate, load the registry) and keep it running until Ctrl-C
//   url     print the connection URL of the running embedded server
//   status  say whether it runs and which migrations are applied
import { runningServerPort, DEFAULT_DATA_DIR, DEFAULT_DATABASE, urlFor } from '@/lib/db/embedded';
import { onStopSignal } from '@/lib/db/embedded-exit-hooks';
import { listMigrations } from '@/lib/db/migrate';
import { prepareDatabase } from '@/lib/server/prepare-database';

async function main() {
  const cmd = process.argv[2] ?? 'status';
  const dataDir = process.env.STANCE_LENS_DATA_DIR || DEFAULT_DATA_DIR;
  if (cmd === 'url' || cmd === 'status') {
    const port = runningServerPort(dataDir);
    if (port === null) {
      console.log(cmd === 'url' ? '' : `embedded database: not running (data in ${dataDir})`);
      process.exit(cmd === 'url' ? 1 : 0);
    }
    console.log(cmd === 'url' ? urlFor(port, DEFAULT_DATABASE) : `embedded database: running on 127.0.0.1:${port}; ${listMigrations().length} migrations in the repo`);
    process.exit(0);
  }
  if (cmd !== 'up') {
    console.error('usage: npm run db -- <up|url|status>');
    process.exit(2);
  }
  const db = await prepareDatabase((l) => console.log(`stance-lens: ${l}`));
  await db.prisma.$disconnect();
  console.log(`stance-lens: DATABASE_URL=${db.url}`);
  const stop = async () => {
    await db.release();
    process.exit(0);
  };
  onStopSignal(() => void stop());
  setInterval(() => {}, 1 << 30);
}

main().catch((err) => {
  console.error(`stance-lens: ${(err as Error).message}`);
  process.exit(1);
});
