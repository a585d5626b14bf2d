import { defineConfig } from 'prisma/config';

// The datasource URL is only needed by Prisma CLI commands that talk to a database; the app
// and the migration runner resolve it themselves (lib/db/url.ts), including the embedded default.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/stance_lens' },
});
