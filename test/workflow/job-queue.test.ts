import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { claimJobs } from '../../src/jobs/claim-jobs.js';
import { computeBackoff, createJobRegistry, defineJob } from '../../src/jobs/define-job.js';
import { enqueueJob } from '../../src/jobs/enqueue-job.js';
import { runClaimedJob } from '../../src/jobs/run-claimed-job.js';
import { runDueJobs } from '../../src/jobs/run-due-jobs.js';
import { scheduleCronJobs } from '../../src/jobs/schedule-cron-jobs.js';
import { testConfig } from '../helpers/index.js';
import { getTestDatabase } from '../helpers/test-database.js';
import { createJobTenant, defineMarkJob, listMarks } from './fixtures/job-fixtures.js';

const config = testConfig();
const t0 = new Date('2026-11-24T12:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

async function jobRow(id: string) {
  const db = await getTestDatabase();
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

describe('job queue', () => {
  it('runs a due job once, inline, and never before run_at', async () => {
    const db = await getTestDatabase();
    const tenantId = await createJobTenant(db);
    const job = defineMarkJob();
    const registry = createJobRegistry([job]);
    const later = await enqueueJob(
      db,
      job,
      { tenantId, label: 'later' },
      { now: t0, runAt: at(60_000), tenantId },
    );
    const now = await enqueueJob(db, job, { tenantId, label: 'now' }, { now: t0, tenantId });

    const first = await runDueJobs({ db, config }, t0, { registry, scope: { tenantId } });
    expect(first.jobIds).toEqual([now?.id]);
    expect((await listMarks(db, tenantId)).map((m) => m.label)).toEqual(['now']);
    expect(await runDueJobs({ db, config }, t0, { registry, scope: { tenantId } })).toMatchObject({ ran: 0 });

    const second = await runDueJobs({ db, config }, at(60_000), { registry, scope: { tenantId } });
    expect(second.jobIds).toEqual([later?.id]);
    expect(await jobRow(later?.id ?? '')).toMatchObject({
      status: 'succeeded',
      attempts: 1,
      locked_by: null,
    });
  }, 120_000); // the first test of the file also pays for the database set-up

  it('enqueues at most one job per dedupe key', async () => {
    const db = await getTestDatabase();
    const tenantId = await createJobTenant(db);
    const job = defineMarkJob();
    const key = `test:${tenantId}:once`;
    const first = await enqueueJob(db, job, { tenantId, label: 'a' }, { now: t0, tenantId, dedupeKey: key });
    const again = await enqueueJob(db, job, { tenantId, label: 'b' }, { now: t0, tenantId, dedupeKey: key });
    expect(first).not.toBeNull();
    expect(again).toBeNull();
    await runDueJobs({ db, config }, t0, { registry: createJobRegistry([job]), scope: { tenantId } });
    // Still once after it ran.
    expect(
      await enqueueJob(db, job, { tenantId, label: 'c' }, { now: t0, tenantId, dedupeKey: key }),
    ).toBeNull();
    expect((await listMarks(db, tenantId)).map((m) => m.label)).toEqual(['a']);
  });

  it('rejects a payload its schema refuses', async () => {
    const db = await getTestDatabase();
    const job = defineMarkJob();
    await expect(enqueueJob(db, job, { tenantId: 'nope', label: 'x' }, { now: t0 })).rejects.toMatchObject({
      code: 'job.invalid_payload',
    });
  });

  it('retries a failing job with exponential backoff, rolls back failed attempts, then fails for good', async () => {
    const db = await getTestDatabase();
    const tenantId = await createJobTenant(db);
    const job = defineMarkJob({ retry: { maxAttempts: 3, backoffMs: 10_000 }, behaviour: () => 'fail' });
    const registry = createJobRegistry([job]);
    const row = await enqueueJob(db, job, { tenantId, label: 'x' }, { now: t0, tenantId });
    const id = row?.id ?? '';
    const run = (when: Date) => runDueJobs({ db, config }, when, { registry, scope: { tenantId } });

    expect((await run(t0)).outcomes.retrying).toBe(1);
    expect(await jobRow(id)).toMatchObject({
      status: 'queued',
      attempts: 1,
      run_at: at(10_000),
      last_error: 'attempt 1 failed',
    });
    expect((await run(at(9_999))).ran).toBe(0);
    expect((await run(at(10_000))).outcomes.retrying).toBe(1);
    expect(await jobRow(id)).toMatchObject({ status: 'queued', attempts: 2, run_at: at(30_000) });
    expect((await run(at(30_000))).outcomes.failed).toBe(1);
    expect(await jobRow(id)).toMatchObject({ status: 'failed', attempts: 3, finished_at: at(30_000) });
    // Each failed attempt's writes were rolled back with it.
    expect(await listMarks(db, tenantId)).toEqual([]);
  });

  it('succeeds on a retry after transient failures', async () => {
    const db = await getTestDatabase();
    const tenantId = await createJobTenant(db);
    const job = defineMarkJob({ behaviour: (attempt) => (attempt < 2 ? 'fail' : 'ok') });
    const registry = createJobRegistry([job]);
    const row = await enqueueJob(db, job, { tenantId, label: 'flaky' }, { now: t0, tenantId });
    await runDueJobs({ db, config }, t0, { registry, scope: { tenantId } });
    await runDueJobs({ db, config }, at(10_000), { registry, scope: { tenantId } });
    expect(await jobRow(row?.id ?? '')).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect((await listMarks(db, tenantId)).map((m) => m.label)).toEqual(['flaky']);
  });

  it('computes backoff as base × 2^(attempt−1), capped', () => {
    const retry = { maxAttempts: 10, backoffMs: 1_000, maxBackoffMs: 5_000 };
    expect([1, 2, 3, 4, 5].map((attempt) => computeBackoff(retry, attempt))).toEqual([
      1_000, 2_000, 4_000, 5_000, 5_000,
    ]);
  });

  it('hands a job whose worker vanished to another worker after the lease, and fences the late one', async () => {
    const db = await getTestDatabase();
    const tenantId = await createJobTenant(db);
    const job = defineMarkJob({ leaseMs: 30_000 });
    const registry = createJobRegistry([job]);
    const row = await enqueueJob(db, job, { tenantId, label: 'orphan' }, { now: t0, tenantId });
    // Worker A claims and then "dies" (never reports back).
    const [claimed] = await claimJobs(db, registry, {
      workerId: 'worker-a',
      now: t0,
      limit: 1,
      scope: { tenantId },
    });
    expect(claimed?.id).toBe(row?.id);
    expect((await runDueJobs({ db, config }, at(29_999), { registry, scope: { tenantId } })).ran).toBe(0);
    const rescue = await runDueJobs({ db, config }, at(30_000), {
      registry,
      scope: { tenantId },
      workerId: 'worker-b',
    });
    expect(rescue.outcomes.succeeded).toBe(1);
    expect(await jobRow(row?.id ?? '')).toMatchObject({ status: 'succeeded', attempts: 2 });
    // A comes back to life and tries to finish: its lease is gone, its writes roll back.
    if (!claimed) throw new Error('not claimed');
    expect(
      await runClaimedJob({ db, config }, registry, claimed, { workerId: 'worker-a', now: at(31_000) }),
    ).toBe('lease_lost');
    expect((await listMarks(db, tenantId)).map((m) => m.label)).toEqual(['orphan']);
  });

  it('lets three concurrent workers share the queue and run each job once', async () => {
    const db = await getTestDatabase();
    const tenantId = await createJobTenant(db);
    const runs: string[] = [];
    const job = defineMarkJob({ onRun: (id) => runs.push(id) });
    const registry = createJobRegistry([job]);
    const ids: string[] = [];
    for (let index = 0; index < 24; index++) {
      const row = await enqueueJob(
        db,
        job,
        { tenantId, label: `j${index}`, sleepMs: 2 },
        { now: t0, tenantId },
      );
      ids.push(row?.id ?? '');
    }
    const results = await Promise.all(
      ['w1', 'w2', 'w3'].map((workerId) =>
        runDueJobs({ db, config }, t0, { registry, scope: { tenantId }, workerId }),
      ),
    );
    expect(results.reduce((sum, result) => sum + result.ran, 0)).toBe(24);
    expect([...runs].sort()).toEqual([...ids].sort());
    const marks = await listMarks(db, tenantId);
    expect(marks).toHaveLength(24);
    expect(new Set(marks.map((m) => m.jobId)).size).toBe(24);
  });

  it('schedules each cron slot once however many processes ask', async () => {
    const db = await getTestDatabase();
    const ran: string[] = [];
    const cronJob = defineJob({
      id: `test.cron-${Math.random().toString(36).slice(2, 10)}`,
      schema: z.object({}),
      cron: '*/5 * * * *',
      retry: { maxAttempts: 1, backoffMs: 1, maxBackoffMs: 1 },
      leaseMs: 10_000,
      mode: 'transactional',
      handle: async ({ job }) => {
        ran.push(job.run_at.toISOString());
      },
    });
    const registry = createJobRegistry([cronJob]);
    const now = new Date('2026-11-24T12:07:30Z');
    const counts = await Promise.all([1, 2, 3].map(() => scheduleCronJobs(db, registry, now)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    await runDueJobs({ db, config }, now, { registry });
    expect(ran).toEqual(['2026-11-24T12:05:00.000Z']);
  });
});

const databaseUrl = inject('testDatabaseUrl');
const workerScript = fileURLToPath(new URL('./fixtures/job-worker-process.ts', import.meta.url));

function startProcess(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  const listeners: Array<() => void> = [];
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = (text: string) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (output.includes(text)) resolve();
      };
      listeners.push(check);
      check();
    });
  return { child, exited, waitFor, output: () => output, errors: () => errors };
}

describe.runIf(databaseUrl)('job queue across processes (PostgreSQL)', () => {
  it('three worker processes on one database run each job exactly once', async () => {
    const db = await getTestDatabase();
    const tenantId = await createJobTenant(db);
    const job = defineMarkJob();
    const ids: string[] = [];
    for (let index = 0; index < 40; index++) {
      const row = await enqueueJob(
        db,
        job,
        { tenantId, label: `p${index}`, sleepMs: 5 },
        { now: t0, tenantId },
      );
      ids.push(row?.id ?? '');
    }
    const processes = [1, 2, 3].map(() =>
      startProcess([databaseUrl ?? '', job.id, tenantId, t0.toISOString(), 'drain', '60000']),
    );
    const codes = await Promise.all(processes.map((p) => p.exited));
    expect(codes, processes.map((p) => p.errors()).join('\n')).toEqual([0, 0, 0]);
    const ran = processes.flatMap((p) =>
      p
        .output()
        .split('\n')
        .filter((line) => line.startsWith('ran '))
        .map((line) => line.slice(4)),
    );
    expect([...ran].sort()).toEqual([...ids].sort());
    const marks = await listMarks(db, tenantId);
    expect(new Set(marks.map((m) => m.jobId)).size).toBe(40);
    expect(marks).toHaveLength(40);
    const attempts = await db
      .selectFrom('jobs')
      .select('attempts')
      .where('tenant_id', '=', tenantId)
      .execute();
    expect(attempts.every((row) => row.attempts === 1)).toBe(true);
  });

  it('a worker process killed mid-job: the job is retried after its lease and completes once', async () => {
    const db = await getTestDatabase();
    const tenantId = await createJobTenant(db);
    const job = defineMarkJob({ leaseMs: 30_000 });
    const row = await enqueueJob(db, job, { tenantId, label: 'killed' }, { now: t0, tenantId });
    const victim = startProcess([databaseUrl ?? '', job.id, tenantId, t0.toISOString(), 'hang', '30000']);
    await victim.waitFor(`started ${row?.id}`);
    victim.child.kill('SIGKILL');
    await victim.exited;
    expect(await jobRow(row?.id ?? '')).toMatchObject({ status: 'running', attempts: 1 });

    const registry = createJobRegistry([job]);
    expect((await runDueJobs({ db, config }, at(10_000), { registry, scope: { tenantId } })).ran).toBe(0);
    const rescue = await runDueJobs({ db, config }, at(30_000), { registry, scope: { tenantId } });
    expect(rescue.outcomes.succeeded).toBe(1);
    expect(await jobRow(row?.id ?? '')).toMatchObject({ status: 'succeeded', attempts: 2 });
    // The killed attempt's writes died with its transaction: exactly one effect.
    expect((await listMarks(db, tenantId)).map((m) => m.label)).toEqual(['killed']);
  });
});
