import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import type { TCaseCommentRow } from '../../db/schema-records.js';
import { withTransaction } from '../../db/with-transaction.js';
import { incidentDetailLabels, missingIncidentDetails } from '../../domain/workflow/incident-details.js';
import { recordEvent } from '../../outbox/record-event.js';
import { describeActor, type TActor } from '../../policies/actor.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { insertCaseComment } from '../../repositories/case-comment-repository.js';
import { markMilestonesMet } from '../../repositories/case-milestone-repository.js';
import { refreshNextDue } from '../../repositories/case-repository.js';
import { listCaseCustomerRecipients } from './case-customer-recipients.js';
import { casePack } from './case-pack.js';
import { loadCaseForAction } from './load-case-for-action.js';

/**
 * Asks the customer for the incident details the pack requires and the case still lacks (IVA-23):
 * a public comment listing them (a public agent reply, so it meets the first response) and an
 * email to the customer's users and contacts through the outbox.
 */
export async function requestCaseDetails(
  deps: { db: TDb },
  actor: TActor,
  caseId: string,
  input: { message?: string | undefined },
  now: Date,
): Promise<{ comment: TCaseCommentRow; missing: string[] }> {
  return withTransaction(deps.db, async (trx) => {
    const row = await loadCaseForAction(trx, actor, caseId, 'request_details');
    const missing = missingIncidentDetails(await casePack(trx, row), row.details as Record<string, unknown>);
    const lines = missing.map((field) => `- ${incidentDetailLabels[field]} (${field})`);
    const body = [
      input.message?.trim() || 'To work on this case we need a few more details:',
      ...lines,
      'Please add them to the case (Incident details).',
    ].join('\n');
    const comment = await insertCaseComment(trx, {
      tenant_id: actor.tenantId,
      id: newId(now.getTime()),
      case_id: caseId,
      author_id: actor.kind === 'user' ? actor.userId : null,
      author: describeActor(actor),
      visibility: 'public',
      body,
      created_at: now,
    });
    if (actor.kind === 'user') {
      const met = await markMilestonesMet(trx, actor.tenantId, caseId, 'first_response', now);
      if (met.length > 0) await refreshNextDue(trx, actor.tenantId, caseId);
    }
    await recordAudit(trx, {
      actor,
      action: 'case.details_requested',
      entityType: 'case',
      entityId: caseId,
      after: { missing, commentId: comment.id },
      at: now,
    });
    const recipients = await listCaseCustomerRecipients(trx, actor.tenantId, row.account_id);
    await recordEvent(trx, {
      tenantId: actor.tenantId,
      type: 'case.details_requested',
      entityType: 'case',
      entityId: caseId,
      data: { caseId, caseNumber: row.number, missing },
      ...(recipients.length > 0
        ? {
            email: {
              recipients,
              subject: `Case #${row.number}: more details needed`,
              text: `Case #${row.number} "${row.title}"\n\n${body}`,
            },
          }
        : {}),
      occurredAt: now,
    });
    return { comment, missing };
  });
}
