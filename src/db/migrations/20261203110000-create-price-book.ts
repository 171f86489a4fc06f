import { type Kysely, sql } from 'kysely';

/**
 * The dated price book (IMP-09 "then current price", K6 reinstatement, renewal quotes, RMA and
 * training charges): one price per tenant, pack, item (a plan id or a SKU such as
 * `appliance:<model>` / `trm:<offering>`) and optional product, effective from a date; the price on a
 * date is the row with the latest `effective_from` on or before it. Amounts in integer minor units.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table price_book (
    tenant_id uuid not null,
    id uuid not null,
    pack_id text not null,
    item text not null,
    product_id uuid,
    effective_from date not null,
    amount_minor bigint not null check (amount_minor >= 0),
    currency text not null check (currency ~ '^[A-Z]{3}$'),
    created_at timestamptz not null default now(),
    constraint price_book_pkey primary key (tenant_id, id),
    constraint price_book_product_fkey foreign key (tenant_id, product_id) references products (tenant_id, id)
  )`.execute(db);
  await sql`create unique index price_book_item_date_key on price_book
    (tenant_id, pack_id, item, coalesce(product_id, '00000000-0000-0000-0000-000000000000'::uuid), effective_from)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table price_book`.execute(db);
}
