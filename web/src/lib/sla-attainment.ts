import type { TSlaAttainmentRow } from '../api/report-types.js';

export type TAttainmentSeries = {
  /** One row per period: `period` (label) plus one attainment percentage (0–100) per series key. */
  rows: Record<string, string | number | null>[];
  /** Series keys, e.g. "premium P1", sorted. */
  series: string[];
  /** Totals per series over the whole range (met, breached, percentage). */
  totals: { series: string; met: number; breached: number; rate: number | null }[];
};

const percentage = (met: number, breached: number) =>
  met + breached === 0 ? null : Math.round((1000 * met) / (met + breached)) / 10;

/**
 * Pivots the report's rows for one milestone into chart rows: per period, the percentage of
 * decided promises (met + breached) that were met, per plan × severity. A period where a series had
 * nothing decided stays null (a gap in the line, not a zero).
 */
export function pivotAttainment(
  rows: readonly TSlaAttainmentRow[],
  milestone: string,
  formatPeriod: (iso: string) => string,
): TAttainmentSeries {
  const selected = rows.filter((row) => row.milestone === milestone);
  const series = [...new Set(selected.map((row) => `${row.plan} ${row.severity}`))].sort();
  const periods = [...new Set(selected.map((row) => row.period))].sort();
  const counts = new Map<string, { met: number; breached: number }>();
  for (const row of selected) {
    const key = `${row.period}|${row.plan} ${row.severity}`;
    const count = counts.get(key) ?? { met: 0, breached: 0 };
    counts.set(key, { met: count.met + row.met, breached: count.breached + row.breached });
  }
  const chartRows = periods.map((period) => {
    const out: Record<string, string | number | null> = { period: formatPeriod(period) };
    for (const name of series) {
      const count = counts.get(`${period}|${name}`);
      out[name] = count ? percentage(count.met, count.breached) : null;
    }
    return out;
  });
  const totals = series.map((name) => {
    let met = 0;
    let breached = 0;
    for (const period of periods) {
      const count = counts.get(`${period}|${name}`);
      met += count?.met ?? 0;
      breached += count?.breached ?? 0;
    }
    return { series: name, met, breached, rate: percentage(met, breached) };
  });
  return { rows: chartRows, series, totals };
}
