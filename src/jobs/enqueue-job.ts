import type { Insertable } from 'kysely';
import type { z } from 'zod';
import { newId } from '../db/new-id.js';
import type { TDb, TTransaction } from '../db/schema.js';
import type { TJobRow, TJobsTable } from '../db/schema-jobs.js';
import { AppError } from '../lib/app-error.js';
import type { TJobDefinition } from './define-job.js';

export type TEnqueueOptions = {
  now: Date;
  runAt?: Date;
  tenantId?: string | null;
  /** At most one job ever exists per key: enqueueing again is a no-op (idempotent enqueue). */
  dedupeKey?: string;
  queue?: string;
};

/**
 * Adds a job. Call it with the transaction of the command that needs the job, so the job exists
 * if and only if the command committed. Returns the new row, or null when the dedupe key was taken.
 */
export async function enqueueJob<TSchema extends z.ZodType>(
  db: TDb | TTransaction,
  definition: TJobDefinition<TSchema>,
  payload: z.input<TSchema>,
  options: TEnqueueOptions,
): Promise<TJobRow | null> {
  const row = await db
    .insertInto('jobs')
    .values(newJobValues(definition, payload, options))
    .onConflict((conflict) => conflict.column('dedupe_key').where('dedupe_key', 'is not', null).doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

/** The jobs row for `enqueueJob` (or a statement that inserts it along with other rows). */
export function newJobValues<TSchema extends z.ZodType>(
  definition: TJobDefinition<TSchema>,
  payload: z.input<TSchema>,
  options: TEnqueueOptions,
): Insertable<TJobsTable> {
  const parsed = definition.schema.safeParse(payload);
  if (!parsed.success) {
    throw new AppError('job.invalid_payload', `Invalid payload for job ${definition.id}`, [
      { message: parsed.error.message },
    ]);
  }
  return {
    id: newId(options.now.getTime()),
    definition: definition.id,
    queue: options.queue ?? definition.lane ?? 'default',
    tenant_id: options.tenantId ?? null,
    payload: JSON.stringify(parsed.data),
    dedupe_key: options.dedupeKey ?? null,
    status: 'queued',
    run_at: options.runAt ?? options.now,
    max_attempts: definition.retry.maxAttempts,
    created_at: options.now,
  };
}
