// Is the database answering? proxy.ts asks before every page and API request, so that while
// Postgres is down the dashboard answers 503 "the database is unavailable" (not a 500) and
// comes back by itself when it returns. One connection of its own runs `SELECT 1`; answers are
// reused for a short while and concurrent callers share one probe, so the cost is a round trip
// every `maxAgeMs` at most, whatever the traffic.
import pg from 'pg';

export interface ProbeOptions {
  /** How long an answer is reused. */
  maxAgeMs?: number;
  /** A probe that takes longer counts as "down" (a hung or overloaded server). */
  timeoutMs?: number;
}

export interface DatabaseProbe {
  /** true when the database answered (now or within maxAgeMs). */
  up(): Promise<boolean>;
  close(): Promise<void>;
}

export function databaseProbe(url: string, opts: ProbeOptions = {}): DatabaseProbe {
  const maxAgeMs = opts.maxAgeMs ?? 500;
  const timeoutMs = opts.timeoutMs ?? 2000;
  let client: pg.Client | null = null;
  let last: { up: boolean; at: number } | null = null;
  let inFlight: Promise<boolean> | null = null;

  const drop = () => {
    const c = client;
    client = null;
    c?.end().catch(() => {});
  };

  const probe = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    try {
      const answer = (async () => {
        if (!client) {
          const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, application_name: 'stance-lens health' });
          // A server that goes away emits 'error' on an idle client; the next probe reconnects.
          c.on('error', () => {
            if (client === c) drop();
          });
          client = c;
          await c.connect();
        }
        await client.query('SELECT 1');
        return true;
      })();
      const timeout = new Promise<boolean>((_, reject) => {
        timer = setTimeout(() => reject(new Error('probe timed out')), timeoutMs);
      });
      return await Promise.race([answer, timeout]);
    } catch {
      drop();
      return false;
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    up() {
      if (last && Date.now() - last.at < maxAgeMs) return Promise.resolve(last.up);
      inFlight ??= probe().then((up) => {
        last = { up, at: Date.now() };
        inFlight = null;
        return up;
      });
      return inFlight;
    },
    async close() {
      drop();
    },
  };
}
