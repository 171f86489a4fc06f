import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Creates (and afterwards drops) a PostgreSQL database of the run's own when TEST_DATABASE_URL is set.
    globalSetup: ['test/helpers/global-setup.ts'],
    // Closes whatever database/app a test file opened; costs nothing for files that open none.
    setupFiles: ['test/helpers/setup.ts'],
  },
});
