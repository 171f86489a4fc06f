import { type Kysely, sql } from 'kysely';

/**
 * The agent queue filtered by centre or severity (GET /api/v1/cases?status=open&centre=…&severity=…,
 * sorted by next_due): with only cases_open_queue_idx, a rare combination (an apac S1 at tier 3 is
 * 1 open case in ~1,200) walked the whole open queue in next_due order and fetched each row to
 * filter it — 60 ms at 1M cases. These partial indexes keep such pages a short index range scan.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index cases_open_severity_idx on cases (tenant_id, severity, next_due_at, id)
    where status in ('new', 'in_progress', 'waiting_on_customer')`.execute(db);
  await sql`create index cases_open_centre_idx on cases (tenant_id, centre, next_due_at, id)
    where status in ('new', 'in_progress', 'waiting_on_customer')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index cases_open_centre_idx`.execute(db);
  await sql`drop index cases_open_severity_idx`.execute(db);
}
