import { type Insertable, sql } from 'kysely';
import type { TDb } from '../db/schema.js';
import type {
  TNewTrmBooking,
  TTrmBookingRow,
  TTrmLedgerEntriesTable,
  TTrmLedgerRow,
  TTrmSubscriptionRow,
  TTrmSubscriptionsTable,
} from '../db/schema-training.js';

/** A subscription visible to the caller (customers: their own account only). */
export async function findTrmSubscription(
  db: TDb,
  tenantId: string,
  id: string,
  accountId: string | null,
  options: { lock?: boolean } = {},
): Promise<TTrmSubscriptionRow | undefined> {
  let query = db
    .selectFrom('trm_subscriptions')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id);
  if (accountId !== null) query = query.where('account_id', '=', accountId);
  // The row lock serialises bookings of one subscription, so allowances hold under parallel requests.
  if (options.lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function listTrmSubscriptions(
  db: TDb,
  tenantId: string,
  accountId: string | null,
): Promise<(TTrmSubscriptionRow & { account_name: string })[]> {
  let query = db
    .selectFrom('trm_subscriptions as s')
    .innerJoin('accounts as a', (j) =>
      j.onRef('a.tenant_id', '=', 's.tenant_id').onRef('a.id', '=', 's.account_id'),
    )
    .selectAll('s')
    .select('a.name as account_name')
    .where('s.tenant_id', '=', tenantId);
  if (accountId !== null) query = query.where('s.account_id', '=', accountId);
  return query.orderBy('a.name').orderBy('s.purchased_on').execute();
}

export async function insertTrmSubscription(
  db: TDb,
  values: Insertable<TTrmSubscriptionsTable>,
): Promise<TTrmSubscriptionRow> {
  return db.insertInto('trm_subscriptions').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function setTrmNonRenewalNotice(
  db: TDb,
  tenantId: string,
  id: string,
  received: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('trm_subscriptions')
    .set({ non_renewal_notice_on: received, updated_at: now })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

export async function listTrmBookings(
  db: TDb,
  tenantId: string,
  subscriptionId: string,
): Promise<TTrmBookingRow[]> {
  return db
    .selectFrom('trm_bookings')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('subscription_id', '=', subscriptionId)
    .where('status', '=', 'booked')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertTrmBooking(db: TDb, values: TNewTrmBooking): Promise<TTrmBookingRow> {
  return db.insertInto('trm_bookings').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertTrmLedgerEntry(
  db: TDb,
  values: Insertable<TTrmLedgerEntriesTable>,
): Promise<boolean> {
  const result = await db
    .insertInto('trm_ledger_entries')
    .values(values)
    .onConflict((c) =>
      // The index predicate must be a literal to match the partial unique index (one expiry per term).
      c
        .columns(['tenant_id', 'subscription_id', 'term_start'])
        .where(sql<boolean>`kind = 'expiry'`)
        .doNothing(),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function listTrmLedger(
  db: TDb,
  tenantId: string,
  subscriptionId: string,
): Promise<TTrmLedgerRow[]> {
  return db
    .selectFrom('trm_ledger_entries')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('subscription_id', '=', subscriptionId)
    .orderBy('entry_date')
    .orderBy('created_at')
    .execute();
}

/** Every subscription of every tenant whose first term has ended (the expiry job's candidates). */
export async function listTrmSubscriptionsPastFirstTerm(
  db: TDb,
  before: string,
): Promise<TTrmSubscriptionRow[]> {
  return db.selectFrom('trm_subscriptions').selectAll().where('purchased_on', '<', before).execute();
}
