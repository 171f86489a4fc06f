import type { TDb, TUserRow } from '../../db/schema.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import { type TActor, visibleAccountId } from '../../policies/actor.js';
import { userPolicy } from '../../policies/user-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { deleteSessionsOfUser } from '../../repositories/session-repository.js';
import { findUserById, updateUser } from '../../repositories/user-repository.js';

/** Disables a user (ending their sessions; their API tokens stop working) or enables them again. */
export async function setUserDisabled(
  deps: { db: TDb },
  actor: TActor,
  userId: string,
  disabled: boolean,
  now: Date,
): Promise<TUserRow> {
  return withTransaction(deps.db, async (trx) => {
    const user = await findUserById(
      trx,
      { tenantId: actor.tenantId, accountId: visibleAccountId(actor) },
      userId,
    );
    if (!user || !userPolicy.can(actor, 'view', user)) throw new AppError('user.not_found', 'No such user');
    if ((user.disabled_at !== null) === disabled) return user;
    if (!userPolicy.can(actor, disabled ? 'disable' : 'enable', user)) {
      throw new AppError('auth.forbidden', `You may not ${disabled ? 'disable' : 'enable'} this user`);
    }
    const updated = await updateUser(trx, actor.tenantId, userId, {
      disabled_at: disabled ? now : null,
      updated_at: now,
    });
    if (!updated) throw new AppError('user.not_found', 'No such user');
    if (disabled) await deleteSessionsOfUser(trx, actor.tenantId, userId);
    await recordAudit(trx, {
      actor,
      action: disabled ? 'user.disabled' : 'user.enabled',
      entityType: 'user',
      entityId: userId,
      at: now,
    });
    return updated;
  });
}
