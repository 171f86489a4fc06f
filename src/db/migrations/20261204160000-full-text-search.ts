import { type Kysely, sql } from 'kysely';

/**
 * Full-text search over cases and their comments.
 *
 * `case_search` holds each case's stored `tsvector` (title weighted A, description B) beside its
 * opening time, kept by a trigger on `cases`, so neither the queue's `select *` of cases carries the
 * vector nor a search recomputes `to_tsvector` per row: a rare word is found through the GIN index,
 * a word in most cases by walking `case_search_recent_idx` newest first and stopping after a page.
 * Comments (fewer, appended) are searched through an expression GIN index on `to_tsvector(body)`.
 * The search repository (src/repositories/search-repository.ts) queries exactly these.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table case_search (
    tenant_id uuid not null,
    case_id uuid not null,
    account_id uuid not null,
    opened_at timestamptz not null,
    document tsvector not null,
    primary key (tenant_id, case_id),
    foreign key (tenant_id, case_id) references cases (tenant_id, id) on delete cascade
  )`.execute(db);
  await sql`create index case_search_document_idx on case_search using gin (document)`.execute(db);
  // The planner chooses between the GIN index (rare words) and the newest-first index (common words) from
  // the words' frequencies; the default statistics keep ~1,000 of them, so any other word looked common
  // enough to walk the newest-first index, and a word in no case walked all of it (seconds at 1M cases).
  await sql`alter table case_search alter column document set statistics 10000`.execute(db);
  await sql`create index case_search_recent_idx on case_search (tenant_id, opened_at desc, case_id)`.execute(
    db,
  );
  await sql`create function case_search_sync() returns trigger language plpgsql as $$
    begin
      insert into case_search (tenant_id, case_id, account_id, opened_at, document)
      values (new.tenant_id, new.id, new.account_id, new.opened_at,
        setweight(to_tsvector('english', new.title), 'A') || setweight(to_tsvector('english', new.description), 'B'))
      on conflict (tenant_id, case_id) do update
        set account_id = excluded.account_id, opened_at = excluded.opened_at, document = excluded.document;
      return null;
    end $$`.execute(db);
  await sql`create trigger cases_search_sync after insert or update of title, description, account_id
    on cases for each row execute function case_search_sync()`.execute(db);
  await sql`insert into case_search (tenant_id, case_id, account_id, opened_at, document)
    select tenant_id, id, account_id, opened_at,
      setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', description), 'B')
    from cases`.execute(db);
  await sql`create index case_comments_search_idx on case_comments
    using gin (to_tsvector('english', body))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index case_comments_search_idx`.execute(db);
  await sql`drop trigger cases_search_sync on cases`.execute(db);
  await sql`drop function case_search_sync()`.execute(db);
  await sql`drop table case_search`.execute(db);
}
