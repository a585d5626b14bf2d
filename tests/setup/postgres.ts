// A throw-away embedded PostgreSQL for the test run: its own temporary data folder, a free port,
// deleted on teardown. Tests create one database each from it (tests/helpers/db.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startEmbeddedPostgres, urlFor } from '@/lib/db/embedded';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_ADMIN_URL) {
    // Any Postgres the caller points at (a superuser URL); tests still make their own databases.
    project.provide('pgAdminUrl', process.env.TEST_DATABASE_ADMIN_URL);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-lens-test-'));
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'pg'),
    port: await freePort(),
    persistent: false,
    database: 'postgres',
  });
  project.provide('pgAdminUrl', urlFor(server.port, 'postgres'));
  return async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
