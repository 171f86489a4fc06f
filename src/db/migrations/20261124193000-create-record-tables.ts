import { type Kysely, sql } from 'kysely';

/**
 * The system of record: accounts, sites, products, contracts, named contacts, appliances, cases with
 * their SLA milestones, comments and attachment metadata, and the per-tenant case number counter.
 * Every table has `tenant_id` first in its primary key and in every index; every reference to another
 * tenant-owned row is a composite foreign key on (tenant_id, id), so rows can never cross tenants.
 * Also adds the foreign key users.account_id → accounts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const tenantRef = (table: string, column: string, target: string) =>
    sql`alter table ${sql.table(table)} add foreign key (tenant_id, ${sql.ref(column)})
      references ${sql.table(target)} (tenant_id, id)`;

  await db.schema
    .createTable('accounts')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull().check(sql`region in ('americas', 'emea', 'apac')`))
    .addColumn('payment_status', 'text', (c) =>
      c.notNull().defaultTo('current').check(sql`payment_status in ('current', 'delinquent')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('accounts_pkey', ['tenant_id', 'id'])
    .addUniqueConstraint('accounts_tenant_name_key', ['tenant_id', 'name'])
    .execute();
  await tenantRef('users', 'account_id', 'accounts').execute(db);

  await db.schema
    .createTable('sites')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('account_id', 'uuid', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('address', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('sites_pkey', ['tenant_id', 'id'])
    .addUniqueConstraint('sites_tenant_account_name_key', ['tenant_id', 'account_id', 'name'])
    .execute();
  await tenantRef('sites', 'account_id', 'accounts').execute(db);

  await db.schema
    .createTable('products')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('pack_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('software', 'appliance', 'virtual_appliance')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('products_pkey', ['tenant_id', 'id'])
    .addUniqueConstraint('products_tenant_name_key', ['tenant_id', 'name'])
    .execute();

  await db.schema
    .createTable('contracts')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('account_id', 'uuid', (c) => c.notNull())
    .addColumn('product_id', 'uuid')
    .addColumn('pack_id', 'text', (c) => c.notNull())
    .addColumn('pack_version', 'text', (c) => c.notNull())
    .addColumn('plan', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('direct', 'reseller')`))
    .addColumn('term_start', 'date', (c) => c.notNull())
    .addColumn('term_end', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('active', 'suspended', 'lapsed', 'terminated', 'pending')`),
    )
    .addColumn('licences', 'integer', (c) => c.notNull().defaultTo(0).check(sql`licences >= 0`))
    .addColumn('auto_renew', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('contracts_pkey', ['tenant_id', 'id'])
    .addUniqueConstraint('contracts_tenant_reference_key', ['tenant_id', 'reference'])
    .addCheckConstraint('contracts_term_order', sql`term_end >= term_start`)
    .execute();
  await tenantRef('contracts', 'account_id', 'accounts').execute(db);
  await tenantRef('contracts', 'product_id', 'products').execute(db);
  await db.schema
    .createIndex('contracts_tenant_account_idx')
    .on('contracts')
    .columns(['tenant_id', 'account_id', 'status'])
    .execute();

  await db.schema
    .createTable('contacts')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('account_id', 'uuid', (c) => c.notNull())
    .addColumn('user_id', 'uuid')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().check(sql`email = lower(email)`))
    .addColumn('phone', 'text')
    .addColumn('is_24x7_contact', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('read_only', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('contacts_pkey', ['tenant_id', 'id'])
    .addUniqueConstraint('contacts_tenant_account_email_key', ['tenant_id', 'account_id', 'email'])
    .execute();
  await tenantRef('contacts', 'account_id', 'accounts').execute(db);
  await tenantRef('contacts', 'user_id', 'users').execute(db);

  await db.schema
    .createTable('appliances')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('account_id', 'uuid', (c) => c.notNull())
    .addColumn('product_id', 'uuid')
    .addColumn('site_id', 'uuid')
    .addColumn('serial', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('ship_date', 'date', (c) => c.notNull())
    .addColumn('warranty_end', 'date', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('appliances_pkey', ['tenant_id', 'id'])
    .addUniqueConstraint('appliances_tenant_serial_key', ['tenant_id', 'serial'])
    .execute();
  await tenantRef('appliances', 'account_id', 'accounts').execute(db);
  await tenantRef('appliances', 'product_id', 'products').execute(db);
  await tenantRef('appliances', 'site_id', 'sites').execute(db);
  await db.schema
    .createIndex('appliances_tenant_account_idx')
    .on('appliances')
    .columns(['tenant_id', 'account_id'])
    .execute();

  await db.schema
    .createTable('case_counters')
    .addColumn('tenant_id', 'uuid', (c) => c.primaryKey().references('tenants.id'))
    .addColumn('last_number', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('cases')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('number', 'bigint', (c) => c.notNull())
    .addColumn('account_id', 'uuid', (c) => c.notNull())
    .addColumn('contract_id', 'uuid', (c) => c.notNull())
    .addColumn('product_id', 'uuid')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('pack_id', 'text', (c) => c.notNull())
    .addColumn('pack_version', 'text', (c) => c.notNull())
    .addColumn('plan', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('portal', 'phone', 'email')`))
    .addColumn('centre', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('new', 'in_progress', 'waiting_on_customer', 'resolved', 'closed')`),
    )
    .addColumn('tier', 'smallint', (c) => c.notNull().defaultTo(1).check(sql`tier between 1 and 3`))
    .addColumn('assignee_id', 'uuid')
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'timestamptz', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addColumn('sla_input', 'jsonb', (c) => c.notNull())
    .addColumn('next_due_at', 'timestamptz')
    .addColumn('resolved_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('cases_pkey', ['tenant_id', 'id'])
    .addUniqueConstraint('cases_tenant_number_key', ['tenant_id', 'number'])
    .execute();
  await tenantRef('cases', 'account_id', 'accounts').execute(db);
  await tenantRef('cases', 'contract_id', 'contracts').execute(db);
  await tenantRef('cases', 'product_id', 'products').execute(db);
  await tenantRef('cases', 'assignee_id', 'users').execute(db);
  // The agent queue: open cases by next due time (one index scan per page).
  await sql`create index cases_queue_idx on cases (tenant_id, status, next_due_at, id)`.execute(db);
  await sql`create index cases_queue_all_idx on cases (tenant_id, next_due_at, id)`.execute(db);
  await sql`create index cases_open_queue_idx on cases (tenant_id, next_due_at, id)
    where status in ('new', 'in_progress', 'waiting_on_customer')`.execute(db);
  await sql`create index cases_opened_idx on cases (tenant_id, opened_at, id)`.execute(db);
  await sql`create index cases_account_idx on cases (tenant_id, account_id, next_due_at, id)`.execute(db);
  await sql`create index cases_assignee_idx on cases (tenant_id, assignee_id, next_due_at, id)`.execute(db);

  await db.schema
    .createTable('case_milestones')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('case_id', 'uuid', (c) => c.notNull())
    .addColumn('position', 'smallint', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('deadline', 'next_release', 'no_commitment', 'not_eligible')`),
    )
    .addColumn('due_at', 'timestamptz')
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('clock', 'text', (c) => c.notNull())
    .addColumn('clause', 'text')
    .addColumn('explanation', 'jsonb', (c) => c.notNull())
    .addColumn('timing', 'jsonb')
    .addColumn('met_at', 'timestamptz')
    .addColumn('breached_at', 'timestamptz')
    .addColumn('warned_at', 'timestamptz')
    .addColumn('paused_ms', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('consumed_ms', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('case_milestones_pkey', ['tenant_id', 'id'])
    .addUniqueConstraint('case_milestones_case_position_key', ['tenant_id', 'case_id', 'position'])
    .execute();
  await sql`alter table case_milestones add foreign key (tenant_id, case_id)
    references cases (tenant_id, id) on delete cascade`.execute(db);
  // The SLA sweep: pending deadlines by due time.
  await sql`create index case_milestones_pending_idx on case_milestones (tenant_id, due_at)
    where met_at is null and breached_at is null and due_at is not null`.execute(db);

  await db.schema
    .createTable('case_comments')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('case_id', 'uuid', (c) => c.notNull())
    .addColumn('author_id', 'uuid')
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull().check(sql`visibility in ('public', 'internal')`))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_comments_pkey', ['tenant_id', 'id'])
    .execute();
  await tenantRef('case_comments', 'case_id', 'cases').execute(db);
  await sql`create index case_comments_case_idx on case_comments (tenant_id, case_id, id)`.execute(db);

  await db.schema
    .createTable('case_attachments')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('case_id', 'uuid', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'bigint', (c) => c.notNull().check(sql`size_bytes >= 0`))
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull().check(sql`sha256 ~ '^[0-9a-f]{64}$'`))
    .addColumn('visibility', 'text', (c) => c.notNull().check(sql`visibility in ('public', 'internal')`))
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_attachments_pkey', ['tenant_id', 'id'])
    .execute();
  await tenantRef('case_attachments', 'case_id', 'cases').execute(db);
  await sql`create index case_attachments_case_idx on case_attachments (tenant_id, case_id, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'case_attachments',
    'case_comments',
    'case_milestones',
    'cases',
    'case_counters',
    'appliances',
    'contacts',
    'contracts',
    'products',
    'sites',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`alter table users drop constraint if exists users_tenant_id_account_id_fkey`.execute(db);
  await db.schema.dropTable('accounts').execute();
}
