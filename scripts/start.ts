// `npm start`: embedded (or DATABASE_URL) Postgres → migrations → registry → sample corpus when
// the database is empty → build when stale → `next start`. Ctrl-C stops Next, then Postgres.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { loadSampleCorpusIfEmpty } from '@/lib/server/sample-corpus';
import { isBuildCurrent, sourceHash, writeBuildStamp } from '@/lib/server/build-stamp';
import { prepareDatabase } from '@/lib/server/prepare-database';

const root = process.cwd();
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');
const log = (line: string) => console.log(`stance-lens: ${line}`);

async function main() {
  const t0 = Date.now();
  const port = Number(process.env.PORT ?? 3000);
  const distDir = process.env.NEXT_DIST_DIR ?? '.next';
  const db = await prepareDatabase(log);
  let next: ChildProcess | null = null;
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next && next.exitCode === null) {
      const exited = new Promise((r) => next!.once('exit', r));
      next.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    await db.close().catch((err) => log(`stopping the database: ${(err as Error).message}`));
    log('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  const loaded = await loadSampleCorpusIfEmpty(db.prisma, log);
  if (!loaded) log('corpus present: sample import skipped');
  await db.prisma.$disconnect();

  if (!isBuildCurrent(root, distDir)) {
    log('building the dashboard (sources changed since the last build)…');
    const hash = sourceHash(root);
    const r = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: db.url } });
    if (r.status !== 0) {
      log('next build failed');
      return shutdown(1);
    }
    writeBuildStamp(root, distDir, hash);
  }

  next = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: 'production' },
  });
  next.on('exit', (code) => {
    if (!stopping) {
      log(`next exited (${code})`);
      void shutdown(code ?? 1);
    }
  });
  log(`dashboard on http://localhost:${port} (ready steps took ${((Date.now() - t0) / 1000).toFixed(1)} s; Ctrl-C stops it)`);
}

main().catch((err) => {
  console.error(`stance-lens: ${(err as Error).message}`);
  process.exit(1);
});
