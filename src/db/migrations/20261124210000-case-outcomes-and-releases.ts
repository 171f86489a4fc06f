import { type Kysely, sql } from 'kysely';

/**
 * Case workflow actions: the Tier 3 category with its requirement checklist, the escalation
 * instant (support manager view), the outcome (product defect linked to a release, or configuration
 * change with its risk review), and a minimal `releases` table whose publication tells the
 * customers of every case whose defect it fixes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('cases')
    .addColumn('tier3_category', 'text')
    .addColumn('tier3_checklist', 'jsonb')
    .addColumn('escalated_at', 'timestamptz')
    .addColumn('outcome', 'jsonb')
    .addColumn('outcome_release_id', 'uuid')
    .addColumn('release_notified_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('cases_escalated_idx')
    .on('cases')
    .columns(['tenant_id', 'escalated_at'])
    .where(sql.ref('escalated_at'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('cases_outcome_release_idx')
    .on('cases')
    .columns(['tenant_id', 'outcome_release_id'])
    .where(sql.ref('outcome_release_id'), 'is not', null)
    .execute();

  await db.schema
    .createTable('releases')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('product_id', 'uuid')
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('planned', 'published')`))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('published_by', 'text')
    .addColumn('published_at', 'timestamptz')
    .addPrimaryKeyConstraint('releases_pkey', ['tenant_id', 'id'])
    .execute();
  await sql`create unique index releases_version_idx on releases (tenant_id, coalesce(product_id, '00000000-0000-0000-0000-000000000000'::uuid), version)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('releases').execute();
  await db.schema
    .alterTable('cases')
    .dropColumn('tier3_category')
    .dropColumn('tier3_checklist')
    .dropColumn('escalated_at')
    .dropColumn('outcome')
    .dropColumn('outcome_release_id')
    .dropColumn('release_notified_at')
    .execute();
}
