import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrivatePGliteDatabase } from '../../test/helpers/test-database.js';
import type { TDatabaseHandle } from './create-database.js';

type TScratch = { scratch: { id: number; value: string } };

describe('PGlite dialect', () => {
  let handle: TDatabaseHandle;
  let db: Kysely<TScratch>;

  beforeAll(async () => {
    handle = await createPrivatePGliteDatabase();
    db = handle.db as unknown as Kysely<TScratch>;
    await sql`create table scratch (id int primary key, value text not null)`.execute(db);
  });
  afterAll(async () => {
    await handle.close();
  });

  async function reset(ids: number[]) {
    await db.deleteFrom('scratch').execute();
    if (ids.length > 0) {
      await db
        .insertInto('scratch')
        .values(ids.map((id) => ({ id, value: 'a' })))
        .execute();
    }
  }

  it('counts exactly the rows an UPDATE, DELETE or INSERT changed', async () => {
    await reset([1, 2, 3]);
    const updated = await db
      .updateTable('scratch')
      .set({ value: 'b' })
      .where('id', '<=', 2)
      .executeTakeFirst();
    expect(updated.numUpdatedRows).toBe(2n);
    const none = await db.updateTable('scratch').set({ value: 'c' }).where('id', '=', 99).executeTakeFirst();
    expect(none.numUpdatedRows).toBe(0n);
    const returning = await db
      .updateTable('scratch')
      .set({ value: 'd' })
      .where('id', '=', 3)
      .returning('id')
      .execute();
    expect(returning).toEqual([{ id: 3 }]);
    const inserted = await db
      .insertInto('scratch')
      .values([
        { id: 3, value: 'dup' },
        { id: 4, value: 'new' },
      ])
      .onConflict((conflict) => conflict.column('id').doNothing())
      .executeTakeFirst();
    expect(inserted.numInsertedOrUpdatedRows).toBe(1n);
    const deleted = await db.deleteFrom('scratch').where('id', '>', 1).executeTakeFirst();
    expect(deleted.numDeletedRows).toBe(3n);
  });

  it('makes a query from elsewhere wait for a running transaction instead of joining it', async () => {
    await reset([]);
    let releaseTransaction: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      releaseTransaction = resolve;
    });
    let transactionStarted: () => void = () => {};
    const started = new Promise<void>((resolve) => {
      transactionStarted = resolve;
    });
    const transaction = db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('scratch').values({ id: 1, value: 'inside' }).execute();
        transactionStarted();
        await gate;
        throw new Error('roll back');
      })
      .catch((error: Error) => error.message);
    await started;

    let outsideFinished = false;
    const outside = db
      .insertInto('scratch')
      .values({ id: 2, value: 'outside' })
      .execute()
      .then(() => {
        outsideFinished = true;
      });
    // Give the outside query every chance to run; it must still be waiting for the transaction.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(outsideFinished).toBe(false);

    releaseTransaction();
    expect(await transaction).toBe('roll back');
    await outside;
    const rows = await db.selectFrom('scratch').select(['id', 'value']).orderBy('id').execute();
    // The transaction's row is rolled back; the outside row was not swept into that rollback.
    expect(rows).toEqual([{ id: 2, value: 'outside' }]);
  });

  it('commits a transaction and supports savepoints', async () => {
    await reset([]);
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('scratch').values({ id: 10, value: 'kept' }).execute();
    });
    const trx = await db.startTransaction().execute();
    await trx.insertInto('scratch').values({ id: 11, value: 'kept' }).execute();
    const savepoint = await trx.savepoint('before_discard').execute();
    await savepoint.insertInto('scratch').values({ id: 12, value: 'discarded' }).execute();
    await savepoint.rollbackToSavepoint('before_discard').execute();
    await trx.commit().execute();
    const ids = (await db.selectFrom('scratch').select('id').orderBy('id').execute()).map((row) => row.id);
    expect(ids).toEqual([10, 11]);
  });

  it('refuses to commit a transaction a failed statement has aborted', async () => {
    await reset([1]);
    const trx = await db.startTransaction().execute();
    await expect(trx.insertInto('scratch').values({ id: 1, value: 'dup' }).execute()).rejects.toThrow();
    await expect(trx.commit().execute()).rejects.toThrow(/rolled back instead of committed/);
    const count = await db
      .selectFrom('scratch')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    expect(count?.n).toBe(1);
  });

  it('reads date as text, bigint as number, timestamptz as Date, text[] as array, jsonb as value', async () => {
    const result = await sql<{ d: string; n: number; t: Date; a: string[]; j: unknown }>`
      select '2027-01-31'::date as d, 42::bigint as n, '2026-01-20T10:00:00Z'::timestamptz as t,
             array['a','b']::text[] as a, ${JSON.stringify([1, { x: 2 }])}::jsonb as j`.execute(db);
    expect(result.rows[0]).toEqual({
      d: '2027-01-31',
      n: 42,
      t: new Date('2026-01-20T10:00:00Z'),
      a: ['a', 'b'],
      j: [1, { x: 2 }],
    });
  });
});
