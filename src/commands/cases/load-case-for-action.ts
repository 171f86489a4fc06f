import type { TDb } from '../../db/schema.js';
import type { TCaseRow } from '../../db/schema-records.js';
import { AppError } from '../../lib/app-error.js';
import { isCustomerRole, type TActor } from '../../policies/actor.js';
import { casePolicy, type TCaseAction } from '../../policies/case-policy.js';
import { findCase } from '../../repositories/case-repository.js';
import { lockCase } from '../../repositories/case-workflow-repository.js';
import { scopeOf } from '../../repositories/record-scope.js';

/**
 * The case for a workflow action, locked for the transaction: 404 when the actor cannot see it,
 * 403 for customer users, 409 (`case.conflict`) when the case's state does not allow the action.
 */
export async function loadCaseForAction(
  trx: TDb,
  actor: TActor,
  caseId: string,
  action: TCaseAction,
): Promise<TCaseRow> {
  const visible = await findCase(trx, scopeOf(actor), caseId);
  if (!visible) throw new AppError('case.not_found', 'No such case');
  await lockCase(trx, actor.tenantId, caseId);
  const row = (await findCase(trx, scopeOf(actor), caseId)) ?? visible;
  if (casePolicy.can(actor, action, row)) return row;
  if (actor.kind === 'user' && isCustomerRole(actor.role)) {
    throw new AppError('auth.forbidden', `Customers may not ${action.replaceAll('_', ' ')}`);
  }
  throw new AppError(
    'case.conflict',
    `A ${row.status.replaceAll('_', ' ')} case at Tier ${row.tier} does not allow ${action.replaceAll('_', ' ')}`,
  );
}
