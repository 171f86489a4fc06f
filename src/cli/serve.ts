import { loadConfig } from '../config.js';
import { createDatabase } from '../db/create-database.js';
import { migrateToLatest } from '../db/migrate.js';
import { seedDemoIfEmpty } from '../demo/seed-demo-if-empty.js';
import { startAppWorker } from '../jobs/start-app-worker.js';
import { systemClock } from '../lib/clock.js';
import { buildServer } from '../server.js';
import type { TCliCommand } from './io.js';
import { writeLine } from './io.js';

/** `aftercare serve`: opens the database (DATABASE_URL or embedded PGlite), migrates it, listens on PORT. */
export const runServe: TCliCommand = async (_args, io) => {
  const config = loadConfig();
  const database = await createDatabase(config);
  const { applied } = await migrateToLatest(database.db);
  for (const name of applied) writeLine(io.stdout, `Applied migration ${name}`);
  const demoLogins = config.AFTERCARE_SEED_DEMO ? await seedDemoIfEmpty(database.db, systemClock()) : [];
  const app = await buildServer({ config, db: database.db, clock: systemClock });
  const address = await app.listen({ port: config.PORT, host: config.HOST });
  const worker = startAppWorker(config, database.db);
  const where =
    database.kind === 'postgres' ? 'PostgreSQL' : `embedded database in ${config.AFTERCARE_DATA_DIR}`;
  writeLine(io.stdout, `Aftercare is running at ${address.replace('127.0.0.1', 'localhost')} (${where})`);
  for (const line of demoLogins) writeLine(io.stdout, line);
  const stop = async () => {
    await app.close();
    await worker.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => {});
};
