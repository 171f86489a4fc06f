/**
 * API bench (issue 5), against PostgreSQL on loopback, in one bounded run (< 5 min):
 *  a. case creation: 50 concurrent keep-alive HTTP clients POST /api/v1/cases for 15 s;
 *  b. `pgbench -N -c 50 -j 2 -T 15` on the same database (after `pgbench -i -s 10` into it) → ratio;
 *  c. the agent queue with 1M cases (bulk-loaded in SQL): GET /api/v1/cases?status=open&sort=next_due,
 *     first pages, pages deep by cursor and filtered views, p50/p95/p99; EXPLAIN ANALYZE of the query.
 * Creates and always drops its own database `aftercare_bench_<random>`. Writes bench/results/api.json.
 * Knobs (environment): BENCH_PG_URL, BENCH_CASES, BENCH_SECONDS, BENCH_CLIENTS, BENCH_POOL_SIZE.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { systemClock } from '../src/lib/clock.js';
import type { TCaseCursor } from '../src/repositories/case-repository.js';
import { createBenchDatabase } from './api/bench-database.js';
import { bulkLoadCases } from './api/bulk-load.js';
import { benchCaseCreation } from './api/case-creation.js';
import { closedLoop, type TLoopResult } from './api/closed-loop.js';
import { explainQueue } from './api/explain-queue.js';
import { prepareBenchFixture } from './api/fixture.js';
import { createHttpClient } from './api/http-client.js';
import { pgbenchInit, pgbenchRun } from './api/pgbench.js';
import { benchQueueListing, listScenarios } from './api/queue-listing.js';
import { startBenchServer } from './api/start-server.js';
import { int, ms } from './api/stats.js';

const benchDir = dirname(fileURLToPath(import.meta.url));
const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const POOL_SIZE = Number(process.env.BENCH_POOL_SIZE ?? 10);
const REFERENCE_SECONDS = Math.max(2, Math.round(SECONDS / 3));
const LIST_REQUESTS = 500;
const LIST_DEPTH = 5;
const HARD_LIMIT_MS = 5 * 60_000;

const step = (text: string) => console.log(`· ${text}`);
const database = await createBenchDatabase();
const server = { stop: async () => {} };
let cleaning: Promise<void> | null = null;
const cleanup = () => {
  cleaning ??= (async () => {
    await server.stop().catch(() => {});
    await database.drop().catch((error) => console.error(`could not drop ${database.name}: ${error}`));
  })();
  return cleaning;
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanup().then(() => process.exit(130)));
}
const watchdog = setTimeout(() => {
  console.error(`✗ api bench exceeded ${HARD_LIMIT_MS / 60_000} min; stopping`);
  void cleanup().then(() => process.exit(1));
}, HARD_LIMIT_MS);

try {
  step(`database ${database.name}`);
  const fixture = await prepareBenchFixture(database.url, systemClock());

  const started = await startBenchServer(database.url, POOL_SIZE);
  const { port, child } = started;
  server.stop = started.stop;
  step(`server on 127.0.0.1:${port} (PostgreSQL pool ${POOL_SIZE})`);
  const http = createHttpClient(port, fixture.token, CLIENTS);

  // a. case creation (1 s warm-up first: JIT, pool connections, pack parsing).
  await benchCaseCreation(http, fixture.contracts, CLIENTS, 1);
  const loadBefore = loadavg()[0]!;
  step(`case creation: ${CLIENTS} clients × ${SECONDS} s (load average ${loadBefore.toFixed(1)})`);
  child.send('profile:start');
  const creation = await benchCaseCreation(http, fixture.contracts, CLIENTS, SECONDS);
  child.send('profile:stop');

  // Reference points in the same run: what this server answers with no database work
  // (GET /healthz) and with an authenticated two-query read (GET /api/v1/auth/me: the API-token
  // lookup and the user) — the ceiling any endpoint with that many round trips has on this machine.
  step(`reference: GET /healthz and GET /api/v1/auth/me, ${CLIENTS} clients × ${REFERENCE_SECONDS} s each`);
  const reference = (path: string) =>
    closedLoop(http, () => ({ method: 'GET', path }), 200, CLIENTS, REFERENCE_SECONDS);
  const healthz = await reference('/healthz');
  const me = await reference('/api/v1/auth/me');

  // b. pgbench on the same database.
  step('pgbench -i -s 10');
  await pgbenchInit(database.url, 10);
  step(`pgbench -N -c ${CLIENTS} -j 2 -T ${SECONDS}`);
  const pgbench = await pgbenchRun(database.url, CLIENTS, 2, SECONDS);
  const ratio = creation.requestsPerSecond / pgbench.tps;

  // c. the agent queue with 1M cases.
  step(`bulk-loading ${int(CASES)} cases`);
  const load = await bulkLoadCases(database.url, fixture, CASES);
  step(`loaded in ${load.seconds.toFixed(1)} s; listing ${LIST_REQUESTS} requests`);
  const listing = await benchQueueListing(http, listScenarios(fixture), LIST_REQUESTS, LIST_DEPTH);
  let deepCursor: TCaseCursor | null = null;
  let cursor: string | null = null;
  for (let page = 0; page < 10; page++) {
    const path: string = `/api/v1/cases?status=open&sort=next_due${cursor ? `&cursor=${cursor}` : ''}`;
    cursor = (JSON.parse((await http.request('GET', path)).body) as { nextCursor: string | null }).nextCursor;
    if (cursor) deepCursor = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as TCaseCursor;
  }
  const explained = await explainQueue(database.url, fixture, deepCursor);
  http.close();

  // d. report.
  const creationOk = creation.errors === 0 && ratio >= 0.4 && creation.latency.p99 < 100;
  const listingOk = listing.errors === 0 && listing.overall.p95 < 50;
  const loadAfter = loadavg()[0]!;
  console.log(
    `\nmachine: ${availableParallelism()} cores, Node ${process.versions.node}; loopback; one run; 1-min load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after (other work on the machine skews every figure)`,
  );
  console.log('\ncase creation: POST /api/v1/cases — the API-token lookup, ONE read (account, 24x7 contact,');
  console.log(
    '  recipients, engineers, product, contract), the SLA resolved in the server, ONE write (case,',
  );
  console.log(
    '  milestones, audit, outbox events and jobs in one statement): 3 round trips, vs 5 for pgbench -N',
  );
  console.log(
    `  ${CLIENTS} clients, ${creation.seconds.toFixed(1)} s: ${int(creation.ok)} created, ${creation.errors} errors`,
  );
  console.log(
    `  ${int(creation.requestsPerSecond)} req/s   p50 ${ms(creation.latency.p50)}   p95 ${ms(creation.latency.p95)}   p99 ${ms(creation.latency.p99)}   max ${ms(creation.latency.max)}`,
  );
  if (creation.firstError) console.log(`  first error: ${creation.firstError}`);
  console.log(`pgbench -N -c ${CLIENTS} -j 2 -T ${SECONDS} (scale 10, same database, same run)`);
  console.log(`  ${int(pgbench.tps)} TPS   latency avg ${ms(pgbench.latencyMs ?? Number.NaN)}`);
  console.log(
    `  ratio case creation ÷ pgbench TPS: ${(ratio * 100).toFixed(0)}% (target ≥ 40%, p99 < 100 ms) ${creationOk ? '✓' : '✗'}`,
  );
  const referenceRow = (name: string, result: TLoopResult) =>
    console.log(
      `  ${name.padEnd(40)} ${int(result.requestsPerSecond).padStart(7)} req/s   p99 ${ms(result.latency.p99)}${result.errors ? `   ${result.errors} errors: ${result.firstError}` : ''}`,
    );
  console.log('same server, same clients (reference ceilings):');
  referenceRow('GET /healthz (no database)', healthz);
  referenceRow('GET /api/v1/auth/me (2 single-row reads)', me);
  console.log(
    `  case creation = ${((creation.requestsPerSecond / me.requestsPerSecond) * 100).toFixed(0)}% of the two-read endpoint; 40% of pgbench would be ${int(pgbench.tps * 0.4)} req/s`,
  );
  console.log(
    `\nagent queue, ${int(load.cases)} cases (${int(load.open)} open), ${int(load.milestones)} milestones, loaded in ${load.seconds.toFixed(1)} s`,
  );
  console.log(
    `  ${'view'.padEnd(32)} ${'n'.padStart(4)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${'p99'.padStart(9)}`,
  );
  const row = (name: string, l: typeof listing.overall) =>
    console.log(
      `  ${name.padEnd(32)} ${String(l.count).padStart(4)} ${ms(l.p50).padStart(9)} ${ms(l.p95).padStart(9)} ${ms(l.p99).padStart(9)}`,
    );
  for (const scenario of listing.byScenario) row(scenario.name, scenario.latency);
  row('first pages', listing.firstPages);
  row(`pages 2–${LIST_DEPTH + 1} (cursor)`, listing.deeperPages);
  row('all', listing.overall);
  console.log(
    `  target p95 < 50 ms ${listingOk ? '✓' : '✗'}${listing.firstError ? `; first error: ${listing.firstError}` : ''}`,
  );
  console.log('\nEXPLAIN ANALYZE of the SQL listCases sends:');
  for (const item of explained) {
    const scan = item.plan.find((line) => /Scan/.test(line))?.trim() ?? '?';
    console.log(`  ${item.name.padEnd(42)} ${item.executionMs.toFixed(2).padStart(7)} ms  ${scan}`);
  }
  const results = {
    date: systemClock().toISOString(),
    machine: { cores: availableParallelism(), node: process.versions.node, loadBefore, loadAfter },
    reference: { healthz, me },
    caseCreation: { ...creation, pgbench: { tps: pgbench.tps, latencyMs: pgbench.latencyMs }, ratio },
    queue: { load, listing, explain: explained },
    targets: { creation: creationOk, listing: listingOk },
  };
  mkdirSync(join(benchDir, 'results'), { recursive: true });
  writeFileSync(join(benchDir, 'results', 'api.json'), `${JSON.stringify(results, null, 2)}\n`);
  step('wrote bench/results/api.json');
  if (creation.errors > 0 || listing.errors > 0) process.exitCode = 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  clearTimeout(watchdog);
  await cleanup();
}
