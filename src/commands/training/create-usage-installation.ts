import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import type { TUsageInstallationRow } from '../../db/schema-training.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { trainingPolicy } from '../../policies/training-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { findRecord } from '../../repositories/record-repository.js';
import { scopeOf } from '../../repositories/record-scope.js';
import { insertUsageInstallation } from '../../repositories/usage-repository.js';
import { issueOpaqueToken } from '../auth/opaque-token.js';

export const usageTokenPrefix = 'ui_';

/** Registers a deployed installation and issues its own ingestion token (shown once; only its hash is kept). */
export async function createUsageInstallation(
  deps: { db: TDb },
  actor: TActor,
  input: { accountId: string; name: string },
  now: Date,
): Promise<{ installation: TUsageInstallationRow; token: string }> {
  if (!trainingPolicy.can(actor, 'manage_installations', null))
    throw new AppError('auth.forbidden', 'Only vendor admins and support managers register installations');
  return withTransaction(deps.db, async (trx) => {
    if (!(await findRecord(trx, 'accounts', scopeOf(actor), input.accountId)))
      throw new AppError('account.not_found', 'No such account', [
        { field: 'accountId', message: 'no such account' },
      ]);
    const { token, tokenHash } = issueOpaqueToken(actor.tenantId, usageTokenPrefix);
    const installation = await insertUsageInstallation(trx, {
      tenant_id: actor.tenantId,
      id: newId(now.getTime()),
      account_id: input.accountId,
      name: input.name,
      token_hash: tokenHash,
      created_at: now,
      revoked_at: null,
    });
    await recordAudit(trx, {
      actor,
      action: 'usage.installation_created',
      entityType: 'usage_installation',
      entityId: installation.id,
      after: { accountId: input.accountId, name: input.name },
      at: now,
    });
    return { installation, token };
  });
}
