import { newId } from '../../db/new-id.js';
import type { TApiTokenRow, TDb } from '../../db/schema.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { hasPermission } from '../../policies/permissions.js';
import type { TApiScope } from '../../policies/scopes.js';
import { insertApiToken } from '../../repositories/api-token-repository.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { apiTokenPrefix } from './authenticate-api-token.js';
import { issueOpaqueToken } from './opaque-token.js';

export type TCreateApiTokenInput = { name: string; scopes: TApiScope[]; expiresAt: Date | null };

/** Issues an API token for the acting user; the plain token is returned once and never stored. */
export async function createApiToken(
  deps: { db: TDb },
  actor: TActor,
  input: TCreateApiTokenInput,
  now: Date,
): Promise<{ token: string; row: TApiTokenRow }> {
  if (actor.kind !== 'user' || actor.via !== 'session' || !hasPermission(actor, 'tokens:manage_own')) {
    throw new AppError('auth.forbidden', 'API tokens are managed by a signed-in user');
  }
  if (input.expiresAt && input.expiresAt <= now) {
    throw new AppError('token.invalid_expiry', 'expiresAt must be in the future', [
      { field: 'expiresAt', message: 'must be in the future' },
    ]);
  }
  const { token, tokenHash } = issueOpaqueToken(actor.tenantId, apiTokenPrefix);
  const row = await withTransaction(deps.db, async (trx) => {
    const created = await insertApiToken(trx, {
      tenantId: actor.tenantId,
      id: newId(now.getTime()),
      userId: actor.userId,
      name: input.name,
      tokenHash,
      tokenPrefix: token.slice(0, apiTokenPrefix.length + 6),
      scopes: [...new Set(input.scopes)],
      expiresAt: input.expiresAt,
    });
    await recordAudit(trx, {
      actor,
      action: 'api_token.created',
      entityType: 'api_token',
      entityId: created.id,
      after: { name: created.name, scopes: created.scopes },
      at: now,
    });
    return created;
  });
  return { token, row };
}
