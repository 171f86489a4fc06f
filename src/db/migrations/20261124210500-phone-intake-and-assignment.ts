import { type Kysely, sql } from 'kysely';

/**
 * Phone intake and case routing (issue 6): single-use PIN verifications, the case `queue`
 * (`standard` or `on_call` for after-hours emergencies), the account's assigned support engineer
 * and backup (IVA-25, Ivanti Premium), and `away_until` on users (the backup takes over meanwhile).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('phone_verifications')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('account_id', 'uuid', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .addColumn('case_id', 'uuid')
    .addPrimaryKeyConstraint('phone_verifications_pkey', ['tenant_id', 'id'])
    .addForeignKeyConstraint(
      'phone_verifications_account_fkey',
      ['tenant_id', 'account_id'],
      'accounts',
      ['tenant_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('pin_attempts_actor_idx')
    .on('pin_attempts')
    .columns(['tenant_id', 'actor', 'at'])
    .execute();

  await db.schema
    .alterTable('cases')
    .addColumn('queue', 'text', (c) =>
      c.notNull().defaultTo('standard').check(sql`queue in ('standard', 'on_call')`),
    )
    .execute();
  await db.schema
    .createIndex('cases_by_queue_idx')
    .on('cases')
    .columns(['tenant_id', 'queue', 'next_due_at'])
    .execute();

  await db.schema
    .alterTable('accounts')
    .addColumn('assigned_engineer_id', 'uuid')
    .addColumn('backup_engineer_id', 'uuid')
    .execute();
  await db.schema.alterTable('users').addColumn('away_until', 'timestamptz').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('away_until').execute();
  await db.schema
    .alterTable('accounts')
    .dropColumn('assigned_engineer_id')
    .dropColumn('backup_engineer_id')
    .execute();
  await db.schema.dropIndex('cases_by_queue_idx').execute();
  await db.schema.alterTable('cases').dropColumn('queue').execute();
  await db.schema.dropIndex('pin_attempts_actor_idx').execute();
  await db.schema.dropTable('phone_verifications').execute();
}
