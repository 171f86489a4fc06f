import type { TDb } from '../../db/schema.js';
import type { TCaseHardwareFindingRow } from '../../db/schema-rma.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import { describeActor, type TActor } from '../../policies/actor.js';
import { rmaPolicy } from '../../policies/rma-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import {
  findApplianceWithProduct,
  findCaseForRma,
  upsertHardwareFinding,
} from '../../repositories/rma-repository.js';

export type TRecordHardwareFindingInput = {
  caseId: string;
  applianceId: string;
  troubleshooting: string;
  conclusion: 'hardware_defect' | 'excluded_cause' | 'no_defect';
  excludedCause?: string | null | undefined;
  onsiteRequested?: boolean | undefined;
  destination?: string | null | undefined;
};

/**
 * IMP-22: the vendor records on the case the troubleshooting steps and its conclusion (hardware defect,
 * an excluded cause IMP-16, or no defect) for one appliance of the case's account. One finding per case.
 */
export async function recordHardwareFinding(
  deps: { db: TDb },
  actor: TActor,
  input: TRecordHardwareFindingInput,
  now: Date,
): Promise<TCaseHardwareFindingRow> {
  if (!rmaPolicy.can(actor, 'record_finding', null)) {
    throw new AppError('auth.forbidden', 'Only vendor staff record a hardware finding');
  }
  if (input.conclusion === 'excluded_cause' && !input.excludedCause) {
    throw new AppError('rma.invalid_input', 'An excluded cause needs its reason', [
      { field: 'excludedCause', message: 'required when the conclusion is excluded_cause' },
    ]);
  }
  return withTransaction(deps.db, async (trx) => {
    const caseRow = await findCaseForRma(trx, actor.tenantId, input.caseId, null);
    if (!caseRow) throw new AppError('case.not_found', 'No such case');
    const appliance = await findApplianceWithProduct(trx, actor.tenantId, input.applianceId);
    if (!appliance || appliance.account_id !== caseRow.account_id) {
      throw new AppError('appliance.not_found', "No such appliance on the case's account", [
        { field: 'applianceId', message: "not an appliance of the case's account" },
      ]);
    }
    const row = await upsertHardwareFinding(trx, {
      tenant_id: actor.tenantId,
      case_id: caseRow.id,
      appliance_id: appliance.id,
      troubleshooting: input.troubleshooting,
      conclusion: input.conclusion,
      excluded_cause: input.conclusion === 'excluded_cause' ? (input.excludedCause ?? null) : null,
      onsite_requested: input.onsiteRequested ?? false,
      destination: input.destination ?? appliance.site_country ?? null,
      concluded_by: describeActor(actor),
      concluded_at: now,
    });
    await recordAudit(trx, {
      actor,
      action: 'case.hardware_finding_recorded',
      entityType: 'case',
      entityId: caseRow.id,
      after: { applianceId: appliance.id, conclusion: row.conclusion },
      at: now,
    });
    return row;
  });
}
