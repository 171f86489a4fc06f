import { enqueueJob } from '../../src/jobs/enqueue-job.js';
import { builtInJobRegistry } from '../../src/jobs/job-definitions.js';
import { rmaDeadlineSweepJob } from '../../src/jobs/rma/rma-deadline-sweep-job.js';
import { runDueJobs } from '../../src/jobs/run-due-jobs.js';
import { getTestDatabase, testConfig } from '../helpers/index.js';

/** Enqueues and runs the RMA deadline sweep at `now` (one worker; pass a workerId to name it). */
export async function runRmaDeadlineSweep(now: Date, tenantId?: string, workerId?: string) {
  const db = await getTestDatabase();
  await enqueueJob(db, rmaDeadlineSweepJob, tenantId ? { tenantId } : {}, {
    now,
    ...(tenantId ? { tenantId } : {}),
  });
  return runDueJobs({ db, config: testConfig() }, now, {
    registry: builtInJobRegistry,
    ...(tenantId ? { scope: { tenantId } } : {}),
    ...(workerId ? { workerId } : {}),
  });
}
