/**
 * `npm run bench`: runs every bench/*.bench.ts in turn, each in its own Node process (so one bench's
 * JIT state, caches or TZ setting cannot skew another). `npm run bench -- calendar` runs only the files
 * whose name contains "calendar" (`-- sla`, `-- api` likewise). Order: calendar, sla, others, api (the
 * API bench needs PostgreSQL on 127.0.0.1:5432 and pgbench). Exit code 1 if any bench fails.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

/** Pure-CPU benches first, then the API bench (PostgreSQL, ~2–3 min); others alphabetically between. */
function rank(name: string): number {
  const order = ['calendar', 'sla'];
  const index = order.findIndex((prefix) => name.startsWith(`${prefix}.`));
  if (index >= 0) return index;
  return name.startsWith('api.') ? order.length + 1 : order.length;
}

if (files.length === 0) {
  console.error(`no bench/*.bench.ts files${filters.length > 0 ? ` matching ${filters.join(', ')}` : ''}`);
  process.exit(1);
}

let failed = 0;
for (const name of files) {
  console.log(`\n━━ ${name} ━━`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(benchDir, name)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed += 1;
    console.error(`✗ ${name} exited with ${run.status ?? run.signal}`);
  }
}
console.log(`\n${files.length - failed}/${files.length} benches completed`);
process.exit(failed > 0 ? 1 : 0);
