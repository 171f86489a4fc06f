import { randomBytes } from 'node:crypto';
import type { TJobScope } from './claim-jobs.js';
import { claimJobs } from './claim-jobs.js';
import type { TJobDeps, TJobRegistry } from './define-job.js';
import { runClaimedJob, type TJobOutcome } from './run-claimed-job.js';

export type TRunDueJobsOptions = {
  registry: TJobRegistry;
  scope?: TJobScope;
  workerId?: string;
  /** Safety stop for handlers that keep enqueueing due work. */
  maxJobs?: number;
};

export type TRunDueJobsResult = { ran: number; outcomes: Record<TJobOutcome, number>; jobIds: string[] };

/**
 * Runs every job due at `now` (including jobs the handlers enqueue for `now`) one by one and
 * returns when none is left: the inline mode of tests and the CLI — no timers, the clock is `now`.
 */
export async function runDueJobs(
  deps: TJobDeps,
  now: Date,
  options: TRunDueJobsOptions,
): Promise<TRunDueJobsResult> {
  const workerId = options.workerId ?? `inline-${randomBytes(4).toString('hex')}`;
  const maxJobs = options.maxJobs ?? 10_000;
  const result: TRunDueJobsResult = {
    ran: 0,
    outcomes: { succeeded: 0, retrying: 0, failed: 0, lease_lost: 0 },
    jobIds: [],
  };
  while (result.ran < maxJobs) {
    const jobs = await claimJobs(deps.db, options.registry, {
      workerId,
      now,
      limit: 1,
      ...(options.scope ? { scope: options.scope } : {}),
    });
    const job = jobs[0];
    if (!job) break;
    const outcome = await runClaimedJob(deps, options.registry, job, { workerId, now });
    result.ran++;
    result.outcomes[outcome]++;
    result.jobIds.push(job.id);
  }
  return result;
}
