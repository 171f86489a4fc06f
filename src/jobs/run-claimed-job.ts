import type { TDb } from '../db/schema.js';
import type { TJobRow } from '../db/schema-jobs.js';
import { withTransaction } from '../db/with-transaction.js';
import { computeBackoff, type TJobDeps, type TJobRegistry } from './define-job.js';

export type TJobOutcome = 'succeeded' | 'retrying' | 'failed' | 'lease_lost';

class LeaseLostError extends Error {}

/**
 * Runs one claimed job. Transactional jobs mark themselves done in the handler's own transaction,
 * fenced by (worker, attempt): if the lease was lost meanwhile, everything the handler wrote rolls
 * back. A failure is retried with backoff until `max_attempts`, then the job is `failed`.
 */
export async function runClaimedJob(
  deps: TJobDeps,
  registry: TJobRegistry,
  job: TJobRow,
  input: { workerId: string; now: Date },
): Promise<TJobOutcome> {
  const { now, workerId } = input;
  const definition = registry.get(job.definition);
  if (!definition) return fail(deps.db, job, workerId, now, `Unknown job definition ${job.definition}`);
  if (job.attempts > job.max_attempts) {
    return fail(deps.db, job, workerId, now, job.last_error ?? 'Lease expired on the last attempt');
  }
  const parsed = definition.schema.safeParse(job.payload);
  if (!parsed.success) return fail(deps.db, job, workerId, now, `Invalid payload: ${parsed.error.message}`);

  try {
    if (definition.mode === 'transactional') {
      await withTransaction(deps.db, async (trx) => {
        await definition.handle({ payload: parsed.data, job, now, deps, db: trx });
        if (!(await markSucceeded(trx, job, workerId, now))) throw new LeaseLostError();
      });
    } else {
      await definition.handle({ payload: parsed.data, job, now, deps, db: deps.db });
      if (!(await markSucceeded(deps.db, job, workerId, now))) return 'lease_lost';
    }
    return 'succeeded';
  } catch (error) {
    if (error instanceof LeaseLostError) return 'lease_lost';
    const message = error instanceof Error ? error.message : String(error);
    deps.logger?.warn(
      { job: job.id, definition: job.definition, attempt: job.attempts, err: error },
      'job failed',
    );
    if (job.attempts >= job.max_attempts) return fail(deps.db, job, workerId, now, message);
    const runAt = new Date(now.getTime() + computeBackoff(definition.retry, job.attempts));
    const updated = await fenced(deps.db, job, workerId)
      .set({ status: 'queued', run_at: runAt, last_error: message, locked_by: null, locked_until: null })
      .executeTakeFirst();
    return updated.numUpdatedRows > 0n ? 'retrying' : 'lease_lost';
  }
}

function fenced(db: TDb, job: TJobRow, workerId: string) {
  return db
    .updateTable('jobs')
    .where('id', '=', job.id)
    .where('status', '=', 'running')
    .where('locked_by', '=', workerId)
    .where('attempts', '=', job.attempts);
}

async function markSucceeded(db: TDb, job: TJobRow, workerId: string, now: Date): Promise<boolean> {
  const result = await fenced(db, job, workerId)
    .set({ status: 'succeeded', finished_at: now, locked_by: null, locked_until: null, last_error: null })
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

async function fail(
  db: TDb,
  job: TJobRow,
  workerId: string,
  now: Date,
  message: string,
): Promise<TJobOutcome> {
  const result = await fenced(db, job, workerId)
    .set({ status: 'failed', finished_at: now, last_error: message, locked_by: null, locked_until: null })
    .executeTakeFirst();
  return result.numUpdatedRows > 0n ? 'failed' : 'lease_lost';
}
