// Cross-site requests must not mutate. Browsers send Sec-Fetch-Site and Origin on every POST;
// a mutation is accepted only when they say it comes from this site. Requests with neither
// header (curl, scripts) are refused too: they have no business carrying a session cookie.
// Server actions get the same Origin check from Next itself.

function hostOf(headers: Headers, url: string): string | null {
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  const host = forwarded || headers.get('host');
  if (host) return host.toLowerCase();
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

export function crossSiteReason(request: Request): string | null {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin') return `Sec-Fetch-Site is ${site}`;
  const origin = request.headers.get('origin');
  if (origin) {
    let originHost: string;
    try {
      originHost = new URL(origin).host.toLowerCase();
    } catch {
      return 'unparseable Origin';
    }
    const host = hostOf(request.headers, request.url);
    if (!host || originHost !== host) return `Origin ${origin} is not this site`;
    return null;
  }
  return site ? null : 'no Origin or Sec-Fetch-Site header';
}
