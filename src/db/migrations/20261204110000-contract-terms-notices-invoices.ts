import { type Kysely, sql } from 'kysely';

/**
 * The commercial record of a contract (issue 12): its term history (one row per term, naming the pack
 * version and the price it runs under), notices as recorded facts (non-renewal, change, objection,
 * breach — with received date, deadline, outcome and clause), invoices with issued/due/paid dates and
 * integer minor-unit amounts, and the reminders the daily job sent (the primary key makes each reminder
 * once across processes). Contracts gain the appliance ship date (K1) and the date service was withheld
 * for non-payment (IMP-10). Tenant first in every key and reference.
 */
const statements = [
  `alter table contracts add column ship_date date`,
  `alter table contracts add column service_withheld_on date`,
  `create table contract_terms (
        tenant_id uuid not null,
        id uuid not null,
        contract_id uuid not null,
        term_start date not null,
        term_end date not null,
        kind text not null check (kind in ('initial', 'renewal', 'reinstatement')),
        pack_version text not null,
        amount_minor bigint check (amount_minor >= 0),
        currency text check (currency ~ '^[A-Z]{3}$'),
        created_at timestamptz not null,
        primary key (tenant_id, id),
        foreign key (tenant_id, contract_id) references contracts (tenant_id, id),
        constraint contract_terms_order check (term_end >= term_start)
      )`,
  `create unique index contract_terms_one_per_start on contract_terms (tenant_id, contract_id, term_start)`,
  `create table contract_notices (
        tenant_id uuid not null,
        id uuid not null,
        contract_id uuid not null,
        kind text not null check (kind in ('non_renewal', 'change', 'objection', 'breach')),
        from_party text not null check (from_party in ('vendor', 'customer')),
        received_on date not null,
        version text,
        reason text,
        cured_on date,
        recorded_by text not null,
        created_at timestamptz not null,
        primary key (tenant_id, id),
        foreign key (tenant_id, contract_id) references contracts (tenant_id, id)
      )`,
  `create index contract_notices_contract_idx on contract_notices (tenant_id, contract_id, received_on)`,
  `create table contract_invoices (
        tenant_id uuid not null,
        id uuid not null,
        contract_id uuid not null,
        number text not null,
        purpose text not null check (purpose in ('renewal', 'reinstatement', 'other')),
        term_start date,
        issued_on date not null,
        due_on date not null,
        paid_on date,
        amount_minor bigint not null check (amount_minor >= 0),
        currency text not null check (currency ~ '^[A-Z]{3}$'),
        created_at timestamptz not null,
        primary key (tenant_id, id),
        foreign key (tenant_id, contract_id) references contracts (tenant_id, id),
        constraint contract_invoices_due_order check (due_on >= issued_on)
      )`,
  `create unique index contract_invoices_number_key on contract_invoices (tenant_id, number)`,
  `create index contract_invoices_contract_idx on contract_invoices (tenant_id, contract_id, due_on)`,
  `create table contract_reminders (
        tenant_id uuid not null,
        contract_id uuid not null,
        kind text not null,
        subject text not null,
        sent_at timestamptz not null,
        primary key (tenant_id, contract_id, kind, subject),
        foreign key (tenant_id, contract_id) references contracts (tenant_id, id)
      )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['contract_reminders', 'contract_invoices', 'contract_notices', 'contract_terms'])
    await sql.raw(`drop table ${table}`).execute(db);
  await sql`alter table contracts drop column service_withheld_on`.execute(db);
  await sql`alter table contracts drop column ship_date`.execute(db);
}
