import { z } from 'zod';
import {
  findAssignee,
  listSupportManagers,
  uniqueRecipients,
} from '../../commands/workflow/workflow-recipients.js';
import { newId } from '../../db/new-id.js';
import type { TTransaction } from '../../db/schema.js';
import { dueAlarm } from '../../domain/workflow/breach-warning.js';
import { isOpenCaseStatus } from '../../domain/workflow/case-lifecycle.js';
import { recordEvent } from '../../outbox/record-event.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { refreshNextDue } from '../../repositories/case-repository.js';
import { defineJob } from '../define-job.js';

/**
 * One SLA timer of one milestone, enqueued by the sweep: a breach warning, a breach, or a timed
 * escalation to the support manager (IVA-16, C4). Idempotent: it re-checks the milestone under a
 * row lock and does nothing if the timer no longer applies (met, already fired, due moved, case
 * resolved), so a duplicate or stale job is harmless.
 */
export const slaAlarmJob = defineJob({
  id: 'sla.milestone-alarm',
  schema: z.strictObject({
    tenantId: z.uuid(),
    milestoneId: z.uuid(),
    alarm: z.enum(['warning', 'breach', 'escalation']),
    due: z.iso.datetime(),
  }),
  retry: { maxAttempts: 5, backoffMs: 10_000, maxBackoffMs: 600_000 },
  leaseMs: 60_000,
  mode: 'transactional',
  lane: 'timers',
  handle: async ({ payload, now, db }) => {
    const trx = db as TTransaction;
    const milestone = await trx
      .selectFrom('case_milestones')
      .selectAll()
      .where('tenant_id', '=', payload.tenantId)
      .where('id', '=', payload.milestoneId)
      .forUpdate()
      .executeTakeFirst();
    if (!milestone?.due_at || milestone.due_at.toISOString() !== new Date(payload.due).toISOString()) return;
    const kase = await trx
      .selectFrom('cases')
      .selectAll()
      .where('tenant_id', '=', payload.tenantId)
      .where('id', '=', milestone.case_id)
      .executeTakeFirst();
    if (!kase || !isOpenCaseStatus(kase.status)) return;
    const due = milestone.due_at.getTime();
    const system = { kind: 'system' as const, tenantId: payload.tenantId, name: 'sla' };
    const caseRef = {
      caseId: kase.id,
      caseNumber: kase.number,
      milestone: milestone.name,
      due: milestone.due_at.toISOString(),
    };

    if (payload.alarm === 'escalation') {
      if (milestone.met_at !== null || due > now.getTime()) return;
      await trx
        .updateTable('case_milestones')
        .set({ met_at: now, updated_at: now })
        .where('tenant_id', '=', payload.tenantId)
        .where('id', '=', milestone.id)
        .execute();
      await trx
        .insertInto('case_escalations')
        .values({
          tenant_id: payload.tenantId,
          id: newId(now.getTime()),
          case_id: kase.id,
          kind: 'support_manager',
          from_tier: kase.tier,
          to_tier: kase.tier,
          category: null,
          details: JSON.stringify({ target: milestone.target, clause: milestone.clause }),
          reason: milestone.target,
          actor: 'system:sla',
          at: now,
        })
        .execute();
      await trx
        .updateTable('cases')
        .set({ escalated_at: kase.escalated_at ?? now, updated_at: now })
        .where('tenant_id', '=', payload.tenantId)
        .where('id', '=', kase.id)
        .execute();
      await recordAudit(trx, {
        actor: system,
        action: 'case.escalated_to_support_manager',
        entityType: 'case',
        entityId: kase.id,
        after: caseRef,
        at: now,
      });
      await recordEvent(trx, {
        tenantId: payload.tenantId,
        type: 'case.escalated_to_support_manager',
        entityType: 'case',
        entityId: kase.id,
        data: { ...caseRef, target: milestone.target, clause: milestone.clause },
        email: {
          recipients: await listSupportManagers(trx, payload.tenantId),
          subject: `Case #${kase.number} (${kase.severity}) escalated to you: ${kase.title}`,
          text: `${milestone.target} (${milestone.clause ?? 'pack escalation rule'}).\nCase #${kase.number} is ${kase.status.replaceAll('_', ' ')}, opened ${kase.opened_at.toISOString()}.`,
        },
        occurredAt: now,
      });
      await refreshNextDue(trx, payload.tenantId, kase.id);
      return;
    }

    const alarm = dueAlarm(
      {
        due,
        warnAt: payload.alarm === 'warning' ? 0 : null,
        metAt: milestone.met_at?.getTime() ?? null,
        warnedAt: milestone.warned_at?.getTime() ?? null,
        breachedAt: milestone.breached_at?.getTime() ?? null,
      },
      now.getTime(),
    );
    if (alarm !== payload.alarm) return;
    const recipients = uniqueRecipients(
      await findAssignee(trx, payload.tenantId, kase.assignee_id),
      await listSupportManagers(trx, payload.tenantId),
    );
    const label = milestone.name.replaceAll('_', ' ');
    if (alarm === 'warning') {
      await trx
        .updateTable('case_milestones')
        .set({ warned_at: now, updated_at: now })
        .where('tenant_id', '=', payload.tenantId)
        .where('id', '=', milestone.id)
        .execute();
    } else {
      await trx
        .updateTable('case_milestones')
        .set({ breached_at: milestone.due_at, warned_at: milestone.warned_at ?? now, updated_at: now })
        .where('tenant_id', '=', payload.tenantId)
        .where('id', '=', milestone.id)
        .execute();
    }
    const type = alarm === 'warning' ? 'sla.warning' : 'sla.breached';
    await recordAudit(trx, {
      actor: system,
      action: type,
      entityType: 'case',
      entityId: kase.id,
      after: caseRef,
      at: now,
    });
    await recordEvent(trx, {
      tenantId: payload.tenantId,
      type,
      entityType: 'case',
      entityId: kase.id,
      data: { ...caseRef, target: milestone.target },
      email: {
        recipients,
        subject:
          alarm === 'warning'
            ? `Case #${kase.number}: ${label} due ${milestone.due_at.toISOString()} — ${kase.title}`
            : `Case #${kase.number}: ${label} target missed — ${kase.title}`,
        text: `${label} target: ${milestone.target}.\nDue ${milestone.due_at.toISOString()} (${milestone.clock}).`,
      },
      occurredAt: now,
    });
  },
});
