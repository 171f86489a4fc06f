import { type Kysely, sql } from 'kysely';

/** A service review's author is an audit label (`user:<id>`, `system:<name>`): jobs and the demo seed schedule them too. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table service_reviews alter column created_by type text using 'user:' || created_by::text`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from service_reviews where created_by not like 'user:%'`.execute(db);
  await sql`alter table service_reviews alter column created_by type uuid using substr(created_by, 6)::uuid`.execute(
    db,
  );
}
