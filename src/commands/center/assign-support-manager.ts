import type { TDb } from '../../db/schema.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { accountTeamPolicy } from '../../policies/kb-policy.js';
import { findAccountTeam, upsertSupportManager } from '../../repositories/account-team-repository.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { findUserById } from '../../repositories/user-repository.js';

/** Names an account's support manager (IVA-18/26): a vendor user with the support manager role. */
export async function assignSupportManager(
  deps: { db: TDb },
  actor: TActor,
  accountId: string,
  supportManagerId: string | null,
  now: Date,
): Promise<void> {
  if (!accountTeamPolicy.can(actor, 'assign_support_manager', null)) {
    throw new AppError(
      'account_team.forbidden',
      'Only support managers and vendor admins name the account team',
    );
  }
  await withTransaction(deps.db, async (trx) => {
    const team = await findAccountTeam(trx, actor.tenantId, accountId);
    if (!team) throw new AppError('account.not_found', 'No such account');
    if (supportManagerId !== null) {
      const user = await findUserById(trx, { tenantId: actor.tenantId, accountId: null }, supportManagerId);
      if (!user || user.disabled_at || !['support_manager', 'vendor_admin'].includes(user.role)) {
        throw new AppError('account_team.not_a_support_manager', 'Choose an active support manager', [
          { field: 'supportManagerId', message: 'not an active support manager' },
        ]);
      }
    }
    await upsertSupportManager(trx, actor.tenantId, accountId, supportManagerId, now);
    await recordAudit(trx, {
      actor,
      action: 'account.support_manager_assigned',
      entityType: 'account',
      entityId: accountId,
      before: { supportManagerId: team.support_manager?.id ?? null },
      after: { supportManagerId },
      at: now,
    });
  });
}
