import type { TDb } from '../db/schema.js';
import { latestCronSlot, parseCron } from './cron.js';
import type { TJobRegistry } from './define-job.js';
import { enqueueJob } from './enqueue-job.js';

/**
 * Enqueues the latest due slot of every cron definition, keyed `cron:<id>:<slot>`, so however
 * many processes call this, each slot runs once. Missed older slots are not caught up (a sweep
 * covers everything due anyway).
 */
export async function scheduleCronJobs(db: TDb, registry: TJobRegistry, now: Date): Promise<number> {
  let scheduled = 0;
  for (const definition of registry.values()) {
    if (!definition.cron) continue;
    const slot = latestCronSlot(parseCron(definition.cron), now);
    if (!slot) continue;
    const job = await enqueueJob(
      db,
      definition,
      {},
      {
        now,
        runAt: slot,
        dedupeKey: `cron:${definition.id}:${slot.toISOString()}`,
      },
    );
    if (job) scheduled++;
  }
  return scheduled;
}
