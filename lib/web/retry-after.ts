/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(value: string | null | undefined, now = Date.now()): number | null {
  const v = value?.trim();
  if (!v) return null;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Exponential backoff with a little jitter: 1 s, 2 s, 4 s … (attempt 0 is the first retry). */
export function backoffMs(attempt: number, baseMs = 1000, random = Math.random): number {
  const base = baseMs * 2 ** attempt;
  return Math.round(base + base * 0.25 * random());
}
