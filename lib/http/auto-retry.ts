// How often app/error.tsx tries again by itself. Tries are counted per address over a window,
// in module state (the error page may be unmounted and mounted again between two failed tries),
// so that a page broken for good stops after `limit` tries while a page that failed once, long
// ago, starts afresh. The delay matches the 503 page's refresh (lib/http/unavailable.ts).

export const AUTO_RETRY_DELAY_MS = 5_000;
export const AUTO_RETRY_LIMIT = 24;
/** Tries older than this no longer count: two minutes of tries plus slack. */
const WINDOW_MS = AUTO_RETRY_LIMIT * AUTO_RETRY_DELAY_MS + 60_000;

export interface AutoRetry {
  scheduled: boolean;
  /** This try's number, 1-based (when scheduled). */
  attempt: number;
  limit: number;
  delayMs: number;
}

interface Tally {
  count: number;
  first: number;
}

const tallies = new Map<string, Tally>();

/** Counts one failure of the page at `key` at time `now`, and says whether to try again. */
export function nextAutoRetry(key: string, now: number, tally: Map<string, Tally> = tallies): AutoRetry {
  let t = tally.get(key);
  if (!t || now - t.first > WINDOW_MS) {
    t = { count: 0, first: now };
    tally.set(key, t);
  }
  t.count += 1;
  const scheduled = t.count <= AUTO_RETRY_LIMIT;
  return { scheduled, attempt: Math.min(t.count, AUTO_RETRY_LIMIT), limit: AUTO_RETRY_LIMIT, delayMs: AUTO_RETRY_DELAY_MS };
}
