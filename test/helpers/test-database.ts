import { inject } from 'vitest';
import type { TDatabaseHandle } from '../../src/db/create-database.js';
import type { TDb } from '../../src/db/schema.js';
import { harnessState } from './test-database-state.js';

/**
 * The test file's database, opened on first use (tests that never call this pay nothing).
 * PGlite (default): an in-memory instance loaded from the cached migrated image.
 * PostgreSQL (TEST_DATABASE_URL): the run's own database, created and migrated by global-setup.ts
 * and dropped after the run. Never truncate: isolate tests with `createTestTenant()`.
 */
export async function getTestDatabase(): Promise<TDb> {
  return (await getTestDatabaseHandle()).db;
}

export async function getTestDatabaseHandle(): Promise<TDatabaseHandle> {
  harnessState.database ??= openTestDatabase();
  return (await harnessState.database) as TDatabaseHandle;
}

/** A separate, freshly migrated PGlite instance (for tests that need a database all to themselves). */
export async function createPrivatePGliteDatabase(): Promise<TDatabaseHandle> {
  const { createDatabase } = await import('../../src/db/create-database.js');
  const { loadMigratedPGliteImage } = await import('./pglite-image.js');
  return createDatabase(
    { DATABASE_URL: undefined, AFTERCARE_DATA_DIR: '' },
    { inMemory: true, loadDataDir: await loadMigratedPGliteImage() },
  );
}

async function openTestDatabase(): Promise<TDatabaseHandle> {
  const url = inject('testDatabaseUrl');
  if (url) {
    const { createDatabase } = await import('../../src/db/create-database.js');
    return createDatabase({ DATABASE_URL: url, AFTERCARE_DATA_DIR: '' }, { poolSize: 5 });
  }
  return createPrivatePGliteDatabase();
}
