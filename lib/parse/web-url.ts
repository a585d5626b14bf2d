// Only web URLs are URLs: the one rule for an article's stored URL, at import (every parser) and
// in curation edits. An address is kept when it is an absolute http: or https: URL with a host,
// at most MAX_URL_LENGTH long; anything else (javascript:, data:, vbscript:, file:, a relative
// path, text that is no URL) is refused: the article goes in without a URL and the import says
// which value was refused. What the web importer may *fetch* is another question, answered by
// its own guard (lib/web/).

export const MAX_URL_LENGTH = 2048;

export type WebUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/** The stored form of a web URL (WHATWG-normalised), or why the value is not one. */
export function checkWebUrl(raw: string): WebUrlCheck {
  const value = raw.trim();
  if (value.length > MAX_URL_LENGTH) return { ok: false, reason: `longer than ${MAX_URL_LENGTH} characters` };
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return { ok: false, reason: 'not an absolute http(s) address' };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { ok: false, reason: `${u.protocol.slice(0, 20)} addresses are not kept, only http and https` };
  if (!u.hostname) return { ok: false, reason: 'no host name' };
  if (u.username || u.password) return { ok: false, reason: 'carries a user name or password' };
  return { ok: true, url: u.href };
}

/** The refused value as it is shown in a warning: quoted, control characters escaped, cut short. */
export function quoteRefused(raw: string): string {
  const s = JSON.stringify(raw.trim());
  return s.length > 82 ? `${s.slice(0, 80)}…"` : s;
}

/**
 * A parser's URL field: the web URL, or null and a warning naming the refused value. Empty
 * input is simply no URL.
 */
export function webUrlOrWarning(raw: string | null | undefined, what = 'URL'): { url: string | null; warning: string | null } {
  if (raw === null || raw === undefined || !raw.trim()) return { url: null, warning: null };
  const r = checkWebUrl(raw);
  return r.ok ? { url: r.url, warning: null } : { url: null, warning: `${what} ${quoteRefused(raw)} refused (${r.reason}); the article was imported without a URL` };
}
