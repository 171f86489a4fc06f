import { loadConfig } from '../config.js';
import { createDatabase } from '../db/create-database.js';
import { migrateToLatest } from '../db/migrate.js';
import { describeDemoLogins } from '../demo/describe-demo-logins.js';
import { seedDemo } from '../demo/seed-demo.js';
import { systemClock } from '../lib/clock.js';
import type { TCliCommand } from './io.js';
import { writeLine } from './io.js';

/** `aftercare demo seed`: migrates, then creates whatever is missing of the demo tenant (idempotent). */
export const runDemoSeed: TCliCommand = async (_args, io) => {
  const config = loadConfig();
  const database = await createDatabase(config);
  try {
    await migrateToLatest(database.db);
    const { created } = await seedDemo({ db: database.db }, systemClock());
    writeLine(
      io.stdout,
      created === 0
        ? 'Demo tenant already complete; nothing changed.'
        : `Demo tenant seeded (${created} records created).`,
    );
    for (const line of describeDemoLogins()) writeLine(io.stdout, line);
    return 0;
  } finally {
    await database.close();
  }
};
