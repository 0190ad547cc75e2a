import { defineConfig } from 'vitest/config';

// One run, every project. The global setup starts the shared Temporal dev server and a fresh,
// migrated Postgres database once; test files read their addresses from the environment.
export default defineConfig({
  test: {
    globalSetup: ['./test/setup/services.global.ts'],
    projects: [
      'libs/*/vitest.config.ts',
      'plugins/*/vitest.config.ts',
      'temporal/vitest.config.ts',
      'backend/vitest.config.ts',
      'frontend/vitest.config.ts',
      'test/vitest.config.ts',
    ],
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
