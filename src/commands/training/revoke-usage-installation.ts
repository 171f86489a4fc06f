import type { TDb } from '../../db/schema.js';
import type { TUsageInstallationRow } from '../../db/schema-training.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { trainingPolicy } from '../../policies/training-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { revokeUsageInstallation as revokeRow } from '../../repositories/usage-repository.js';

/**
 * Revokes an installation's ingestion token (e.g. a leaked token or a decommissioned site): from `now`
 * its submissions are refused `auth.unauthenticated` and nothing is stored. Stored data stays.
 */
export async function revokeUsageInstallation(
  deps: { db: TDb },
  actor: TActor,
  installationId: string,
  now: Date,
): Promise<TUsageInstallationRow> {
  if (!trainingPolicy.can(actor, 'manage_installations', null))
    throw new AppError('auth.forbidden', 'Only vendor admins and support managers revoke installations');
  return withTransaction(deps.db, async (trx) => {
    const row = await revokeRow(trx, actor.tenantId, installationId, now);
    if (!row) throw new AppError('usage_installation.not_found', 'No such installation with a live token');
    await recordAudit(trx, {
      actor,
      action: 'usage.installation_revoked',
      entityType: 'usage_installation',
      entityId: row.id,
      after: { revokedAt: now.toISOString() },
      at: now,
    });
    return row;
  });
}
