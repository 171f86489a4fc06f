import { type Kysely, sql } from 'kysely';

/**
 * The incident details a case's pack version requires (IVA-23), stored when the case opens: a case
 * keeps its pack version for life, so the list never changes, and presenters and policies can tell
 * what is missing from the row alone — also for tenant pack versions and tenants' own packs. Null on
 * cases opened before this migration (readers fall back to the built-in pack of that id).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table cases add column required_details text[]`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table cases drop column required_details`.execute(db);
}
