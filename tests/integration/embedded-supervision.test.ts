// The embedded PostgreSQL under supervision, with the real server process: a kill -9 is seen
// and the server restarted with its committed data; stop() ends in seconds whether the server
// runs, already died or is frozen (SIGSTOP); a server that cannot come back is given up with the
// reason. (`npm start` wiring this together: tests/browser/npm-start.test.ts.)
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, isAlive, startEmbeddedPostgres, type EmbeddedHandle } from '@/lib/db/embedded';
import { restartDelay, superviseEmbedded, DEFAULT_RESTART_POLICY, type RestartPolicy } from '@/lib/server/postgres-supervisor';
import { until } from '../helpers/wait';

const FAST: RestartPolicy = { maxRestarts: 3, baseDelayMs: 200, maxDelayMs: 1000, stableAfterMs: 60_000 };
let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-lens-supervise-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function server(name: string): Promise<EmbeddedHandle> {
  return startEmbeddedPostgres({ dataDir: path.join(tmp, name), port: await freePort(), database: 'postgres' });
}

async function query(h: EmbeddedHandle, sql: string) {
  const c = new pg.Client({ connectionString: h.url, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

describe('restart policy', () => {
  it('backs off exponentially up to a ceiling', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => restartDelay(n, DEFAULT_RESTART_POLICY))).toEqual([1000, 2000, 4000, 8000, 16_000, 16_000]);
  });
});

describe('a supervised embedded server', () => {
  it('is restarted after a kill -9, with what was committed', async () => {
    const h = await server('restart');
    const lines: string[] = [];
    const sup = superviseEmbedded(h, { log: (l) => lines.push(l), onGiveUp: (r) => lines.push(`GAVE UP ${r}`), policy: FAST });
    try {
      await query(h, `CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)`);
      const first = h.pid()!;
      process.kill(first, 'SIGKILL');
      await until('the exit to be seen', () => lines.some((l) => /exited unexpectedly.*; restarting it$/.test(l)));
      expect(sup.up()).toBe(false);
      await until('the restart', () => sup.up());
      expect(h.pid()).not.toBe(first);
      expect(await query(h, 'SELECT n FROM kept')).toEqual([{ n: 42 }]);
      expect(lines.join('\n')).toMatch(/PostgreSQL runs again/);
      expect(lines.join('\n')).not.toMatch(/GAVE UP/);
    } finally {
      sup.stop();
      await h.stop();
    }
  });

  it('gives up with the reason when the server cannot come back', async () => {
    const h = await server('give-up');
    const lines: string[] = [];
    let gaveUp = '';
    const sup = superviseEmbedded(h, { log: (l) => lines.push(l), onGiveUp: (r) => (gaveUp = r), policy: FAST });
    // Something else takes the port the moment the server is gone.
    const blocker = net.createServer();
    try {
      const pid = h.pid()!;
      process.kill(pid, 'SIGKILL');
      await until('the port to be free', () => !isAlive(pid));
      await until('the port', () => new Promise<boolean>((r) => blocker.once('error', () => r(false)).listen(h.port, '127.0.0.1', () => r(true))));
      await until('giving up', () => gaveUp, 30_000);
      expect(gaveUp).toMatch(/could not be kept running \(3 restarts tried; last: PostgreSQL did not start: .*(could not bind|already in use|could not create any TCP\/IP sockets)/i);
      expect(lines.filter((l) => /^restart \d of 3 failed/.test(l))).toHaveLength(3);
    } finally {
      sup.stop();
      blocker.close();
      await h.stop();
    }
  });
});

describe('stop() ends in seconds whatever state the server is in', () => {
  it('a running server', async () => {
    const h = await server('stop-running');
    const pid = h.pid()!;
    const t = Date.now();
    await h.stop();
    expect(Date.now() - t).toBeLessThan(10_000);
    expect(isAlive(pid)).toBe(false);
  });

  it('a server that already died (the package’s own stop() waits for it forever)', async () => {
    const h = await server('stop-dead');
    process.kill(h.pid()!, 'SIGKILL');
    await until('the exit', () => h.pid() === null);
    const t = Date.now();
    await h.stop();
    expect(Date.now() - t).toBeLessThan(2000);
  });

  it('a frozen server (SIGSTOP)', async () => {
    const h = await server('stop-frozen');
    const pid = h.pid()!;
    process.kill(pid, 'SIGSTOP');
    const t = Date.now();
    await h.stop();
    expect(Date.now() - t).toBeLessThan(15_000);
    expect(isAlive(pid)).toBe(false);
  });

  it('a server restarted under it by the supervisor', async () => {
    const h = await server('stop-restarted');
    const sup = superviseEmbedded(h, { log: () => {}, onGiveUp: () => {}, policy: FAST });
    const first = h.pid()!;
    process.kill(first, 'SIGKILL');
    await until('the restart', () => h.pid() !== null && h.pid() !== first && sup.up());
    const second = h.pid()!;
    sup.stop();
    const t = Date.now();
    await h.stop();
    expect(Date.now() - t).toBeLessThan(10_000);
    expect(isAlive(second)).toBe(false);
  });
});
