import type { TDb } from '../../db/schema.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { upsertAccountPin } from '../../repositories/phone-pin-repository.js';
import { findRecord } from '../../repositories/record-repository.js';
import { scopeOf } from '../../repositories/record-scope.js';
import { hashPassword } from '../auth/password.js';

/**
 * Sets an account's Premium Support PIN. The PIN belongs to the ACCOUNT, not to a named contact:
 * the Imprivata policy says "Premium Support customers are required to enter their Premium Support
 * PIN when calling" (IMP-41, "Telephone Support"; IMP-40 after hours) — the PIN is the customer's
 * (the Premium account's), not a named contact's, so one PIN per account, whoever calls. Stored argon2id-hashed, never returned or
 * audited. Allowed: the account's customer admin, or a vendor admin. Other accounts are 404.
 */
export async function setAccountPin(
  deps: { db: TDb },
  actor: TActor,
  input: { accountId: string; pin: string },
  now: Date,
): Promise<{ accountId: string; updatedAt: Date }> {
  const account = await findRecord(deps.db, 'accounts', scopeOf(actor), input.accountId);
  if (!account) throw new AppError('account.not_found', 'No such account');
  const allowed =
    actor.kind === 'system' ||
    actor.role === 'vendor_admin' ||
    (actor.role === 'customer_admin' && actor.accountId === account.id);
  if (!allowed) {
    throw new AppError('auth.forbidden', 'Only the account’s customer admin or a vendor admin sets its PIN');
  }
  const pinHash = await hashPassword(input.pin);
  return withTransaction(deps.db, async (trx) => {
    await upsertAccountPin(trx, { tenantId: actor.tenantId, accountId: account.id, pinHash, at: now });
    await recordAudit(trx, {
      actor,
      action: 'account.pin_set',
      entityType: 'account',
      entityId: account.id,
      after: { pin: 'set' },
      at: now,
    });
    return { accountId: account.id, updatedAt: now };
  });
}
