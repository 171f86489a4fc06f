import type { TDb } from '../../db/schema.js';
import { AppError } from '../../lib/app-error.js';
import { contactPolicy } from '../../policies/record-policy.js';
import { findUserAccountId, lockAccountRow } from '../../repositories/account-lock-repository.js';
import type { TRecordResource } from '../records/record-resource.js';
import { findContactLimit, listActiveContactIds } from './contact-limit.js';

/**
 * Named contacts (IMP-42, K8): creating one — or making a read-only one active again — beyond the
 * plan's limit is refused with 409 `contact.limit_reached`.
 */
export const contactResource: TRecordResource<'contacts'> = {
  table: 'contacts',
  entityType: 'contact',
  notFound: 'contact.not_found',
  customerVisible: true,
  policy: contactPolicy,
  prepare: async (trx, actor, values, existing) => {
    const next = { ...values };
    if (typeof next.email === 'string') next.email = next.email.trim().toLowerCase();
    const accountId = existing?.account_id ?? (values.account_id as string);
    // One writer per account decides the limit: parallel creations queue here (IMP-42 under races).
    await lockAccountRow(trx, actor.tenantId, accountId);
    if (typeof next.user_id === 'string')
      await assertUserOfAccount(trx, actor.tenantId, next.user_id, accountId);
    const becomesActive = existing ? existing.read_only && next.read_only === false : next.read_only !== true;
    if (becomesActive) {
      const limit = await findContactLimit(trx, actor.tenantId, accountId);
      const active = await listActiveContactIds(trx, actor.tenantId, accountId);
      if (limit !== null && active.length >= limit) {
        throw new AppError(
          'contact.limit_reached',
          `The plan allows ${limit} named contacts and ${active.length} are active`,
          [{ field: existing ? 'readOnly' : 'email', message: `limit of ${limit} named contacts reached` }],
        );
      }
    }
    return next;
  },
};

/** A contact may only be linked to a user of its own account (never another customer of the tenant). */
async function assertUserOfAccount(trx: TDb, tenantId: string, userId: string, accountId: string) {
  const userAccountId = await findUserAccountId(trx, tenantId, userId);
  if (userAccountId === accountId) return;
  throw new AppError(
    'contact.user_not_in_account',
    userAccountId === undefined ? 'No such user' : 'The user belongs to another account',
    [{ field: 'userId', message: 'not a user of this account' }],
  );
}
