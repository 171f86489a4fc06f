import { sql } from 'kysely';
import type { TDb } from '../../db/schema.js';
import type { TEmailRecipient } from '../../outbox/record-event.js';
import { uniqueRecipients } from '../workflow/workflow-recipients.js';

/**
 * Who hears about a case on the customer side: the account's active customer users and its named
 * contacts (read-only contacts beyond a plan's limit excluded), once per address.
 */
export async function listCaseCustomerRecipients(
  db: TDb,
  tenantId: string,
  accountId: string,
): Promise<TEmailRecipient[]> {
  // One round trip: the account's customer users (by id), then its named contacts (by email).
  const rows = await db
    .selectFrom('users')
    .select([
      'email',
      sql<string | null>`id`.as('user_id'),
      sql<number>`0`.as('source'),
      sql<string>`id::text`.as('sort_key'),
    ])
    .where('tenant_id', '=', tenantId)
    .where('account_id', '=', accountId)
    .where('role', 'in', ['customer_admin', 'customer_contact'])
    .where('disabled_at', 'is', null)
    .unionAll(
      db
        .selectFrom('contacts')
        .select(['email', 'user_id', sql<number>`1`.as('source'), sql<string>`email`.as('sort_key')])
        .where('tenant_id', '=', tenantId)
        .where('account_id', '=', accountId)
        .where('read_only', '=', false),
    )
    .orderBy('source')
    .orderBy('sort_key')
    .execute();
  return uniqueRecipients(rows.map((row) => ({ email: row.email, userId: row.user_id })));
}
