import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import type { TCaseRow } from '../../db/schema-records.js';
import { withTransaction } from '../../db/with-transaction.js';
import { planEscalation, type TEvidenceCheck } from '../../domain/workflow/escalate-tier.js';
import { AppError } from '../../lib/app-error.js';
import { recordEvent } from '../../outbox/record-event.js';
import { describeActor, type TActor } from '../../policies/actor.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { setCaseFields } from '../../repositories/case-workflow-repository.js';
import { listExecutives, listSupportManagers, uniqueRecipients } from '../workflow/workflow-recipients.js';
import { listCaseCustomerRecipients } from './case-customer-recipients.js';
import { casePack } from './case-pack.js';
import { loadCaseForAction } from './load-case-for-action.js';

export type TEscalateCaseInput = {
  /** Default: the next tier up. */
  tier?: number | undefined;
  reason: string;
  category?: string | undefined;
  evidence?: readonly string[] | undefined;
};

export type TTier3ChecklistItem = Pick<TEvidenceCheck, 'item' | 'provided'>;

/**
 * Escalates a case up the support tiers (1 → 2 → 3, never down). A tier with categories in the pack
 * needs one and its evidence (Imprivata Tier 3, IMP-58: service issues need server logs; agent issues
 * VPN access, a VM image or a shipped machine); the requirement checklist is stored on the case. The customer is told of every
 * escalation the pack's tiers notify on (IMP-56/57; every one when the pack has no tiers), and the
 * executives and support managers of every Tier 3 case (IMP-57).
 */
export async function escalateCase(
  deps: { db: TDb },
  actor: TActor,
  caseId: string,
  input: TEscalateCaseInput,
  now: Date,
): Promise<TCaseRow> {
  const reason = input.reason.trim();
  if (reason === '') {
    throw new AppError('request.invalid', 'Say why the case is escalated', [
      { field: 'reason', message: 'required' },
    ]);
  }
  return withTransaction(deps.db, async (trx) => {
    const row = await loadCaseForAction(trx, actor, caseId, 'escalate');
    const toTier = input.tier ?? row.tier + 1;
    const plan = planEscalation(await casePack(trx, row), {
      fromTier: row.tier,
      toTier,
      category: input.category,
      evidence: input.evidence,
    });
    const category = plan.category?.id ?? null;
    const checklist: TTier3ChecklistItem[] | null =
      plan.category?.checklist.map(({ item, provided }) => ({ item, provided })) ?? null;
    const updated = await setCaseFields(trx, actor.tenantId, caseId, {
      tier: toTier,
      escalated_at: row.escalated_at ?? now,
      ...(category ? { tier3_category: category, tier3_checklist: JSON.stringify(checklist) } : {}),
      updated_at: now,
    });
    await trx
      .insertInto('case_escalations')
      .values({
        tenant_id: actor.tenantId,
        id: newId(now.getTime()),
        case_id: caseId,
        kind: 'tier',
        from_tier: row.tier,
        to_tier: toTier,
        category,
        evidence: [...(input.evidence ?? [])],
        details: JSON.stringify({ tierName: plan.tierName, clause: plan.clause, checklist }),
        reason,
        actor: describeActor(actor),
        at: now,
      })
      .execute();
    const data = {
      caseId,
      caseNumber: row.number,
      fromTier: row.tier,
      toTier,
      tierName: plan.tierName,
      category,
      checklist,
      reason,
      clause: plan.clause,
    };
    await recordAudit(trx, {
      actor,
      action: 'case.escalated',
      entityType: 'case',
      entityId: caseId,
      before: { tier: row.tier },
      after: data,
      at: now,
    });
    const customers = plan.notifyCustomer
      ? await listCaseCustomerRecipients(trx, actor.tenantId, row.account_id)
      : [];
    await recordEvent(trx, {
      tenantId: actor.tenantId,
      type: 'case.escalated',
      entityType: 'case',
      entityId: caseId,
      data,
      ...(customers.length > 0
        ? {
            email: {
              recipients: customers,
              subject: `Case #${row.number} escalated to ${plan.tierName}: ${row.title}`,
              text: `Your case #${row.number} "${row.title}" has been escalated to ${plan.tierName}.\nReason: ${reason}${checklist ? `\nTo investigate, engineering needs: ${plan.category?.checklist.map((entry) => entry.name).join(' or ')}.` : ''}`,
            },
          }
        : {}),
      occurredAt: now,
    });
    if (toTier === 3) {
      const oversight = uniqueRecipients(
        plan.notifyExecutives ? await listExecutives(trx, actor.tenantId) : [],
        await listSupportManagers(trx, actor.tenantId),
      );
      await recordEvent(trx, {
        tenantId: actor.tenantId,
        type: 'case.tier3_escalated',
        entityType: 'case',
        entityId: caseId,
        data,
        email: {
          recipients: oversight,
          subject: `Tier 3: case #${row.number} (${row.severity}${plan.category ? `, ${plan.category.name}` : ''}) ${row.title}`,
          text: `Case #${row.number} was escalated to ${plan.tierName} for engineering work.\nReason: ${reason}`,
        },
        occurredAt: now,
      });
    }
    return updated;
  });
}
