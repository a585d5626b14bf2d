// A small HTTP server on loopback for the web-import tests: each test gives it routes, and it
// records every request (path, Host, headers, when it arrived and when its answer ended), so
// pacing, retries and conditional requests can be measured from the server's side. Several
// names can point at it through the fetcher's test resolver (lookupAll), which the address
// guard still checks. The pages it serves are written for the tests, in our own words.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Hit {
  path: string;
  host: string;
  headers: http.IncomingHttpHeaders;
  at: number;
  endedAt?: number;
}

export type Route = (req: http.IncomingMessage, res: http.ServerResponse, hit: Hit) => unknown;

export interface FixtureServer {
  port: number;
  /** http://127.0.0.1:port */
  origin: string;
  /** http://NAME:port, for a name mapped to 127.0.0.1 by `lookupAll`. */
  at(name: string): string;
  hits: Hit[];
  routes: Map<string, Route>;
  route(path: string, r: Route): void;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const hits: Hit[] = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture');
    const hit: Hit = { path: url.pathname + url.search, host: String(req.headers.host ?? ''), headers: req.headers, at: Date.now() };
    hits.push(hit);
    res.on('close', () => (hit.endedAt = Date.now()));
    const route = routes.get(url.pathname + url.search) ?? routes.get(url.pathname);
    if (!route) {
      res.writeHead(url.pathname === '/robots.txt' ? 404 : 404, { 'content-type': 'text/html' }).end('<html><body>not here</body></html>');
      return;
    }
    try {
      await route(req, res, hit);
    } catch (err) {
      if (!res.headersSent) res.writeHead(500).end(String(err));
      else res.destroy();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    at: (name) => `http://${name}:${port}`,
    hits,
    routes,
    route: (path, r) => routes.set(path, r),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A resolver for the fetcher: every listed name answers with its address, others fail like DNS. */
export function fakeDns(names: Record<string, string>) {
  return async (host: string) => {
    const address = names[host];
    if (!address) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return [{ address, family: address.includes(':') ? 6 : 4 }];
  };
}

export const html = (res: http.ServerResponse, body: string, headers: http.OutgoingHttpHeaders = {}) =>
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);

/**
 * An article page written for these tests. `meta` goes in <head>; the body has enough paragraphs
 * for Readability to take it as the main text.
 */
export function articlePage(opts: { title: string; meta?: string; paragraphs?: string[]; lang?: string }): string {
  const paragraphs = opts.paragraphs ?? [
    'A committee of the regional parliament met on Tuesday to hear testimony about the closure of the old river ferry, which residents on both banks had used for decades.',
    'Several speakers described how the nearest bridge now adds an hour to the journey to the market town, and asked the committee to fund a replacement boat before winter.',
    'The transport office said that a survey of the landing stages would be finished next month and that any decision on funding would follow its findings.',
  ];
  return `<!doctype html><html lang="${opts.lang ?? 'en'}"><head><meta charset="utf-8"><title>${opts.title}</title>${opts.meta ?? ''}</head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article><h1>${opts.title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer><p>Fixture site footer</p></footer></body></html>`;
}
