/**
 * Search bench (issue 19 §4, issue 18 search): full-text case search at 1M cases on PostgreSQL.
 *  - bulk-loads BENCH_CASES (default 1,000,000) cases whose titles (4 words) and descriptions (12 words)
 *    are drawn Zipf-like from a 5,000-word vocabulary, so there are words in most cases and words in few;
 *  - GET /api/v1/search?q=… through the real server (own process, API token, tenant filter), one
 *    client, for common, medium and rare words, two-word queries and case numbers: p50/p95/p99;
 *  - the peer in the same run: the naive search a product without full-text indexes does,
 *    `title || description ILIKE '%word%'` with the same tenant filter, order and limit, in SQL
 *    (no HTTP) — reported as the ratio naive ÷ ours.
 * Target: p95 < 100 ms for a word query. Creates and always drops its own database. Writes
 * bench/results/search.json. Knobs: BENCH_PG_URL, BENCH_CASES, BENCH_SEARCH_REQUESTS.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { systemClock } from '../src/lib/clock.js';
import { createBenchDatabase } from './api/bench-database.js';
import { bulkLoadCases } from './api/bulk-load.js';
import { prepareBenchFixture } from './api/fixture.js';
import { createHttpClient } from './api/http-client.js';
import { startBenchServer } from './api/start-server.js';
import { int, ms, summarize, type TLatency } from './api/stats.js';

const benchDir = dirname(fileURLToPath(import.meta.url));
const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_SEARCH_REQUESTS ?? 60);
const NAIVE_REQUESTS = 5;
const HARD_LIMIT_MS = 20 * 60_000;
const VOCABULARY_SIZE = 5_000;

/** Support words first (the most frequent ranks), then synthetic ones (stemming leaves them alone). */
const supportWords = `badge reader login password reset printer queue error timeout crash sync server
  license upgrade firmware appliance network certificate token kiosk session database backup restore
  outage latency memory disk replica cluster failover proxy gateway policy audit report export import
  screen keyboard fingerprint smartcard wireless vpn directory domain account lockout expired invalid`
  .split(/\s+/)
  .filter(Boolean);
const vocabulary = [
  ...supportWords,
  ...Array.from({ length: VOCABULARY_SIZE - supportWords.length }, (_, i) => `zq${(i * 7919).toString(36)}`),
];
const wordAt = (rank: number) => vocabulary[rank - 1] as string;

const step = (text: string) => console.log(`· ${text}`);
const database = await createBenchDatabase();
let stopServer = async () => {};
const cleanup = async () => {
  await stopServer().catch(() => {});
  await database.drop().catch((error) => console.error(`could not drop ${database.name}: ${error}`));
};
const watchdog = setTimeout(() => {
  console.error(`✗ search bench exceeded ${HARD_LIMIT_MS / 60_000} min; stopping`);
  void cleanup().then(() => process.exit(1));
}, HARD_LIMIT_MS);

type TScenario = { name: string; queries: string[] };

