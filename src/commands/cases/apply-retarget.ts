import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import type { TCaseMilestoneRow } from '../../db/schema-records.js';
import type { TRetargetResult } from '../../domain/sla/retarget.js';
import { insertCaseMilestones } from '../../repositories/case-milestone-repository.js';
import {
  deleteMilestone,
  insertRetargets,
  updateMilestone,
} from '../../repositories/case-workflow-repository.js';

/**
 * Writes a re-target result: changed milestones get their new due time (a moved due clears the
 * warning, and a breach that no longer holds), added ones are inserted, removed ones deleted, met
 * ones are left alone; paused time stays on the rows. Every re-target is stored with its reason.
 */
export async function applyRetarget(
  trx: TDb,
  input: {
    tenantId: string;
    caseId: string;
    rows: readonly TCaseMilestoneRow[];
    result: TRetargetResult;
    actor: string;
    details: Record<string, unknown>;
    at: Date;
  },
): Promise<void> {
  const { tenantId, caseId, rows, result, at } = input;
  for (const record of result.records) {
    const row = rows.find((candidate) => candidate.name === record.milestone);
    const next = result.milestones.find((milestone) => milestone.name === record.milestone);
    if (record.rule === 'completed' || record.rule === 'keep') continue;
    if (record.rule === 'removed') {
      if (row) await deleteMilestone(trx, tenantId, row.id);
      continue;
    }
    if (!next) continue;
    const due = next.due === null ? null : new Date(next.due);
    const fields = {
      kind: next.kind,
      due_at: due,
      target: next.target,
      clock: next.clock,
      clause: next.clause ?? null,
      explanation: JSON.stringify(next.explanation),
      timing: next.timing ? JSON.stringify(next.timing) : null,
    };
    if (!row) {
      await insertCaseMilestones(trx, [
        {
          tenant_id: tenantId,
          id: newId(at.getTime()),
          case_id: caseId,
          position: rows.length + result.records.indexOf(record),
          name: next.name,
          ...fields,
          met_at: null,
          breached_at: null,
          warned_at: null,
          created_at: at,
          updated_at: at,
        },
      ]);
      continue;
    }
    const moved = (row.due_at?.getTime() ?? null) !== next.due;
    const stillBreached = row.breached_at !== null && due !== null && due.getTime() < at.getTime();
    await updateMilestone(trx, tenantId, row.id, {
      ...fields,
      ...(moved ? { warned_at: null, breached_at: stillBreached ? due : null } : {}),
      updated_at: at,
    });
  }
  await insertRetargets(
    trx,
    result.records.map((record) => ({
      tenant_id: tenantId,
      case_id: caseId,
      milestone: record.milestone,
      change: record.change,
      rule: record.rule,
      reason: record.reason,
      actor: input.actor,
      at,
      previous_due: record.previousDue === null ? null : new Date(record.previousDue),
      new_due: record.newDue === null ? null : new Date(record.newDue),
      previous_kind: record.previousKind,
      new_kind: record.newKind,
      details: JSON.stringify(input.details),
    })),
  );
}
