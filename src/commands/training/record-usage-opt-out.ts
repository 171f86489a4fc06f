import type { TDb } from '../../db/schema.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import { describeActor, type TActor } from '../../policies/actor.js';
import { trainingPolicy } from '../../policies/training-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import {
  caseBelongsToAccount,
  findUsageOptOut,
  insertUsageOptOut,
} from '../../repositories/usage-repository.js';

/** IMP-66: the customer asked Technical Support (a case) to stop usage data collection; from `now` on, nothing is collected. */
export async function recordUsageOptOut(
  deps: { db: TDb },
  actor: TActor,
  input: { accountId: string; caseId: string },
  now: Date,
): Promise<{ optedOutAt: Date; caseId: string }> {
  if (!trainingPolicy.can(actor, 'record_opt_out', null))
    throw new AppError('auth.forbidden', 'Opt-outs are recorded by support staff from the customer’s case');
  return withTransaction(deps.db, async (trx) => {
    if (!(await caseBelongsToAccount(trx, actor.tenantId, input.caseId, input.accountId)))
      throw new AppError('case.not_found', 'No such case for this account', [
        { field: 'caseId', message: 'no such case for the account' },
      ]);
    const existing = await findUsageOptOut(trx, actor.tenantId, input.accountId);
    if (existing) return { optedOutAt: existing.opted_out_at, caseId: existing.case_id };
    await insertUsageOptOut(trx, {
      tenant_id: actor.tenantId,
      account_id: input.accountId,
      case_id: input.caseId,
      opted_out_at: now,
      recorded_by: describeActor(actor),
    });
    await recordAudit(trx, {
      actor,
      action: 'usage.opted_out',
      entityType: 'account',
      entityId: input.accountId,
      after: { caseId: input.caseId },
      at: now,
    });
    return { optedOutAt: now, caseId: input.caseId };
  });
}
