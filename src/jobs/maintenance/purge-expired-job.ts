import { z } from 'zod';
import { deleteLoginAttemptsBefore } from '../../repositories/login-attempt-repository.js';
import { deleteExpiredSessions } from '../../repositories/session-repository.js';
import { defineJob } from '../define-job.js';

/**
 * Hourly housekeeping: expired sessions and login attempts that no rate-limit window can still
 * count (older than a day, or twice the window if that is longer) are deleted. Idempotent.
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
  },
});
