import { type Kysely, sql } from 'kysely';

/**
 * `cases.needs_phone_call`: an open case with a milestone that is `not_eligible` and not met — e.g. an
 * S1 reported through the portal, which the pack only commits to when reported by phone (reading C3).
 * It is the most urgent thing in the queue: its `next_due_at` (the queue's sort key) is its opening,
 * so it sorts first, and the console flags it "needs a phone call". Backfilled for open cases.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table cases add column needs_phone_call boolean not null default false`.execute(db);
  await sql`update cases set needs_phone_call = true, next_due_at = opened_at
    where status not in ('resolved', 'closed') and exists (
      select 1 from case_milestones m
      where m.tenant_id = cases.tenant_id and m.case_id = cases.id
        and m.kind = 'not_eligible' and m.met_at is null)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table cases drop column needs_phone_call`.execute(db);
}
