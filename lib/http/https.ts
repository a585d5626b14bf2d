/** https as the browser saw it: directly, or through a reverse proxy that says so (X-Forwarded-Proto). */
export function isHttps(headers: Headers, url?: string): boolean {
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === 'https';
  return url ? url.startsWith('https:') : false;
}
