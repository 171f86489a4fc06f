import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { TDatabase } from '../../src/db/schema.js';
import { listCases, type TCaseCursor, type TCaseFilters } from '../../src/repositories/case-repository.js';
import type { TBenchFixture } from './fixture.js';

export type TExplained = {
  name: string;
  executionMs: number;
  usesIndex: boolean;
  seqScanOnCases: boolean;
  plan: string[];
};

/**
 * EXPLAIN ANALYZE of exactly the SQL `listCases` sends (captured through Kysely's query log, same
 * parameters), for the open queue's first page, a deep page and the filtered views.
 */
export async function explainQueue(
  url: string,
  fixture: TBenchFixture,
  deepCursor: TCaseCursor | null,
): Promise<TExplained[]> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const captured: { sql: string; parameters: readonly unknown[] }[] = [];
  const db = new Kysely<TDatabase>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') captured.push(event.query);
    },
  });
  const scope = { tenantId: fixture.tenantId, accountId: null };
  // The first position of the no-deadline tail (cases without a pending deadline come last, by id).
  const tailCursor: TCaseCursor = { sort: 'next_due', due: null, id: '00000000-0000-0000-0000-000000000000' };
  const cases: { name: string; filters: TCaseFilters; after: TCaseCursor | null }[] = [
    { name: 'open queue, first page', filters: { status: 'open' }, after: null },
    { name: 'open queue, deep page (cursor)', filters: { status: 'open' }, after: deepCursor },
    { name: 'open queue, no-deadline tail (cursor)', filters: { status: 'open' }, after: tailCursor },
    { name: 'all statuses, no-deadline tail (cursor)', filters: {}, after: tailCursor },
    { name: 'open, centre=emea', filters: { status: 'open', centre: 'emea' }, after: null },
    { name: 'open, severity=S1', filters: { status: 'open', severity: 'S1' }, after: null },
    { name: 'open, assignee=me', filters: { status: 'open', assigneeId: fixture.agentId }, after: null },
    {
      name: 'open, apac+S1+tier 3 (rarest)',
      filters: { status: 'open', centre: 'apac', severity: 'S1', tier: 3 },
      after: null,
    },
  ];
  const results: TExplained[] = [];
  try {
    for (const item of cases) {
      captured.length = 0;
      await listCases(db, scope, item.filters, 'next_due', item.after, 26);
      for (const [index, query] of captured.entries()) {
        const { rows } = await pool.query<{ 'QUERY PLAN': string }>(
          `explain (analyze, buffers) ${query.sql}`,
          query.parameters as unknown[],
        );
        const plan = rows.map((row) => row['QUERY PLAN']);
        const execution = plan.find((line) => line.startsWith('Execution Time'));
        results.push({
          name: captured.length > 1 ? `${item.name} [query ${index + 1}]` : item.name,
          executionMs: execution ? Number(/([\d.]+) ms/.exec(execution)?.[1] ?? Number.NaN) : Number.NaN,
          usesIndex: plan.some((line) => /Index (Only )?Scan|Bitmap Index Scan/.test(line)),
          seqScanOnCases: plan.some((line) => /Seq Scan on cases/.test(line)),
          plan,
        });
      }
    }
  } finally {
    await db.destroy();
  }
  return results;
}
