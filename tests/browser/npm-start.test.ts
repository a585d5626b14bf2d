// `npm start` (scripts/start.ts) with its own embedded Postgres, as a user runs it, and that
// Postgres killed under it: the start script says so and restarts it, the dashboard answers 503
// "the database is unavailable" (pages and API) meanwhile and comes back by itself; Ctrl-C ends
// it in seconds, also while Postgres is frozen; a Postgres that cannot come back ends `npm
// start` with exit 1 and the reason.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, isAlive } from '@/lib/db/embedded';
import { launchBrowser, newPage, screenshot } from '../helpers/browser';
import { until } from '../helpers/wait';

const root = path.resolve(__dirname, '../..');
let tmp: string;
let dataDir: string;

interface Started {
  child: ChildProcess;
  output: () => string;
  base: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function startApp(env: Record<string, string> = {}): Promise<Started> {
  const port = await freePort();
  let out = '';
  // As a developer runs it: no NODE_ENV (vitest sets "test"), a plain development password.
  const { NODE_ENV: _, ...base } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    env: { ...base, DATABASE_URL: '', STANCE_LENS_DATA_DIR: dataDir, PORT: String(port), STANCE_LENS_ADMIN_PASSWORD: 'start test password', ...env } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.once('exit', (code, signal) => r({ code, signal })));
  const started = { child, output: () => out, base: `http://127.0.0.1:${port}`, exited };
  await until('the dashboard', async () => /dashboard on http/.test(out) && (await status(started.base + '/')) === 200, 240_000, { interval: 200, context: () => out });
  return started;
}

async function status(url: string): Promise<number> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

const postgresPid = () => Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

// After a failed test: the app and the Postgres it started, so that the next test starts its own
// (one left running would be adopted as "already running", which no test here is about).
function stopLeftovers(app: Started): void {
  if (app.child.exitCode === null) app.child.kill('SIGKILL');
  try {
    const pid = postgresPid();
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  } catch {
    /* none */
  }
}
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-lens-start-'));
  dataDir = path.join(tmp, 'pg');
});
afterAll(() => {
  // Whatever a failed test left running.
  try {
    const pid = postgresPid();
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  } catch {
    /* none */
  }
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('npm start with its embedded Postgres', () => {
  it('restarts a killed Postgres, answers 503 meanwhile, recovers by itself, and stops on Ctrl-C in seconds', async () => {
    const app = await startApp();
    try {
      const first = postgresPid();
      process.kill(first, 'SIGKILL');
      // While it is down (the restart waits 1 s first): 503 with the reason, pages and API alike.
      const page = await until('a 503 page', async () => {
        const res = await fetch(app.base + '/events');
        const body = await res.text();
        return res.status === 503 ? { res, body } : null;
      }, 10_000, { interval: 200, context: app.output });
      expect(page.body).toContain('The database is unavailable');
      expect(page.res.headers.get('retry-after')).toBe('5');
      expect(page.res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      const api = await fetch(app.base + '/api/v1/articles');
      if (api.status === 503) {
        expect(await api.json()).toEqual({ error: { status: 503, code: 'database_unavailable', message: expect.stringMatching(/^The database is unavailable/) } });
      } else {
        await api.arrayBuffer(); // already back
      }
      await until('the restart', () => /PostgreSQL runs again/.test(app.output()), 90_000, { interval: 200, context: app.output });
      expect(app.output()).toMatch(new RegExp(`the embedded PostgreSQL server \\(pid ${first}\\) exited unexpectedly.*; restarting it`));
      await until('the pages to answer again', async () => (await status(app.base + '/events')) === 200, 45_000, { interval: 200, context: app.output });
      expect(await status(app.base + '/api/v1/articles?limit=1')).toBe(200);
      expect(postgresPid()).not.toBe(first);

      // Frozen Postgres, then Ctrl-C: all of it ends in seconds, Postgres included.
      const second = postgresPid();
      process.kill(second, 'SIGSTOP');
      const t = Date.now();
      app.child.kill('SIGINT');
      const { code } = await app.exited;
      expect(Date.now() - t).toBeLessThan(20_000);
      expect(code).toBe(0);
      expect(isAlive(second)).toBe(false);
      expect(app.output()).toMatch(/stance-lens: stopped/);
    } finally {
      stopLeftovers(app);
    }
  }, 400_000);

  it('shows the 503 page in a browser, which comes back to the page by itself', async () => {
    const app = await startApp({ STANCE_LENS_PG_RESTART_DELAY_MS: '4000' });
    const browser = await launchBrowser();
    try {
      const page = await newPage(browser, { viewport: { width: 1000, height: 700 } });
      process.kill(postgresPid(), 'SIGKILL');
      await until('a 503', async () => (await status(app.base + '/compare')) === 503, 10_000, { interval: 200, context: app.output });
      const res = await page.goto(app.base + '/compare');
      expect(res?.status()).toBe(503);
      expect(await page.locator('h1').innerText()).toBe('The database is unavailable');
      await screenshot(page, 'database-unavailable');
      // The page reloads itself (every 5 s) and shows /compare once Postgres is back. The restart
      // replays Postgres's log after the kill, which on a loaded CI machine takes tens of seconds.
      try {
        await page.waitForSelector('main h1:has-text("Compare groups")', { timeout: 90_000 });
      } catch (e) {
        const shown = await page.locator('h1').first().innerText().catch(() => '(no h1)');
        throw new Error(`${(e as Error).message}\nthe page shows: ${shown}\n${app.output()}`);
      }
      app.child.kill('SIGINT');
      expect((await app.exited).code).toBe(0);
    } finally {
      await browser.close();
      stopLeftovers(app);
    }
  }, 300_000);

  it('exits 1 with the reason when Postgres cannot be brought back', async () => {
    const app = await startApp({ STANCE_LENS_PG_MAX_RESTARTS: '2', STANCE_LENS_PG_RESTART_DELAY_MS: '500' });
    const blocker = net.createServer();
    try {
      const pid = postgresPid();
      const port = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
      process.kill(pid, 'SIGKILL');
      await until('the port', () => !isAlive(pid) && new Promise<boolean>((r) => blocker.once('error', () => r(false)).listen(port, '127.0.0.1', () => r(true))), 10_000, { interval: 200 });
      const { code } = await Promise.race([app.exited, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(app.output())), 120_000))]);
      expect(code).toBe(1);
      expect(app.output()).toMatch(/cannot go on: the embedded PostgreSQL could not be kept running \(2 restarts tried; last: PostgreSQL did not start: /);
      expect(app.output()).toMatch(/stopped \(exit 1\)/);
    } finally {
      blocker.close();
      stopLeftovers(app);
    }
  }, 300_000);
});
