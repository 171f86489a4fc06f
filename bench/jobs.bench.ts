/**
 * Job queue under backlog (issue 13 item 5), on PostgreSQL (127.0.0.1:5432, or BENCH_PG_URL):
 * 1. claim latency with 100k queued jobs (90k bulk emails, 10k default) — the lane claim of
 *    src/jobs/claim-jobs.ts against the single-queue claim it replaced (one statement, OR over queued
 *    and expired-lease rows, sorted by run_at), measured in the same run on the same rows;
 * 2. lateness of a periodic SLA sweep (one queued ahead of time every second, as the cron scheduler
 *    does) while 10k emails drain through one worker (concurrency 4, 2 ms per email): sweeps in the
 *    timers lane against the same sweeps in the emails' lane (one FIFO queue, as before).
 * Targets: claim p99 < 5 ms; sweep late by < 5 s.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { z } from 'zod';
import { createBenchDatabase } from './api/bench-database.js';
import { ms, summarize } from './api/stats.js';

const { loadConfig } = await import('../src/config.js');
const { createDatabase } = await import('../src/db/create-database.js');
const { migrateToLatest } = await import('../src/db/migrate.js');
const { systemClock } = await import('../src/lib/clock.js');
const { claimJobs } = await import('../src/jobs/claim-jobs.js');
const { createJobRegistry, defineJob } = await import('../src/jobs/define-job.js');
const { startWorker } = await import('../src/jobs/start-worker.js');
type TJobLane = import('../src/jobs/define-job.js').TJobLane;
type TDb = import('../src/db/schema.js').TDb;

const QUEUED = 100_000;
const CLAIMS = 2_000;
const OLD_CLAIMS = 100;
const EMAILS = 10_000;
const EMAIL_MS = 2;

const retry = { maxAttempts: 3, backoffMs: 1000, maxBackoffMs: 1000 };
const sweepLateness: number[] = [];
const job = (id: string, lane: TJobLane, handle: (late: number) => Promise<void>) =>
  defineJob({
    id,
    schema: z.object({}),
    retry,
    leaseMs: 60_000,
    mode: 'external',
    lane,
    handle: async ({ job: row, now }) => handle(now.getTime() - row.run_at.getTime()),
  });
const email = job('bench.email', 'bulk', () => sleep(EMAIL_MS).then(() => undefined));
const dispatch = job('bench.dispatch', 'default', async () => {});
const sweepIn = (lane: TJobLane) =>
  job('bench.sweep', lane, async (late) => {
    sweepLateness.push(late);
  });

const bench = await createBenchDatabase();
const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: bench.url });
const handle = await createDatabase(config, { poolSize: 8 });
try {
  await migrateToLatest(handle.db);
  await measureClaims(handle.db);
  // BENCH_JOBS_CLAIMS_ONLY=1 skips the two drains (~3–4 min on a loaded 2-core machine).
  if (process.env.BENCH_JOBS_CLAIMS_ONLY !== '1') {
    const lanes = await measureLateness(handle.db, 'timers');
    const fifo = await measureLateness(handle.db, 'bulk');
    console.log(
      `SLA sweep lateness while ${EMAILS.toLocaleString('en-US')} emails drain (worker concurrency 4, ${EMAIL_MS} ms per email, poll 1 s):`,
    );
    console.log(
      `  timers lane      p50 ${ms(lanes.p50)}  p99 ${ms(lanes.p99)}  max ${ms(lanes.max)}  (${lanes.count} sweeps)`,
    );
    console.log(
      `  one FIFO queue   p50 ${ms(fifo.p50)}  p99 ${ms(fifo.p99)}  max ${ms(fifo.max)}  (${fifo.count} sweeps)`,
    );
    console.log(
      `  → worst sweep ${(fifo.max / Math.max(1, lanes.max)).toFixed(0)}× less late with lanes (target < 5 s)`,
    );
  }
} finally {
  await handle.close();
  await bench.drop();
}

async function insertBacklog(db: TDb, definition: string, lane: string, count: number, startMs: number) {
  await sql`insert into jobs (id, definition, queue, payload, status, run_at, max_attempts, created_at)
    select gen_random_uuid(), ${definition}, ${lane}, '{}'::jsonb, 'queued',
      to_timestamp((${startMs}::bigint + n) / 1000.0), 3, to_timestamp(${startMs}::bigint / 1000.0)
    from generate_series(1, ${count}) n`.execute(db);
  await sql`analyze jobs`.execute(db);
}

async function measureClaims(db: TDb) {
  const now = systemClock();
  await insertBacklog(db, 'bench.email', 'bulk', QUEUED * 0.9, now.getTime() - 3_600_000);
  await insertBacklog(db, 'bench.dispatch', 'default', QUEUED * 0.1, now.getTime() - 1_800_000);
  const registry = createJobRegistry([email, dispatch, sweepIn('timers')]);
  const samples: number[] = [];
  for (let index = 0; index < CLAIMS; index++) {
    const begin = performance.now();
    const [claimed] = await claimJobs(db, registry, { workerId: 'bench', now, limit: 1 });
    samples.push(performance.now() - begin);
    if (claimed)
      await db
        .updateTable('jobs')
        .set({ status: 'succeeded', finished_at: now })
        .where('id', '=', claimed.id)
        .execute();
  }
  const lanes = summarize(samples);
  // The machine's ceiling: one round trip that does nothing, from the same pool.
  const trips: number[] = [];
  for (let index = 0; index < CLAIMS; index++) {
    const begin = performance.now();
    await sql`select 1`.execute(db);
    trips.push(performance.now() - begin);
  }
  const ceiling = summarize(trips);
  // …and one durable write: update one row and commit (the WAL flush every claim pays).
  await sql`create table bench_commit (id int primary key, n int)`.execute(db);
  await sql`insert into bench_commit values (1, 0)`.execute(db);
  const commits: number[] = [];
  for (let index = 0; index < CLAIMS; index++) {
    const begin = performance.now();
    await sql`update bench_commit set n = n + 1 where id = 1`.execute(db);
    commits.push(performance.now() - begin);
  }
  const commitFloor = summarize(commits);
  // The claim it replaced, on its own index, over the same rows.
  await sql`create index jobs_due_idx on jobs (queue, run_at) where status = 'queued'`.execute(db);
  const old: number[] = [];
  for (let index = 0; index < OLD_CLAIMS; index++) {
    const begin = performance.now();
    await sql`update jobs set status = 'running', attempts = attempts + 1, locked_by = 'old',
        locked_until = ${new Date(now.getTime() + 60_000)}
      where id in (select id from jobs where definition in ('bench.email', 'bench.dispatch', 'bench.sweep')
        and ((status = 'queued' and run_at <= ${now}) or (status = 'running' and locked_until <= ${now}))
        order by run_at, id limit 1 for update skip locked) returning *`.execute(db);
    old.push(performance.now() - begin);
  }
  await sql`drop index jobs_due_idx`.execute(db);
  const before = summarize(old);
  const plan = await sql<{ 'QUERY PLAN': string }>`explain select id from jobs where status = 'queued'
    and queue = 'bulk' and run_at <= ${now} and definition in ('bench.email') order by run_at, id limit 1`.execute(
    db,
  );
  console.log(
    `claim 1 job with ${QUEUED.toLocaleString('en-US')} queued (90% bulk emails, 10% default), PostgreSQL:`,
  );
  console.log(
    `  lane claim       p50 ${ms(lanes.p50)}  p99 ${ms(lanes.p99)}  max ${ms(lanes.max)}  (${lanes.count} claims; target p99 < 5 ms)`,
  );
  console.log(
    `  single-queue     p50 ${ms(before.p50)}  p99 ${ms(before.p99)}  max ${ms(before.max)}  (${before.count} claims)`,
  );
  console.log(
    `  1-row commit     p50 ${ms(commitFloor.p50)}  p99 ${ms(commitFloor.p99)}  max ${ms(commitFloor.max)}  (${commitFloor.count} commits: the floor of any claim)`,
  );
  console.log(
    `  select 1 (floor) p50 ${ms(ceiling.p50)}  p99 ${ms(ceiling.p99)}  max ${ms(ceiling.max)}  (${ceiling.count} round trips)`,
  );
  console.log(
    `  → p99 ${(before.p99 / lanes.p99).toFixed(0)}× faster; plan: ${plan.rows
      .map((row) => row['QUERY PLAN'].trim())
      .slice(0, 2)
      .join(' / ')}`,
  );
  await sql`delete from jobs`.execute(db);
}

async function measureLateness(db: TDb, sweepLane: TJobLane) {
  sweepLateness.length = 0;
  const start = systemClock().getTime();
  await insertBacklog(db, 'bench.email', 'bulk', EMAILS, start);
  // Sweeps queued ahead of time, one per second for up to 120 s (the cron scheduler keeps one ahead).
  await sql`insert into jobs (id, definition, queue, payload, status, run_at, max_attempts, created_at)
    select gen_random_uuid(), 'bench.sweep', ${sweepLane}, '{}'::jsonb, 'queued',
      to_timestamp((${start}::bigint + n * 1000) / 1000.0), 3, to_timestamp(${start}::bigint / 1000.0)
    from generate_series(1, 120) n`.execute(db);
  const registry = createJobRegistry([email, sweepIn(sweepLane)]);
  const worker = startWorker({ db, config }, { registry, concurrency: 4, pollMs: 1000 });
  for (;;) {
    await sleep(500);
    const left = await db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('definition', '=', 'bench.email')
      .where('status', '!=', 'succeeded')
      .executeTakeFirstOrThrow();
    if (Number(left.count) === 0) break;
  }
  await worker.stop();
  const drainedAt = systemClock().getTime();
  await sql`delete from jobs`.execute(db);
  console.log(
    `  (${sweepLane === 'timers' ? 'lanes' : 'fifo'}: ${EMAILS} emails drained in ${((drainedAt - start) / 1000).toFixed(1)} s)`,
  );
  return summarize(sweepLateness);
}
