import { sql } from 'kysely';
import type { TDb } from '../db/schema.js';
import type { TJobRow } from '../db/schema-jobs.js';
import type { TJobRegistry } from './define-job.js';

export type TJobScope = {
  /** Claim only jobs of this tenant (tests run jobs of their own tenant only). */
  tenantId?: string | undefined;
  queue?: string | undefined;
};

/**
 * Claims up to `limit` jobs that are due (queued with `run_at <= now`) or whose lease has expired
 * (a worker died or hung mid-job), in one statement with `FOR UPDATE SKIP LOCKED`, so concurrent
 * workers — in one process or many — never claim the same job. Each claim counts as an attempt and
 * holds a lease of the definition's `leaseMs`. Only definitions this worker knows are claimed.
 */
export async function claimJobs(
  db: TDb,
  registry: TJobRegistry,
  input: { workerId: string; now: Date; limit: number; scope?: TJobScope },
): Promise<TJobRow[]> {
  const definitions = [...registry.keys()];
  if (definitions.length === 0 || input.limit <= 0) return [];
  const { now, scope } = input;
  const leaseCases = sql.join(
    [...registry.values()].map(
      (definition) =>
        sql`when ${definition.id} then ${new Date(now.getTime() + definition.leaseMs).toISOString()}::timestamptz`,
    ),
    sql` `,
  );
  const due = db
    .selectFrom('jobs')
    .select('id')
    .where('definition', 'in', definitions)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', now)]),
        eb.and([eb('status', '=', 'running'), eb('locked_until', '<=', now)]),
      ]),
    )
    .$if(scope?.tenantId !== undefined, (qb) => qb.where('tenant_id', '=', scope?.tenantId ?? null))
    .$if(scope?.queue !== undefined, (qb) => qb.where('queue', '=', scope?.queue ?? 'default'))
    .orderBy('run_at')
    .orderBy('id')
    .limit(input.limit)
    .forUpdate()
    .skipLocked();
  return db
    .updateTable('jobs')
    .set({
      status: 'running',
      attempts: sql`attempts + 1`,
      locked_by: input.workerId,
      locked_until: sql`case definition ${leaseCases} end`,
    })
    .where('id', 'in', due)
    .returningAll()
    .execute();
}
