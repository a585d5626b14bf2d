// The one way stance-lens fetches from the web (pages, feeds, sitemaps, robots.txt, the archive's
// availability API). Every request passes the address guard (ssrf.ts: scheme, literal addresses,
// every DNS answer at connect time, every redirect), robots.txt (robots.ts), the per-host pacer
// (pacer.ts), a timeout per attempt, retries with backoff on 429/5xx that honour Retry-After, a
// redirect limit with loop detection, a content-type allow-list, and a body cap counted after
// decompression (a gzip bomb is stopped at the cap, not inflated). Nothing here touches the
// database: lib/ingest/web-import.ts stores what comes back.
import { Agent, fetch, type Response } from 'undici';
import { blockedCause, createAddressGuard, type AddressGuard, type LookupAll } from './ssrf';
import { HostPacer } from './pacer';
import { backoffMs, retryAfterMs } from './retry-after';
import { RobotsCache, type RobotsFile } from './robots';
import { parseFetchSettings, userAgent, type FetchSettings } from './settings';

export type FetchKind = 'page' | 'feed' | 'robots' | 'archive-api';

/** What each kind of request accepts: HTML, XML feeds and plain text; JSON only from the archive API. */
const ACCEPT: Record<FetchKind, { header: string; types: RegExp }> = {
  page: { header: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5', types: /^(text\/html|application\/xhtml\+xml|text\/plain)$/ },
  feed: {
    header: 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.5',
    types: /^(application\/(rss|atom|rdf)\+xml|application\/xml|text\/xml|text\/plain)$/,
  },
  robots: { header: 'text/plain', types: /^text\/[a-z.+-]+$/ },
  'archive-api': { header: 'application/json', types: /^(application\/json|text\/plain|text\/javascript)$/ },
};

export type FetchFailure = 'blocked' | 'robots' | 'http' | 'network' | 'timeout' | 'too-large' | 'content-type' | 'redirects';

export class FetchError extends Error {
  constructor(
    reason: string,
    readonly kind: FetchFailure,
    readonly details: { status?: number; url?: string; attempts?: number; bytesRead?: number } = {},
  ) {
    super(reason);
    this.name = 'FetchError';
  }
}

export interface FetchRequest {
  url: string;
  kind: FetchKind;
  /** Conditional request (feeds): the validators of the last answer. */
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchResponse {
  requestedUrl: string;
  /** After redirects. */
  url: string;
  status: number;
  contentType: string;
  headers: Record<string, string>;
  /** Decompressed, at most maxBytes. Empty on 304. */
  body: Buffer;
  fetchedAt: Date;
  redirects: string[];
  attempts: number;
  notModified: boolean;
}

export interface FetcherOptions {
  settings?: FetchSettings;
  /** Tests: a resolver standing in for DNS (the guard still checks what it returns). */
  lookupAll?: LookupAll;
  /** Tests and metrics: called at the start of every HTTP request the fetcher makes. */
  onRequest?: (info: { url: string; kind: FetchKind; attempt: number; at: number }) => void;
}

export class Fetcher {
  readonly settings: FetchSettings;
  readonly userAgent: string;
  private readonly guard: AddressGuard;
  private readonly agent: Agent;
  private readonly pacer: HostPacer;
  private readonly robots: RobotsCache;

  constructor(private readonly opts: FetcherOptions = {}) {
    this.settings = opts.settings ?? parseFetchSettings();
    this.userAgent = userAgent(this.settings.contact);
    this.guard = createAddressGuard(this.settings.allow, opts.lookupAll);
    this.agent = new Agent({
      connect: { lookup: this.guard.lookup, timeout: Math.min(this.settings.timeoutMs, 15_000) },
      headersTimeout: this.settings.timeoutMs,
      bodyTimeout: this.settings.timeoutMs,
      connections: this.settings.perHostConcurrency,
    });
    this.pacer = new HostPacer(this.settings.minDelayMs, this.settings.perHostConcurrency);
    this.robots = new RobotsCache((robotsUrl) => this.loadRobots(robotsUrl));
  }

  async close() {
    await this.agent.close();
  }

  /** Fetches one URL, following redirects itself so each hop is checked. Throws FetchError. */
  async fetch(req: FetchRequest): Promise<FetchResponse> {
    const redirects: string[] = [];
    const seen = new Set<string>();
    let current = parseUrl(req.url);
    let attempts = 0;
    for (;;) {
      const key = current.toString();
      if (seen.has(key)) throw new FetchError(`redirect loop at ${key} after ${redirects.length} redirects`, 'redirects', { url: key });
      seen.add(key);
      this.checkUrl(current);
      if (req.kind !== 'robots' && req.kind !== 'archive-api') await this.checkRobots(current);

      const { res, attempt, release } = await this.withRetries(current, req);
      attempts += attempt;
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        const location = res.headers.get('location');
        await res.body?.cancel().catch(() => {});
        release();
        if (!location) throw new FetchError(`HTTP ${res.status} without a Location header`, 'http', { status: res.status, url: key });
        if (redirects.length >= this.settings.maxRedirects) {
          throw new FetchError(`more than ${this.settings.maxRedirects} redirects (last: ${key})`, 'redirects', { url: key, status: res.status });
        }
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          throw new FetchError(`HTTP ${res.status} to an unreadable Location (${location.slice(0, 100)})`, 'http', { status: res.status, url: key });
        }
        next.hash = '';
        redirects.push(next.toString());
        current = next;
        continue;
      }
      try {
        return await this.finish(req, current, res, redirects, attempts);
      } finally {
        // The host's slot is held until the body is read or dropped.
        release();
      }
    }
  }

  private checkUrl(url: URL) {
    try {
      this.guard.checkUrl(url);
    } catch (err) {
      throw new FetchError((err as Error).message, 'blocked', { url: url.toString() });
    }
  }

  private async checkRobots(url: URL) {
    const verdict = await this.robots.check(url);
    if (verdict.crawlDelayMs !== undefined) this.pacer.setHostDelay(url.host, verdict.crawlDelayMs);
    if (!verdict.allowed) throw new FetchError(verdict.reason ?? 'disallowed by robots.txt', verdict.blocked ? 'blocked' : 'robots', { url: url.toString() });
  }

  private async loadRobots(robotsUrl: string): Promise<RobotsFile> {
    try {
      const res = await this.fetch({ url: robotsUrl, kind: 'robots' });
      return { kind: 'rules', text: res.body.toString('utf8') };
    } catch (err) {
      if (err instanceof FetchError) {
        const s = err.details.status;
        if (s !== undefined && s >= 400 && s < 500) return { kind: 'none' };
        // A robots.txt served as HTML (a site's 200 "not found" page) has no rules for us.
        if (err.kind === 'content-type') return { kind: 'none' };
        if (err.kind === 'blocked') return { kind: 'blocked', reason: err.message };
      }
      return { kind: 'unreachable', reason: (err as Error).message };
    }
  }

  /** One hop: paced, retried on 429/5xx and network errors. Returns the response whose body is still unread. */
  private async withRetries(url: URL, req: FetchRequest): Promise<{ res: Response; attempt: number; release: () => void }> {
    const s = this.settings;
    for (let attempt = 0; ; attempt++) {
      let res: Response | null = null;
      let failure: FetchError | null = null;
      const release = await this.pacer.acquire(url.host);
      try {
        res = await this.request(url, req, attempt);
      } catch (err) {
        failure = this.networkError(err, url);
      }
      const status = res?.status;
      const retryable = failure !== null || status === 429 || (status !== undefined && status >= 500 && status !== 501);
      if (!retryable) return { res: res!, attempt: attempt + 1, release };
      const waitHeader = res ? retryAfterMs(res.headers.get('retry-after')) : null;
      await res?.body?.cancel().catch(() => {});
      release();
      if (failure?.kind === 'blocked') throw failure;
      const reason = failure?.message ?? `HTTP ${status}${status === 429 ? ' (too many requests)' : ''}`;
      if (attempt >= s.retries) {
        throw failure
          ? new FetchError(`${reason} (after ${attempt + 1} attempts)`, failure.kind, { url: url.toString(), attempts: attempt + 1 })
          : new FetchError(`${reason} after ${attempt + 1} attempts`, 'http', { status, url: url.toString(), attempts: attempt + 1 });
      }
      if (waitHeader !== null && waitHeader > s.maxRetryAfterMs) {
        throw new FetchError(`${reason}: the server asks to retry after ${Math.round(waitHeader / 1000)} s, more than the ${s.maxRetryAfterMs / 1000} s limit`, 'http', {
          status,
          url: url.toString(),
          attempts: attempt + 1,
        });
      }
      const wait = waitHeader ?? backoffMs(attempt);
      // The whole host waits, not just this URL: Retry-After speaks for the server.
      this.pacer.holdUntil(url.host, Date.now() + wait);
    }
  }

  private async request(url: URL, req: FetchRequest, attempt: number): Promise<Response> {
    const headers: Record<string, string> = {
      'user-agent': this.userAgent,
      accept: ACCEPT[req.kind].header,
      'accept-encoding': 'gzip, deflate, br',
    };
    if (req.etag) headers['if-none-match'] = req.etag;
    if (req.lastModified) headers['if-modified-since'] = req.lastModified;
    this.opts.onRequest?.({ url: url.toString(), kind: req.kind, attempt, at: Date.now() });
    return fetch(url, {
      method: 'GET',
      headers,
      redirect: 'manual',
      dispatcher: this.agent,
      signal: AbortSignal.timeout(this.settings.timeoutMs),
    });
  }

  private networkError(err: unknown, url: URL): FetchError {
    if (err instanceof FetchError) return err;
    const blocked = blockedCause(err);
    if (blocked) return new FetchError(blocked.message, 'blocked', { url: url.toString() });
    const name = (err as Error)?.name;
    if (name === 'TimeoutError' || name === 'AbortError' || /timeout/i.test(causeCode(err))) {
      return new FetchError(`timed out after ${this.settings.timeoutMs / 1000} s`, 'timeout', { url: url.toString() });
    }
    const code = causeCode(err);
    return new FetchError(`network error${code ? ` (${code})` : ''}: ${causeMessage(err)}`, 'network', { url: url.toString() });
  }

  private async finish(req: FetchRequest, url: URL, res: Response, redirects: string[], attempts: number): Promise<FetchResponse> {
    const headers = Object.fromEntries([...res.headers.entries()].map(([k, v]) => [k.toLowerCase(), v]));
    const base = { requestedUrl: req.url, url: url.toString(), status: res.status, headers, fetchedAt: new Date(), redirects, attempts };
    if (res.status === 304) {
      await res.body?.cancel().catch(() => {});
      return { ...base, contentType: '', body: Buffer.alloc(0), notModified: true };
    }
    if (res.status < 200 || res.status >= 300) {
      await res.body?.cancel().catch(() => {});
      throw new FetchError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, 'http', { status: res.status, url: url.toString(), attempts });
    }
    const contentType = (res.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (contentType && !ACCEPT[req.kind].types.test(contentType)) {
      await res.body?.cancel().catch(() => {});
      throw new FetchError(`refused: content type ${contentType} (only HTML, XML feeds and plain text are imported)`, 'content-type', {
        status: res.status,
        url: url.toString(),
      });
    }
    const body = await this.readCapped(res, url);
    if (!contentType && !/^\s*</.test(body.subarray(0, 256).toString('latin1'))) {
      throw new FetchError('refused: no content type, and the body is not HTML or XML', 'content-type', { status: res.status, url: url.toString() });
    }
    return { ...base, contentType: contentType || 'text/html', body, notModified: false };
  }

  /** Reads the (already decompressed) body, stopping at the cap: the rest is never read or inflated. */
  private async readCapped(res: Response, url: URL): Promise<Buffer> {
    const cap = this.settings.maxBytes;
    const declared = Number(res.headers.get('content-length'));
    if (!res.headers.get('content-encoding') && Number.isFinite(declared) && declared > cap) {
      await res.body?.cancel().catch(() => {});
      throw new FetchError(`larger than the ${formatBytes(cap)} cap (declares ${formatBytes(declared)}); not read`, 'too-large', { status: res.status, url: url.toString() });
    }
    if (!res.body) return Buffer.alloc(0);
    const chunks: Buffer[] = [];
    let total = 0;
    const reader = res.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > cap) {
          await reader.cancel().catch(() => {});
          throw new FetchError(`larger than the ${formatBytes(cap)} cap after decompression; stopped reading at ${formatBytes(cap)}`, 'too-large', {
            status: res.status,
            url: url.toString(),
            bytesRead: total,
          });
        }
        chunks.push(Buffer.from(value));
      }
    } catch (err) {
      if (err instanceof FetchError) throw err;
      throw this.networkError(err, url);
    }
    return Buffer.concat(chunks, total);
  }
}

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new FetchError(`not a URL: ${raw.slice(0, 200)}`, 'blocked');
  }
  url.hash = '';
  return url;
}

function causeCode(err: unknown): string {
  for (let e: unknown = err, d = 0; e && d < 5; e = (e as { cause?: unknown }).cause, d++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return '';
}

function causeMessage(err: unknown): string {
  let last = err as Error;
  for (let e: unknown = err, d = 0; e && d < 5; e = (e as { cause?: unknown }).cause, d++) last = e as Error;
  return last?.message ?? String(err);
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB` : `${Math.round(n / 1024)} KB`;
}
