// Next's Proxy (formerly middleware) runs before every page, route handler and server action:
//  1. the security headers, with a Content-Security-Policy that carries a fresh nonce per request
//     (Next reads the nonce back from the request's CSP header and puts it on its own scripts and
//     styles: app/guides/content-security-policy in Next's docs); lib/http/security-headers.ts;
//  2. while the database does not answer, a 503 that says so instead of a 500 (lib/db/health.ts):
//     a page of its own that reloads itself, or the API's JSON error;
//  3. the render cache (lib/http/render-cache.ts): an anonymous GET of a read-only page whose data
//     did not change since it was last rendered gets that HTML, this request's nonce put in it.
// It runs on every path, static files included (they get the headers and skip the database
// check: a page already shown keeps its scripts and styles).
import { NextResponse, type NextRequest } from 'next/server';
import { databaseProbe, type DatabaseProbe } from '@/lib/db/health';
import { isHttps } from '@/lib/http/https';
import { servePage } from '@/lib/http/render-cache';
import { contentSecurityPolicy, newNonce, securityHeaders } from '@/lib/http/security-headers';
import { databaseUnavailableJson, databaseUnavailablePage, RETRY_AFTER_SECONDS } from '@/lib/http/unavailable';

let probe: DatabaseProbe | null = null;
let probeUrl: string | undefined;

function database(): DatabaseProbe | null {
  const url = process.env.DATABASE_URL;
  if (!url) return null;
  if (!probe || probeUrl !== url) {
    void probe?.close();
    probe = databaseProbe(url);
    probeUrl = url;
  }
  return probe;
}

export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === 'development' });
  const headers = { 'Content-Security-Policy': csp, ...securityHeaders({ https: isHttps(request.headers, request.url) }) };

  const asset = request.nextUrl.pathname.startsWith('/_next/static/');
  const db = asset ? null : database();
  if (db && !(await db.up())) {
    const api = request.nextUrl.pathname.startsWith('/api/');
    const res = api
      ? databaseUnavailableJson()
      : new NextResponse(databaseUnavailablePage(nonce), {
          status: 503,
          headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': String(RETRY_AFTER_SECONDS) },
        });
    for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
    return res;
  }

  const cached = asset ? null : await servePage(request, { nonce });
  if (cached) {
    for (const [k, v] of Object.entries(headers)) cached.headers.set(k, v);
    return cached;
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
  return res;
}

// No matcher: every request, as the headers must be on every response.
