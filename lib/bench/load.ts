// `npm run bench -- --load`: many clients at once against the main pages, the API and an
// export, mixed, for a fixed time: does the dashboard stay up (no errors, no timeouts) and how
// slow does it get? Each client is a loop that requests the next target as soon as its last
// answer is in (keep-alive connections, like a browser's); every answer's status and time is
// kept per target.
import { percentile } from './http-bench';

export interface LoadTarget {
  id: string;
  label: string;
  path: string;
}

export const LOAD_TARGETS: LoadTarget[] = [
  { id: 'overview', label: 'Overview', path: '/' },
  { id: 'event', label: 'Event page (1988)', path: '/events/1988-massacre' },
  { id: 'compare', label: 'Compare', path: '/compare' },
  { id: 'articles-filtered', label: 'Articles, mainstream', path: '/articles?stance=mainstream' },
  { id: 'articles-search', label: 'Articles, full-text search', path: '/articles?q=executions' },
  { id: 'api-articles', label: 'API: articles (100 per page)', path: '/api/v1/articles?limit=100' },
  { id: 'api-events', label: 'API: events', path: '/api/v1/events' },
  { id: 'export-csv', label: 'Export: the 1988 event’s articles as CSV', path: '/api/export/articles?event=1988-massacre&format=csv' },
];

export interface TargetResult {
  id: string;
  label: string;
  path: string;
  requests: number;
  /** Connection failures and answers other than 2xx. */
  errors: number;
  timeouts: number;
  p50: number;
  p99: number;
  bytes: number;
}

export interface LoadResult {
  connections: number;
  seconds: number;
  timeoutMs: number;
  targets: TargetResult[];
  total: { requests: number; errors: number; timeouts: number; p50: number; p99: number; perSecond: number };
}

export async function runLoad(
  baseUrl: string,
  opts: { connections: number; seconds: number; timeoutMs: number; targets?: LoadTarget[] },
): Promise<LoadResult> {
  const targets = opts.targets ?? LOAD_TARGETS;
  const times = targets.map(() => [] as number[]);
  const errors = targets.map(() => 0);
  const timeouts = targets.map(() => 0);
  const bytes = targets.map(() => 0);
  const attempts = targets.map(() => 0);
  const all: number[] = [];
  const deadline = performance.now() + opts.seconds * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: opts.connections }, async () => {
      while (performance.now() < deadline) {
        const i = next++ % targets.length;
        attempts[i]!++;
        const t = performance.now();
        try {
          const res = await fetch(baseUrl + targets[i]!.path, { signal: AbortSignal.timeout(opts.timeoutMs) });
          bytes[i]! += (await res.arrayBuffer()).byteLength;
          if (res.status < 200 || res.status > 299) errors[i]!++;
          const ms = performance.now() - t;
          times[i]!.push(ms);
          all.push(ms);
        } catch (err) {
          if ((err as Error).name === 'TimeoutError') timeouts[i]!++;
          else errors[i]!++;
        }
      }
    }),
  );
  const results = targets.map((target, i) => {
    const sorted = times[i]!.sort((a, b) => a - b);
    return { ...target, requests: attempts[i]!, errors: errors[i]!, timeouts: timeouts[i]!, p50: percentile(sorted, 50), p99: percentile(sorted, 99), bytes: bytes[i]! };
  });
  all.sort((a, b) => a - b);
  const requests = results.reduce((n, r) => n + r.requests, 0);
  return {
    connections: opts.connections,
    seconds: opts.seconds,
    timeoutMs: opts.timeoutMs,
    targets: results,
    total: {
      requests,
      errors: results.reduce((n, r) => n + r.errors, 0),
      timeouts: results.reduce((n, r) => n + r.timeouts, 0),
      p50: percentile(all, 50),
      p99: percentile(all, 99),
      perSecond: requests / opts.seconds,
    },
  };
}
