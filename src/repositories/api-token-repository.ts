import type { TApiTokenRow, TDb, TUserRow } from '../db/schema.js';

export type TNewApiToken = {
  tenantId: string;
  id: string;
  userId: string;
  name: string;
  tokenHash: string;
  tokenPrefix: string;
  scopes: string[];
  expiresAt: Date | null;
};

export async function insertApiToken(db: TDb, token: TNewApiToken): Promise<TApiTokenRow> {
  return db
    .insertInto('api_tokens')
    .values({
      tenant_id: token.tenantId,
      id: token.id,
      user_id: token.userId,
      name: token.name,
      token_hash: token.tokenHash,
      token_prefix: token.tokenPrefix,
      scopes: token.scopes,
      expires_at: token.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The usable token with this hash (not revoked, not expired) and its enabled user. */
export async function findLiveApiToken(
  db: TDb,
  tenantId: string,
  tokenHash: string,
  now: Date,
): Promise<{ token: TApiTokenRow; user: TUserRow } | undefined> {
  const token = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .executeTakeFirst();
  if (!token) return undefined;
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', token.user_id)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return user ? { token, user } : undefined;
}

export async function listApiTokensOfUser(
  db: TDb,
  tenantId: string,
  userId: string,
): Promise<TApiTokenRow[]> {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .orderBy('id')
    .execute();
}

/** Revokes one of the user's own tokens; undefined when it is not theirs (or does not exist). */
export async function revokeApiToken(
  db: TDb,
  scope: { tenantId: string; userId: string },
  id: string,
  now: Date,
): Promise<TApiTokenRow | undefined> {
  return db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('tenant_id', '=', scope.tenantId)
    .where('user_id', '=', scope.userId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export async function touchApiToken(db: TDb, tenantId: string, id: string, now: Date): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: now })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}
