import type { TDb } from '../../db/schema.js';
import { withTransaction } from '../../db/with-transaction.js';
import { dateInZone } from '../../domain/contracts/contract-dates.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { contractPolicy } from '../../policies/contract-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import {
  findContractRow,
  findStandingFacts,
  updateContractStanding,
} from '../../repositories/contract-facts-repository.js';
import { findContractPack } from '../packs/find-pack-version.js';
import { standingOf } from './contract-standing-of.js';
import { CONTRACT_DATE_ZONE } from './load-entitlement.js';

/**
 * Marks (or lifts) service withheld for non-payment (IMP-10). Only under a policy that lets the vendor
 * withhold service (`late_payment: may_withhold_service`; Ivanti suspends by itself, K7) and only while
 * an invoice of the contract is overdue. Lifting is always allowed.
 */
export async function setServiceWithheld(
  deps: { db: TDb },
  actor: TActor,
  input: { contractId: string; withheld: boolean },
  now: Date,
): Promise<void> {
  await withTransaction(deps.db, async (trx) => {
    const contract = await findContractRow(trx, actor.tenantId, input.contractId, { lock: true });
    if (!contract) throw new AppError('contract.not_found', 'No such contract');
    if (!contractPolicy.can(actor, 'withhold_service', contract))
      throw new AppError('auth.forbidden', 'You may not withhold service');
    const today = dateInZone(now, CONTRACT_DATE_ZONE);
    if (input.withheld) {
      const policy = await findContractPack(trx, actor.tenantId, contract, now);
      if (policy.contract.late_payment !== 'may_withhold_service') {
        throw new AppError(
          'contract.withhold_not_in_policy',
          'This policy suspends support for an unpaid renewal by itself; service is not withheld by hand',
          [{ field: 'withheld', message: 'not available under this policy' }],
        );
      }
      const standing = standingOf(
        policy,
        contract,
        await findStandingFacts(trx, actor.tenantId, [contract.id]),
        today,
      );
      if (!standing.overdue) {
        throw new AppError('contract.not_overdue', 'No invoice of this contract is overdue', [
          { field: 'withheld', message: 'service may be withheld only while a payment is overdue' },
        ]);
      }
    }
    await updateContractStanding(
      trx,
      actor.tenantId,
      contract.id,
      { service_withheld_on: input.withheld ? (contract.service_withheld_on ?? today) : null },
      now,
    );
    await recordAudit(trx, {
      actor,
      action: input.withheld ? 'contract.service_withheld' : 'contract.service_restored',
      entityType: 'contract',
      entityId: contract.id,
      after: { withheld: input.withheld },
      at: now,
    });
  });
}
