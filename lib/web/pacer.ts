// Per-host pacing: at most `concurrency` requests to one host at a time, and consecutive
// requests to a host start at least `minDelayMs` apart (a robots.txt Crawl-delay or a
// Retry-After can stretch that for the host). Hosts are independent: a slow site does not hold up
// the others. Kept in memory per process: one CLI run, or one worker, paces its own requests.

interface HostState {
  active: number;
  /** Earliest time the next request to this host may start. */
  nextStart: number;
  delayMs: number;
  waiting: (() => void)[];
}

export interface PacerClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: PacerClock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

export class HostPacer {
  private readonly hosts = new Map<string, HostState>();

  constructor(
    private readonly minDelayMs: number,
    private readonly concurrency = 2,
    private readonly clock: PacerClock = realClock,
  ) {}

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      s = { active: 0, nextStart: 0, delayMs: this.minDelayMs, waiting: [] };
      this.hosts.set(host, s);
    }
    return s;
  }

  /** A host asks for more room between requests (Crawl-delay); never less than the setting. */
  setHostDelay(host: string, ms: number) {
    const s = this.state(host);
    s.delayMs = Math.max(this.minDelayMs, ms);
  }

  /** No request to `host` starts before `at` (a Retry-After). */
  holdUntil(host: string, at: number) {
    const s = this.state(host);
    s.nextStart = Math.max(s.nextStart, at);
  }

  /** Waits for a free slot and the host's delay; the caller must call the returned release once done. */
  async acquire(host: string): Promise<() => void> {
    const s = this.state(host);
    while (s.active >= this.concurrency) await new Promise<void>((resolve) => s.waiting.push(resolve));
    s.active++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      s.active--;
      s.waiting.shift()?.();
    };
    try {
      // Claim a start time before sleeping, so two waiters cannot pick the same one.
      for (;;) {
        const now = this.clock.now();
        if (now >= s.nextStart) {
          s.nextStart = now + s.delayMs;
          break;
        }
        await this.clock.sleep(s.nextStart - now);
      }
    } catch (err) {
      release();
      throw err;
    }
    return release;
  }

  /** Runs `task` in a slot of `host` (acquire, then release when it settles). */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const release = await this.acquire(host);
    try {
      return await task();
    } finally {
      release();
    }
  }
}
