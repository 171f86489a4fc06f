import { sql } from 'kysely';
import type { TDb } from '../db/schema.js';

/**
 * The account's customer side, in the order emails list them: its active customer users (by id),
 * then its named contacts (by email; read-only contacts beyond a plan's limit excluded). Addresses
 * may repeat (a user who is also a named contact); callers keep the first of each.
 */
export function customerRecipientsQuery(db: TDb, tenantId: string, accountId: string) {
  return db
    .selectFrom('users')
    .select([
      'email',
      sql<string | null>`id`.as('userId'),
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
        .select([
          'email',
          sql<string | null>`user_id`.as('userId'),
          sql<number>`1`.as('source'),
          sql<string>`email`.as('sort_key'),
        ])
        .where('tenant_id', '=', tenantId)
        .where('account_id', '=', accountId)
        .where('read_only', '=', false),
    )
    .orderBy('source')
    .orderBy('sort_key');
}
