import { z } from 'zod';
import { expireTrmTerms } from '../../commands/training/expire-trm-terms.js';
import { defineJob } from '../define-job.js';

/** Daily: unused TRM days and vouchers of ended terms expire (IVA-47), one ledger entry per term. */
export const trmExpiryJob = defineJob({
  id: 'training.trm-expiry',
  schema: z.strictObject({}),
  cron: '5 0 * * *',
  retry: { maxAttempts: 3, backoffMs: 60_000, maxBackoffMs: 600_000 },
  leaseMs: 300_000,
  mode: 'external',
  handle: async ({ now, deps }) => {
    const written = await expireTrmTerms(deps, now);
    if (written > 0) deps.logger?.info({ written }, 'TRM terms expired');
  },
});
