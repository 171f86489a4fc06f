import type { TDb } from '../../db/schema.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import { type TActor, visibleAccountId } from '../../policies/actor.js';
import { trainingPolicy } from '../../policies/training-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { findTrmSubscription, setTrmNonRenewalNotice } from '../../repositories/trm-repository.js';

/**
 * Records a written non-renewal notice (IVA-46) received on `received` (a calendar date). On or before
 * the deadline (last day − 60 days, T8) the subscription ends with its term; later, the renewal stands
 * and the notice shows as late (K3). The earliest notice is kept.
 */
export async function recordTrmNotice(
  deps: { db: TDb },
  actor: TActor,
  input: { subscriptionId: string; received: string },
  now: Date,
): Promise<void> {
  await withTransaction(deps.db, async (trx) => {
    const sub = await findTrmSubscription(
      trx,
      actor.tenantId,
      input.subscriptionId,
      visibleAccountId(actor),
      { lock: true },
    );
    if (!sub) throw new AppError('trm_subscription.not_found', 'No such TRM subscription');
    if (!trainingPolicy.can(actor, 'record_notice', sub))
      throw new AppError('auth.forbidden', 'You may not record a notice on this subscription');
    if (sub.non_renewal_notice_on !== null && sub.non_renewal_notice_on <= input.received) return;
    await setTrmNonRenewalNotice(trx, actor.tenantId, sub.id, input.received, now);
    await recordAudit(trx, {
      actor,
      action: 'trm.non_renewal_notice_recorded',
      entityType: 'trm_subscription',
      entityId: sub.id,
      after: { received: input.received },
      at: now,
    });
  });
}
