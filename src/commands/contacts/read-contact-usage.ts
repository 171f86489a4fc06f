import type { TDb } from '../../db/schema.js';
import { AppError } from '../../lib/app-error.js';
import { type TActor, visibleAccountId } from '../../policies/actor.js';
import { findContactLimit, listActiveContactIds } from './contact-limit.js';

/** Named contacts that count against the plan (not read-only) and the plan's limit (null = none). */
export type TContactUsage = { accountId: string; used: number; limit: number | null };

/**
 * IMP-42: the named-contact usage of an account, from the same rule that enforces the limit
 * (`findContactLimit`), so the web app shows it instead of re-deriving it. Customers see only their own
 * account (and may leave `accountId` out); vendor users name it.
 */
export async function readContactUsage(
  deps: { db: TDb },
  actor: TActor,
  requestedAccountId: string | undefined,
): Promise<TContactUsage> {
  const visible = visibleAccountId(actor);
  const accountId = visible ?? requestedAccountId;
  if (!accountId) {
    throw new AppError('contact.account_required', 'accountId is required', [
      { field: 'accountId', message: 'name the account' },
    ]);
  }
  if (requestedAccountId !== undefined && requestedAccountId !== accountId) {
    throw new AppError('account.not_found', 'No such account', [
      { field: 'accountId', message: 'not found' },
    ]);
  }
  return deps.db.transaction().execute(async (trx) => {
    const limit = await findContactLimit(trx, actor.tenantId, accountId);
    const used = (await listActiveContactIds(trx, actor.tenantId, accountId)).length;
    return { accountId, used, limit };
  });
}
