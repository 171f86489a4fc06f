import { type Kysely, sql } from 'kysely';

/**
 * Full-text search over cases (title and description) and their comments, with PostgreSQL's own
 * `to_tsvector('english', …)` in expression GIN indexes — no stored column, so `select *` of the queue
 * carries no vectors. The search repository queries with exactly these expressions (search-repository.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index cases_search_idx on cases
    using gin (to_tsvector('english', title || ' ' || description))`.execute(db);
  await sql`create index case_comments_search_idx on case_comments
    using gin (to_tsvector('english', body))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index case_comments_search_idx`.execute(db);
  await sql`drop index cases_search_idx`.execute(db);
}
