import type { TDb } from '../db/schema.js';
import { demoTenant } from './demo-data.js';
import { describeDemoLogins } from './describe-demo-logins.js';
import { seedDemo } from './seed-demo.js';

/**
 * `npm start` on a fresh database: seeds the demo tenant when there is no tenant at all; returns
 * the demo logins to print whenever the demo tenant exists (nothing otherwise).
 */
export async function seedDemoIfEmpty(db: TDb, now: Date): Promise<string[]> {
  const anyTenant = await db.selectFrom('tenants').select(['id', 'slug']).limit(1).executeTakeFirst();
  if (!anyTenant) await seedDemo({ db }, now);
  const demo = await db
    .selectFrom('tenants')
    .select('id')
    .where('slug', '=', demoTenant.slug)
    .executeTakeFirst();
  return demo ? describeDemoLogins() : [];
}
