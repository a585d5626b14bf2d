// The one way every route handler answers with JSON: never cached, and every error in one shape,
//   { "error": { "status": 400, "code": "bad_param", "message": "…", "param": "limit" } }
// (docs/api.md). Handlers parse, check, call lib/, then answer through json() or errorResponse().
import { AuthError } from '@/lib/auth/actor';
import { CurationError } from '@/lib/curation/errors';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/lib/db/unavailable';
import { DatasetNotFoundError, DatasetParamError } from '@/lib/filters/errors';

export const NO_STORE = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } as const;

/** A JSON answer that no cache keeps. */
export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

export function jsonError(status: number, code: string, message: string, param?: string): Response {
  return json({ error: { status, code, message, ...(param ? { param } : {}) } }, status);
}

const CODES: Record<number, string> = { 400: 'bad_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 409: 'conflict' };

/**
 * The error a lib/ function threw, as its response: a refused or unknown request says why (its
 * message is meant for the user); anything else is logged under `context` and answered with
 * `message`, a 500 that tells nothing of the server's internals. A database that is down or
 * unreachable is a 503 that says so (the same answer proxy.ts gives while it stays down).
 */
export function errorResponse(err: unknown, context: string, message = 'The request failed on the server.'): Response {
  if (err instanceof DatasetParamError) return jsonError(400, 'bad_param', err.message, err.param);
  if (err instanceof DatasetNotFoundError) return jsonError(404, 'not_found', err.message);
  if (err instanceof AuthError || err instanceof CurationError) return jsonError(err.status, CODES[err.status]!, err.message);
  if (isDatabaseUnavailable(err)) {
    console.error(`[${context}] the database is unavailable: ${(err as Error)?.message ?? String(err)}`);
    const res = jsonError(503, 'database_unavailable', DATABASE_UNAVAILABLE_MESSAGE);
    res.headers.set('Retry-After', '5');
    return res;
  }
  console.error(`[${context}]`, err);
  return jsonError(500, 'server_error', message);
}
