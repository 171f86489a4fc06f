import type { TDb, TUserRole, TUserRow } from '../../db/schema.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import { type TActor, visibleAccountId } from '../../policies/actor.js';
import { userPolicy } from '../../policies/user-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { findUserById, updateUser } from '../../repositories/user-repository.js';
import { assertRoleMatchesAccount } from './assert-role-matches-account.js';

export type TChangeUserRoleInput = { role: TUserRole; accountId: string | null };

export async function changeUserRole(
  deps: { db: TDb },
  actor: TActor,
  userId: string,
  input: TChangeUserRoleInput,
  now: Date,
): Promise<TUserRow> {
  assertRoleMatchesAccount(input.role, input.accountId);
  return withTransaction(deps.db, async (trx) => {
    const scope = { tenantId: actor.tenantId, accountId: visibleAccountId(actor) };
    const user = await findUserById(trx, scope, userId);
    if (!user || !userPolicy.can(actor, 'view', user)) throw new AppError('user.not_found', 'No such user');
    if (!userPolicy.can(actor, 'change_role', user)) {
      throw new AppError('auth.forbidden', 'You may not change this user’s role');
    }
    const updated = await updateUser(trx, actor.tenantId, userId, {
      role: input.role,
      account_id: input.accountId,
      updated_at: now,
    });
    if (!updated) throw new AppError('user.not_found', 'No such user');
    await recordAudit(trx, {
      actor,
      action: 'user.role_changed',
      entityType: 'user',
      entityId: userId,
      before: { role: user.role, accountId: user.account_id },
      after: { role: updated.role, accountId: updated.account_id },
      at: now,
    });
    return updated;
  });
}
