// The security headers of every response (proxy.ts sets them; docs in README "Security").
// Pure: the proxy passes the nonce and whether the request came over https.
//
// The Content-Security-Policy follows Next's nonce recipe (docs: app/guides/content-security-
// policy): a fresh nonce per request in script-src and style-src, which Next reads back from the
// request's CSP header and puts on its own <script> and <style> tags; 'strict-dynamic' lets the
// scripts those load run too. Two deliberate allowances:
//  - style-src-attr 'unsafe-inline': React renders `style={…}` props as style attributes, and
//    recharts draws every bar, axis and tooltip with them; a nonce cannot cover an attribute.
//    Attributes carry declarations only (no selectors, no @import, no url() fetches beyond
//    img-src/font-src, which stay 'self'), so scripts stay under the nonce.
//  - img-src blob: data:: the chart downloads draw the chart's SVG from a blob: URL onto a canvas.
// 'unsafe-eval' only in development, where React's error overlay needs it.

export interface CspOptions {
  nonce: string;
  development?: boolean;
}

export function contentSecurityPolicy({ nonce, development = false }: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    ['style-src', "'self'", `'nonce-${nonce}'`],
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', "'self'", 'blob:', 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** Browser features the dashboard never uses, all switched off (Permissions-Policy). */
export const DISABLED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'usb',
  'xr-spatial-tracking',
] as const;

export const PERMISSIONS_POLICY = DISABLED_FEATURES.map((f) => `${f}=()`).join(', ');

/** One year, as browsers' preload lists expect; sent only over https (a plain-http answer is ignored anyway). */
export const HSTS = 'max-age=31536000; includeSubDomains';

/** The headers every response carries; the CSP comes separately because it needs the request's nonce. */
export function securityHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    // For browsers that predate frame-ancestors.
    'X-Frame-Options': 'DENY',
    ...(https ? { 'Strict-Transport-Security': HSTS } : {}),
  };
}

/** A nonce: 128 random bits, base64 (what CSP's nonce-source accepts). */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}
