import { type Kysely, sql } from 'kysely';

/**
 * The end of the agent queue: open cases without a pending deadline come last, by id. Without this
 * index PostgreSQL walked the primary key in id order past every older resolved/closed case to find
 * them — 1 s per page at 1M cases (ids are time-ordered UUIDv7s; closed cases are the old ones).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index cases_open_no_due_idx on cases (tenant_id, id)
    where next_due_at is null and status in ('new', 'in_progress', 'waiting_on_customer')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index cases_open_no_due_idx`.execute(db);
}
