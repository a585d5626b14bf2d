// `npm start` keeps the embedded PostgreSQL it started running: when the server exits without
// being asked to, the supervisor says so and starts it again on the same port and data folder
// (Postgres recovers from its write-ahead log: nothing committed is lost), waiting longer
// after each failed try. A server that keeps failing (the restart fails, or it dies again
// within `stableAfterMs`) is given up after `maxRestarts` tries, and `onGiveUp` gets the reason:
// start.ts then stops everything and exits non-zero with it. Meanwhile the dashboard answers
// 503 "the database is unavailable" (proxy.ts) and comes back by itself.
import type { EmbeddedHandle } from '@/lib/db/embedded';

export interface RestartPolicy {
  maxRestarts: number;
  /** Wait before the first try; doubled for each further one, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A server that stays up this long has recovered: the count of tries starts again. */
  stableAfterMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = { maxRestarts: 5, baseDelayMs: 1000, maxDelayMs: 16_000, stableAfterMs: 60_000 };

/** The policy, with STANCE_LENS_PG_MAX_RESTARTS / STANCE_LENS_PG_RESTART_DELAY_MS when set (tests use them). */
export function restartPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): RestartPolicy {
  const int = (v: string | undefined, fallback: number) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : fallback);
  return {
    ...DEFAULT_RESTART_POLICY,
    maxRestarts: int(env.STANCE_LENS_PG_MAX_RESTARTS, DEFAULT_RESTART_POLICY.maxRestarts),
    baseDelayMs: int(env.STANCE_LENS_PG_RESTART_DELAY_MS, DEFAULT_RESTART_POLICY.baseDelayMs),
  };
}

/** The wait before try number `attempt` (1-based). */
export function restartDelay(attempt: number, policy: RestartPolicy): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
}

export interface Supervisor {
  /** false from an unexpected exit until the server runs again. */
  up(): boolean;
  /** No more restarts (called first thing on shutdown: the stop signal reaches Postgres too). */
  stop(): void;
}

export function superviseEmbedded(
  handle: EmbeddedHandle,
  opts: { log: (line: string) => void; onGiveUp: (reason: string) => void; policy?: RestartPolicy; now?: () => number },
): Supervisor {
  const policy = opts.policy ?? DEFAULT_RESTART_POLICY;
  const now = opts.now ?? Date.now;
  let stopped = false;
  let up = true;
  let tries = 0;
  let upSince = now();
  let timer: NodeJS.Timeout | null = null;
  const wait = (ms: number) => new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));

  handle.onExit(async (reason) => {
    if (stopped) return;
    up = false;
    if (now() - upSince >= policy.stableAfterMs) tries = 0;
    opts.log(`${reason}; restarting it`);
    let last = reason;
    while (!stopped) {
      if (tries >= policy.maxRestarts) {
        opts.onGiveUp(`the embedded PostgreSQL could not be kept running (${policy.maxRestarts} restarts tried; last: ${last})`);
        return;
      }
      tries += 1;
      const delay = restartDelay(tries, policy);
      opts.log(`restarting PostgreSQL in ${(delay / 1000).toFixed(1)} s (try ${tries} of ${policy.maxRestarts})`);
      await wait(delay);
      if (stopped) return;
      try {
        await handle.restart();
        up = true;
        upSince = now();
        opts.log(`PostgreSQL runs again (pid ${handle.pid()}); the dashboard answers again by itself`);
        return;
      } catch (err) {
        last = (err as Error).message;
        opts.log(`restart ${tries} of ${policy.maxRestarts} failed: ${last}`);
      }
    }
  });

  return {
    up: () => up,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
