import type { TApiTokenRow, TDb } from '../../db/schema.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { revokeApiToken as revokeApiTokenRow } from '../../repositories/api-token-repository.js';
import { recordAudit } from '../../repositories/audit-repository.js';

/** Revokes one of the acting user's own tokens; anyone else's (or an unknown id) is `token.not_found`. */
export async function revokeApiToken(
  deps: { db: TDb },
  actor: TActor,
  tokenId: string,
  now: Date,
): Promise<TApiTokenRow> {
  if (actor.kind !== 'user' || actor.via !== 'session') {
    throw new AppError('auth.forbidden', 'API tokens are managed by a signed-in user');
  }
  return withTransaction(deps.db, async (trx) => {
    const revoked = await revokeApiTokenRow(
      trx,
      { tenantId: actor.tenantId, userId: actor.userId },
      tokenId,
      now,
    );
    if (!revoked) throw new AppError('token.not_found', 'No such API token');
    await recordAudit(trx, {
      actor,
      action: 'api_token.revoked',
      entityType: 'api_token',
      entityId: revoked.id,
      at: now,
    });
    return revoked;
  });
}
