// Where a query goes when DATABASE_REPLICA_URL names a streaming standby (docs/adr/0009-read-replica.md).
// The one place that decides; prisma() and pgPool() ask on every call:
//  - no DATABASE_REPLICA_URL: the primary, always;
//  - outside a request (the CLI, the worker, start-up, tests, Next's build and its caches): the
//    primary — every import, analysis run and queued job writes and reads there;
//  - a request that may write — a server action (its `next-action` header) or any request with a
//    body (form posts, uploads, JSON): the primary;
//  - a request carrying the curator's session cookie: the primary, so a curator sees their own
//    edit at once, on every page they open. The cookie's presence is enough: it costs no unsealing
//    per query, and a visitor who sends a made-up one merely reads the primary, never wrong data;
//  - every other request — the read-only views, exports and the API as visitors use them: the standby.
// The request is Next's own request store (what `cookies()` and `headers()` read), looked up
// synchronously so prisma() stays a plain function; lib/queries does not change.
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external';
import { z } from 'zod';
import { SESSION_COOKIE } from '@/lib/auth/session-cookie';

export type ReadTarget = 'primary' | 'replica';

const replicaSchema = z.preprocess(
  (v) => (v === '' ? undefined : v),
  z
    .string()
    .refine((v) => /^postgres(ql)?:\/\//.test(v), 'DATABASE_REPLICA_URL must be a postgres:// or postgresql:// URL')
    .optional(),
);

/** The standby's URL, or null when reads stay on the primary. */
export function replicaUrl(): string | null {
  return replicaSchema.parse(process.env.DATABASE_REPLICA_URL) ?? null;
}

/** Whether a request's headers say it may write: a server action, or a body of any kind. */
export function mayWrite(headers: Pick<Headers, 'get' | 'has'>): boolean {
  if (headers.has('next-action') || headers.has('content-type') || headers.has('transfer-encoding')) return true;
  const length = headers.get('content-length');
  return length !== null && length !== '0';
}

/** The server the current call should read from. */
export function readTarget(): ReadTarget {
  if (!process.env.DATABASE_REPLICA_URL) return 'primary';
  const store = workUnitAsyncStorage.getStore();
  if (!store || store.type !== 'request') return 'primary';
  if (store.cookies.has(SESSION_COOKIE)) return 'primary';
  if (mayWrite(store.headers)) return 'primary';
  return 'replica';
}
