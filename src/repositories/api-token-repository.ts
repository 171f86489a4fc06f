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

/**
 * The usable token with this hash (not revoked, not expired) and its enabled user, in ONE query: it
 * runs on every token-authenticated request (two sequential queries were 2 of the ~12 round trips
 * of a case creation).
 */
export async function findLiveApiToken(
  db: TDb,
  tenantId: string,
  tokenHash: string,
  now: Date,
): Promise<{ token: TApiTokenRow; user: TUserRow } | undefined> {
  const row = await db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', (join) =>
      join.onRef('u.tenant_id', '=', 't.tenant_id').onRef('u.id', '=', 't.user_id'),
    )
    .selectAll('u')
    .select([
      't.id as token__id',
      't.name as token__name',
      't.token_prefix as token__prefix',
      't.scopes as token__scopes',
      't.created_at as token__created_at',
      't.expires_at as token__expires_at',
      't.last_used_at as token__last_used_at',
    ])
    .where('t.tenant_id', '=', tenantId)
    .where('t.token_hash', '=', tokenHash)
    .where('t.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('t.expires_at', 'is', null), eb('t.expires_at', '>', now)]))
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const {
    token__id,
    token__name,
    token__prefix,
    token__scopes,
    token__created_at,
    token__expires_at,
    token__last_used_at,
    ...user
  } = row;
  const token: TApiTokenRow = {
    tenant_id: tenantId,
    id: token__id,
    user_id: user.id,
    name: token__name,
    token_hash: tokenHash,
    token_prefix: token__prefix,
    scopes: token__scopes,
    created_at: token__created_at,
    expires_at: token__expires_at,
    last_used_at: token__last_used_at,
    revoked_at: null,
  };
  return { token, user };
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
