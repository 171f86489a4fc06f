import { newId } from '../../db/new-id.js';
import type { TUserRow } from '../../db/schema.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import {
  countRecentClientFailures,
  countRecentEmailFailures,
  countRecentIpFailures,
  lockLoginKey,
  markLoginAttemptSucceeded,
  recordLoginAttempt,
  type TFailureWindow,
} from '../../repositories/login-attempt-repository.js';
import { insertSession } from '../../repositories/session-repository.js';
import { findTenantBySlug } from '../../repositories/tenant-repository.js';
import { findUserByEmail } from '../../repositories/user-repository.js';
import type { TAuthDeps } from './auth-deps.js';
import { issueOpaqueToken, randomSecret } from './opaque-token.js';
import { verifyPassword } from './password.js';
import { RateLimitedError } from './rate-limited-error.js';

export type TLogInInput = {
  tenantSlug: string;
  email: string;
  password: string;
  ip: string;
  userAgent: string | null;
};

export type TLogInResult = { sessionToken: string; csrfToken: string; expiresAt: Date; user: TUserRow };

/**
 * Email + password login. Refuses with 429 `auth.rate_limited` once (tenant, email, client address),
 * the client address, or (tenant, email) from all addresses (a higher ceiling, OWASP ASVS 2.2) has too
 * many recent failures (counted in the database, so every app instance sees them), and with
 * 401 `auth.invalid_credentials` for an unknown tenant, unknown email, wrong password or disabled
 * user alike, so the answer never reveals which.
 */
export async function logIn(deps: TAuthDeps, input: TLogInInput, now: Date): Promise<TLogInResult> {
  const { config, db } = deps;
  const email = input.email.trim().toLowerCase();
  const windowMs = config.AFTERCARE_LOGIN_WINDOW_MINUTES * 60_000;
  const since = new Date(now.getTime() - windowMs);

  const tenant = await findTenantBySlug(db, input.tenantSlug);
  if (!tenant) {
    const ipFailures = await countRecentIpFailures(db, input.ip, since);
    refuseIfLimited(ipFailures, config.AFTERCARE_LOGIN_MAX_FAILURES_PER_IP, windowMs, now);
    await verifyPassword(null, input.password);
    throw invalidCredentials();
  }
  const attempt = { tenantId: tenant.id, email, ip: input.ip, at: now };
  // Count, decide and record in one locked step: the attempt is stored as a failure before the
  // (slow) password check, so parallel guesses see each other; a match then marks it succeeded.
  const attemptId = await withTransaction(db, async (trx) => {
    await lockLoginKey(trx, `ip:${input.ip}`);
    await lockLoginKey(trx, `email:${tenant.id}:${email}`);
    const limits: Array<[() => Promise<TFailureWindow>, number]> = [
      [() => countRecentIpFailures(trx, input.ip, since), config.AFTERCARE_LOGIN_MAX_FAILURES_PER_IP],
      [
        () => countRecentClientFailures(trx, tenant.id, email, input.ip, since),
        config.AFTERCARE_LOGIN_MAX_FAILURES,
      ],
      [
        () => countRecentEmailFailures(trx, tenant.id, email, since),
        config.AFTERCARE_LOGIN_MAX_FAILURES_PER_EMAIL,
      ],
    ];
    for (const [failures, max] of limits) refuseIfLimited(await failures(), max, windowMs, now);
    return recordLoginAttempt(trx, { ...attempt, succeeded: false });
  });

  const user = await findUserByEmail(db, tenant.id, email);
  const passwordOk = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user || !passwordOk || user.disabled_at !== null) throw invalidCredentials();

  const { token, tokenHash } = issueOpaqueToken(tenant.id);
  const csrfToken = randomSecret();
  const expiresAt = new Date(now.getTime() + config.AFTERCARE_SESSION_TTL_HOURS * 3_600_000);
  await withTransaction(db, async (trx) => {
    await insertSession(trx, {
      tenantId: tenant.id,
      id: newId(now.getTime()),
      userId: user.id,
      tokenHash,
      csrfToken,
      ip: input.ip,
      userAgent: input.userAgent,
      expiresAt,
    });
    await markLoginAttemptSucceeded(trx, tenant.id, attemptId);
  });
  return { sessionToken: token, csrfToken, expiresAt, user };
}

function refuseIfLimited(failures: TFailureWindow, max: number, windowMs: number, now: Date): void {
  if (failures.count < max) return;
  const oldest = failures.oldest?.getTime() ?? now.getTime();
  const retryAfterSeconds = (oldest + windowMs - now.getTime()) / 1000;
  throw new RateLimitedError('Too many failed logins; try again later', retryAfterSeconds);
}

function invalidCredentials(): AppError {
  return new AppError('auth.invalid_credentials', 'Unknown tenant, email or password');
}
