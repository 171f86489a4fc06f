import { z } from 'zod';
import { deleteExpiredIdempotencyKeys } from '../../repositories/idempotency-key-repository.js';
import { deleteLoginAttemptsBefore } from '../../repositories/login-attempt-repository.js';
import {
  deletePinAttemptsBefore,
  deleteUnusedPhoneVerificationsBefore,
} from '../../repositories/phone-pin-repository.js';
import { deleteExpiredSessions } from '../../repositories/session-repository.js';
import { defineJob } from '../define-job.js';

/**
 * Hourly housekeeping: expired sessions and login attempts that no rate-limit window can still
 * count (older than a day, or twice the window if that is longer) and Idempotency-Keys past their 24 hours
 * are deleted. Idempotent.
 */
export const purgeExpiredJob = defineJob({
  id: 'maintenance.purge-expired',
  schema: z.strictObject({}),
  cron: '17 * * * *',
  retry: { maxAttempts: 3, backoffMs: 60_000, maxBackoffMs: 600_000 },
  leaseMs: 300_000,
  mode: 'transactional',
  handle: async ({ now, deps, db }) => {
    const keepMs = Math.max(86_400_000, 2 * deps.config.AFTERCARE_LOGIN_WINDOW_MINUTES * 60_000);
    const sessions = await deleteExpiredSessions(db, now);
    const attempts = await deleteLoginAttemptsBefore(db, new Date(now.getTime() - keepMs));
    if (sessions + attempts > 0) deps.logger?.info({ sessions, attempts }, 'purged expired auth records');
    // Phone intake: PIN attempts past any lockout window, and PIN checks that expired unused.
    const pinKeepMs = Math.max(86_400_000, 2 * deps.config.AFTERCARE_PIN_LOCK_MINUTES * 60_000);
    const pins = await deletePinAttemptsBefore(db, new Date(now.getTime() - pinKeepMs));
    const checks = await deleteUnusedPhoneVerificationsBefore(db, new Date(now.getTime() - 86_400_000));
    if (pins + checks > 0) deps.logger?.info({ pins, checks }, 'purged stale PIN attempts and checks');
    const keys = await deleteExpiredIdempotencyKeys(db, now);
    if (keys > 0) deps.logger?.info({ keys }, 'purged expired idempotency keys');
  },
});
