import { type Kysely, sql } from 'kysely';

/** `case_counters` is no longer written or read since 20261124212000-case-number-sequences (per-tenant
 * sequences number cases); drop it (issue 17, dead code). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists case_counters`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create table case_counters (
    tenant_id uuid primary key references tenants(id),
    last_number bigint not null
  )`.execute(db);
}
