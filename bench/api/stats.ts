/** Latency percentiles (ms) of a sample, nearest-rank. */
export type TLatency = { count: number; p50: number; p95: number; p99: number; max: number; mean: number };

export function summarize(samples: readonly number[]): TLatency {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    count: sorted.length,
    p50: rank(0.5),
    p95: rank(0.95),
    p99: rank(0.99),
    max: sorted[sorted.length - 1] ?? 0,
    mean: sorted.length > 0 ? sum / sorted.length : 0,
  };
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const int = (value: number) => Math.round(value).toLocaleString('en-US');
