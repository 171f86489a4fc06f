import { closedLoop, type TLoopResult } from './closed-loop.js';
import type { TBenchContract } from './fixture.js';
import type { THttpClient } from './http-client.js';

// No phone: Premium phone calls need a verified PIN (C8), which is the phone-intake flow, not this API.
const channels = ['portal', 'email'] as const;
const ivantiDetails = {
  example: 'Login fails for a subset of users',
  context: 'Started after the 3.20 upgrade',
  systemConfiguration: 'Two appliances, HA pair',
  reproductionSteps: 'Sign in as a user of group X',
};

/** Deterministic PRNG (mulberry32) so every run sends the same mix. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `clients` concurrent keep-alive clients each POST /api/v1/cases back to back for `seconds`,
 * mixing accounts, packs, plans, severities and channels. Every 201 counts; anything else is an error.
 */
export async function benchCaseCreation(
  client: THttpClient,
  contracts: readonly TBenchContract[],
  clients: number,
  seconds: number,
): Promise<TLoopResult> {
  const random = seededRandom(0xcafe);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  let sequence = 0;
  return closedLoop(
    client,
    () => {
      const contract = pick(contracts);
      const body = {
        accountId: contract.accountId,
        contractId: contract.contractId,
        title: `Bench case ${++sequence}`,
        description: 'Created by bench/api.bench.ts to measure case creation over HTTP.',
        severity: pick(contract.severities),
        channel: pick(channels),
        ...(contract.packId === 'ivanti' ? { details: ivantiDetails } : {}),
      };
      return { method: 'POST', path: '/api/v1/cases', body };
    },
    201,
    clients,
    seconds,
  );
}
