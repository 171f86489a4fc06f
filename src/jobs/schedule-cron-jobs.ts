import type { TDb } from '../db/schema.js';
import { latestCronSlot, nextCronSlot, parseCron } from './cron.js';
import type { TJobDefinition, TJobRegistry } from './define-job.js';
import { enqueueJob } from './enqueue-job.js';

/**
 * Keeps one scheduled run per cron definition in its lane, keyed `cron:<id>:<slot>` (so however many
 * processes call this, each slot is enqueued once), from the definition's latest scheduled run:
 * - none yet: the latest due slot (runs now);
 * - one queued (due or ahead of time) or running: nothing — while the queue is stalled, the minutes it
 *   misses coalesce into that one run instead of piling up a sweep per minute (a sweep covers everything
 *   due anyway);
 * - finished: the next slot, ahead of time if its run started after the latest due slot (which it then
 *   covered), so the run is in its lane when it falls due and is claimed at its minute — not up to a
 *   scheduling interval later (issue 13 item 5); else the latest due slot, which it did not cover.
 */
export async function scheduleCronJobs(db: TDb, registry: TJobRegistry, now: Date): Promise<number> {
  let scheduled = 0;
  for (const definition of registry.values()) {
    if (!definition.cron) continue;
    const cron = parseCron(definition.cron);
    const latest = await findLatestCronRun(db, definition);
    if (latest && (latest.status === 'queued' || latest.status === 'running')) continue;
    const dueSlot = latestCronSlot(cron, now);
    const covered = latest?.finished_at && dueSlot && latest.finished_at >= dueSlot;
    const slot = !latest ? dueSlot : covered ? nextCronSlot(cron, now) : (dueSlot ?? nextCronSlot(cron, now));
    if (!slot) continue;
    const job = await enqueueJob(
      db,
      definition,
      {},
      { now, runAt: slot, dedupeKey: `cron:${definition.id}:${slot.toISOString()}` },
    );
    if (job) scheduled++;
  }
  return scheduled;
}

/** The definition's scheduled run with the latest slot (`jobs_keyed_runs_idx`). */
async function findLatestCronRun(db: TDb, definition: TJobDefinition) {
  return db
    .selectFrom('jobs')
    .select(['status', 'run_at', 'finished_at'])
    .where('definition', '=', definition.id)
    .where('dedupe_key', 'is not', null)
    .where('dedupe_key', 'like', `cron:${definition.id}:%`)
    .orderBy('run_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}
