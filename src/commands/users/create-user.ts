import { newId } from '../../db/new-id.js';
import type { TDb, TUserRole, TUserRow } from '../../db/schema.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { hasPermission } from '../../policies/permissions.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { findUserByEmail, insertUser } from '../../repositories/user-repository.js';
import { hashPassword } from '../auth/password.js';
import { assertRoleMatchesAccount } from './assert-role-matches-account.js';

export type TCreateUserInput = {
  email: string;
  name: string;
  role: TUserRole;
  accountId: string | null;
  /** Omit to create a user who cannot sign in with a password yet. */
  password: string | null;
};

/** Creates a user in the actor's tenant (vendor admins, or the system). */
export async function createUser(
  deps: { db: TDb },
  actor: TActor,
  input: TCreateUserInput,
  now: Date,
): Promise<TUserRow> {
  if (!hasPermission(actor, 'users:manage'))
    throw new AppError('auth.forbidden', 'Only vendor admins manage users');
  assertRoleMatchesAccount(input.role, input.accountId);
  const email = input.email.trim().toLowerCase();
  const passwordHash = input.password === null ? null : await hashPassword(input.password);
  return withTransaction(deps.db, async (trx) => {
    if (await findUserByEmail(trx, actor.tenantId, email)) {
      throw new AppError('user.already_exists', 'A user with this email already exists', [
        { field: 'email', message: 'already in use' },
      ]);
    }
    const user = await insertUser(trx, {
      tenant_id: actor.tenantId,
      id: newId(now.getTime()),
      email,
      name: input.name,
      role: input.role,
      account_id: input.accountId,
      password_hash: passwordHash,
      created_at: now,
      updated_at: now,
    });
    await recordAudit(trx, {
      actor,
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      after: { email, role: user.role, accountId: user.account_id },
      at: now,
    });
    return user;
  });
}
