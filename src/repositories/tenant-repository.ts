import type { TDb, TTenantRow } from '../db/schema.js';

export async function insertTenant(
  db: TDb,
  tenant: { id: string; slug: string; name: string },
): Promise<TTenantRow> {
  return db.insertInto('tenants').values(tenant).returningAll().executeTakeFirstOrThrow();
}

export async function findTenantBySlug(db: TDb, slug: string): Promise<TTenantRow | undefined> {
  return db.selectFrom('tenants').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function findTenantById(db: TDb, id: string): Promise<TTenantRow | undefined> {
  return db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
}
