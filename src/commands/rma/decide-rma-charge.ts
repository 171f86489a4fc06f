import type { TDb } from '../../db/schema.js';
import type { TRmaRow } from '../../db/schema-rma.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import { recordEvent } from '../../outbox/record-event.js';
import type { TActor } from '../../policies/actor.js';
import { rmaPolicy } from '../../policies/rma-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { findRma, updateRma } from '../../repositories/rma-repository.js';

/**
 * IMP-34: an overdue return (or a quote) leaves a charge *proposal*; a vendor admin or support manager
 * approves or declines it, optionally setting the then-current price. Nothing is invoiced automatically.
 */
export async function decideRmaCharge(
  deps: { db: TDb },
  actor: TActor,
  rmaId: string,
  input: { decision: 'approved' | 'declined'; price?: { amountMinor: number; currency: string } | undefined },
  now: Date,
): Promise<TRmaRow> {
  return withTransaction(deps.db, async (trx) => {
    const rma = await findRma(trx, actor.tenantId, rmaId, null, { forUpdate: true });
    if (!rma) throw new AppError('rma.not_found', 'No such RMA');
    if (!rmaPolicy.can(actor, 'decide_charge', rma)) {
      throw new AppError(
        rma.charge_status === 'proposed' ? 'rma.forbidden' : 'rma.no_charge_proposed',
        rma.charge_status === 'proposed'
          ? 'Only vendor admins and support managers decide a charge'
          : 'This RMA has no charge proposal waiting',
      );
    }
    const amount =
      input.price?.amountMinor ?? (rma.charge_amount_minor === null ? null : Number(rma.charge_amount_minor));
    const currency = input.price?.currency ?? rma.charge_currency;
    if (input.decision === 'approved' && (amount === null || !currency)) {
      throw new AppError('rma.price_required', 'Approving a charge needs the then-current price', [
        { field: 'price', message: 'required' },
      ]);
    }
    const row = await updateRma(trx, actor.tenantId, rma.id, {
      charge_status: input.decision,
      charge_amount_minor: amount,
      charge_currency: currency,
      updated_at: now,
    });
    await recordEvent(trx, {
      tenantId: actor.tenantId,
      type: `rma.charge_${input.decision}`,
      entityType: 'rma',
      entityId: rma.id,
      data: { rmaId: rma.id, amountMinor: amount, currency },
      occurredAt: now,
    });
    await recordAudit(trx, {
      actor,
      action: `rma.charge_${input.decision}`,
      entityType: 'rma',
      entityId: rma.id,
      after: { amountMinor: amount, currency },
      at: now,
    });
    return row;
  });
}
