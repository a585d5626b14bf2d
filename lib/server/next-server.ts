// How every production server of the dashboard is started (`npm start` and the benchmark), so the
// benchmark measures the server users run.
import path from 'node:path';

type Env = Record<string, string | undefined>;

/**
 * V8's old-space limit for the server, in MB. Without one, V8 on a 24 GB machine grows its heap
 * lazily and a busy server reached 645 MB of RSS where the goal is 400; the server's own caches are
 * bounded far below this (renders 48 MB, 300 query results), so the limit makes V8 collect sooner
 * rather than starving the caches. STANCE_LENS_SERVER_HEAP_MB overrides it (0: V8's default).
 */
export const DEFAULT_SERVER_HEAP_MB = 256;

export function serverHeapMb(env: Env = process.env): number | null {
  const raw = env.STANCE_LENS_SERVER_HEAP_MB?.trim();
  if (!raw) return DEFAULT_SERVER_HEAP_MB;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`STANCE_LENS_SERVER_HEAP_MB must be a whole number of MB (0 for V8's default), not "${raw}"`);
  return n === 0 ? null : n;
}

/** The node arguments of `next start` on `port` from the project at `root`. */
export function nextStartArgs(root: string, port: number, env: Env = process.env): string[] {
  const heap = serverHeapMb(env);
  return [...(heap ? [`--max-old-space-size=${heap}`] : []), path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)];
}
