import { type Kysely, sql } from 'kysely';

/**
 * Hardware support (IMP-15..36): appliances gain kind (physical, virtual, third-party), software
 * version, status and the unit they replaced; a case records its hardware finding (troubleshooting and
 * the vendor's defect conclusion, IMP-22); an RMA tracks one return with its deadlines (H1) and charge
 * proposal (IMP-34); `rma_notices` makes each deadline notice unique per (tenant, rma, deadline, kind, due).
 * `warranty_end` stays a column but is written only by the system (K1 from the ship date, or inherited, H2).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table appliances
    add column kind text not null default 'physical' check (kind in ('physical', 'virtual', 'third_party')),
    add column software_version text,
    add column status text not null default 'in_service'
      check (status in ('in_service', 'awaiting_return', 'returned', 'replaced', 'retired')),
    add column replaces_appliance_id uuid,
    add foreign key (tenant_id, replaces_appliance_id) references appliances (tenant_id, id)`.execute(db);

  await sql`create table case_hardware_findings (
    tenant_id uuid not null,
    case_id uuid not null,
    appliance_id uuid not null,
    troubleshooting text not null,
    conclusion text not null check (conclusion in ('hardware_defect', 'excluded_cause', 'no_defect')),
    excluded_cause text,
    onsite_requested boolean not null default false,
    destination text,
    concluded_by text not null,
    concluded_at timestamptz not null,
    primary key (tenant_id, case_id),
    foreign key (tenant_id, case_id) references cases (tenant_id, id),
    foreign key (tenant_id, appliance_id) references appliances (tenant_id, id)
  )`.execute(db);

  await sql`create table rmas (
    tenant_id uuid not null,
    id uuid not null,
    account_id uuid not null,
    appliance_id uuid not null,
    case_id uuid not null,
    type text not null check (type in ('return_and_repair', 'advance_replacement', 'priced_replacement', 'model_upgrade')),
    status text not null default 'open' check (status in ('open', 'closed')),
    pack_id text not null,
    plan text not null,
    centre text not null,
    shipping text not null,
    destination text,
    component boolean not null default false,
    defect_concluded_at timestamptz not null,
    unit_received_at timestamptz,
    replacement_shipped_at timestamptz,
    replacement_delivered_at timestamptz,
    unit_returned_at timestamptz,
    replacement_appliance_id uuid,
    ship_by timestamptz,
    return_due timestamptz,
    next_deadline timestamptz,
    warranty_end date not null,
    charge_amount_minor bigint,
    charge_currency text,
    charge_status text check (charge_status in ('proposed', 'approved', 'declined')),
    flags text[] not null default '{}',
    created_at timestamptz not null,
    updated_at timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, account_id) references accounts (tenant_id, id),
    foreign key (tenant_id, appliance_id) references appliances (tenant_id, id),
    foreign key (tenant_id, case_id) references cases (tenant_id, id),
    foreign key (tenant_id, replacement_appliance_id) references appliances (tenant_id, id),
    unique (tenant_id, case_id, appliance_id)
  )`.execute(db);
  await sql`create index rmas_queue on rmas (tenant_id, status, next_deadline)`.execute(db);
  await sql`create index rmas_account on rmas (tenant_id, account_id)`.execute(db);

  await sql`create table rma_notices (
    tenant_id uuid not null,
    rma_id uuid not null,
    deadline text not null check (deadline in ('ship_by', 'return_due')),
    kind text not null check (kind in ('warning', 'missed')),
    due timestamptz not null,
    sent_at timestamptz not null,
    primary key (tenant_id, rma_id, deadline, kind, due),
    foreign key (tenant_id, rma_id) references rmas (tenant_id, id)
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rma_notices`.execute(db);
  await sql`drop table rmas`.execute(db);
  await sql`drop table case_hardware_findings`.execute(db);
  await sql`alter table appliances drop column replaces_appliance_id, drop column status,
    drop column software_version, drop column kind`.execute(db);
}
