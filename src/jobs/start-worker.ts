import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { systemClock, type TClock } from '../lib/clock.js';
import type { TJobScope } from './claim-jobs.js';
import { claimJobs } from './claim-jobs.js';
import type { TJobDeps, TJobRegistry } from './define-job.js';
import { runClaimedJob } from './run-claimed-job.js';
import { scheduleCronJobs } from './schedule-cron-jobs.js';

export type TWorkerOptions = {
  registry: TJobRegistry;
  /** Jobs run at the same time by this process. */
  concurrency?: number;
  /** Pause between polls when the queue is empty. */
  pollMs?: number;
  clock?: TClock;
  scope?: TJobScope;
  workerId?: string;
};

export type TWorker = { workerId: string; stop: () => Promise<void> };

/**
 * The background worker of `aftercare serve`: schedules cron slots, claims due jobs (SKIP LOCKED)
 * and runs up to `concurrency` at once. `stop()` stops claiming and waits for running jobs.
 */
export function startWorker(deps: TJobDeps, options: TWorkerOptions): TWorker {
  const workerId = options.workerId ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const concurrency = options.concurrency ?? 4;
  const pollMs = options.pollMs ?? 1000;
  const clock = options.clock ?? systemClock;
  const running = new Set<Promise<unknown>>();
  let stopped = false;
  let wake: (() => void) | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const loop = async () => {
    let lastCron = 0;
    while (!stopped) {
      try {
        const now = clock();
        if (now.getTime() - lastCron >= 15_000) {
          lastCron = now.getTime();
          await scheduleCronJobs(deps.db, options.registry, now);
        }
        const free = concurrency - running.size;
        const jobs =
          free > 0
            ? await claimJobs(deps.db, options.registry, {
                workerId,
                now,
                limit: free,
                ...(options.scope ? { scope: options.scope } : {}),
              })
            : [];
        for (const job of jobs) {
          const task = runClaimedJob(deps, options.registry, job, { workerId, now: clock() })
            .catch((error: unknown) => deps.logger?.error({ err: error, job: job.id }, 'job runner crashed'))
            .finally(() => {
              running.delete(task);
              wake?.();
            });
          running.add(task);
        }
        if (jobs.length === 0 || running.size >= concurrency) await sleep(pollMs);
      } catch (error) {
        deps.logger?.error({ err: error }, 'worker poll failed');
        await sleep(pollMs);
      }
    }
  };
  const done = loop();

  return {
    workerId,
    stop: async () => {
      stopped = true;
      wake?.();
      await done;
      await Promise.all([...running]);
    },
  };
}
