import type { TDb, TUserRow } from '../../db/schema.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import { isVendorRole, type TActor, visibleAccountId } from '../../policies/actor.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { findUserById, updateUser } from '../../repositories/user-repository.js';

/**
 * Marks a vendor user away until an instant (null: back), so new cases of accounts they are the
 * Assigned Support Engineer of go to the back-up meanwhile (IVA-25: "in case the ASE is not
 * available for any reason, Ivanti will provide a back-up engineer"). Vendor admins and support
 * managers set it for anyone on the vendor side; an agent only for themself. Audited.
 */
export async function setEngineerAway(
  deps: { db: TDb },
  actor: TActor,
  input: { userId: string; until: Date | null },
  now: Date,
): Promise<TUserRow> {
  if (actor.kind === 'user' && !isVendorRole(actor.role)) {
    throw new AppError('auth.forbidden', 'Only vendor staff mark engineers away');
  }
  return withTransaction(deps.db, async (trx) => {
    const user = await findUserById(
      trx,
      { tenantId: actor.tenantId, accountId: visibleAccountId(actor) },
      input.userId,
    );
    if (!user) {
      throw new AppError('user.not_found', 'No such user');
    }
    if (!isVendorRole(user.role)) {
      throw new AppError('user.not_vendor', 'Only vendor staff can be marked away', [
        { field: 'id', message: 'not a vendor user' },
      ]);
    }
    const manages =
      actor.kind === 'system' || actor.role === 'vendor_admin' || actor.role === 'support_manager';
    if (!manages && !(actor.kind === 'user' && actor.userId === user.id)) {
      throw new AppError('auth.forbidden', 'Agents mark only themselves away');
    }
    const updated = await updateUser(trx, actor.tenantId, user.id, {
      away_until: input.until,
      updated_at: now,
    });
    if (!updated) throw new AppError('user.not_found', 'No such user');
    await recordAudit(trx, {
      actor,
      action: 'user.away_set',
      entityType: 'user',
      entityId: user.id,
      before: { awayUntil: user.away_until?.toISOString() ?? null },
      after: { awayUntil: input.until?.toISOString() ?? null },
      at: now,
    });
    return updated;
  });
}
