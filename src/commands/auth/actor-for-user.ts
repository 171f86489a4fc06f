import type { TUserRow } from '../../db/schema.js';
import type { TActor } from '../../policies/actor.js';
import type { TApiScope } from '../../policies/scopes.js';

export function actorForUser(
  user: TUserRow,
  via: { kind: 'session' } | { kind: 'token'; tokenId: string; scopes: readonly TApiScope[] },
): TActor {
  return {
    kind: 'user',
    tenantId: user.tenant_id,
    userId: user.id,
    role: user.role,
    accountId: user.account_id,
    via: via.kind,
    scopes: via.kind === 'token' ? via.scopes : null,
    tokenId: via.kind === 'token' ? via.tokenId : null,
  };
}
