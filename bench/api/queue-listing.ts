import type { TBenchFixture } from './fixture.js';
import type { THttpClient } from './http-client.js';
import { summarize, type TLatency } from './stats.js';

/** `start`: a cursor to begin at instead of the first page. */
export type TListScenario = { name: string; query: string; start?: string };
export type TListingResult = {
  requests: number;
  errors: number;
  firstError: string | null;
  overall: TLatency;
  firstPages: TLatency;
  deeperPages: TLatency;
  byScenario: { name: string; latency: TLatency }[];
};

/** The agent-queue views measured: the open queue, then one filter each, then two combined. */
export function listScenarios(fixture: TBenchFixture): TListScenario[] {
  const tailCursor = Buffer.from(
    JSON.stringify({ sort: 'next_due', due: null, id: '00000000-0000-0000-0000-000000000000' }),
  ).toString('base64url');
  const open = '/api/v1/cases?status=open&sort=next_due';
  return [
    { name: 'open queue', query: open },
    { name: 'open, centre=emea', query: `${open}&centre=emea` },
    { name: 'open, severity=S1 (rare)', query: `${open}&severity=S1` },
    { name: 'open, tier=3', query: `${open}&tier=3` },
    { name: 'open, assignee=me', query: `${open}&assignee=${fixture.agentId}` },
    { name: 'open, centre+severity+tier', query: `${open}&centre=americas&severity=S2&tier=2` },
    { name: 'open, apac+S1+tier 3 (rarest)', query: `${open}&centre=apac&severity=S1&tier=3` },
    // Where the queue ends: open cases without a pending deadline, by id (a crafted first cursor).
    { name: 'open, no-deadline tail', query: open, start: tailCursor },
  ];
}

/**
 * One agent (one keep-alive connection, requests back to back) walks each scenario's queue: the
 * first page, then up to `depth` further pages by nextCursor; round-robin over scenarios until
 * `total` requests were measured. One unmeasured warm-up walk per scenario first.
 */
export async function benchQueueListing(
  client: THttpClient,
  scenarios: readonly TListScenario[],
  total: number,
  depth: number,
): Promise<TListingResult> {
  const all: number[] = [];
  const first: number[] = [];
  const deeper: number[] = [];
  const byScenario = new Map<string, number[]>(scenarios.map((s) => [s.name, []]));
  let errors = 0;
  let firstError: string | null = null;

  const walk = async (scenario: TListScenario, measured: boolean) => {
    let cursor: string | null = scenario.start ?? null;
    for (let page = 0; page <= depth; page++) {
      if (measured && all.length >= total) return;
      const path: string = cursor ? `${scenario.query}&cursor=${cursor}` : scenario.query;
      const response = await client.request('GET', path);
      if (response.status !== 200) {
        errors++;
        firstError ??= `${scenario.name}: ${response.status} ${response.body.slice(0, 300)}`;
        return;
      }
      if (measured) {
        all.push(response.ms);
        (page === 0 ? first : deeper).push(response.ms);
        byScenario.get(scenario.name)?.push(response.ms);
      }
      cursor = (JSON.parse(response.body) as { nextCursor: string | null }).nextCursor;
      if (!cursor) return;
    }
  };

  for (const scenario of scenarios) await walk(scenario, false);
  for (let round = 0; all.length < total && errors === 0; round++) {
    await walk(scenarios[round % scenarios.length]!, true);
  }
  return {
    requests: all.length,
    errors,
    firstError,
    overall: summarize(all),
    firstPages: summarize(first),
    deeperPages: summarize(deeper),
    byScenario: [...byScenario].map(([name, samples]) => ({ name, latency: summarize(samples) })),
  };
}
