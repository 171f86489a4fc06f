import type { TDb } from '../../db/schema.js';
import type { TEmailRecipient } from '../../outbox/record-event.js';
import { customerRecipientsQuery } from '../../repositories/customer-recipient-repository.js';
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
  const rows = await customerRecipientsQuery(db, tenantId, accountId).execute();
  return uniqueRecipients(rows.map((row) => ({ email: row.email, userId: row.userId })));
}
