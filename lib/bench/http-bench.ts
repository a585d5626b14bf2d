// The server side of the benchmark: a production Next server on the benchmark database in its
// own process group (so every process it starts is stopped with it), latency runs with
// autocannon, memory of the server's process tree from /proc, and a streaming download that
// counts CSV records without keeping them.
import autocannon from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { isBuildCurrent, sourceHash, writeBuildStamp } from '@/lib/server/build-stamp';
import { nextStartArgs } from '@/lib/server/next-server';

const root = process.cwd();
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');

/**
 * The tsconfig the benchmark's build type-checks with: Next would add `.next-bench/types` to the
 * tracked tsconfig.json, and leaves a config that extends another as it is.
 */
export const BENCH_TSCONFIG = 'tsconfig.bench.json';

/** Builds the dashboard into `distDir` unless that build is current; returns seconds spent (0 when current). */
export function ensureBuild(distDir: string, log: (l: string) => void): number {
  if (isBuildCurrent(root, distDir)) return 0;
  log(`building the dashboard into ${distDir}…`);
  const t0 = performance.now();
  const hash = sourceHash(root);
  const r = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TSCONFIG_PATH: BENCH_TSCONFIG, NODE_ENV: 'production' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`next build failed:\n${(r.stdout + r.stderr).split('\n').slice(-30).join('\n')}`);
  writeBuildStamp(root, distDir, hash);
  return (performance.now() - t0) / 1000;
}

export interface RunningServer {
  pid: number;
  baseUrl: string;
  stop(): Promise<void>;
}

export async function waitFor200(url: string, timeoutMs: number, child?: ChildProcess): Promise<number> {
  const t0 = performance.now();
  let last = '';
  while (performance.now() - t0 < timeoutMs) {
    if (child && child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before answering: ${last}`);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - t0;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms (${last})`);
}

/** Signals a whole process group, then waits for its leader; SIGKILL if it lingers. */
export async function stopGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), graceMs));
  if ((await Promise.race([exited, timer])) === 'timeout') {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    await exited;
  }
  // Children that outlived the leader (next-server) share its group.
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    /* none left */
  }
}

export async function startNext(opts: { databaseUrl: string; port: number; distDir: string; env?: Record<string, string> }): Promise<RunningServer> {
  const child = spawn(process.execPath, nextStartArgs(root, opts.port, { ...process.env, ...opts.env }), {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DATABASE_URL: opts.databaseUrl, NEXT_DIST_DIR: opts.distDir, NODE_ENV: 'production', PORT: String(opts.port), ...opts.env },
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr = (stderr + String(d)).slice(-4000)));
  const baseUrl = `http://127.0.0.1:${opts.port}`;
  try {
    await waitFor200(`${baseUrl}/methodology`, 60_000, child);
  } catch (err) {
    await stopGroup(child);
    throw new Error(`${(err as Error).message}\n${stderr}`);
  }
  return { pid: child.pid!, baseUrl, stop: () => stopGroup(child) };
}

// ---- latency ----------------------------------------------------------------------------

export interface LatencyRun {
  requests: number;
  errors: number;
  non2xx: number;
  p50: number;
  p95: number;
  p99: number;
  seconds: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function median(xs: number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * autocannon against one URL: `connections` clients for `seconds`, or until `amount` requests
 * when set. Percentiles come from every response's own time (autocannon's summary has no p95).
 */
export async function latencyRun(
  url: string,
  opts: { connections: number; seconds?: number; amount?: number; timeoutSeconds: number },
): Promise<LatencyRun> {
  const times: number[] = [];
  let non2xx = 0;
  const t0 = performance.now();
  const instance = autocannon({
    url,
    connections: opts.connections,
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.seconds ?? 10 }),
    timeout: opts.timeoutSeconds,
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
    if (statusCode < 200 || statusCode > 299) non2xx++;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    errors: result.errors + result.timeouts,
    non2xx,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    seconds: (performance.now() - t0) / 1000,
  };
}

/**
 * For pages too slow for a timed run: `connections` clients each make `perClient` requests
 * back to back (autocannon's `amount` stops before the last responses arrive).
 */
export async function fixedRun(url: string, opts: { connections: number; perClient: number; timeoutSeconds: number }): Promise<LatencyRun> {
  const times: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: opts.connections }, async () => {
      for (let i = 0; i < opts.perClient; i++) {
        const t = performance.now();
        try {
          const res = await fetch(url, { signal: AbortSignal.timeout(opts.timeoutSeconds * 1000) });
          await res.arrayBuffer();
          times.push(performance.now() - t);
          if (res.status < 200 || res.status > 299) non2xx++;
        } catch {
          errors++;
        }
      }
    }),
  );
  times.sort((a, b) => a - b);
  return { requests: times.length, errors, non2xx, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), seconds: (performance.now() - t0) / 1000 };
}

// ---- memory -----------------------------------------------------------------------------

function children(pid: number): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command may contain spaces and parentheses: the ppid follows the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      /* exited meanwhile */
    }
  }
  return out;
}

export function processTree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]!));
  return all;
}

/** VmRSS and VmHWM (peak) of one process, in bytes. */
export function memoryOf(pid: number): { rss: number; hwm: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/** The process of the tree using the most memory (Next's server; the launcher is small). */
export function serverMemory(pid: number): { pid: number; rss: number; hwm: number } {
  let best = { pid, rss: 0, hwm: 0 };
  for (const p of processTree(pid)) {
    const m = memoryOf(p);
    if (m.rss > best.rss) best = { pid: p, ...m };
  }
  return best;
}

// ---- streaming download -----------------------------------------------------------------

export interface DownloadResult {
  status: number;
  bytes: number;
  /** CSV records, header included (newlines outside quoted fields). */
  records: number;
  seconds: number;
  firstByteMs: number;
  peakRss: number;
  hwm: number;
}

/** Downloads `url` into a counting sink while sampling the server's memory every 50 ms. */
export async function download(url: string, serverPid: number): Promise<DownloadResult> {
  let peakRss = 0;
  // The tree once: scanning /proc every sample would cost the server CPU time.
  const pids = processTree(serverPid);
  const sample = () => {
    for (const p of pids) peakRss = Math.max(peakRss, memoryOf(p).rss);
  };
  sample();
  const timer = setInterval(sample, 50);
  const t0 = performance.now();
  let firstByteMs = NaN;
  let bytes = 0;
  let records = 0;
  let quoted = false;
  try {
    const res = await fetch(url);
    if (!res.body) throw new Error(`no body (HTTP ${res.status})`);
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      if (Number.isNaN(firstByteMs)) firstByteMs = performance.now() - t0;
      bytes += chunk.length;
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk[i]!;
        if (c === 0x22) quoted = !quoted;
        else if (c === 0x0a && !quoted) records++;
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    sample();
    return { status: res.status, bytes, records, seconds, firstByteMs, peakRss, hwm: Math.max(...pids.map((p) => memoryOf(p).hwm)) };
  } finally {
    clearInterval(timer);
  }
}
