import type { TDb } from '../../db/schema.js';
import type { TCaseRow } from '../../db/schema-records.js';
import { withTransaction } from '../../db/with-transaction.js';
import { retargetMilestones } from '../../domain/sla/retarget.js';
import { AppError } from '../../lib/app-error.js';
import { recordEvent } from '../../outbox/record-event.js';
import { describeActor, type TActor } from '../../policies/actor.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { listCaseMilestones } from '../../repositories/case-milestone-repository.js';
import { refreshNextDue } from '../../repositories/case-repository.js';
import {
  listCasePauses,
  setCaseFields,
  startCasePause,
} from '../../repositories/case-workflow-repository.js';
import { resumePausedCase } from './apply-pause-transition.js';
import { applyRetarget } from './apply-retarget.js';
import { casePack, pausesOf, storedSlaInput, trackedMilestones } from './case-pack.js';
import { loadCaseForAction } from './load-case-for-action.js';

export type TChangeSeverityInput = { severity: string; reason: string };

/**
 * Severity set by agreement (IVA-24): the milestones are re-targeted by the pack's
 * `retarget.severity` rules — both seeds recompute from the original opening — keeping paused and
 * consumed time; met milestones never change. Each re-target is stored with the reason, the change
 * is audited and a `case.severity_changed` event goes to the outbox, all in one transaction.
 */
export async function changeCaseSeverity(
  deps: { db: TDb },
  actor: TActor,
  caseId: string,
  input: TChangeSeverityInput,
  now: Date,
): Promise<TCaseRow> {
  const reason = input.reason.trim();
  if (reason === '') {
    throw new AppError('request.invalid', 'Say why the severity changes', [
      { field: 'reason', message: 'required' },
    ]);
  }
  return withTransaction(deps.db, async (trx) => {
    const row = await loadCaseForAction(trx, actor, caseId, 'change_severity');
    const policy = await casePack(trx, row);
    if (!policy.severities.some((severity) => severity.id === input.severity)) {
      throw new AppError('case.unknown_severity', `Pack ${policy.id} has no severity "${input.severity}"`, [
        { field: 'severity', message: `one of ${policy.severities.map((s) => s.id).join(', ')}` },
      ]);
    }
    if (input.severity === row.severity) {
      throw new AppError('case.same_severity', `The case is already ${row.severity}`, [
        { field: 'severity', message: 'unchanged' },
      ]);
    }
    // A change during a pause splits it: the time paused so far is accounted now, the re-target
    // counts every closed pause, and the pause goes on from here.
    const splitPause = await resumePausedCase(trx, policy, row, now);
    const rows = await listCaseMilestones(trx, actor.tenantId, caseId);
    const sla = storedSlaInput(row);
    const result = retargetMilestones({
      policy,
      sla,
      milestones: trackedMilestones(rows),
      pauses: pausesOf(await listCasePauses(trx, actor.tenantId, caseId)),
      change: { kind: 'severity', severity: input.severity },
      at: now.getTime(),
      reason,
    });
    const details = { from: row.severity, to: input.severity };
    await applyRetarget(trx, {
      tenantId: actor.tenantId,
      caseId,
      rows,
      result,
      actor: describeActor(actor),
      details,
      at: now,
    });
    const updated = await setCaseFields(trx, actor.tenantId, caseId, {
      severity: input.severity,
      sla_input: JSON.stringify(result.sla),
      updated_at: now,
    });
    if (splitPause) await startCasePause(trx, actor.tenantId, caseId, 'waiting_on_customer', now);
    await refreshNextDue(trx, actor.tenantId, caseId);
    const retargets = result.records.map((record) => ({
      milestone: record.milestone,
      rule: record.rule,
      previousDue: record.previousDue === null ? null : new Date(record.previousDue).toISOString(),
      newDue: record.newDue === null ? null : new Date(record.newDue).toISOString(),
      newKind: record.newKind,
    }));
    await recordAudit(trx, {
      actor,
      action: 'case.severity_changed',
      entityType: 'case',
      entityId: caseId,
      before: { severity: row.severity },
      after: { severity: input.severity, reason, retargets },
      at: now,
    });
    await recordEvent(trx, {
      tenantId: actor.tenantId,
      type: 'case.severity_changed',
      entityType: 'case',
      entityId: caseId,
      data: { caseId, caseNumber: row.number, ...details, reason, retargets },
      occurredAt: now,
    });
    return updated;
  });
}
