// A database that goes away under a running client: the errors the read layer then throws are
// recognised as "the database is unavailable" (503 through lib/http/respond.ts, not a 500),
// the proxy's probe says so, and both recover by themselves when the server is back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startEmbeddedPostgres, type EmbeddedHandle } from '@/lib/db/embedded';
import { databaseProbe } from '@/lib/db/health';
import { migrate } from '@/lib/db/migrate';
import { closePrisma, createPrismaClient, type Db } from '@/lib/db/prisma';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { errorResponse } from '@/lib/http/respond';
import { countsByStance } from '@/lib/queries/overview';

let tmp: string;
let server: EmbeddedHandle;
let prisma: Db;
beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-lens-down-'));
  server = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'pg'), port: await freePort(), database: 'down' });
  await migrate(server.url);
  prisma = createPrismaClient(server.url, 2);
  // The read layer's own client (prisma()), as the pages use it.
  process.env.DATABASE_URL = server.url;
  await closePrisma();
});
afterAll(async () => {
  await prisma?.$disconnect().catch(() => {});
  await closePrisma().catch(() => {});
  await server?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

describe('the embedded server', () => {
  it('runs with the settings for bulk imports (lib/db/embedded.ts embeddedSettings)', async () => {
    const rows = await prisma.$queryRaw<{ name: string; setting: string; unit: string | null }[]>`
      SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'max_wal_size', 'checkpoint_timeout') ORDER BY name`;
    expect(rows).toEqual([
      { name: 'checkpoint_timeout', setting: '900', unit: 's' },
      { name: 'max_wal_size', setting: '4096', unit: 'MB' },
      { name: 'shared_buffers', setting: '65536', unit: '8kB' },
    ]);
  });
});

describe('the database going away', () => {
  it('is told apart from other failures, answered 503 with its reason, and recovered from', async () => {
    const probe = databaseProbe(server.url, { maxAgeMs: 0, timeoutMs: 1000 });
    try {
      expect(await countsByStance()).toBeDefined();
      expect(await probe.up()).toBe(true);

      process.kill(server.pid()!, 'SIGKILL');
      await new Promise((r) => setTimeout(r, 500));
      // A pooled connection that was cut, then a new one that is refused.
      for (let i = 0; i < 2; i++) {
        const err = await failure(countsByStance());
        expect(err, `query ${i} fails`).toBeTruthy();
        expect(isDatabaseUnavailable(err), `query ${i}: ${(err as Error).message}`).toBe(true);
        const res = errorResponse(err, 'test');
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toBe('5');
        expect(await res.json()).toEqual({ error: { status: 503, code: 'database_unavailable', message: expect.stringMatching(/^The database is unavailable/) } });
      }
      expect(await probe.up()).toBe(false);

      await server.restart();
      expect(await probe.up()).toBe(true);
      expect(await countsByStance()).toBeDefined();
    } finally {
      await probe.close();
    }
  });

  it('other failures stay what they are', async () => {
    expect(isDatabaseUnavailable(new Error('relation "nope" does not exist'))).toBe(false);
    const err = await failure(prisma.$queryRawUnsafe('SELECT * FROM nope'));
    expect(isDatabaseUnavailable(err)).toBe(false);
    expect(errorResponse(err, 'test').status).toBe(500);
  });
});
