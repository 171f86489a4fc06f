import type { THttpClient, THttpResult } from './http-client.js';
import { summarize, type TLatency } from './stats.js';

export type TLoopResult = {
  clients: number;
  seconds: number;
  /** Requests answered with the expected status. */
  ok: number;
  errors: number;
  firstError: string | null;
  requestsPerSecond: number;
  latency: TLatency;
};

/**
 * `clients` concurrent keep-alive clients send `next()` back to back for `seconds` (closed loop:
 * each waits for its answer). A response with `expected` status counts; anything else is an error.
 */
export async function closedLoop(
  client: THttpClient,
  next: () => { method: 'GET' | 'POST'; path: string; body?: unknown },
  expected: number,
  clients: number,
  seconds: number,
): Promise<TLoopResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const began = performance.now();
  const deadline = began + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const { method, path, body } = next();
      try {
        const response: THttpResult = await client.request(method, path, body);
        if (response.status === expected) latencies.push(response.ms);
        else {
          errors++;
          firstError ??= `${response.status} ${response.body.slice(0, 300)}`;
        }
      } catch (error) {
        errors++;
        firstError ??= String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, worker));
  const elapsed = (performance.now() - began) / 1000;
  return {
    clients,
    seconds: elapsed,
    ok: latencies.length,
    errors,
    firstError,
    requestsPerSecond: latencies.length / elapsed,
    latency: summarize(latencies),
  };
}
