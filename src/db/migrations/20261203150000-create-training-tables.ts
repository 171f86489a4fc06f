import { type Kysely, sql } from 'kysely';

/**
 * Training and usage data: TRM subscriptions (IVA-41..47) with their bookings and ledger (expiry
 * entries unique per term, so the expiry job is idempotent), Academy subscriptions (IVA-15, IVA-40),
 * usage-data installations (own hashed token), daily summaries and per-account opt-outs (IMP-63..66),
 * and the account health checks (IMP-62). Tenant first in every key and reference.
 */
const statements = [
  `create table trm_subscriptions (
        tenant_id uuid not null references tenants(id),
        id uuid not null,
        account_id uuid not null,
        pack_id text not null,
        offering text not null,
        purchased_on date not null,
        non_renewal_notice_on date,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, account_id) references accounts (tenant_id, id)
      )`,
  `create index trm_subscriptions_account_idx on trm_subscriptions (tenant_id, account_id)`,
  `create table trm_bookings (
        tenant_id uuid not null,
        id uuid not null,
        subscription_id uuid not null,
        kind text not null check (kind in ('remote', 'onsite', 'voucher')),
        days text[] not null default '{}',
        person text,
        course text,
        term_start date not null,
        status text not null default 'booked' check (status in ('booked', 'cancelled')),
        created_by text not null,
        created_at timestamptz not null,
        primary key (tenant_id, id),
        foreign key (tenant_id, subscription_id) references trm_subscriptions (tenant_id, id)
      )`,
  `create index trm_bookings_subscription_idx on trm_bookings (tenant_id, subscription_id, term_start)`,
  `create table trm_ledger_entries (
        tenant_id uuid not null,
        id uuid not null,
        subscription_id uuid not null,
        kind text not null check (kind in ('booking', 'expiry')),
        term_start date not null,
        entry_date date not null,
        days integer not null default 0,
        onsite_days integer not null default 0,
        vouchers integer not null default 0,
        booking_id uuid,
        created_at timestamptz not null,
        primary key (tenant_id, id),
        foreign key (tenant_id, subscription_id) references trm_subscriptions (tenant_id, id)
      )`,
  `create unique index trm_ledger_one_expiry_per_term on trm_ledger_entries (tenant_id, subscription_id, term_start) where kind = 'expiry'`,
  `create table academy_subscriptions (
        tenant_id uuid not null references tenants(id),
        id uuid not null,
        account_id uuid not null,
        offering text not null,
        user_licences integer not null default 1 check (user_licences >= 0),
        instructor_led_classes integer not null default 0 check (instructor_led_classes >= 0),
        starts_on date not null,
        ends_on date not null check (ends_on >= starts_on),
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, account_id) references accounts (tenant_id, id)
      )`,
  `create table usage_installations (
        tenant_id uuid not null references tenants(id),
        id uuid not null,
        account_id uuid not null,
        name text not null,
        token_hash text not null,
        created_at timestamptz not null,
        revoked_at timestamptz,
        primary key (tenant_id, id),
        unique (tenant_id, token_hash),
        foreign key (tenant_id, account_id) references accounts (tenant_id, id)
      )`,
  `create table usage_daily_summaries (
        tenant_id uuid not null,
        installation_id uuid not null,
        day date not null,
        account_id uuid not null,
        software_version text not null,
        summary jsonb not null,
        received_at timestamptz not null,
        primary key (tenant_id, installation_id, day),
        foreign key (tenant_id, installation_id) references usage_installations (tenant_id, id),
        foreign key (tenant_id, account_id) references accounts (tenant_id, id)
      )`,
  `create index usage_daily_summaries_account_idx on usage_daily_summaries (tenant_id, account_id, day)`,
  `create table usage_opt_outs (
        tenant_id uuid not null,
        account_id uuid not null,
        case_id uuid not null,
        opted_out_at timestamptz not null,
        recorded_by text not null,
        primary key (tenant_id, account_id),
        foreign key (tenant_id, account_id) references accounts (tenant_id, id),
        foreign key (tenant_id, case_id) references cases (tenant_id, id)
      )`,
  `create table account_health_checks (
        tenant_id uuid not null,
        account_id uuid not null,
        check_id text not null check (check_id in ('trained_contact', 'supported_version', 'updates_installed', 'test_environment', 'approved_appliances')),
        status text not null check (status in ('met', 'not_met', 'unknown')),
        note text not null default '',
        updated_by text not null,
        updated_at timestamptz not null,
        primary key (tenant_id, account_id, check_id),
        foreign key (tenant_id, account_id) references accounts (tenant_id, id)
      )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'account_health_checks',
    'usage_opt_outs',
    'usage_daily_summaries',
    'usage_installations',
    'academy_subscriptions',
    'trm_ledger_entries',
    'trm_bookings',
    'trm_subscriptions',
  ])
    await sql`drop table ${sql.table(table)}`.execute(db);
}
