// `npm start`: embedded (or DATABASE_URL) Postgres → migrations → registry → sample corpus when
// the database is empty → build when stale → `next start` and the upload worker as children.
// The embedded Postgres is supervised: an unexpected exit is logged and restarted (bounded
// tries with backoff, then exit 1 with the reason: lib/server/postgres-supervisor.ts).
// Ctrl-C stops Next and the worker, then Postgres, in seconds whatever state Postgres is in; a
// second Ctrl-C stops everything at once.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { childAuthEnv } from '@/lib/auth/dev-credentials';
import { loadSampleCorpusIfEmpty } from '@/lib/server/sample-corpus';
import { isBuildCurrent, sourceHash, writeBuildStamp } from '@/lib/server/build-stamp';
import { prepareDatabase } from '@/lib/server/prepare-database';
import { onStopSignal } from '@/lib/db/embedded-exit-hooks';
import { describeReplica } from '@/lib/db/url';
import { restartPolicyFromEnv, superviseEmbedded, type Supervisor } from '@/lib/server/postgres-supervisor';
import { nextStartArgs } from '@/lib/server/next-server';

const root = process.cwd();
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');
const log = (line: string) => console.log(`stance-lens: ${line}`);

async function main() {
  const t0 = Date.now();
  const port = Number(process.env.PORT ?? 3000);
  const distDir = process.env.NEXT_DIST_DIR ?? '.next';
  // Before anything starts: a production environment without its secrets stops here.
  const auth = await childAuthEnv(process.env);
  if (auth.fatal) {
    log(`cannot start: ${auth.fatal}`);
    process.exit(1);
  }
  const db = await prepareDatabase(log);
  const replica = await describeReplica();
  if (replica) log(replica);
  let next: ChildProcess | null = null;
  let worker: ChildProcess | null = null;
  let stopping = false;
  let supervisor: Supervisor | null = null;

  const stopChild = async (child: ChildProcess | null, waitMs: number) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, waitMs))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // Ctrl-C reaches Postgres too (same process group): that exit is no crash to restart.
    supervisor?.stop();
    const databaseUp = supervisor?.up() ?? true;
    // The worker gets longer: it finishes the file it is importing (pg-boss retries the rest);
    // with the database down there is nothing it can finish.
    await Promise.all([stopChild(next, 5000), stopChild(worker, databaseUp ? 25_000 : 2000)]);
    const closed = db.close().then(
      () => true,
      (err) => log(`stopping the database: ${(err as Error).message}`),
    );
    if (!(await Promise.race([closed, new Promise((r) => setTimeout(() => r(false), 15_000))]))) log('the database did not stop in time');
    log(code === 0 ? 'stopped' : `stopped (exit ${code})`);
    process.exit(code);
  };
  let signals = 0;
  onStopSignal(() => {
    signals += 1;
    if (signals === 1) return void shutdown(0);
    // A second Ctrl-C: no more waiting for anyone.
    log('stopping at once');
    for (const child of [next, worker]) if (child && child.exitCode === null) child.kill('SIGKILL');
    const pid = db.embedded?.owned ? db.embedded.pid() : null;
    if (pid) {
      try {
        process.kill(pid, 'SIGQUIT');
      } catch {
        /* gone */
      }
    }
    process.exit(130);
  });
  if (db.embedded?.owned) {
    supervisor = superviseEmbedded(db.embedded, {
      log,
      policy: restartPolicyFromEnv(),
      onGiveUp: (reason) => {
        log(`cannot go on: ${reason}`);
        void shutdown(1);
      },
    });
  }

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

  const childEnv = { ...process.env, ...auth.env, DATABASE_URL: db.url };
  next = spawn(process.execPath, nextStartArgs(root, port), {
    stdio: 'inherit',
    // PORT: the render cache (lib/http/render-cache.ts) asks this server for the pages it keeps.
    env: { ...childEnv, NODE_ENV: 'production', PORT: String(port) },
  });
  const startWorker = (restarts: number) => {
    const startedAt = Date.now();
    worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], { stdio: 'inherit', env: childEnv });
    worker.on('exit', (code) => {
      if (stopping) return;
      // A worker that ran a while before it died (say, while Postgres was restarted) starts a new count.
      if (Date.now() - startedAt > 60_000) restarts = 0;
      // Queued uploads wait in Postgres meanwhile; give up after a few crashes in a row.
      if (restarts >= 5) return log(`the upload worker exited (${code}) too often; uploads wait until \`npm run worker\` runs`);
      log(`the upload worker exited (${code}); restarting it`);
      setTimeout(() => !stopping && startWorker(restarts + 1), 2000);
    });
  };
  startWorker(0);
  next.on('exit', (code) => {
    if (!stopping) {
      log(`next exited (${code})`);
      void shutdown(code ?? 1);
    }
  });
  log(`dashboard on http://localhost:${port} (ready steps took ${((Date.now() - t0) / 1000).toFixed(1)} s; Ctrl-C stops it)`);
  for (const line of auth.messages) log(line);
}

main().catch((err) => {
  console.error(`stance-lens: ${(err as Error).message}`);
  process.exit(1);
});
