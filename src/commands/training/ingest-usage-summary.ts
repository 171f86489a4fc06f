import type { TDb } from '../../db/schema.js';
import { withTransaction } from '../../db/with-transaction.js';
import { type TUsageSummary, validateUsageSummary } from '../../domain/usage/validate-usage-summary.js';
import { AppError } from '../../lib/app-error.js';
import {
  findInstallationByTokenHash,
  findUsageOptOut,
  upsertUsageSummary,
} from '../../repositories/usage-repository.js';
import { hashOpaqueToken, readTokenTenant } from '../auth/opaque-token.js';
import { usageTokenPrefix } from './create-usage-installation.js';

/**
 * Stores one daily summary from an installation (IMP-63), authenticated by the installation's own token.
 * Refused, with nothing stored: an unknown token (401), personal data or PHI (IMP-64), any field that is
 * not a summary field, and any submission after the account opted out (IMP-66).
 */
export async function ingestUsageSummary(
  deps: { db: TDb },
  input: { token: string; body: unknown },
  now: Date,
): Promise<{ installationId: string; summary: TUsageSummary }> {
  const tenantId = readTokenTenant(input.token, usageTokenPrefix);
  const installation = tenantId
    ? await findInstallationByTokenHash(deps.db, tenantId, hashOpaqueToken(input.token))
    : undefined;
  if (!tenantId || !installation)
    throw new AppError('auth.unauthenticated', 'Unknown or revoked installation token');
  const summary = validateUsageSummary(input.body);
  return withTransaction(deps.db, async (trx) => {
    const optOut = await findUsageOptOut(trx, tenantId, installation.account_id);
    if (optOut && optOut.opted_out_at.getTime() <= now.getTime())
      throw new AppError(
        'usage.opted_out',
        'The customer opted out of usage data collection; nothing was stored',
      );
    await upsertUsageSummary(trx, {
      tenant_id: tenantId,
      installation_id: installation.id,
      day: summary.day,
      account_id: installation.account_id,
      software_version: summary.software_version,
      summary: JSON.stringify(summary),
      received_at: now,
    });
    return { installationId: installation.id, summary };
  });
}
