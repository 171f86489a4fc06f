import { describe, expect, it } from 'vitest';
import { getTestDatabase } from '../../test/helpers/test-database.js';
import { findTenantById, insertTenant } from '../repositories/tenant-repository.js';
import { newId } from './new-id.js';
import { withTransaction } from './with-transaction.js';

describe('withTransaction', () => {
  it('commits when the work succeeds', async () => {
    const db = await getTestDatabase();
    const id = newId();
    const result = await withTransaction(db, async (trx) => {
      await insertTenant(trx, { id, slug: `tx-${id.slice(-12)}`, name: 'Committed' });
      return 'done';
    });
    expect(result).toBe('done');
    expect((await findTenantById(db, id))?.name).toBe('Committed');
  });

  it('leaves nothing half-written when the work throws, and rethrows the error unchanged', async () => {
    const db = await getTestDatabase();
    const id = newId();
    const failure = new Error('second step failed');
    await expect(
      withTransaction(db, async (trx) => {
        await insertTenant(trx, { id, slug: `tx-${id.slice(-12)}`, name: 'Rolled back' });
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await findTenantById(db, id)).toBeUndefined();
  });

  it('joins an enclosing transaction instead of nesting one', async () => {
    const db = await getTestDatabase();
    const id = newId();
    await expect(
      withTransaction(db, async (outer) => {
        await withTransaction(outer, async (inner) => {
          await insertTenant(inner, { id, slug: `tx-${id.slice(-12)}`, name: 'Inner' });
        });
        throw new Error('outer fails');
      }),
    ).rejects.toThrow('outer fails');
    expect(await findTenantById(db, id)).toBeUndefined();
  });
});
