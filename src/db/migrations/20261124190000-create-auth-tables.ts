import { type Kysely, sql } from 'kysely';

/**
 * Tenants, users, sessions, API tokens, login attempts, audit log. Every tenant-owned table has
 * `tenant_id` first in its primary key and in every index, so the schema can be distributed by tenant.
 * `users.account_id` is a plain column here; the accounts migration adds its foreign key.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('tenants')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique().check(sql`slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().check(sql`email = lower(email)`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('role', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`role in ('vendor_admin', 'support_manager', 'agent', 'customer_admin', 'customer_contact')`,
        ),
    )
    .addColumn('account_id', 'uuid')
    .addColumn('disabled_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('users_pkey', ['tenant_id', 'id'])
    .addUniqueConstraint('users_tenant_email_key', ['tenant_id', 'email'])
    .addCheckConstraint(
      'users_customer_has_account',
      sql`(role in ('customer_admin', 'customer_contact')) = (account_id is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('users_tenant_account_idx')
    .on('users')
    .columns(['tenant_id', 'account_id'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('sessions_pkey', ['tenant_id', 'id'])
    .addUniqueConstraint('sessions_tenant_token_key', ['tenant_id', 'token_hash'])
    .addForeignKeyConstraint(
      'sessions_user_fkey',
      ['tenant_id', 'user_id'],
      'users',
      ['tenant_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('sessions_tenant_user_idx')
    .on('sessions')
    .columns(['tenant_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('token_prefix', 'text', (c) => c.notNull())
    .addColumn('scopes', sql`text[]`, (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz')
    .addColumn('last_used_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .addPrimaryKeyConstraint('api_tokens_pkey', ['tenant_id', 'id'])
    .addUniqueConstraint('api_tokens_tenant_token_key', ['tenant_id', 'token_hash'])
    .addForeignKeyConstraint(
      'api_tokens_user_fkey',
      ['tenant_id', 'user_id'],
      'users',
      ['tenant_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('api_tokens_tenant_user_idx')
    .on('api_tokens')
    .columns(['tenant_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('login_attempts')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('succeeded', 'boolean', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('login_attempts_pkey', ['tenant_id', 'id'])
    .execute();
  await db.schema
    .createIndex('login_attempts_tenant_email_idx')
    .on('login_attempts')
    .columns(['tenant_id', 'email', 'at'])
    .execute();
  await db.schema
    // The one cross-tenant index: the per-IP login limit counts failures against every tenant.
    .createIndex('login_attempts_ip_idx')
    .on('login_attempts')
    .columns(['ip', 'at'])
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .addPrimaryKeyConstraint('audit_log_pkey', ['tenant_id', 'id'])
    .execute();
  await db.schema
    .createIndex('audit_log_tenant_entity_idx')
    .on('audit_log')
    .columns(['tenant_id', 'entity_type', 'entity_id', 'at'])
    .execute();
  await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
    begin raise exception 'audit_log is append-only'; end $$`.execute(db);
  await sql`create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['audit_log', 'login_attempts', 'api_tokens', 'sessions', 'users', 'tenants']) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop function audit_log_append_only()`.execute(db);
}
