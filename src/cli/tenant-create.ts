import { parseArgs } from 'node:util';
import { openTenant } from '../commands/tenants/open-tenant.js';
import { loadConfig } from '../config.js';
import { createDatabase } from '../db/create-database.js';
import { migrateToLatest } from '../db/migrate.js';
import { isAppError } from '../lib/app-error.js';
import { systemClock } from '../lib/clock.js';
import type { TCliCommand } from './io.js';
import { writeLine } from './io.js';

const usage =
  'Usage: aftercare tenant create --slug <slug> --name <name> --admin-email <email> [--admin-name <name>] [--json]';

/** `aftercare tenant create`: a new vendor tenant and its first admin; prints the initial password once. */
export const runTenantCreate: TCliCommand = async (args, io) => {
  const { values } = parseArgs({
    args,
    options: {
      slug: { type: 'string' },
      name: { type: 'string' },
      'admin-email': { type: 'string' },
      'admin-name': { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  const { slug, name } = values;
  const adminEmail = values['admin-email'];
  if (values.help || !slug || !name || !adminEmail) {
    writeLine(values.help ? io.stdout : io.stderr, usage);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  const database = await createDatabase(config);
  try {
    await migrateToLatest(database.db);
    const input = {
      slug,
      name,
      adminEmail,
      ...(values['admin-name'] ? { adminName: values['admin-name'] } : {}),
    };
    const opened = await openTenant({ db: database.db }, input, systemClock());
    if (values.json) {
      const { tenant, admin, initialPassword } = opened;
      writeLine(
        io.stdout,
        JSON.stringify({
          tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name },
          admin: { id: admin.id, email: admin.email },
          initialPassword,
        }),
      );
    } else {
      writeLine(io.stdout, `Tenant '${opened.tenant.slug}' created (${opened.tenant.id}).`);
      writeLine(
        io.stdout,
        `Sign in at /sign-in with tenant '${opened.tenant.slug}', email ${opened.admin.email}`,
      );
      writeLine(io.stdout, `and this initial password (shown once): ${opened.initialPassword}`);
    }
    return 0;
  } catch (error) {
    if (!isAppError(error)) throw error;
    writeLine(io.stderr, JSON.stringify({ error: { code: error.code, message: error.message } }));
    return 1;
  } finally {
    await database.close();
  }
};
