import type { TDb, TUserRow } from '../../db/schema.js';
import type { TActor } from '../../policies/actor.js';
import { apiScopes, type TApiScope } from '../../policies/scopes.js';
import { findLiveApiToken, touchApiToken } from '../../repositories/api-token-repository.js';
import { actorForUser } from './actor-for-user.js';
import { hashOpaqueToken, readTokenTenant } from './opaque-token.js';

export const apiTokenPrefix = 'ac_';
const touchEveryMs = 60_000;

/** The actor behind `Authorization: Bearer ac_…`, or undefined (unknown, revoked, expired, user disabled). */
export async function authenticateApiToken(
  deps: { db: TDb },
  bearer: string,
  now: Date,
): Promise<{ actor: TActor; user: TUserRow } | undefined> {
  const tenantId = readTokenTenant(bearer, apiTokenPrefix);
  if (!tenantId) return undefined;
  const found = await findLiveApiToken(deps.db, tenantId, hashOpaqueToken(bearer), now);
  if (!found) return undefined;
  const { token, user } = found;
  if (!token.last_used_at || now.getTime() - token.last_used_at.getTime() > touchEveryMs) {
    await touchApiToken(deps.db, tenantId, token.id, now);
  }
  const scopes = token.scopes.filter((scope): scope is TApiScope =>
    (apiScopes as readonly string[]).includes(scope),
  );
  return { actor: actorForUser(user, { kind: 'token', tokenId: token.id, scopes }), user };
}
