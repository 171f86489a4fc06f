import type { TDb, TSessionRow, TUserRow } from '../db/schema.js';

export type TNewSession = {
  tenantId: string;
  id: string;
  userId: string;
  tokenHash: string;
  csrfToken: string;
  ip: string | null;
  userAgent: string | null;
  expiresAt: Date;
};

export async function insertSession(db: TDb, session: TNewSession): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      tenant_id: session.tenantId,
      id: session.id,
      user_id: session.userId,
      token_hash: session.tokenHash,
      csrf_token: session.csrfToken,
      ip: session.ip,
      user_agent: session.userAgent,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** The unexpired session with this token hash, with its user (enabled users only). */
export async function findLiveSession(
  db: TDb,
  tenantId: string,
  tokenHash: string,
  now: Date,
): Promise<{ session: TSessionRow; user: TUserRow } | undefined> {
  const session = await db
    .selectFrom('sessions')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!session) return undefined;
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', session.user_id)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return user ? { session, user } : undefined;
}

export async function deleteSession(db: TDb, tenantId: string, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: TDb, tenantId: string, userId: string): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes sessions that expired before `now`, across tenants (maintenance). */
export async function deleteExpiredSessions(db: TDb, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
