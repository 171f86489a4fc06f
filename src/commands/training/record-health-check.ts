import type { TDb } from '../../db/schema.js';
import type { THealthCheckId, THealthCheckStatus } from '../../db/schema-training.js';
import { withTransaction } from '../../db/with-transaction.js';
import { listHealthChecks, type THealthCheck } from '../../domain/training/health-checks.js';
import { AppError } from '../../lib/app-error.js';
import { describeActor, type TActor, visibleAccountId } from '../../policies/actor.js';
import { trainingPolicy } from '../../policies/training-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import {
  listAccountHealthChecks,
  upsertAccountHealthCheck,
} from '../../repositories/health-check-repository.js';
import { findRecord } from '../../repositories/record-repository.js';
import { scopeOf } from '../../repositories/record-scope.js';

/** The IMP-62 checks of an account (customers: their own account only, else account.not_found). */
export async function loadHealthChecks(
  deps: { db: TDb },
  actor: TActor,
  accountId: string,
): Promise<THealthCheck[]> {
  const visible = visibleAccountId(actor);
  if (
    (visible !== null && visible !== accountId) ||
    !(await findRecord(deps.db, 'accounts', scopeOf(actor), accountId))
  )
    throw new AppError('account.not_found', 'No such account');
  return listHealthChecks(await listAccountHealthChecks(deps.db, actor.tenantId, accountId));
}

/** Vendor staff record one customer responsibility check (IMP-62) as met, not met or unknown. */
export async function recordHealthCheck(
  deps: { db: TDb },
  actor: TActor,
  input: { accountId: string; checkId: THealthCheckId; status: THealthCheckStatus; note: string },
  now: Date,
): Promise<THealthCheck[]> {
  if (!trainingPolicy.can(actor, 'update_health', { account_id: input.accountId }))
    throw new AppError('auth.forbidden', 'Only vendor staff record account health checks');
  return withTransaction(deps.db, async (trx) => {
    if (!(await findRecord(trx, 'accounts', scopeOf(actor), input.accountId)))
      throw new AppError('account.not_found', 'No such account');
    await upsertAccountHealthCheck(trx, {
      tenant_id: actor.tenantId,
      account_id: input.accountId,
      check_id: input.checkId,
      status: input.status,
      note: input.note,
      updated_by: describeActor(actor),
      updated_at: now,
    });
    await recordAudit(trx, {
      actor,
      action: 'account.health_check_recorded',
      entityType: 'account',
      entityId: input.accountId,
      after: { checkId: input.checkId, status: input.status, note: input.note },
      at: now,
    });
    return listHealthChecks(await listAccountHealthChecks(trx, actor.tenantId, input.accountId));
  });
}
