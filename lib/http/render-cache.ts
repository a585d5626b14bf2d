// Rendered pages kept per data version (issue 15): an anonymous GET of a read-only page whose
// data did not change since it was last rendered is answered with the same HTML, without
// running React again. The key is the data version (lib/queries/data-version.ts: bumped in the
// writing transaction by every write to a table these pages read), the URL, the origin the page
// prints and the UTC day (the event sheet prints today's date). A curator (session cookie), a
// client-side navigation (RSC payload) or a prefetch always renders.
//
// It runs in the Proxy (proxy.ts), before the page: a miss renders the page by asking this same
// server for it with a marker header (which the Proxy lets through), keeps the HTML when it is a
// 200, and answers with it. Concurrent misses for one key share that one render.
//
// Per-request nonces (a Content-Security-Policy with 'nonce-…'): the rendered page carries the
// nonce of the request that rendered it, which is recorded with the entry and replaced by the
// current request's nonce in every copy served (`nonce` argument of servePage).
import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { mayWrite } from '@/lib/db/read-route';
import { corpusVersion } from '@/lib/queries/data-version';
import { keepRendered } from './render-cache-marker';

/** The marker of the Proxy's own render requests. */
export const RENDER_HEADER = 'x-stance-lens-render';
const MAX_BYTES = 48 * 2 ** 20;

/**
 * The pages kept: read-only views that print nothing per visitor. The blind-reading page is one:
 * its set and a class's marks are all in the URL (a link without a seed redirects to a new one,
 * and a redirect is never kept).
 */
const CACHED_ROUTES = [/^\/$/, /^\/events\/[^/]+$/, /^\/events\/[^/]+\/blind$/, /^\/compare$/, /^\/articles$/, /^\/claims$/, /^\/sources$/, /^\/events$/, /^\/publishers$/, /^\/terms$/, /^\/amplification$/];

interface Entry {
  status: number;
  html: string;
  headers: [string, string][];
  /** The nonce the page was rendered with, if any. */
  nonce: string | null;
  bytes: number;
  /** False for a render that showed older data on purpose (lib/http/render-cache-marker.ts). */
  keep: boolean;
}

interface Store {
  /** The newest data version seen; entries of older versions are dropped when it moves. */
  version: bigint;
  map: Map<string, Promise<Entry | null>>;
  sizes: Map<string, number>;
  bytes: number;
}
const g = globalThis as unknown as { __stanceLensRenders?: Store };
const store: Store = (g.__stanceLensRenders ??= { version: -1n, map: new Map(), sizes: new Map(), bytes: 0 });

function drop(key: string) {
  store.map.delete(key);
  store.bytes -= store.sizes.get(key) ?? 0;
  store.sizes.delete(key);
}

export function renderCacheEnabled(): boolean {
  return process.env.STANCE_LENS_RENDER_CACHE !== 'off' && process.env.STANCE_LENS_QUERY_CACHE !== 'off';
}

/** Whether this request may be answered from the cache. */
export function cacheable(request: NextRequest): boolean {
  if (!renderCacheEnabled() || request.method !== 'GET') return false;
  // Client-side navigations and prefetches ask for the RSC payload, not the HTML (their headers
  // and `_rsc` parameter reach the Proxy because next.config.js sets skipProxyUrlNormalize).
  const h = request.headers;
  if (h.has(RENDER_HEADER) || h.has('rsc') || h.has('next-router-state-tree') || h.has('next-router-prefetch') || h.has('next-action')) return false;
  if (request.nextUrl.searchParams.has('_rsc')) return false;
  // A visitor's read, as lib/db/read-route.ts tells them apart (with a standby, what it reads from).
  if (request.cookies.has(SESSION_COOKIE) || mayWrite(request.headers)) return false;
  return CACHED_ROUTES.some((r) => r.test(request.nextUrl.pathname));
}

function origin(request: NextRequest): string {
  const h = request.headers;
  const host = (h.get('x-forwarded-host') ?? h.get('host') ?? '').split(',')[0]!.trim();
  const proto = (h.get('x-forwarded-proto') ?? 'http').split(',')[0]!.trim();
  return `${proto}://${host}`;
}

const NONCE = /'nonce-([A-Za-z0-9+/=_-]+)'/;

async function render(request: NextRequest): Promise<Entry | null> {
  // This server's own port (npm start and the tests set PORT for next start).
  const url = new URL(request.nextUrl.pathname + request.nextUrl.search, `http://127.0.0.1:${process.env.PORT || request.nextUrl.port || 3000}`);
  const headers = new Headers();
  for (const name of ['host', 'x-forwarded-host', 'x-forwarded-proto', 'accept', 'accept-language', 'user-agent']) {
    const v = request.headers.get(name);
    if (v) headers.set(name, v);
  }
  headers.set(RENDER_HEADER, '1');
  const res = await fetch(url, { headers, redirect: 'manual' });
  const html = await res.text();
  if (res.status !== 200 || !(res.headers.get('content-type') ?? '').startsWith('text/html')) return null;
  const kept: [string, string][] = [];
  for (const [k, v] of res.headers) if (k === 'content-type' || k === 'cache-control' || k === 'vary' || k === 'content-security-policy') kept.push([k, v]);
  const nonce = res.headers.get('content-security-policy')?.match(NONCE)?.[1] ?? null;
  return { status: res.status, html, headers: kept, nonce, bytes: html.length * 2, keep: keepRendered(html) };
}

/**
 * The page from the cache (rendering it once if needed), or null when the request is not one the
 * cache answers or the page did not render a 200 (the caller then lets Next render it as usual).
 * `nonce`: this request's CSP nonce, when the Proxy sets one.
 */
export async function servePage(request: NextRequest, opts: { nonce?: string } = {}): Promise<NextResponse | null> {
  if (!cacheable(request)) return null;
  const version = BigInt(await corpusVersion());
  if (version > store.version) {
    // The data changed: every page kept so far is out of date.
    store.version = version;
    store.map.clear();
    store.sizes.clear();
    store.bytes = 0;
  } else if (version < store.version) {
    return null; // a request that read the version just before a commit: let Next render it
  }
  const key = `${new Date().toISOString().slice(0, 10)} ${origin(request)} ${request.nextUrl.pathname}${request.nextUrl.search}`;
  let pending = store.map.get(key);
  const hit = !!pending;
  if (pending) {
    store.map.delete(key);
    store.map.set(key, pending); // most recently used last
  } else {
    const mine: Promise<Entry | null> = render(request).catch(() => null);
    pending = mine;
    store.map.set(key, mine);
    void mine.then((e) => {
      if (store.map.get(key) !== mine) return; // dropped meanwhile
      if (!e || !e.keep) return drop(key); // the requests waiting for it still get it
      store.sizes.set(key, e.bytes);
      store.bytes += e.bytes;
      for (const k of store.map.keys()) {
        if (store.bytes <= MAX_BYTES) break;
        drop(k);
      }
    });
  }
  const entry = await pending;
  if (!entry) return null;
  const html = entry.nonce && opts.nonce && entry.nonce !== opts.nonce ? entry.html.split(entry.nonce).join(opts.nonce) : entry.html;
  const res = new NextResponse(html, { status: entry.status });
  for (const [k, v] of entry.headers) if (k !== 'content-security-policy') res.headers.set(k, v);
  res.headers.set('x-stance-lens-render-cache', hit ? 'hit' : 'miss');
  return res;
}
