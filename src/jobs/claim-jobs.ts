import { type SelectQueryBuilder, sql } from 'kysely';
import type { TDatabase, TDb } from '../db/schema.js';
import type { TJobRow } from '../db/schema-jobs.js';
import { jobLanes, type TJobRegistry } from './define-job.js';

export type TJobScope = {
  /** Claim only jobs of this tenant (tests run jobs of their own tenant only). */
  tenantId?: string | undefined;
  /** Claim only from this lane (`jobs.queue`). */
  queue?: string | undefined;
};

type TClaimInput = { workerId: string; now: Date; limit: number; scope?: TJobScope };

/**
 * Claims up to `limit` jobs, each statement an `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)`,
 * so concurrent workers — in one process or many — never claim the same job:
 * 1. jobs whose lease expired (a worker died or hung mid-job), from the lease index;
 * 2. then due queued jobs lane by lane (`timers`, `default`, `bulk`), each a range scan of the partial
 *    index `jobs_runnable_idx (queue, run_at, id) WHERE status = 'queued'` — no sort, no scan of the
 *    backlog of other lanes — so an SLA sweep is claimed before 10k queued emails (issue 13 item 5).
 * Each claim counts as an attempt and holds a lease of the definition's `leaseMs`. Only definitions
 * this worker knows are claimed.
 */
export async function claimJobs(db: TDb, registry: TJobRegistry, input: TClaimInput): Promise<TJobRow[]> {
  if (registry.size === 0 || input.limit <= 0) return [];
  const { now } = input;
  const claimed = await claimSelected(db, registry, input, input.limit, (query) =>
    query.where('status', '=', 'running').where('locked_until', '<=', now).orderBy('locked_until'),
  );
  const lanes = input.scope?.queue !== undefined ? [input.scope.queue] : jobLanes;
  for (const lane of lanes) {
    const room = input.limit - claimed.length;
    if (room <= 0) break;
    const jobs = await claimSelected(db, registry, input, room, (query) =>
      query
        .where('status', '=', 'queued')
        .where('queue', '=', lane)
        .where('run_at', '<=', now)
        .orderBy('run_at')
        .orderBy('id'),
    );
    claimed.push(...jobs);
  }
  return claimed;
}

type TJobSelect = SelectQueryBuilder<TDatabase, 'jobs', { id: string }>;

async function claimSelected(
  db: TDb,
  registry: TJobRegistry,
  input: TClaimInput,
  limit: number,
  narrow: (query: TJobSelect) => TJobSelect,
): Promise<TJobRow[]> {
  const { now, scope } = input;
  const leaseCases = sql.join(
    [...registry.values()].map(
      (definition) =>
        sql`when ${definition.id} then ${new Date(now.getTime() + definition.leaseMs).toISOString()}::timestamptz`,
    ),
    sql` `,
  );
  const selected = narrow(
    db
      .selectFrom('jobs')
      .select('id')
      .where('definition', 'in', [...registry.keys()])
      .$if(scope?.tenantId !== undefined, (qb) => qb.where('tenant_id', '=', scope?.tenantId ?? null)),
  )
    .limit(limit)
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
    .where('id', 'in', selected)
    .returningAll()
    .execute();
}
