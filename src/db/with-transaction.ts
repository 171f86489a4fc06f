import type { TDb, TTransaction } from './schema.js';

/**
 * The unit of work: runs `work` in one transaction, commits if it resolves and rolls back if it
 * throws (the error is rethrown unchanged), so a failed command leaves nothing half-written.
 * Inside `work`, use `trx` for every query — never the outer `db`.
 */
export async function withTransaction<T>(db: TDb, work: (trx: TTransaction) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as TTransaction);
  return db.transaction().execute(work);
}
