import { defineConfig } from 'vitest/config';

// Three projects, one command (`npm test`):
//  - unit: pure functions on the real seed files, no database;
//  - integration: a throw-away embedded Postgres on a free port (tests/setup/postgres.ts);
//  - browser: the built app served against its own throw-away database, driven in Debian's
//    Chromium through playwright-core (tests/setup/app-server.ts).
const alias = { '@': import.meta.dirname };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles: ['tests/setup/language.ts'] },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/postgres.ts'],
          setupFiles: ['tests/setup/language.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/postgres.ts', 'tests/setup/app-server.ts'],
          setupFiles: ['tests/setup/language.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          // One Chromium at a time: the machine has two cores and the server needs one.
          fileParallelism: false,
        },
      },
    ],
  },
});
