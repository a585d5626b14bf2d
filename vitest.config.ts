import { defineConfig } from 'vitest/config';
import path from 'node:path';

// Three projects, one command (`npm test`):
//  - unit: pure functions on the real seed files, no database;
//  - integration: a throw-away embedded Postgres on a free port (tests/setup/db-global.ts);
//  - browser: the built app served against that database, driven in Debian's Chromium.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
