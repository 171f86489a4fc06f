import { type Kysely, sql } from 'kysely';

/**
 * Case numbers from one SEQUENCE per tenant (`case_number_<tenant hex>`) instead of the
 * `case_counters` row: the counter row stayed locked until the opening transaction committed, so
 * every case creation of a tenant waited for the previous one's commit (fsync) — 8 of 10 pool
 * connections sat in `Lock:transactionid` under load, ~150 cases/s. `nextval` takes no lock that
 * lasts the transaction. Numbers stay 1, 2, … per tenant; a transaction that fails after taking one
 * leaves a gap. A trigger creates the sequence with each tenant; existing tenants continue after
 * their counter. `case_counters` is kept (no longer written).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create function create_case_number_sequence(tenant uuid, start_at bigint) returns void
    language plpgsql as $$
    begin
      execute format('create sequence if not exists %I start with %s minvalue 1',
        'case_number_' || replace(tenant::text, '-', ''), start_at);
    end $$`.execute(db);
  await sql`create function tenants_create_case_number_sequence() returns trigger
    language plpgsql as $$
    begin
      perform create_case_number_sequence(new.id, 1);
      return new;
    end $$`.execute(db);
  await sql`create trigger tenants_case_number_sequence after insert on tenants
    for each row execute function tenants_create_case_number_sequence()`.execute(db);
  await sql`select create_case_number_sequence(t.id, greatest(
      coalesce((select c.last_number from case_counters c where c.tenant_id = t.id), 0),
      coalesce((select max(k.number) from cases k where k.tenant_id = t.id), 0)) + 1)
    from tenants t`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`insert into case_counters (tenant_id, last_number)
    select tenant_id, max(number) from cases group by tenant_id
    on conflict (tenant_id) do update set last_number = excluded.last_number`.execute(db);
  await sql`drop trigger tenants_case_number_sequence on tenants`.execute(db);
  await sql`drop function tenants_create_case_number_sequence()`.execute(db);
  await sql`do $$
    declare name text;
    begin
      for name in select c.relname from pg_class c
        where c.relkind = 'S' and c.relname ~ '^case_number_[0-9a-f]{32}$'
        and pg_table_is_visible(c.oid) loop
        execute format('drop sequence %I', name);
      end loop;
    end $$`.execute(db);
  await sql`drop function create_case_number_sequence(uuid, bigint)`.execute(db);
}
