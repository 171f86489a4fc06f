import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createDatabase } from './create-database.js';
import { prepareStatementsOn } from './prepared-statements.js';

const url = inject('testDatabaseUrl');

// node-postgres only: PGlite has no connections to prepare on.
describe.runIf(url)('prepared statements on PostgreSQL', () => {
  const table = `prepared_probe_${randomBytes(4).toString('hex')}`;
  let pool: pg.Pool;
  // biome-ignore lint/suspicious/noExplicitAny: a throwaway table outside the schema types
  let db: Kysely<any>;
  const prepared = async (on = db) =>
    (await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(on)).rows.map(
      (row) => row.statement,
    );

  beforeAll(async () => {
    // One connection, so every query (and pg_prepared_statements) sees the same session.
    pool = new pg.Pool({ connectionString: url, max: 1 });
    prepareStatementsOn(pool);
    db = new Kysely({ dialect: new PostgresDialect({ pool }) });
    await sql`create table ${sql.table(table)} (id int primary key, name text)`.execute(db);
  });
  afterAll(async () => {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
    await db.destroy();
  });

  it('prepares a repeated statement once under one name and runs it with new values', async () => {
    for (const id of [1, 2, 3])
      await db
        .insertInto(table)
        .values({ id, name: `n${id}` })
        .execute();
    const statements = await prepared();
    expect(statements.filter((text) => text.startsWith('insert into'))).toHaveLength(1);
    expect(statements.some((text) => text.startsWith('create table'))).toBe(false);
    const rows = await db.selectFrom(table).selectAll().where('id', '>', 1).orderBy('id').execute();
    expect(rows).toEqual([
      { id: 2, name: 'n2' },
      { id: 3, name: 'n3' },
    ]);
  });

  it('re-prepares a select * whose table gained a column instead of failing (0A000)', async () => {
    const before = await db.selectFrom(table).selectAll().where('id', '=', 1).executeTakeFirst();
    expect(before).toEqual({ id: 1, name: 'n1' });
    await sql`alter table ${sql.table(table)} add column note text default 'x'`.execute(db);
    const after = await db.selectFrom(table).selectAll().where('id', '=', 1).executeTakeFirst();
    expect(after).toEqual({ id: 1, name: 'n1', note: 'x' });
  });

  it('stops naming new statements at the limit, and they still run', async () => {
    const small = new pg.Pool({ connectionString: url, max: 1 });
    prepareStatementsOn(small, 2);
    // biome-ignore lint/suspicious/noExplicitAny: a throwaway table outside the schema types
    const limited = new Kysely<any>({ dialect: new PostgresDialect({ pool: small }) });
    try {
      for (let i = 0; i < 5; i++) {
        const row = await limited
          .selectFrom(table)
          .select(sql<number>`${sql.lit(i)}::int`.as('i'))
          .where('id', '=', 1)
          .executeTakeFirstOrThrow();
        expect(row.i).toBe(i);
      }
      // Two names taken by the first two selects; the catalogue read and later texts go unnamed.
      expect(await prepared(limited)).toHaveLength(2);
    } finally {
      await limited.destroy();
    }
  });

  it('keeps transactions working (BEGIN/COMMIT/ROLLBACK are never prepared)', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto(table).values({ id: 10, name: 'rolled back' }).execute();
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await db.selectFrom(table).select('id').where('id', '=', 10).execute()).toEqual([]);
  });

  it('prepares nothing with AFTERCARE_PG_PREPARE=false (for transaction-mode poolers)', async () => {
    const config = loadConfig({ DATABASE_URL: url, AFTERCARE_PG_PREPARE: 'false' });
    const handle = await createDatabase(config, { poolSize: 1 });
    try {
      for (let i = 0; i < 3; i++) await handle.db.selectFrom('tenants').select('id').limit(1).execute();
      expect(await prepared(handle.db as unknown as typeof db)).toEqual([]);
    } finally {
      await handle.close();
    }
  });
});
