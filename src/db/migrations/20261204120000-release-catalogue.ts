import { type Kysely, sql } from 'kysely';

/**
 * Releases become a product catalogue (issue 15): a GA date (planned, then actual) and an optional end
 * of shipping per release — the support status and end-of-support date are computed from the pack's
 * rule (H3), never stored; release files (metadata here, bytes in the file store) for downloads; the
 * release notices sent on publication (IVA-17), one row per notice so each is sent once; and on cases
 * the customer's version with the support assessment made at intake, and a disposition (IMP-16
 * `excluded`, IVA-38/39 `referred_to_professional_services`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table releases add column ga_date date, add column end_of_shipping date`.execute(db);
  await sql`create index releases_product_ga_idx on releases (tenant_id, product_id, ga_date)`.execute(db);
  await sql`create table release_files (
      tenant_id uuid not null,
      id uuid not null,
      release_id uuid not null,
      filename text not null,
      content_type text not null,
      size_bytes bigint not null,
      sha256 text not null,
      storage_key text not null,
      uploaded_by text not null,
      created_at timestamptz not null,
      primary key (tenant_id, id),
      foreign key (tenant_id, release_id) references releases (tenant_id, id),
      unique (tenant_id, release_id, filename)
    )`.execute(db);
  await sql`create table release_notices (
      tenant_id uuid not null,
      key text not null,
      release_id uuid not null,
      account_id uuid not null,
      kind text not null check (kind in ('release_available', 'release_discussion_task')),
      sent_at timestamptz not null,
      primary key (tenant_id, key),
      foreign key (tenant_id, release_id) references releases (tenant_id, id),
      foreign key (tenant_id, account_id) references accounts (tenant_id, id)
    )`.execute(db);
  await sql`alter table cases
      add column customer_version text,
      add column version_support jsonb,
      add column disposition text check (disposition in ('excluded', 'referred_to_professional_services')),
      add column disposition_reason text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table cases drop column customer_version, drop column version_support,
      drop column disposition, drop column disposition_reason`.execute(db);
  await sql`drop table release_notices`.execute(db);
  await sql`drop table release_files`.execute(db);
  await sql`drop index releases_product_ga_idx`.execute(db);
  await sql`alter table releases drop column ga_date, drop column end_of_shipping`.execute(db);
}
