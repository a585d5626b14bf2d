// Serves the built dashboard for the browser tests: builds it when the sources changed (the
// same build and stamp `npm start` uses), loads the sample corpus into a database of its own
// through the real importer, and runs `next start` on a free port.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createPrismaClient } from '@/lib/db/prisma';
import { freePort } from '@/lib/db/embedded';
import { migrate } from '@/lib/db/migrate';
import { syncReferenceData } from '@/lib/ingest/reference-data';
import { isBuildCurrent, sourceHash, writeBuildStamp } from '@/lib/server/build-stamp';
import { loadSampleCorpusIfEmpty } from '@/lib/server/sample-corpus';
import pg from 'pg';
import { TEST_ADMIN } from '../helpers/curation';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    appDatabaseUrl: string;
  }
}

const root = path.resolve(__dirname, '../..');
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not answer in ${timeoutMs} ms (${last})`);
}

export default async function setup(project: TestProject) {
  const distDir = process.env.NEXT_DIST_DIR ?? '.next';
  if (!isBuildCurrent(root, distDir)) {
    const hash = sourceHash(root);
    const r = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    if (r.status !== 0) throw new Error('next build failed');
    writeBuildStamp(root, distDir, hash);
  }

  const admin = project.getProvidedContext().pgAdminUrl;
  const dbName = `browser_${process.pid}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${dbName}"`);
  await client.end();
  const u = new URL(admin);
  u.pathname = `/${dbName}`;
  const url = u.toString();
  await migrate(url);
  const prisma = createPrismaClient(url, 2);
  await syncReferenceData(prisma);
  await loadSampleCorpusIfEmpty(prisma, () => {});
  await prisma.$disconnect();

  const port = await freePort();
  // The curator account for tests/browser/curation.test.ts; a plain password is refused in
  // production unless this test-only escape hatch says otherwise.
  const curation = {
    STANCE_LENS_ADMIN_USER: TEST_ADMIN.user,
    STANCE_LENS_ADMIN_PASSWORD: TEST_ADMIN.password,
    STANCE_LENS_ALLOW_PLAIN_PASSWORD: '1',
    SESSION_SECRET: TEST_ADMIN.secret,
  };
  // The web-import browser test serves its pages from loopback: the worker may fetch them.
  const web = {
    STANCE_LENS_FETCH_ALLOW: '127.0.0.1',
    STANCE_LENS_FETCH_DELAY_MS: '300',
    STANCE_LENS_FETCH_RETRIES: '1',
    STANCE_LENS_FETCH_CONTACT: 'browser-tests@example.org',
    STANCE_LENS_WAYBACK: 'off',
  };
  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
    cwd: root,
    env: { ...process.env, ...curation, ...web, DATABASE_URL: url, NODE_ENV: 'production', PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // The upload worker, as `npm start` runs it beside Next.
  const worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
    cwd: root,
    env: { ...process.env, ...web, DATABASE_URL: url },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(baseUrl, 60_000);
  project.provide('baseUrl', baseUrl);
  project.provide('appDatabaseUrl', url);

  return async () => {
    const stopped = [server, worker].map((p) => (p.exitCode === null ? new Promise((r) => p.once('exit', r)) : null));
    server.kill('SIGTERM');
    worker.kill('SIGTERM');
    await Promise.all(stopped);
  };
}