try {
  step(`database ${database.name}`);
  const fixture = await prepareBenchFixture(database.url, systemClock());
  step(`bulk-loading ${int(CASES)} cases with a ${int(VOCABULARY_SIZE)}-word Zipf vocabulary`);
  const load = await bulkLoadCases(database.url, fixture, CASES, { vocabulary });
  step(`loaded in ${load.seconds.toFixed(1)} s`);

  const sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  const share = async (word: string) => {
    const { rows } = await sql.query<{ n: string }>(
      `select count(*) as n from cases where tenant_id = $1
         and to_tsvector('english', title || ' ' || description) @@ websearch_to_tsquery('english', $2)`,
      [fixture.tenantId, word],
    );
    return Number(rows[0]?.n ?? 0) / CASES;
  };
  const pick = (ranks: number[]) => ranks.map(wordAt);
  const scenarios: TScenario[] = [
    { name: 'common word (rank 1–5)', queries: pick([1, 2, 3, 4, 5]) },
    { name: 'medium word (rank 50–400)', queries: pick([50, 90, 160, 250, 400]) },
    { name: 'rare word (rank 2,000–5,000)', queries: pick([2000, 2800, 3500, 4200, 5000]) },
    {
      name: 'two words (AND)',
      queries: [
        `${wordAt(1)} ${wordAt(3)}`,
        `${wordAt(20)} ${wordAt(60)}`,
        `${wordAt(8)} ${wordAt(700)}`,
        `${wordAt(300)} ${wordAt(2500)}`,
      ],
    },
    { name: 'case number (#…)', queries: ['#1', `#${Math.floor(CASES / 2)}`, `#${CASES}`] },
  ];
  const shares: { word: string; share: number }[] = [];
  for (const word of [wordAt(1), wordAt(160), wordAt(3500)]) shares.push({ word, share: await share(word) });

  // The plan PostgreSQL picks for the text part of the search, per word frequency.
  const plans: { word: string; share: number; ms: number; scan: string }[] = [];
  for (const { word, share: wordShare } of shares) {
    const { rows } = await sql.query<{ 'QUERY PLAN': string }>(
      `explain (analyze, costs off) select case_id from case_search
         where tenant_id = $1 and document @@ websearch_to_tsquery('english', $2)
         order by opened_at desc limit 20`,
      [fixture.tenantId, word],
    );
    const lines = rows.map((row) => row['QUERY PLAN']);
    const time = Number(/Execution Time: ([\d.]+)/.exec(lines.join('\n'))?.[1] ?? Number.NaN);
    const scan =
      lines
        .find((line) => /Scan/.test(line))
        ?.trim()
        .replace(/^->\s*/, '') ?? '?';
    plans.push({ word, share: wordShare, ms: time, scan });
  }

  const server = await startBenchServer(database.url, 4);
  stopServer = server.stop;
  const http = createHttpClient(server.port, fixture.token, 1);
  const loadBefore = loadavg()[0] ?? 0;
  for (const query of scenarios.flatMap((s) => s.queries)) {
    await http.request('GET', `/api/v1/search?q=${encodeURIComponent(query)}`); // warm-up
  }
  let errors = 0;
  let firstError: string | null = null;
  const results: { name: string; latency: TLatency; hits: number }[] = [];
  for (const scenario of scenarios) {
    const samples: number[] = [];
    let hits = 0;
    for (let i = 0; i < REQUESTS; i++) {
      const query = scenario.queries[i % scenario.queries.length] as string;
      const response = await http.request('GET', `/api/v1/search?q=${encodeURIComponent(query)}`);
      if (response.status !== 200) {
        errors++;
        firstError ??= `${response.status} ${response.body.slice(0, 200)}`;
        continue;
      }
      hits += (JSON.parse(response.body) as { cases: unknown[] }).cases.length;
      samples.push(response.ms);
    }
    results.push({ name: scenario.name, latency: summarize(samples), hits: hits / REQUESTS });
  }
  http.close();

  // The peer: naive ILIKE search, same tenant filter, order and limit, straight SQL (no HTTP).
  const naive: { name: string; latency: TLatency }[] = [];
  for (const scenario of scenarios.slice(0, 3)) {
    const samples: number[] = [];
    for (let i = 0; i < NAIVE_REQUESTS; i++) {
      const word = scenario.queries[i % scenario.queries.length] as string;
      const began = performance.now();
      await sql.query(
        `select id from cases where tenant_id = $1 and (title || ' ' || description) ilike $2
           order by opened_at desc limit 20`,
        [fixture.tenantId, `%${word}%`],
      );
      samples.push(performance.now() - began);
    }
    naive.push({ name: scenario.name, latency: summarize(samples) });
  }
  await sql.end();
  const loadAfter = loadavg()[0] ?? 0;

  const wordScenarios = results.slice(0, 4);
  const worstP95 = Math.max(...wordScenarios.map((r) => r.latency.p95));
  const ok = errors === 0 && worstP95 < 100;
  console.log(
    `\nmachine: ${availableParallelism()} cores, Node ${process.versions.node}; loopback; one run; 1-min load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`,
  );
  console.log(
    `${int(load.cases)} cases; word shares: ${shares.map((s) => `${s.word} ${(s.share * 100).toFixed(1)}%`).join(', ')}`,
  );
  console.log('\nplans of the text part (EXPLAIN ANALYZE, SQL only):');
  for (const plan of plans) {
    console.log(
      `  ${plan.word.padEnd(10)} in ${(plan.share * 100).toFixed(1).padStart(5)}% of cases: ${ms(plan.ms).padStart(9)}  ${plan.scan}`,
    );
  }
  console.log('\nGET /api/v1/search?q=… (one client; cases + accounts + users + contacts, limit 20 each)');
  console.log(
    `  ${'query'.padEnd(30)} ${'hits'.padStart(5)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${'p99'.padStart(9)}`,
  );
  for (const r of results) {
    console.log(
      `  ${r.name.padEnd(30)} ${r.hits.toFixed(0).padStart(5)} ${ms(r.latency.p50).padStart(9)} ${ms(r.latency.p95).padStart(9)} ${ms(r.latency.p99).padStart(9)}`,
    );
  }
  console.log(`  target p95 < 100 ms for word queries: worst ${ms(worstP95)} ${ok ? '✓' : '✗'}`);
  console.log("\npeer: naive ILIKE '%word%' over title and description (SQL only, no HTTP)");
  for (const [index, n] of naive.entries()) {
    const ours = results[index]?.latency.p50 ?? Number.NaN;
    console.log(
      `  ${n.name.padEnd(30)} p50 ${ms(n.latency.p50).padStart(9)}  → ours (over HTTP) is ${(n.latency.p50 / ours).toFixed(0)}× faster`,
    );
  }
  if (firstError) console.log(`first error: ${firstError}`);
  mkdirSync(join(benchDir, 'results'), { recursive: true });
  writeFileSync(
    join(benchDir, 'results', 'search.json'),
    `${JSON.stringify({ date: systemClock().toISOString(), cases: CASES, load, shares, plans, results, naive, loadBefore, loadAfter, ok }, null, 2)}\n`,
  );
  step('wrote bench/results/search.json');
  if (errors > 0) process.exitCode = 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  clearTimeout(watchdog);
  await cleanup();
}
