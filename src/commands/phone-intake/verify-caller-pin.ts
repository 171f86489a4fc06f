import type { TConfig } from '../../config.js';
import type { TDb } from '../../db/schema.js';
import { withTransaction } from '../../db/with-transaction.js';
import { pinLockedUntil } from '../../domain/workflow/pin-lockout.js';
import { AppError } from '../../lib/app-error.js';
import { describeActor, type TActor } from '../../policies/actor.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import {
  countAgentPinAttempts,
  findAccountPinHash,
  insertPhoneVerification,
  listAccountPinAttempts,
  recordPinAttempt,
} from '../../repositories/phone-pin-repository.js';
import { findRecord } from '../../repositories/record-repository.js';
import { scopeOf } from '../../repositories/record-scope.js';
import { verifyPassword } from '../auth/password.js';
import { assertPhoneAgent } from './assert-phone-agent.js';
import { PinError } from './pin-error.js';

/** A verification is good for one case opened within this time (the length of a call). */
export const phoneVerificationTtlMs = 10 * 60_000;

export type TPinVerification = { verified: true; verificationId: string; expiresAt: Date };

/**
 * An agent checks a caller's Premium Support PIN (C8). Refuses with 429 `phone.rate_limited` when
 * the agent made too many checks in the window (any account), with 423 `phone.pin_locked` while the
 * account is locked after `AFTERCARE_PIN_MAX_FAILURES` consecutive failures, and with 401
 * `phone.pin_invalid` for a wrong PIN (or an account without one). Every attempt is audited without
 * the PIN, and the audit survives the refusal. Success returns a single-use verification id.
 */
export async function verifyCallerPin(
  deps: { db: TDb; config: TConfig },
  actor: TActor,
  input: { accountId: string; pin: string },
  now: Date,
): Promise<TPinVerification> {
  assertPhoneAgent(actor);
  const { db, config } = deps;
  const account = await findRecord(db, 'accounts', scopeOf(actor), input.accountId);
  if (!account) {
    throw new AppError('account.not_found', 'No such account', [
      { field: 'accountId', message: 'no such account' },
    ]);
  }
  const agent = describeActor(actor);
  const windowMs = config.AFTERCARE_PIN_LOCK_MINUTES * 60_000;
  const since = new Date(now.getTime() - windowMs);
  const audit = (action: string, after: Record<string, unknown>) =>
    withTransaction(db, (trx) =>
      recordAudit(trx, { actor, action, entityType: 'account', entityId: account.id, after, at: now }),
    );

  const agentAttempts = await countAgentPinAttempts(db, actor.tenantId, agent, since);
  if (agentAttempts.count >= config.AFTERCARE_PIN_MAX_ATTEMPTS_PER_AGENT) {
    const oldest = agentAttempts.oldest?.getTime() ?? now.getTime();
    await audit('phone.pin_rate_limited', { attempts: agentAttempts.count });
    throw new PinError(
      'phone.rate_limited',
      'Too many PIN checks; try again later',
      (oldest + windowMs - now.getTime()) / 1000,
    );
  }
  const limits = { maxFailures: config.AFTERCARE_PIN_MAX_FAILURES, lockoutMs: windowMs };
  const lockedUntil = pinLockedUntil(
    await listAccountPinAttempts(db, actor.tenantId, account.id, since),
    now.getTime(),
    limits,
  );
  if (lockedUntil !== null) {
    await audit('phone.pin_locked', { lockedUntil: new Date(lockedUntil).toISOString() });
    throw new PinError(
      'phone.pin_locked',
      `PIN checks for this account are locked until ${new Date(lockedUntil).toISOString()}`,
      (lockedUntil - now.getTime()) / 1000,
    );
  }

  const pinHash = await findAccountPinHash(db, actor.tenantId, account.id);
  const ok = await verifyPassword(pinHash, input.pin);
  // The attempt and its audit commit even when the answer is 401 (thrown after the transaction).
  const result = await withTransaction(db, async (trx) => {
    await recordPinAttempt(trx, {
      tenantId: actor.tenantId,
      accountId: account.id,
      actor: agent,
      succeeded: ok,
      at: now,
    });
    if (!ok) {
      await recordAudit(trx, {
        actor,
        action: 'phone.pin_failed',
        entityType: 'account',
        entityId: account.id,
        after: { pinSet: pinHash !== null },
        at: now,
      });
      return null;
    }
    const verification = await insertPhoneVerification(trx, {
      tenantId: actor.tenantId,
      accountId: account.id,
      actor: agent,
      createdAt: now,
      expiresAt: new Date(now.getTime() + phoneVerificationTtlMs),
    });
    await recordAudit(trx, {
      actor,
      action: 'phone.pin_verified',
      entityType: 'account',
      entityId: account.id,
      after: { verificationId: verification.id, expiresAt: verification.expires_at.toISOString() },
      at: now,
    });
    return { verified: true as const, verificationId: verification.id, expiresAt: verification.expires_at };
  });
  if (!result) {
    throw new AppError(
      'phone.pin_invalid',
      pinHash === null ? 'This account has no Premium Support PIN' : 'Wrong Premium Support PIN',
      [{ field: 'pin', message: 'does not match' }],
    );
  }
  return result;
}
