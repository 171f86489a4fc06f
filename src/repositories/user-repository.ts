import type { TDb, TNewUser, TUserRow, TUserUpdate } from '../db/schema.js';

/** `accountId`: null = whole tenant; otherwise only users of that account (see visibleAccountId). */
export type TUserScope = { tenantId: string; accountId: string | null };

export async function insertUser(db: TDb, user: TNewUser): Promise<TUserRow> {
  return db.insertInto('users').values(user).returningAll().executeTakeFirstOrThrow();
}

export async function findUserById(db: TDb, scope: TUserScope, id: string): Promise<TUserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('tenant_id', '=', scope.tenantId)
    .where('id', '=', id)
    .$if(scope.accountId !== null, (query) => query.where('account_id', '=', scope.accountId))
    .executeTakeFirst();
}

export async function findUserByEmail(
  db: TDb,
  tenantId: string,
  email: string,
): Promise<TUserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
}

/** Keyset page ordered by id (UUIDv7, so by creation); `afterId` is the last id of the previous page. */
export async function listUsers(
  db: TDb,
  scope: TUserScope,
  page: { afterId: string | null; limit: number },
): Promise<TUserRow[]> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('tenant_id', '=', scope.tenantId)
    .$if(scope.accountId !== null, (query) => query.where('account_id', '=', scope.accountId))
    .$if(page.afterId !== null, (query) => query.where('id', '>', page.afterId as string))
    .orderBy('id')
    .limit(page.limit)
    .execute();
}

export async function updateUser(
  db: TDb,
  tenantId: string,
  id: string,
  changes: TUserUpdate,
): Promise<TUserRow | undefined> {
  return db
    .updateTable('users')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}
