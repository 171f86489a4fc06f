import type { TConfig } from '../../config.js';
import type { TDb, TTransaction } from '../../db/schema.js';
import { withTransaction } from '../../db/with-transaction.js';
import { countRecentPinFailures, pinLockedUntil } from '../../domain/workflow/pin-lockout.js';
import { AppError } from '../../lib/app-error.js';
import { describeActor, type TActor } from '../../policies/actor.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import {
  countAgentPinAttempts,
  findAccountPinHash,
  insertPhoneVerification,
  listAccountPinAttempts,
  lockAccountForPinCheck,
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

type TOutcome =
  | { kind: 'verified'; verification: TPinVerification }
  | { kind: 'wrong'; pinSet: boolean; triesLeft: number; lockedUntil: number | null }
  | { kind: 'locked'; until: number }
  | { kind: 'rate_limited'; retryAt: number };

/**
 * An agent checks a caller's Premium Support PIN (C8). Refuses with 429 `phone.rate_limited` when
 * the agent made too many checks in the window (any account), with 423 `phone.pin_locked` while the
 * account is locked after `AFTERCARE_PIN_MAX_FAILURES` consecutive failures, and with 401
 * `phone.pin_invalid` for a wrong PIN (or an account without one). Checks of one account run one
 * at a time (account row lock), so parallel guesses cannot exceed the limit. Every attempt is
 * audited without the PIN, and the audit commits before the refusal is thrown. Success returns a
 * single-use verification id.
 */
export async function verifyCallerPin(
  deps: { db: TDb; config: TConfig },
  actor: TActor,
  input: { accountId: string; pin: string },
  now: Date,
): Promise<TPinVerification> {
  assertPhoneAgent(actor);
  const account = await findRecord(deps.db, 'accounts', scopeOf(actor), input.accountId);
  if (!account) {
    throw new AppError('account.not_found', 'No such account', [
      { field: 'accountId', message: 'no such account' },
    ]);
  }
  const outcome = await withTransaction(deps.db, (trx) =>
    checkPin(trx, deps.config, actor, { accountId: account.id, pin: input.pin }, now),
  );
  switch (outcome.kind) {
    case 'verified':
      return outcome.verification;
    case 'wrong':
      throw new AppError(
        'phone.pin_invalid',
        outcome.pinSet ? 'Wrong Premium Support PIN' : 'This account has no Premium Support PIN',
        [
          { field: 'pin', message: 'does not match' },
          { field: 'triesLeft', message: String(outcome.triesLeft) },
          ...(outcome.lockedUntil === null
            ? []
            : [{ field: 'lockedUntil', message: new Date(outcome.lockedUntil).toISOString() }]),
        ],
      );
    case 'locked':
      throw new PinError(
        'phone.pin_locked',
        'PIN checks for this account are locked after repeated wrong PINs',
        (outcome.until - now.getTime()) / 1000,
        [{ field: 'lockedUntil', message: new Date(outcome.until).toISOString() }],
      );
    case 'rate_limited':
      throw new PinError(
        'phone.rate_limited',
        'Too many PIN checks; try again later',
        (outcome.retryAt - now.getTime()) / 1000,
      );
  }
}

async function checkPin(
  trx: TTransaction,
  config: TConfig,
  actor: TActor,
  input: { accountId: string; pin: string },
  now: Date,
): Promise<TOutcome> {
  const agent = describeActor(actor);
  const windowMs = config.AFTERCARE_PIN_LOCK_MINUTES * 60_000;
  const since = new Date(now.getTime() - windowMs);
  const audit = (action: string, after: Record<string, unknown>) =>
    recordAudit(trx, { actor, action, entityType: 'account', entityId: input.accountId, after, at: now });
  await lockAccountForPinCheck(trx, actor.tenantId, input.accountId);

  const agentAttempts = await countAgentPinAttempts(trx, actor.tenantId, agent, since);
  if (agentAttempts.count >= config.AFTERCARE_PIN_MAX_ATTEMPTS_PER_AGENT) {
    await audit('phone.pin_rate_limited', { attempts: agentAttempts.count });
    return { kind: 'rate_limited', retryAt: (agentAttempts.oldest?.getTime() ?? now.getTime()) + windowMs };
  }
  const attempts = await listAccountPinAttempts(trx, actor.tenantId, input.accountId, since);
  const lockedUntil = pinLockedUntil(attempts, now.getTime(), {
    maxFailures: config.AFTERCARE_PIN_MAX_FAILURES,
    lockoutMs: windowMs,
  });
  if (lockedUntil !== null) {
    await audit('phone.pin_locked', { lockedUntil: new Date(lockedUntil).toISOString() });
    return { kind: 'locked', until: lockedUntil };
  }

  const pinHash = await findAccountPinHash(trx, actor.tenantId, input.accountId);
  const ok = await verifyPassword(pinHash, input.pin);
  const attempt = { tenantId: actor.tenantId, accountId: input.accountId, actor: agent, at: now };
  await recordPinAttempt(trx, { ...attempt, succeeded: ok });
  if (!ok) {
    await audit('phone.pin_failed', { pinSet: pinHash !== null });
    const after = [...attempts, { at: now.getTime(), succeeded: false }];
    const limits = { maxFailures: config.AFTERCARE_PIN_MAX_FAILURES, lockoutMs: windowMs };
    return {
      kind: 'wrong',
      pinSet: pinHash !== null,
      triesLeft: Math.max(0, limits.maxFailures - countRecentPinFailures(after, now.getTime(), windowMs)),
      lockedUntil: pinLockedUntil(after, now.getTime(), limits),
    };
  }
  const row = await insertPhoneVerification(trx, {
    tenantId: actor.tenantId,
    accountId: input.accountId,
    actor: agent,
    createdAt: now,
    expiresAt: new Date(now.getTime() + phoneVerificationTtlMs),
  });
  await audit('phone.pin_verified', { verificationId: row.id, expiresAt: row.expires_at.toISOString() });
  return {
    kind: 'verified',
    verification: { verified: true, verificationId: row.id, expiresAt: row.expires_at },
  };
}
