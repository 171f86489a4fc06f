import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { currentTimeMs } from '../../src/lib/clock.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of this run's own PostgreSQL database, or undefined to use PGlite. */
    testDatabaseUrl: string | undefined;
  }
}

/**
 * With TEST_DATABASE_URL: creates a database of our own (random name) on that server, migrates it,
 * hands its URL to the workers, and drops it when the run ends, so concurrent runs never share data.
 * Without it: builds the migrated PGlite image once, here, before any worker starts (each test file
 * then starts PGlite lazily from that cached image instead of the first test of a worker paying for
 * initdb and every migration inside its own timeout).
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const serverUrl = loadConfig().TEST_DATABASE_URL;
  project.provide('testDatabaseUrl', undefined);
  if (!serverUrl) {
    const { loadMigratedPGliteImage } = await import('./pglite-image.js');
    await loadMigratedPGliteImage();
    return undefined;
  }

  await dropAbandonedDatabases(serverUrl);
  const name = `aftercare_test_${currentTimeMs().toString(36)}_${randomBytes(4).toString('hex')}`;
  await runAdminStatement(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const { createDatabase } = await import('../../src/db/create-database.js');
  const { migrateToLatest } = await import('../../src/db/migrate.js');
  const handle = await createDatabase(
    { DATABASE_URL: url.toString(), AFTERCARE_DATA_DIR: '' },
    { poolSize: 1 },
  );
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
  project.provide('testDatabaseUrl', url.toString());
  return async () => {
    await runAdminStatement(serverUrl, `drop database if exists "${name}" with (force)`);
  };
}

/**
 * Drops databases that runs killed before their teardown left behind: test databases whose name
 * says they were created more than six hours ago (no run lasts that long, so none is in use).
 */
async function dropAbandonedDatabases(serverUrl: string): Promise<void> {
  const names = await runAdminQuery(
    serverUrl,
    "select datname from pg_database where datname like 'aftercare\\_test\\_%'",
  );
  const cutoff = currentTimeMs() - 6 * 3_600_000;
  for (const name of names) {
    const created = Number.parseInt(name.split('_')[2] ?? '', 36);
    if (Number.isFinite(created) && created < cutoff && /^aftercare_test_[0-9a-z]+_[0-9a-f]+$/.test(name)) {
      await runAdminStatement(serverUrl, `drop database if exists "${name}" with (force)`);
    }
  }
}

async function runAdminQuery(serverUrl: string, query: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const result = await client.query<{ datname: string }>(query);
    return result.rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
}

/** Runs a statement on the server's maintenance connection (the given database, else `postgres`). */
async function runAdminStatement(serverUrl: string, statement: string): Promise<void> {
  for (const database of [undefined, 'postgres']) {
    const url = new URL(serverUrl);
    if (database) url.pathname = `/${database}`;
    const client = new pg.Client({ connectionString: url.toString() });
    try {
      await client.connect();
    } catch (error) {
      if (database === undefined && (error as { code?: string }).code === '3D000') continue;
      throw error;
    }
    try {
      await client.query(statement);
      return;
    } finally {
      await client.end();
    }
  }
}
