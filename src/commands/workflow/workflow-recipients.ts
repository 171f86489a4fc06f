import type { TDb } from '../../db/schema.js';
import type { TEmailRecipient } from '../../outbox/record-event.js';

/** Active support managers of the tenant (IVA-16 escalations, Tier 3 oversight, breaches). */
export async function listSupportManagers(db: TDb, tenantId: string): Promise<TEmailRecipient[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('tenant_id', '=', tenantId)
    .where('role', '=', 'support_manager')
    .where('disabled_at', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ email: row.email, userId: row.id }));
}

/** Vendor admins, who stand for the vendor's executive team (IMP-57: every Tier 3 case). */
export async function listExecutives(db: TDb, tenantId: string): Promise<TEmailRecipient[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('tenant_id', '=', tenantId)
    .where('role', '=', 'vendor_admin')
    .where('disabled_at', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ email: row.email, userId: row.id }));
}

/** The case's assignee, when there is one. */
export async function findAssignee(
  db: TDb,
  tenantId: string,
  userId: string | null,
): Promise<TEmailRecipient[]> {
  if (!userId) return [];
  const row = await db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return row ? [{ email: row.email, userId: row.id }] : [];
}

/** Distinct by address (someone can be both assignee and support manager). */
export function uniqueRecipients(...lists: TEmailRecipient[][]): TEmailRecipient[] {
  const seen = new Map<string, TEmailRecipient>();
  for (const recipient of lists.flat()) if (!seen.has(recipient.email)) seen.set(recipient.email, recipient);
  return [...seen.values()];
}
