import type { TSlaAttainmentRow } from '../api/report-types.js';

export type TAttainmentSeries = {
  /** One row per period: `period` (label) plus one attainment percentage (0–100) per series key. */
  rows: Record<string, string | number | null>[];
  /** Series keys, sorted. */
  series: string[];
  /** Totals per series over the whole range (met, breached, percentage). */
  totals: { series: string; met: number; breached: number; rate: number | null }[];
};

type TCount = { met: number; breached: number };

const percentage = ({ met, breached }: TCount) =>
  met + breached === 0 ? null : Math.round((1000 * met) / (met + breached)) / 10;

/**
 * Pivots the report's rows for one milestone into chart rows: per period, the percentage of
 * decided promises (met + breached) that were met, per series (`seriesOf`, e.g. pack and plan).
 * A period where a series had nothing decided stays null (no point, not a zero).
 */
export function pivotAttainment(
  rows: readonly TSlaAttainmentRow[],
  milestone: string,
  formatPeriod: (iso: string) => string,
  seriesOf: (row: TSlaAttainmentRow) => string,
): TAttainmentSeries {
  const selected = rows.filter((row) => row.milestone === milestone);
  const series = [...new Set(selected.map(seriesOf))].sort();
  const periods = [...new Set(selected.map((row) => row.period))].sort();
  const counts = new Map<string, TCount>();
  const totals = new Map<string, TCount>();
  const add = (map: Map<string, TCount>, key: string, row: TCount) => {
    const count = map.get(key) ?? { met: 0, breached: 0 };
    map.set(key, { met: count.met + row.met, breached: count.breached + row.breached });
  };
  for (const row of selected) {
    add(counts, `${row.period}|${seriesOf(row)}`, row);
    add(totals, seriesOf(row), row);
  }
  const chartRows = periods.map((period) => {
    const out: Record<string, string | number | null> = { period: formatPeriod(period) };
    for (const name of series) {
      const count = counts.get(`${period}|${name}`);
      out[name] = count ? percentage(count) : null;
    }
    return out;
  });
  return {
    rows: chartRows,
    series,
    totals: series.map((name) => {
      const total = totals.get(name) ?? { met: 0, breached: 0 };
      return { series: name, ...total, rate: percentage(total) };
    }),
  };
}
