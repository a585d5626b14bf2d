// The pacer's guarantees on a simulated clock: exact, whatever the machine's load. The
// integration test (tests/integration/web-fetch.test.ts) checks the same against a real server.
import { describe, expect, it } from 'vitest';
import { HostPacer, type PacerClock } from '@/lib/web/pacer';

/** A clock that only moves when every task is waiting on it. */
function simulatedClock() {
  let now = 0;
  const sleepers: Array<{ until: number; wake: () => void }> = [];
  const clock: PacerClock = {
    now: () => now,
    sleep: (ms) => new Promise<void>((wake) => sleepers.push({ until: now + ms, wake })),
  };
  /** Lets pending work settle, then jumps to the next sleeper's time; false when none is left. */
  const tick = async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
    if (sleepers.length === 0) return false;
    sleepers.sort((a, b) => a.until - b.until);
    const next = sleepers.shift()!;
    now = Math.max(now, next.until);
    next.wake();
    return true;
  };
  return { clock, tick, at: () => now };
}

describe('per-host pacing', () => {
  it('starts requests to one host at least the delay apart, at most 2 at a time, and leaves other hosts alone', async () => {
    const sim = simulatedClock();
    const pacer = new HostPacer(250, 2, sim.clock);
    const starts: Record<string, number[]> = { a: [], b: [] };
    let active = 0;
    let maxActive = 0;
    const task = (host: 'a' | 'b', busyMs: number) =>
      pacer.run(host, async () => {
        starts[host]!.push(sim.at());
        active += host === 'a' ? 1 : 0;
        maxActive = Math.max(maxActive, active);
        await sim.clock.sleep(busyMs);
        active -= host === 'a' ? 1 : 0;
      });
    const all = Promise.all([...Array.from({ length: 6 }, () => task('a', 400)), task('b', 10)]);
    while (await sim.tick());
    await all;
    const gaps = starts.a!.slice(1).map((t, i) => t - starts.a![i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(250);
    expect(maxActive).toBe(2);
    expect(starts.b).toEqual([0]);
  });

  it('holds a host until a Retry-After time and stretches its delay for a Crawl-delay, never below the setting', async () => {
    const sim = simulatedClock();
    const pacer = new HostPacer(250, 2, sim.clock);
    pacer.holdUntil('a', 1000);
    pacer.setHostDelay('a', 100); // less than the setting: the setting stays
    pacer.setHostDelay('b', 600);
    const starts: Record<string, number[]> = { a: [], b: [] };
    const task = (host: 'a' | 'b') => pacer.run(host, async () => void starts[host]!.push(sim.at()));
    const all = Promise.all([task('a'), task('a'), task('b'), task('b')]);
    while (await sim.tick());
    await all;
    expect(starts.a).toEqual([1000, 1250]);
    expect(starts.b).toEqual([0, 600]);
  });
});
