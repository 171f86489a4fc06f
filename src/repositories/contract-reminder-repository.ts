import type { TDbOrTransaction } from '../db/schema.js';
import type { TContractRow } from '../db/schema-records.js';

/** Contracts the daily reminder job looks at (every tenant, or one): all but terminated and pending. */
export async function listContractsForReminders(
  db: TDbOrTransaction,
  tenantId: string | undefined,
): Promise<TContractRow[]> {
  let query = db
    .selectFrom('contracts')
    .selectAll()
    .where('status', 'not in', ['terminated', 'pending'])
    .orderBy('tenant_id')
    .orderBy('id');
  if (tenantId) query = query.where('tenant_id', '=', tenantId);
  return query.execute();
}

/** Claims a reminder (tenant, contract, kind, subject): true only for the one process that inserts it. */
export async function claimContractReminder(
  db: TDbOrTransaction,
  row: { tenant_id: string; contract_id: string; kind: string; subject: string; sent_at: Date },
): Promise<boolean> {
  const inserted = await db
    .insertInto('contract_reminders')
    .values(row)
    .onConflict((oc) => oc.columns(['tenant_id', 'contract_id', 'kind', 'subject']).doNothing())
    .returning('kind')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** The vendor side of a contract reminder: active vendor admins and support managers. */
export async function listVendorManagerRecipients(
  db: TDbOrTransaction,
  tenantId: string,
): Promise<{ email: string; userId: string | null }[]> {
  return db
    .selectFrom('users')
    .select(['email', 'id as userId'])
    .where('tenant_id', '=', tenantId)
    .where('role', 'in', ['vendor_admin', 'support_manager'])
    .where('disabled_at', 'is', null)
    .orderBy('id')
    .execute();
}
