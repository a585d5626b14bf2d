// Addresses that carry another site's page: a researcher's links often come through a web archive,
// a translation or speed-up proxy, an AMP cache or a redirect shim rather than from the outlet
// itself. The page is still the outlet's, so the outlet is read from the address inside. Archives
// are named (the article came through them, as a web import's snapshot does); transport proxies
// and redirects are not: they only changed how the same page was delivered.

export interface ProxiedUrl {
  /** The address of the page itself (https assumed where the proxy drops the scheme). */
  original: string;
  /** Set for an archive copy: the archive's name, which becomes the article's via. */
  archive: string | null;
}

const WAYBACK = /^\/web\/\d{1,14}(?:[a-z]{2}_)?\/(.+)$/;
const ARCHIVE_TODAY_HOSTS = ['archive.ph', 'archive.today', 'archive.is', 'archive.li', 'archive.vn', 'archive.md', 'archive.fo'];
const ARCHIVE_TODAY = /^\/(?:\d{4}[.\d-]*\d|newest|oldest)\/(.+)$/;
// AMP caches: /c/ (document), /v/ (viewer), /i/ (image), then /s/ when the page is https.
const AMP_CACHE = /^\/[cvi]\/(s\/)?(.+)$/;
const GOOGLE_AMP = /^\/amp\/(s\/)?(.+)$/;

/** The page a proxy, archive or redirect address carries, or null when the address is the page's own. */
export function proxiedUrl(url: string): ProxiedUrl | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase().replace(/^www\d*\./, '');
  // The path as written: URL() keeps the embedded address's "//" but encodes nothing else away.
  const rest = u.pathname + u.search + u.hash;

  if (host === 'web.archive.org' || host === 'wayback.archive.org') {
    const m = WAYBACK.exec(rest);
    return m ? page(m[1]!, 'Internet Archive') : null;
  }
  if (ARCHIVE_TODAY_HOSTS.includes(host)) {
    const m = ARCHIVE_TODAY.exec(rest);
    return m ? page(m[1]!, 'archive.today') : null;
  }
  if (host === 'googleweblight.com') {
    const inner = u.searchParams.get('lite_url') ?? u.searchParams.get('u');
    return inner ? page(inner, null) : null;
  }
  if (host.endsWith('.translate.goog')) {
    // "www-example-com.translate.goog": the original host's dots became dashes and its dashes
    // doubled; Google's own parameters (_x_tr_*) are dropped.
    const label = host.slice(0, -'.translate.goog'.length);
    const original = label.replace(/--/g, '\u0000').replace(/-/g, '.').replace(/\u0000/g, '-');
    const params = new URLSearchParams(u.search);
    for (const k of [...params.keys()]) if (k.startsWith('_x_tr_')) params.delete(k);
    const q = params.toString();
    return page(`https://${original}${u.pathname}${q ? `?${q}` : ''}${u.hash}`, null);
  }
  if (host.endsWith('.cdn.ampproject.org')) {
    const m = AMP_CACHE.exec(u.pathname);
    return m ? page(`${m[1] ? 'https' : 'http'}://${m[2]}${u.search}`, null) : null;
  }
  if (/^google\.[a-z.]+$/.test(host)) {
    if (u.pathname === '/url') {
      const inner = u.searchParams.get('url') ?? u.searchParams.get('q');
      return inner ? page(inner, null) : null;
    }
    const m = GOOGLE_AMP.exec(u.pathname);
    return m ? page(`${m[1] ? 'https' : 'http'}://${m[2]}${u.search}`, null) : null;
  }
  if ((host === 'l.facebook.com' || host === 'lm.facebook.com') && u.pathname === '/l.php') {
    const inner = u.searchParams.get('u');
    return inner ? page(inner, null) : null;
  }
  return null;
}

/**
 * The page's own address through nested proxies (an archive of a translated page), with the
 * outermost archive it came through; the address itself and null when it is no proxy's.
 */
export function throughProxies(url: string): ProxiedUrl {
  let current: ProxiedUrl = { original: url, archive: null };
  for (let i = 0; i < 4; i++) {
    const p = proxiedUrl(current.original);
    if (!p) break;
    current = { original: p.original, archive: current.archive ?? p.archive };
  }
  return current;
}

/** The page's own address (see throughProxies). */
export function unproxiedUrl(url: string): string {
  return throughProxies(url).original;
}

function page(inner: string, archive: string | null): ProxiedUrl | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(inner) ? inner : `https://${inner.replace(/^\/+/, '')}`;
  try {
    const u = new URL(withScheme);
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname.includes('.')) return null;
    return { original: u.href, archive };
  } catch {
    return null;
  }
}
