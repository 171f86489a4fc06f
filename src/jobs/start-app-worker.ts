import type { TConfig } from '../config.js';
import type { TDb } from '../db/schema.js';
import { createLogger } from '../lib/logger.js';
import { createSmtpMailer } from '../notifications/mailer.js';
import { builtInJobRegistry } from './job-definitions.js';
import { startWorker } from './start-worker.js';

/**
 * The worker of `aftercare serve` (when AFTERCARE_WORKER is true, the default): built-in jobs,
 * SMTP from SMTP_URL. Returns `stop()`, which waits for running jobs; a no-op when disabled.
 */
export function startAppWorker(config: TConfig, db: TDb): { stop: () => Promise<void> } {
  if (!config.AFTERCARE_WORKER) return { stop: async () => {} };
  const mailer = createSmtpMailer(config);
  const logger = createLogger(config).child({ component: 'worker' });
  const worker = startWorker(
    { db, config, logger, mailer: mailer ?? undefined },
    { registry: builtInJobRegistry },
  );
  return {
    stop: async () => {
      await worker.stop();
      mailer?.close();
    },
  };
}
