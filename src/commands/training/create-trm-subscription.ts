import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import type { TTrmSubscriptionRow } from '../../db/schema-training.js';
import { withTransaction } from '../../db/with-transaction.js';
import { findTrmOffering } from '../../domain/training/find-trm-offering.js';
import { trmRulesFor } from '../../domain/training/trm-rules-for.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { trainingPolicy } from '../../policies/training-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { findRecord } from '../../repositories/record-repository.js';
import { scopeOf } from '../../repositories/record-scope.js';
import { insertTrmSubscription } from '../../repositories/trm-repository.js';

export type TCreateTrmSubscriptionInput = {
  accountId: string;
  packId: string;
  offering: string;
  purchasedOn: string;
};

/** Records a customer's TRM purchase (IVA-41): an offering of the pack from its purchase date. */
export async function createTrmSubscription(
  deps: { db: TDb },
  actor: TActor,
  input: TCreateTrmSubscriptionInput,
  now: Date,
): Promise<TTrmSubscriptionRow> {
  if (!trainingPolicy.can(actor, 'create_subscription', null))
    throw new AppError('auth.forbidden', 'Only vendor admins and support managers record TRM subscriptions');
  findTrmOffering(trmRulesFor(input.packId), input.offering);
  return withTransaction(deps.db, async (trx) => {
    if (!(await findRecord(trx, 'accounts', scopeOf(actor), input.accountId)))
      throw new AppError('account.not_found', 'No such account', [
        { field: 'accountId', message: 'no such account' },
      ]);
    const row = await insertTrmSubscription(trx, {
      tenant_id: actor.tenantId,
      id: newId(now.getTime()),
      account_id: input.accountId,
      pack_id: input.packId,
      offering: input.offering,
      purchased_on: input.purchasedOn,
      created_at: now,
      updated_at: now,
    });
    await recordAudit(trx, {
      actor,
      action: 'trm.subscription_created',
      entityType: 'trm_subscription',
      entityId: row.id,
      after: { accountId: row.account_id, offering: row.offering, purchasedOn: row.purchased_on },
      at: now,
    });
    return row;
  });
}
