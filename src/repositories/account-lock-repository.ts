import type { TDb } from '../db/schema.js';

/**
 * Locks one account row until the transaction ends (`SELECT … FOR UPDATE`), so per-account limits
 * (named contacts, IMP-42) are counted and decided by one writer at a time. False if no such account.
 */
export async function lockAccountRow(trx: TDb, tenantId: string, accountId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('accounts')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', accountId)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

/** The account a user belongs to (null for vendor staff), or undefined when the tenant has no such user. */
export async function findUserAccountId(
  db: TDb,
  tenantId: string,
  userId: string,
): Promise<string | null | undefined> {
  const row = await db
    .selectFrom('users')
    .select('account_id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .executeTakeFirst();
  return row === undefined ? undefined : row.account_id;
}
