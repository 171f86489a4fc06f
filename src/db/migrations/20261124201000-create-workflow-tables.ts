import { type Kysely, sql } from 'kysely';

/**
 * Case workflow: breach-warning instants per milestone (kept by the SLA sweep), pauses, re-target
 * records, tier escalations and outcomes, Premium Support PINs and PIN attempts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('milestone_timers')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('milestone_id', 'uuid', (c) => c.notNull())
    .addColumn('case_id', 'uuid', (c) => c.notNull())
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('warn_at', 'timestamptz', (c) => c.notNull())
    .addColumn('threshold', 'real', (c) => c.notNull())
    .addPrimaryKeyConstraint('milestone_timers_pkey', ['tenant_id', 'milestone_id'])
    .addForeignKeyConstraint(
      'milestone_timers_milestone_fkey',
      ['tenant_id', 'milestone_id'],
      'case_milestones',
      ['tenant_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('milestone_timers_warn_idx')
    .on('milestone_timers')
    .columns(['warn_at'])
    .execute();

  await db.schema
    .createTable('case_pauses')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('case_id', 'uuid', (c) => c.notNull())
    .addColumn('paused_at', 'timestamptz', (c) => c.notNull())
    .addColumn('resumed_at', 'timestamptz')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_pauses_pkey', ['tenant_id', 'id'])
    .addForeignKeyConstraint(
      'case_pauses_case_fkey',
      ['tenant_id', 'case_id'],
      'cases',
      ['tenant_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await sql`create unique index case_pauses_open_idx on case_pauses (tenant_id, case_id) where resumed_at is null`.execute(
    db,
  );

  await db.schema
    .createTable('case_retargets')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('case_id', 'uuid', (c) => c.notNull())
    .addColumn('milestone', 'text', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('previous_due', 'timestamptz')
    .addColumn('new_due', 'timestamptz')
    .addColumn('previous_kind', 'text')
    .addColumn('new_kind', 'text')
    .addColumn('details', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_retargets_pkey', ['tenant_id', 'id'])
    .addForeignKeyConstraint(
      'case_retargets_case_fkey',
      ['tenant_id', 'case_id'],
      'cases',
      ['tenant_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('case_retargets_case_idx')
    .on('case_retargets')
    .columns(['tenant_id', 'case_id', 'at'])
    .execute();

  await db.schema
    .createTable('case_escalations')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('case_id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('tier', 'support_manager', 'follow_the_sun')`),
    )
    .addColumn('from_tier', 'smallint')
    .addColumn('to_tier', 'smallint')
    .addColumn('category', 'text')
    .addColumn('evidence', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('details', 'jsonb', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_escalations_pkey', ['tenant_id', 'id'])
    .addForeignKeyConstraint(
      'case_escalations_case_fkey',
      ['tenant_id', 'case_id'],
      'cases',
      ['tenant_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('case_escalations_case_idx')
    .on('case_escalations')
    .columns(['tenant_id', 'case_id', 'at'])
    .execute();

  await db.schema
    .createTable('account_pins')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('account_id', 'uuid', (c) => c.notNull())
    .addColumn('pin_hash', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('account_pins_pkey', ['tenant_id', 'account_id'])
    .addForeignKeyConstraint(
      'account_pins_account_fkey',
      ['tenant_id', 'account_id'],
      'accounts',
      ['tenant_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('pin_attempts')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('account_id', 'uuid', (c) => c.notNull())
    .addColumn('succeeded', 'boolean', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('pin_attempts_pkey', ['tenant_id', 'id'])
    .execute();
  await db.schema
    .createIndex('pin_attempts_account_idx')
    .on('pin_attempts')
    .columns(['tenant_id', 'account_id', 'at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'pin_attempts',
    'account_pins',
    'case_escalations',
    'case_retargets',
    'case_pauses',
    'milestone_timers',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
