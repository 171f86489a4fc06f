import { z } from 'zod';
import { casePack } from '../../commands/cases/case-pack.js';
import { centreCalendars } from '../../commands/workflow/centre-calendar.js';
import { listSupportManagers } from '../../commands/workflow/workflow-recipients.js';
import { newId } from '../../db/new-id.js';
import type { TTransaction } from '../../db/schema.js';
import { isOpenCaseStatus } from '../../domain/workflow/case-lifecycle.js';
import { decideFollowTheSun } from '../../domain/workflow/follow-the-sun.js';
import { recordEvent } from '../../outbox/record-event.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import {
  findCaseForUpdate,
  hasCustomer24x7Contact,
  moveCaseToCentre,
} from '../../repositories/case-routing-repository.js';
import { findRecord } from '../../repositories/record-repository.js';
import { defineJob } from '../define-job.js';

/**
 * Moves one S1 case to the next open centre (IVA-22). Idempotent: under a row lock it re-checks
 * that the case is open, still in `from`, and that the rule still says `from → to` now; otherwise
 * it does nothing. Writes the centre, a `follow_the_sun` escalation record, an audit row and a
 * `case.transferred` event (emailed to the support managers). The assignee is cleared — the next
 * centre picks the case up — unless it is the account's assigned or back-up engineer (IVA-25).
 */
export const followTheSunTransferJob = defineJob({
  id: 'workflow.follow-the-sun-transfer',
  schema: z.strictObject({ tenantId: z.uuid(), caseId: z.uuid(), from: z.string(), to: z.string() }),
  retry: { maxAttempts: 5, backoffMs: 10_000, maxBackoffMs: 600_000 },
  leaseMs: 60_000,
  mode: 'transactional',
  lane: 'timers',
  handle: async ({ payload, now, db }) => {
    const trx = db as TTransaction;
    const kase = await findCaseForUpdate(trx, payload.tenantId, payload.caseId);
    if (!kase || !isOpenCaseStatus(kase.status) || kase.centre !== payload.from) return;
    const policy = await casePack(trx, kase);
    const decision = decideFollowTheSun(policy, {
      plan: kase.plan,
      severity: kase.severity,
      currentCentre: kase.centre,
      hasCustomer24x7Contact: await hasCustomer24x7Contact(trx, kase.tenant_id, kase.account_id),
      calendars: centreCalendars(policy),
      now: now.getTime(),
    });
    if (decision.kind !== 'transfer' || decision.to !== payload.to) return;

    const system = { kind: 'system' as const, tenantId: payload.tenantId, name: 'follow-the-sun' };
    const account = await findRecord(
      trx,
      'accounts',
      { tenantId: kase.tenant_id, accountId: null },
      kase.account_id,
    );
    const plan = policy.plans.find((item) => item.id === kase.plan);
    const keepsEngineer =
      plan?.assigned_engineer === true &&
      kase.assignee_id !== null &&
      (kase.assignee_id === account?.assigned_engineer_id ||
        kase.assignee_id === account?.backup_engineer_id);
    const moved = await moveCaseToCentre(trx, {
      tenantId: kase.tenant_id,
      caseId: kase.id,
      centre: payload.to,
      assigneeId: keepsEngineer ? kase.assignee_id : null,
      at: now,
    });
    const data = {
      caseId: kase.id,
      caseNumber: kase.number,
      from: payload.from,
      to: payload.to,
      severity: kase.severity,
    };
    await trx
      .insertInto('case_escalations')
      .values({
        tenant_id: kase.tenant_id,
        id: newId(now.getTime()),
        case_id: kase.id,
        kind: 'follow_the_sun',
        from_tier: kase.tier,
        to_tier: kase.tier,
        category: null,
        details: JSON.stringify({
          from: payload.from,
          to: payload.to,
          clause: policy.sla.settings.follow_the_sun?.source.clause ?? null,
        }),
        reason: `Centre ${payload.from} closed; follow-the-sun to ${payload.to}`,
        actor: 'system:follow-the-sun',
        at: now,
      })
      .execute();
    await recordAudit(trx, {
      actor: system,
      action: 'case.transferred',
      entityType: 'case',
      entityId: kase.id,
      before: { centre: kase.centre, assigneeId: kase.assignee_id },
      after: { centre: moved.centre, assigneeId: moved.assignee_id },
      at: now,
    });
    await recordEvent(trx, {
      tenantId: kase.tenant_id,
      type: 'case.transferred',
      entityType: 'case',
      entityId: kase.id,
      data,
      email: {
        recipients: await listSupportManagers(trx, kase.tenant_id),
        subject: `Case #${kase.number} (${kase.severity}) handed over to ${payload.to}: ${kase.title}`,
        text: `Follow-the-sun: centre ${payload.from} closed, the case now belongs to ${payload.to}.`,
      },
      occurredAt: now,
    });
  },
});
