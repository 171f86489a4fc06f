import { type Kysely, sql } from 'kysely';

/**
 * Tenant policy-pack versions: a tenant uploads a new version of a built-in pack (or a pack of its
 * own) as a draft, then publishes it. Cases and contracts resolve pack X version V to the tenant's
 * published version first, else the built-in pack.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('tenant_packs')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('pack_id', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'date', (c) => c.notNull())
    .addColumn('announced_on', 'date')
    .addColumn('source_yaml', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'published')`))
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'timestamptz', (c) => c.notNull())
    .addColumn('published_by', 'text')
    .addColumn('published_at', 'timestamptz')
    .addPrimaryKeyConstraint('tenant_packs_pkey', ['tenant_id', 'id'])
    .addUniqueConstraint('tenant_packs_tenant_pack_version_key', ['tenant_id', 'pack_id', 'version'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('tenant_packs').execute();
}
