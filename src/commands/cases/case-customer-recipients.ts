import type { TDb } from '../../db/schema.js';
import type { TEmailRecipient } from '../../outbox/record-event.js';
import { listAccountUsers, uniqueRecipients } from '../workflow/workflow-recipients.js';

/**
 * Who hears about a case on the customer side: the account's active customer users and its named
 * contacts (read-only contacts beyond a plan's limit excluded), once per address.
 */
export async function listCaseCustomerRecipients(
  db: TDb,
  tenantId: string,
  accountId: string,
): Promise<TEmailRecipient[]> {
  const contacts = await db
    .selectFrom('contacts')
    .select(['email', 'user_id'])
    .where('tenant_id', '=', tenantId)
    .where('account_id', '=', accountId)
    .where('read_only', '=', false)
    .orderBy('email')
    .execute();
  return uniqueRecipients(
    await listAccountUsers(db, tenantId, accountId),
    contacts.map((contact) => ({ email: contact.email, userId: contact.user_id })),
  );
}
