import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import type { TCaseCommentRow, TVisibility } from '../../db/schema-records.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import { describeActor, isCustomerRole, type TActor } from '../../policies/actor.js';
import { casePolicy } from '../../policies/case-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { insertCaseComment } from '../../repositories/case-comment-repository.js';
import { markMilestonesMet } from '../../repositories/case-milestone-repository.js';
import { findCase, refreshNextDue } from '../../repositories/case-repository.js';
import { scopeOf } from '../../repositories/record-scope.js';
import { recordCaseCommented } from './case-events.js';

/**
 * Adds a public or internal comment. The first public reply by a vendor user meets the case's
 * first-response milestone. Customers only write public comments.
 */
export async function addCaseComment(
  deps: { db: TDb },
  actor: TActor,
  caseId: string,
  input: { body: string; visibility: TVisibility },
  now: Date,
): Promise<TCaseCommentRow> {
  return withTransaction(deps.db, async (trx) => {
    const row = await findCase(trx, scopeOf(actor), caseId);
    if (!row) throw new AppError('case.not_found', 'No such case');
    const action = input.visibility === 'internal' ? 'comment_internal' : 'comment';
    if (!casePolicy.can(actor, action, row)) {
      throw new AppError(
        'auth.forbidden',
        input.visibility === 'internal' ? 'Internal notes are for vendor users' : 'The case is closed',
      );
    }
    const comment = await insertCaseComment(trx, {
      tenant_id: actor.tenantId,
      id: newId(now.getTime()),
      case_id: caseId,
      author_id: actor.kind === 'user' ? actor.userId : null,
      author: describeActor(actor),
      visibility: input.visibility,
      body: input.body,
      created_at: now,
    });
    const isVendor = actor.kind === 'user' && !isCustomerRole(actor.role);
    if (isVendor && input.visibility === 'public') {
      const met = await markMilestonesMet(trx, actor.tenantId, caseId, 'first_response', now);
      if (met.length > 0) await refreshNextDue(trx, actor.tenantId, caseId);
    }
    await recordCaseCommented(trx, row, comment, actor.kind === 'user' && isCustomerRole(actor.role), now);
    await recordAudit(trx, {
      actor,
      action: 'case.commented',
      entityType: 'case',
      entityId: caseId,
      after: { commentId: comment.id, visibility: input.visibility },
      at: now,
    });
    return comment;
  });
}
