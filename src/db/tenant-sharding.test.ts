import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { getTestDatabase } from '../../test/helpers/test-database.js';

/**
 * The schema distributes by tenant (docs/scaling.md): on Citus every tenant-owned table is distributed
 * by `tenant_id`, which is only possible when the distribution column is in its primary key, in every
 * unique index and in every foreign key to another distributed table. These tests read the migrated
 * schema from the catalogue, so a new table or index that breaks sharding fails here, not in production.
 */

/** Tables that are not distributed by tenant, and why. Keep in step with docs/scaling.md. */
const globalTables = {
  tenants: 'reference', // replicated to every node; tenant-owned tables refer to it
  jobs: 'coordinator', // the job queue: claimed with SKIP LOCKED on the coordinator, across tenants
  kysely_migration: 'coordinator',
  kysely_migration_lock: 'coordinator',
} as const;

type TKeyRow = {
  table_name: string;
  kind: string;
  name: string;
  columns: string[];
  referenced: string | null;
};

async function readKeys(): Promise<{ tables: string[]; keys: TKeyRow[] }> {
  const db = await getTestDatabase();
  const tables = await sql<{ table_name: string }>`
    select c.relname as table_name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind in ('r', 'p') order by 1`.execute(db);
  // Primary keys and unique indexes (constraints or bare unique indexes), and foreign keys, with their columns.
  const keys = await sql<TKeyRow>`
    select c.relname as table_name, case when i.indisprimary then 'primary' else 'unique' end as kind,
           ic.relname as name,
           array(select a.attname from unnest(i.indkey) k join pg_attribute a
                 on a.attrelid = c.oid and a.attnum = k)::text[] as columns,
           null as referenced
    from pg_index i join pg_class c on c.oid = i.indrelid join pg_class ic on ic.oid = i.indexrelid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and (i.indisunique or i.indisprimary)
    union all
    select c.relname, 'foreign', con.conname,
           array(select a.attname from unnest(con.conkey) k join pg_attribute a
                 on a.attrelid = c.oid and a.attnum = k)::text[],
           rc.relname
    from pg_constraint con join pg_class c on c.oid = con.conrelid join pg_class rc on rc.oid = con.confrelid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and con.contype = 'f'`.execute(db);
  return { tables: tables.rows.map((row) => row.table_name), keys: keys.rows };
}

const isGlobal = (table: string) => Object.hasOwn(globalTables, table);

describe('schema distributes by tenant (Citus-ready)', () => {
  it('every tenant-owned table has tenant_id in its primary key; the global tables are exactly the listed ones', async () => {
    const { tables, keys } = await readKeys();
    const withoutTenantKey = tables.filter(
      (table) =>
        !keys.some(
          (key) => key.table_name === table && key.kind === 'primary' && key.columns.includes('tenant_id'),
        ),
    );
    expect(withoutTenantKey.sort()).toEqual(Object.keys(globalTables).sort());
  });

  it('every unique index of a tenant-owned table includes tenant_id', async () => {
    const { keys } = await readKeys();
    const offending = keys
      .filter(
        (key) => key.kind === 'unique' && !isGlobal(key.table_name) && !key.columns.includes('tenant_id'),
      )
      .map((key) => `${key.table_name}.${key.name} (${key.columns.join(', ')})`);
    expect(offending).toEqual([]);
  });

  it('every foreign key between tenant-owned tables carries tenant_id; others point only at reference tables', async () => {
    const { keys } = await readKeys();
    const offending = keys
      .filter((key) => key.kind === 'foreign' && !isGlobal(key.table_name))
      .filter((key) => {
        if (key.referenced && globalTables[key.referenced as keyof typeof globalTables] === 'reference')
          return false;
        return !key.columns.includes('tenant_id') || isGlobal(key.referenced ?? '');
      })
      .map((key) => `${key.table_name}.${key.name} → ${key.referenced}`);
    expect(offending).toEqual([]);
  });

  it('docs/scaling.md distributes every table the migrations create', async () => {
    const { tables } = await readKeys();
    const doc = readFileSync(new URL('../../docs/scaling.md', import.meta.url), 'utf8');
    const distributed = new Set(
      [...doc.matchAll(/create_distributed_table\('(\w+)', 'tenant_id'/g)].map((m) => m[1]),
    );
    const reference = new Set([...doc.matchAll(/create_reference_table\('(\w+)'\)/g)].map((m) => m[1]));
    const missing = tables.filter((table) =>
      globalTables[table as keyof typeof globalTables] === 'reference'
        ? !reference.has(table)
        : !isGlobal(table) && !distributed.has(table),
    );
    expect(missing).toEqual([]);
    const stale = [...distributed].filter((table) => !tables.includes(table ?? ''));
    expect(stale).toEqual([]);
  });
});
