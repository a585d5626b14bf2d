// Results of the dashboard's aggregate queries, kept in the server process until the data
// changes. "Until the data changes" is exact: entries are keyed by the database's current
// snapshot (pg_current_snapshot()), which stays the same exactly as long as no transaction that
// writes has started or ended — so a hit can only return what the query would return now. An
// import or a curator's edit moves the snapshot and every entry becomes a miss; on an idle
// dashboard the aggregates (seconds at 1M articles) cost one round trip. No invalidation hooks,
// so it also holds for writes from other processes (CLI imports, the worker, psql).
import { cache as perRequest } from 'react';
import { dataVersion } from '@/lib/db/data-version';
import { prisma, type Db } from '@/lib/db/prisma';

const MAX_ENTRIES = 300;

interface Entry {
  snapshot: string;
  value: Promise<unknown>;
}

// One map per client (one database): the app's prisma() in the server, a test's own database
// beside it. A snapshot only means something in the database it was read from.
// Kept on globalThis so that Next's module reloads in development share them.
const g = globalThis as unknown as Record<string, WeakMap<Db, Map<string, unknown>> | undefined>;
function perClient<V>(slot: string, db: Db): Map<string, V> {
  const all = (g[slot] ??= new WeakMap());
  let map = all.get(db);
  if (!map) all.set(db, (map = new Map()));
  return map as Map<string, V>;
}
const entries = (db: Db) => perClient<Entry>('__stanceLensQueryCache', db);

export function queryCacheEnabled(): boolean {
  return process.env.STANCE_LENS_QUERY_CACHE !== 'off';
}

// Read afresh for every request (React's cache() scopes it to one server render), so a page
// rendered after a commit always sees it; the queries of one page share the one round trip.
// On a standby the version is its replay position (lib/db/data-version.ts).
const currentSnapshot = perRequest((db: Db): Promise<string> => dataVersion(db));

/**
 * `load()`'s result, computed at most once per key while the data stays the same. Callers get
 * their own copy, so nothing they do to it reaches the next request. Values must be
 * structured-cloneable (plain rows, Dates, BigInts). `db` is the client `load` reads through.
 */
export async function cachedQuery<T>(key: string, load: () => Promise<T>, db: Db = prisma()): Promise<T> {
  if (!queryCacheEnabled()) return load();
  const snapshot = await currentSnapshot(db);
  const map = entries(db);
  const hit = map.get(key);
  if (hit && hit.snapshot === snapshot) {
    map.delete(key);
    map.set(key, hit); // most recently used last
    return structuredClone((await hit.value) as T);
  }
  // Stored before it resolves, so concurrent requests for the same key wait for one query.
  // Filed under the snapshot read before the query ran: if the data changed meanwhile, that
  // snapshot is never current again and the entry is simply never hit.
  // A real promise: Prisma's are lazy thenables that would run again for every then().
  const value = Promise.resolve(load());
  const entry: Entry = { snapshot, value };
  map.set(key, entry);
  value.catch(() => {
    if (map.get(key) === entry) map.delete(key);
  });
  while (map.size > MAX_ENTRIES) map.delete(map.keys().next().value!);
  return structuredClone(await value);
}

/** A stable key from a function name and its arguments. */
export function cacheKey(name: string, ...args: unknown[]): string {
  return `${name}:${JSON.stringify(args)}`;
}

/**
 * One page of a list view, kept like any aggregate. A batch that continues a cursor (an export or
 * the API walking every row) is read once and not kept, so a large export never fills the cache.
 */
export function cachedPage<T>(key: string, req: { after?: unknown }, load: () => Promise<T>, db: Db = prisma()): Promise<T> {
  return req.after ? load() : cachedQuery(key, load, db);
}

/** A result read through cachedRecent: the value, and whether it predates the current data. */
export interface Recent<T> {
  value: T;
  /** Null when the value is the data's as they are now; else when its count started. */
  countedAt: Date | null;
}

interface RecentState {
  /** The last value that finished, with the version it was counted at. */
  settled?: { snapshot: string; value: unknown; at: Date };
  /** The one count running for this key, whatever version it started at. */
  inflight?: { snapshot: string; value: Promise<unknown>; at: Date };
}

const recentStates = (db: Db) => perClient<RecentState>('__stanceLensRecentCache', db);

/**
 * For a few views whose query takes seconds (the distinctive words of a slice: ts_stat over
 * thousands of texts, not summarisable), where waiting for every recount while an import commits
 * file after file would leave the page unanswered: the value at the current data version if it
 * can be had within `waitMs` of the recount's start, else the last value counted, marked with when (`countedAt`), while
 * the recount goes on in the background and fills the cache for the next request. At most one
 * count per key runs at a time, so a busy import does not pile up recounts. Everything else stays
 * on cachedQuery, which never returns a value older than the data.
 */
export async function cachedRecent<T>(key: string, load: () => Promise<T>, waitMs: number, db: Db = prisma()): Promise<Recent<T>> {
  if (!queryCacheEnabled()) return { value: await load(), countedAt: null };
  const snapshot = await currentSnapshot(db);
  const map = recentStates(db);
  let state = map.get(key);
  if (!state) {
    map.set(key, (state = {}));
    while (map.size > MAX_ENTRIES) map.delete(map.keys().next().value!);
  }
  const s = state;
  if (s.settled?.snapshot === snapshot) return { value: structuredClone(s.settled.value as T), countedAt: null };
  if (!s.inflight) {
    const run = { snapshot, value: Promise.resolve(load()) as Promise<unknown>, at: new Date() };
    s.inflight = run;
    run.value.then(
      (value) => {
        s.settled = { snapshot: run.snapshot, value, at: run.at };
        if (s.inflight === run) s.inflight = undefined;
      },
      () => {
        if (s.inflight === run) s.inflight = undefined;
      },
    );
  }
  const run = s.inflight;
  const counted = (value: unknown): Recent<T> => ({ value: structuredClone(value as T), countedAt: run.snapshot === snapshot ? null : run.at });
  // Nothing counted yet: this request waits for the count, however long it takes.
  if (!s.settled) return counted(await run.value);
  // The wait counts from the recount's start: a request arriving while a long recount runs
  // gets the last count at once instead of waiting again.
  const last = (): Recent<T> => ({ value: structuredClone(s.settled!.value as T), countedAt: s.settled!.at });
  const remaining = waitMs - (Date.now() - run.at.getTime());
  if (remaining <= 0) return last();
  const timer = new Promise<'late'>((resolve) => setTimeout(resolve, remaining, 'late').unref?.());
  const first = await Promise.race([run.value, timer]);
  return first === 'late' ? last() : counted(first);
}
