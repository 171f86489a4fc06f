import type { TDb, TSessionRow, TUserRow } from '../../db/schema.js';
import type { TActor } from '../../policies/actor.js';
import { findLiveSession } from '../../repositories/session-repository.js';
import { actorForUser } from './actor-for-user.js';
import { hashOpaqueToken, readTokenTenant } from './opaque-token.js';

export type TSessionAuthentication = { actor: TActor; session: TSessionRow; user: TUserRow };

/** The actor behind a session cookie value, or undefined (unknown, expired, or user disabled). */
export async function authenticateSession(
  deps: { db: TDb },
  sessionToken: string,
  now: Date,
): Promise<TSessionAuthentication | undefined> {
  const tenantId = readTokenTenant(sessionToken);
  if (!tenantId) return undefined;
  const found = await findLiveSession(deps.db, tenantId, hashOpaqueToken(sessionToken), now);
  if (!found) return undefined;
  return { ...found, actor: actorForUser(found.user, { kind: 'session' }) };
}
