import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { claimJobs } from '../../src/jobs/claim-jobs.js';
import {
  createJobRegistry,
  defineJob,
  type TJobDefinition,
  type TJobLane,
} from '../../src/jobs/define-job.js';
import { enqueueJob } from '../../src/jobs/enqueue-job.js';
import { builtInJobRegistry } from '../../src/jobs/job-definitions.js';
import { runDueJobs } from '../../src/jobs/run-due-jobs.js';
import { scheduleCronJobs } from '../../src/jobs/schedule-cron-jobs.js';
import { getTestDatabase, testConfig } from '../helpers/index.js';
import { createJobTenant, defineMarkJob, type ZMarkPayload } from '../workflow/fixtures/job-fixtures.js';

const config = testConfig();
const t0 = new Date('2026-11-24T12:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const laneJob = (lane: TJobLane): TJobDefinition<typeof ZMarkPayload> => ({ ...defineMarkJob(), lane });

async function queuedRuns(definition: string) {
  const db = await getTestDatabase();
  return db
    .selectFrom('jobs')
    .select(['run_at', 'queue'])
    .where('definition', '=', definition)
    .where('status', '=', 'queued')
    .orderBy('run_at')
    .execute();
}

describe('job lanes and coalesced sweeps (issue 13 item 5)', () => {
  it('a due timer is claimed before a backlog of older emails, and default work before bulk', async () => {
    const db = await getTestDatabase();
    const tenantId = await createJobTenant(db);
    const email = laneJob('bulk');
    const dispatch = laneJob('default');
    const sweep = laneJob('timers');
    const registry = createJobRegistry([email, dispatch, sweep]);
    for (let index = 0; index < 300; index++) {
      await enqueueJob(
        db,
        email,
        { tenantId, label: `email-${index}` },
        { now: at(-3_600_000 + index), tenantId },
      );
    }
    await enqueueJob(db, dispatch, { tenantId, label: 'dispatch' }, { now: at(-60_000), tenantId });
    await enqueueJob(db, sweep, { tenantId, label: 'sweep' }, { now: t0, tenantId });
    const claim = () => claimJobs(db, registry, { workerId: 'w1', now: t0, limit: 1, scope: { tenantId } });
    const [first] = await claim();
    expect(first).toMatchObject({ definition: sweep.id, queue: 'timers' });
    const [second] = await claim();
    expect(second).toMatchObject({ definition: dispatch.id, queue: 'default' });
    const [third] = await claim();
    expect(third).toMatchObject({ definition: email.id, queue: 'bulk' });
    // Within a lane: oldest first.
    expect(third?.payload).toMatchObject({ label: 'email-0' });
  }, 120_000); // the first test of the file also pays for the database set-up

  it('a batch claim fills up from the timers lane first, then the older bulk backlog', async () => {
    const db = await getTestDatabase();
    const tenantId = await createJobTenant(db);
    const email = laneJob('bulk');
    const sweep = laneJob('timers');
    const registry = createJobRegistry([email, sweep]);
    for (let index = 0; index < 20; index++) {
      await enqueueJob(db, email, { tenantId, label: `email-${index}` }, { now: at(-600_000), tenantId });
    }
    for (let index = 0; index < 2; index++) {
      await enqueueJob(db, sweep, { tenantId, label: `sweep-${index}` }, { now: t0, tenantId });
    }
    const jobs = await claimJobs(db, registry, { workerId: 'w1', now: t0, limit: 4, scope: { tenantId } });
    expect(jobs.map((job) => job.queue)).toEqual(['timers', 'timers', 'bulk', 'bulk']);
  });

  it('the built-in SLA sweeps and alarms run in the timers lane; email and webhooks in bulk', () => {
    const laneOf = (id: string) => builtInJobRegistry.get(id)?.lane ?? 'default';
    expect(laneOf('sla.sweep')).toBe('timers');
    expect(laneOf('sla.milestone-alarm')).toBe('timers');
    expect(laneOf('workflow.follow-the-sun-sweep')).toBe('timers');
    expect(laneOf('notifications.send-email')).toBe('bulk');
    expect(laneOf('notifications.deliver-webhook')).toBe('bulk');
    expect(laneOf('outbox.dispatch-event')).toBe('default');
  });

  it('missed minutes of a periodic sweep coalesce into one run, and the next slot waits in its lane ahead of time', async () => {
    const db = await getTestDatabase();
    const runs: string[] = [];
    const sweep = defineJob({
      id: `test.sweep-${randomBytes(4).toString('hex')}`,
      schema: z.object({}),
      cron: '* * * * *',
      retry: { maxAttempts: 1, backoffMs: 1, maxBackoffMs: 1 },
      leaseMs: 10_000,
      mode: 'transactional',
      lane: 'timers',
      handle: async ({ job }) => {
        runs.push(job.run_at.toISOString());
      },
    });
    const registry = createJobRegistry([sweep]);
    // The scheduler keeps running while no worker claims anything for five minutes (a stalled queue).
    for (let minute = 0; minute < 5; minute++)
      await scheduleCronJobs(db, registry, at(minute * 60_000 + 30_000));
    const now = at(4 * 60_000 + 30_000);
    expect(await queuedRuns(sweep.id)).toEqual([{ run_at: t0, queue: 'timers' }]);
    await runDueJobs({ db, config }, now, { registry });
    expect(runs).toEqual(['2026-11-24T12:00:00.000Z']);
    // That late run covered 12:04; the scheduler now queues 12:05 ahead of time, not 12:04 again.
    await scheduleCronJobs(db, registry, now);
    expect(await queuedRuns(sweep.id)).toEqual([{ run_at: at(5 * 60_000), queue: 'timers' }]);
    await runDueJobs({ db, config }, at(5 * 60_000), { registry });
    expect(runs).toEqual(['2026-11-24T12:00:00.000Z', '2026-11-24T12:05:00.000Z']);
  });
});
