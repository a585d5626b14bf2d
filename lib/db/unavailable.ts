// Telling "the database is down or unreachable" apart from every other failure, so the pages
// (proxy.ts) and the route handlers (lib/http/respond.ts) can answer 503 with that reason
// instead of a generic 500. Errors arrive from node-postgres directly (socket errors, Postgres'
// own shutdown codes) or wrapped by Prisma's driver adapter (P1001, P1017, the original message
// kept), so the error, its `cause` chain and Prisma's `meta` are all looked at.

/** What the user is told, on the 503 page and in the API's error. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database is unavailable. stance-lens cannot reach its PostgreSQL server right now; the page answers again by itself as soon as the database is back.';

const CODES = new Set([
  // sockets
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  // Prisma: can't reach the server, timed out reaching it, server closed the connection,
  // no connection from the pool in time
  'P1001',
  'P1002',
  'P1017',
  'P2024',
  // Postgres: admin shutdown, crash shutdown, cannot connect now (starting, recovering),
  // connection exceptions (class 08), too many connections
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
]);

const MESSAGES =
  /connection terminated|connection (?:is )?closed|server has closed the connection|can't reach database server|ECONNREFUSED|ECONNRESET|the database system is (?:starting up|shutting down|in recovery mode|not yet accepting connections)|terminating connection due to (?:administrator command|unexpected postmaster exit)|timeout exceeded when trying to connect|Client has encountered a connection error|DatabaseNotReachable|ConnectionClosed/i;

export function isDatabaseUnavailable(err: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = err;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const o = e as { code?: unknown; message?: unknown; meta?: unknown; cause?: unknown; errors?: unknown };
    if (typeof o.code === 'string' && CODES.has(o.code)) return true;
    if (typeof o.message === 'string' && MESSAGES.test(o.message)) return true;
    if (o.meta && typeof o.meta === 'object') {
      const meta = o.meta as Record<string, unknown>;
      for (const v of Object.values(meta)) if (typeof v === 'string' && (CODES.has(v) || MESSAGES.test(v))) return true;
      if (meta.driverAdapterError && isDatabaseUnavailable(meta.driverAdapterError)) return true;
    }
    // AggregateError (a dual-stack connect refused on both addresses)
    if (Array.isArray(o.errors) && o.errors.some((x) => isDatabaseUnavailable(x))) return true;
    e = o.cause;
  }
  return false;
}
