import { type Kysely, sql } from 'kysely';

/**
 * `idempotency_keys` (issue 13 item 7): one row per (tenant, Idempotency-Key) for 24 hours. A request
 * reserves its key by inserting the row (the primary key lets exactly one of several parallel
 * requests win); it then holds the fingerprint of the request and, once answered, the response that
 * every replay returns. `expires_at` serves the hourly purge and lets an expired key be reused.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table idempotency_keys (
    tenant_id uuid not null references tenants (id),
    key text not null,
    fingerprint text not null,
    status text not null check (status in ('in_progress', 'completed')),
    response_status integer,
    response_body text,
    response_type text,
    locked_until timestamptz not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    constraint idempotency_keys_pkey primary key (tenant_id, key)
  )`.execute(db);
  await sql`create index idempotency_keys_expires_idx on idempotency_keys (expires_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table idempotency_keys`.execute(db);
}
