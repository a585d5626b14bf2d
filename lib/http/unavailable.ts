// What the dashboard answers while its database is down (proxy.ts): pages get a small page of
// their own, 503 with Retry-After, that reloads itself (a meta refresh: no script needed) and so
// shows the page asked for as soon as the database is back; the API and the exports get the one
// JSON error shape of lib/http/respond.ts with the same code.
import { DATABASE_UNAVAILABLE_MESSAGE } from '@/lib/db/unavailable';
import { jsonError } from './respond';

export const RETRY_AFTER_SECONDS = 5;

export function databaseUnavailableJson(): Response {
  const res = jsonError(503, 'database_unavailable', DATABASE_UNAVAILABLE_MESSAGE);
  res.headers.set('Retry-After', String(RETRY_AFTER_SECONDS));
  return res;
}

export function databaseUnavailablePage(nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}">
<title>Database unavailable · stance-lens</title>
<style nonce="${nonce}">
  body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933; background: #f7f8fa; }
  main { max-width: 40rem; margin: 12vh auto; padding: 2rem; background: #fff; border: 1px solid #d9dee5; border-radius: 8px; }
  h1 { font-size: 1.5rem; margin: 0 0 0.75rem; }
  p { margin: 0 0 0.75rem; }
  .muted { color: #52606d; font-size: 0.9rem; }
  code { font-size: 0.9em; }
</style>
</head>
<body>
<main role="alert">
<h1>The database is unavailable</h1>
<p>stance-lens cannot reach its PostgreSQL database right now, so this page cannot be shown. Nothing is lost: the articles and their analysis stay in the database.</p>
<p>This page tries again every ${RETRY_AFTER_SECONDS} seconds and shows what you asked for as soon as the database answers.</p>
<p class="muted">If it stays like this: with <code>npm start</code>, its log says whether the embedded database is being restarted; with your own server (<code>DATABASE_URL</code>), check that PostgreSQL is running and reachable.</p>
</main>
</body>
</html>
`;
}
