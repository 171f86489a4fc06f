import { type Kysely, sql } from 'kysely';

/**
 * Job lanes (issue 13 item 5): `jobs.queue` names the lane (`timers`, `default`, `bulk`). Claims pick
 * the next due jobs of one lane from `jobs_runnable_idx (queue, run_at, id) WHERE status = 'queued'`
 * in index order (no sort of the backlog); `jobs_keyed_runs_idx` gives the cron scheduler a
 * definition's latest scheduled run (missed runs coalesce into one). Queued jobs of the
 * time-critical and fan-out definitions move to their lanes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists jobs_due_idx`.execute(db);
  await sql`create index jobs_runnable_idx on jobs (queue, run_at, id) where status = 'queued'`.execute(db);
  await sql`create index jobs_keyed_runs_idx on jobs (definition, run_at) where dedupe_key is not null`.execute(
    db,
  );
  await sql`update jobs set queue = 'timers' where status = 'queued' and definition in
    ('sla.sweep', 'sla.milestone-alarm', 'workflow.follow-the-sun-sweep', 'workflow.follow-the-sun-transfer',
     'rma.deadline-sweep')`.execute(db);
  await sql`update jobs set queue = 'bulk' where status = 'queued' and definition in
    ('notifications.send-email', 'notifications.deliver-webhook')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index jobs_keyed_runs_idx`.execute(db);
  await sql`drop index jobs_runnable_idx`.execute(db);
  await sql`create index jobs_due_idx on jobs (queue, run_at) where status = 'queued'`.execute(db);
}
