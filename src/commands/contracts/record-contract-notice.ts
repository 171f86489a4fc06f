import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import type { TContractNoticeKind, TContractParty } from '../../db/schema-contracts.js';
import { withTransaction } from '../../db/with-transaction.js';
import { dateInZone } from '../../domain/contracts/contract-dates.js';
import { AppError } from '../../lib/app-error.js';
import { describeActor, type TActor, visibleAccountId } from '../../policies/actor.js';
import { contractPolicy } from '../../policies/contract-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { findContractRow, insertContractNotice } from '../../repositories/contract-facts-repository.js';
import { CONTRACT_DATE_ZONE } from './load-entitlement.js';

export type TContractNoticeInput = {
  contractId: string;
  kind: TContractNoticeKind;
  receivedOn: string;
  fromParty?: TContractParty;
  version?: string;
  reason?: string;
};

/**
 * Records a notice as a fact received on a date (its deadline, outcome and clause are computed from
 * the pack when read). Vendor managers record any kind; a customer admin records the customer's own
 * non-renewal or objection. An objection needs its reason (IVA-03); a notice cannot be received later
 * than today. Returns the notice id.
 */
export async function recordContractNotice(
  deps: { db: TDb },
  actor: TActor,
  input: TContractNoticeInput,
  now: Date,
): Promise<string> {
  return withTransaction(deps.db, async (trx) => {
    const contract = await findContractRow(trx, actor.tenantId, input.contractId, {
      accountId: visibleAccountId(actor),
      lock: true,
    });
    if (!contract) throw new AppError('contract.not_found', 'No such contract');
    const customerKind = input.kind === 'non_renewal' || input.kind === 'objection';
    const allowed =
      contractPolicy.can(actor, 'record_notice', contract) ||
      (customerKind && contractPolicy.can(actor, 'record_customer_notice', contract));
    if (!allowed) throw new AppError('auth.forbidden', 'You may not record this notice on this contract');
    if (input.receivedOn > dateInZone(now, CONTRACT_DATE_ZONE)) {
      throw new AppError('contract.notice_in_future', 'A notice cannot be received after today', [
        { field: 'receivedOn', message: 'must be today or earlier' },
      ]);
    }
    if (input.kind === 'objection' && !input.reason?.trim()) {
      throw new AppError('contract.objection_reason_required', 'An objection needs its reason', [
        { field: 'reason', message: 'give the reason for the objection' },
      ]);
    }
    if (input.kind === 'change' && !input.version) {
      throw new AppError('contract.change_version_required', 'A change notice names the pack version', [
        { field: 'version', message: 'the pack version the notice announces' },
      ]);
    }
    // Customers speak for themselves; otherwise non-renewals and objections default to the customer.
    const fromParty: TContractParty =
      visibleAccountId(actor) !== null
        ? 'customer'
        : (input.fromParty ?? (customerKind ? 'customer' : 'vendor'));
    const id = newId(now.getTime());
    await insertContractNotice(trx, {
      tenant_id: actor.tenantId,
      id,
      contract_id: contract.id,
      kind: input.kind,
      from_party: fromParty,
      received_on: input.receivedOn,
      version: input.version ?? null,
      reason: input.reason?.trim() || null,
      cured_on: null,
      recorded_by: describeActor(actor),
      created_at: now,
    });
    await recordAudit(trx, {
      actor,
      action: 'contract.notice_recorded',
      entityType: 'contract',
      entityId: contract.id,
      after: { noticeId: id, kind: input.kind, receivedOn: input.receivedOn },
      at: now,
    });
    return id;
  });
}
