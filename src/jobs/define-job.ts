import type { z } from 'zod';
import type { TConfig } from '../config.js';
import type { TDb, TTransaction } from '../db/schema.js';
import type { TJobRow } from '../db/schema-jobs.js';
import type { TLogger } from '../lib/logger.js';
import type { TMailer } from '../notifications/mailer.js';

/** Retry policy: attempt n (1-based) that fails is retried after min(max, base × 2^(n−1)). */
export type TRetryPolicy = { maxAttempts: number; backoffMs: number; maxBackoffMs: number };

/** What every job handler may use. */
export type TJobDeps = {
  db: TDb;
  config: TConfig;
  logger?: TLogger | undefined;
  /** Sends email (SMTP in production, an in-process server in tests). */
  mailer?: TMailer | undefined;
  /** HTTP client for webhooks; defaults to global fetch. */
  fetch?: typeof fetch | undefined;
};

export type TJobContext<TPayload> = {
  payload: TPayload;
  job: TJobRow;
  now: Date;
  deps: TJobDeps;
  /**
   * `transactional` jobs: the transaction that also marks the job done, so the handler's writes
   * commit exactly once (a worker that dies or loses its lease rolls them back).
   * `external` jobs (they talk to the outside world: SMTP, HTTP): the plain database handle.
   */
  db: TTransaction | TDb;
};

/**
 * Lanes, claimed strictly in this order (issue 13 item 5): `timers` (SLA sweeps and alarms,
 * follow-the-sun — small, time-critical) never wait behind `default` (outbox dispatch, daily jobs),
 * which never waits behind `bulk` (email and webhook fan-out). Within a lane: oldest due first.
 */
export const jobLanes = ['timers', 'default', 'bulk'] as const;
export type TJobLane = (typeof jobLanes)[number];

export type TJobDefinition<TSchema extends z.ZodType = z.ZodType> = {
  /** Stable id stored in the jobs table, e.g. `sla.mark-milestone`. Never rename a shipped id. */
  id: string;
  schema: TSchema;
  /** Five-field UTC cron expression: a scheduled instance per slot, once across all processes. */
  cron?: string;
  retry: TRetryPolicy;
  /** How long a claim lasts before another worker may take the job over (visibility timeout). */
  leaseMs: number;
  mode: 'transactional' | 'external';
  /** The lane its jobs are queued in (`jobs.queue`); `default` unless told. */
  lane?: TJobLane;
  handle: (context: TJobContext<z.infer<TSchema>>) => Promise<void>;
};

/** Declares a job; the identity function keeps the payload type tied to the schema. */
export function defineJob<TSchema extends z.ZodType>(
  definition: TJobDefinition<TSchema>,
): TJobDefinition<TSchema> {
  return definition;
}

/** The delay before retrying after failed attempt number `attempt` (1-based). */
export function computeBackoff(retry: TRetryPolicy, attempt: number): number {
  const exponent = Math.max(0, attempt - 1);
  return Math.min(retry.maxBackoffMs, retry.backoffMs * 2 ** Math.min(exponent, 30));
}

export type TJobRegistry = ReadonlyMap<string, TJobDefinition>;

export function createJobRegistry(definitions: readonly TJobDefinition[]): TJobRegistry {
  const registry = new Map<string, TJobDefinition>();
  for (const definition of definitions) {
    if (registry.has(definition.id)) throw new Error(`Duplicate job definition ${definition.id}`);
    registry.set(definition.id, definition);
  }
  return registry;
}
