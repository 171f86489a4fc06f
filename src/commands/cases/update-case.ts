import type { TDb } from '../../db/schema.js';
import type { TCaseRow, TCaseStatus } from '../../db/schema-records.js';
import { withTransaction } from '../../db/with-transaction.js';
import { transitionFor } from '../../domain/workflow/case-lifecycle.js';
import { missingIncidentDetails } from '../../domain/workflow/incident-details.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { casePolicy } from '../../policies/case-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { markMilestonesMet } from '../../repositories/case-milestone-repository.js';
import { findCase, refreshNextDue, updateCase } from '../../repositories/case-repository.js';
import { setCaseFields } from '../../repositories/case-workflow-repository.js';
import { scopeOf } from '../../repositories/record-scope.js';
import { applyPauseTransition } from './apply-pause-transition.js';
import { recordCaseAssigned, recordCaseStatusChanged } from './case-events.js';
import { casePack } from './case-pack.js';
import type { TIncidentDetails } from './incident-details.js';

export type TUpdateCaseInput = {
  title?: string | undefined;
  description?: string | undefined;
  /** A vendor user of the tenant, or null to unassign. */
  assigneeId?: string | null | undefined;
  status?: TCaseStatus | undefined;
  /** Incident details the pack asks for (IVA-23); merged into the case's details (customers too). */
  details?: TIncidentDetails | undefined;
};

/**
 * Edits a case (title, description, assignee) and moves it along the allowed status transitions, in
 * one transaction with an audit record. Resolving meets the resolution (and any pending first
 * response) milestone; resolved and closed cases leave the queue.
 */
export async function updateCaseCommand(
  deps: { db: TDb },
  actor: TActor,
  caseId: string,
  input: TUpdateCaseInput,
  now: Date,
): Promise<TCaseRow> {
  return withTransaction(deps.db, async (trx) => {
    const existing = await findCase(trx, scopeOf(actor), caseId);
    if (!existing) throw new AppError('case.not_found', 'No such case');
    const changes: Parameters<typeof updateCase>[3] = { updated_at: now };
    if (input.title !== undefined || input.description !== undefined) {
      if (!casePolicy.can(actor, 'update', existing))
        throw new AppError('auth.forbidden', 'You may not edit this case');
      if (input.title !== undefined) changes.title = input.title;
      if (input.description !== undefined) changes.description = input.description;
    }
    if (input.assigneeId !== undefined) {
      if (!casePolicy.can(actor, 'assign', existing))
        throw new AppError('auth.forbidden', 'You may not assign this case');
      if (input.assigneeId !== null) await assertAssignable(trx, actor.tenantId, input.assigneeId);
      changes.assignee_id = input.assigneeId;
    }
    if (input.details !== undefined) {
      if (!casePolicy.can(actor, 'comment', existing))
        throw new AppError('auth.forbidden', 'The case is closed');
      const details = { ...(existing.details as TIncidentDetails), ...input.details };
      await setCaseFields(trx, actor.tenantId, caseId, { details: JSON.stringify(details), updated_at: now });
      await recordAudit(trx, {
        actor,
        action: 'case.details_updated',
        entityType: 'case',
        entityId: caseId,
        before: { details: existing.details },
        after: { details, missing: missingIncidentDetails(await casePack(trx, existing), details) },
        at: now,
      });
    }
    if (input.status !== undefined && input.status !== existing.status) {
      const action = transitionFor(existing.status, input.status);
      if (action === null) {
        throw new AppError(
          'case.invalid_transition',
          `A ${existing.status} case cannot become ${input.status}`,
          [{ field: 'status', message: `not allowed from ${existing.status}` }],
        );
      }
      if (!casePolicy.can(actor, action, existing)) {
        throw new AppError('auth.forbidden', `You may not ${action.replaceAll('_', ' ')} this case`);
      }
      changes.status = input.status;
      await applyPauseTransition(trx, await casePack(trx, existing), existing, input.status, now);
      if (input.status === 'resolved') {
        changes.resolved_at = now;
        await markMilestonesMet(trx, actor.tenantId, caseId, 'first_response', now);
        await markMilestonesMet(trx, actor.tenantId, caseId, 'resolution', now);
      }
      if (input.status === 'closed') changes.closed_at = now;
      if (action === 'reopen') changes.resolved_at = null;
    }
    const row = await updateCase(trx, actor.tenantId, caseId, changes);
    if (!row) throw new AppError('case.not_found', 'No such case');
    if (changes.status !== undefined) await refreshNextDue(trx, actor.tenantId, caseId);
    if (changes.status !== undefined) await recordCaseStatusChanged(trx, row, existing.status, now);
    if (changes.assignee_id && changes.assignee_id !== existing.assignee_id)
      await recordCaseAssigned(trx, row, now);
    const { updated_at: _ignored, ...after } = changes;
    const before = Object.fromEntries(
      Object.keys(after).map((key) => [key, (existing as Record<string, unknown>)[key] ?? null]),
    );
    await recordAudit(trx, {
      actor,
      action: changes.status !== undefined ? `case.${changes.status}` : 'case.updated',
      entityType: 'case',
      entityId: caseId,
      before,
      after,
      at: now,
    });
    return (await findCase(trx, scopeOf(actor), caseId)) ?? row;
  });
}

async function assertAssignable(trx: TDb, tenantId: string, userId: string): Promise<void> {
  const user = await trx
    .selectFrom('users')
    .select(['role', 'disabled_at'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .executeTakeFirst();
  if (
    !user ||
    user.disabled_at !== null ||
    !['vendor_admin', 'support_manager', 'agent'].includes(user.role)
  ) {
    throw new AppError('case.invalid_assignee', 'Cases are assigned to active vendor users', [
      { field: 'assigneeId', message: 'not an active vendor user of this tenant' },
    ]);
  }
}
