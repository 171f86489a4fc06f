import { loadConfig } from '../config.js';
import { createDatabase } from '../db/create-database.js';
import { migrateToLatest } from '../db/migrate.js';
import type { TCliCommand } from './io.js';
import { writeLine } from './io.js';

/** `aftercare db migrate`: applies pending migrations to DATABASE_URL or the embedded database. */
export const runDbMigrate: TCliCommand = async (_args, io) => {
  const config = loadConfig();
  const handle = await createDatabase(config);
  try {
    const { applied } = await migrateToLatest(handle.db);
    const where =
      handle.kind === 'postgres' ? 'PostgreSQL' : `embedded database (${config.AFTERCARE_DATA_DIR})`;
    if (applied.length === 0) writeLine(io.stdout, `${where}: already up to date`);
    for (const name of applied) writeLine(io.stdout, `${where}: applied ${name}`);
    return 0;
  } catch (error) {
    writeLine(io.stderr, `aftercare db migrate: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await handle.close();
  }
};
