// app/error.tsx's own retries: a page that fails tries again by itself a limited number of
// times per address, and starts afresh when its last run of failures is long past.
import { describe, expect, it } from 'vitest';
import { AUTO_RETRY_DELAY_MS, AUTO_RETRY_LIMIT, nextAutoRetry } from '@/lib/http/auto-retry';

describe('nextAutoRetry', () => {
  it('tries again every few seconds, then stops after the limit', () => {
    const tally = new Map();
    const tries = Array.from({ length: AUTO_RETRY_LIMIT + 2 }, (_, i) => nextAutoRetry('/compare', 1_000 + i * AUTO_RETRY_DELAY_MS, tally));
    expect(tries[0]).toEqual({ scheduled: true, attempt: 1, limit: AUTO_RETRY_LIMIT, delayMs: AUTO_RETRY_DELAY_MS });
    expect(tries[AUTO_RETRY_LIMIT - 1]).toMatchObject({ scheduled: true, attempt: AUTO_RETRY_LIMIT });
    expect(tries[AUTO_RETRY_LIMIT]).toMatchObject({ scheduled: false, attempt: AUTO_RETRY_LIMIT });
    expect(tries[AUTO_RETRY_LIMIT + 1]!.scheduled).toBe(false);
  });

  it('counts each address on its own', () => {
    const tally = new Map();
    for (let i = 0; i < AUTO_RETRY_LIMIT; i++) nextAutoRetry('/compare', i, tally);
    expect(nextAutoRetry('/compare', 100, tally).scheduled).toBe(false);
    expect(nextAutoRetry('/compare?stance=critical', 100, tally)).toMatchObject({ scheduled: true, attempt: 1 });
  });

  it('starts afresh when the failures are long past', () => {
    const tally = new Map();
    for (let i = 0; i <= AUTO_RETRY_LIMIT; i++) nextAutoRetry('/events', i, tally);
    expect(nextAutoRetry('/events', 10, tally).scheduled).toBe(false);
    expect(nextAutoRetry('/events', 60 * 60_000, tally)).toMatchObject({ scheduled: true, attempt: 1 });
  });
});
