// Runs `prisma generate` without network. The Prisma CLI wants a native schema engine even for
// generate, and downloads it from the internet when it is missing; generate does not use it, so
// any executable satisfies the check (docs/adr/0001-migrations.md). Migrations are applied by
// lib/db/migrate.ts, never by the CLI.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const prismaCli = require.resolve('prisma/build/index.js');
const dummyEngine = existsSync('/bin/true') ? '/bin/true' : process.execPath;
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = dummyEngine;
const r = spawnSync(process.execPath, [prismaCli, 'generate'], { stdio: 'inherit', env });
// The schema this client was generated from: scripts/bootstrap.mjs regenerates when it differs.
if (r.status === 0) {
  const schemaHash = createHash('sha256').update(readFileSync('prisma/schema.prisma')).digest('hex');
  writeFileSync('lib/generated/prisma/.schema-hash', schemaHash);
}
process.exit(r.status ?? 1);
