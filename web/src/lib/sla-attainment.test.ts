import { describe, expect, it } from 'vitest';
import type { TSlaAttainmentRow } from '../api/report-types.js';
import { pivotAttainment } from './sla-attainment.js';

const row = (
  period: string,
  plan: string,
  severity: string,
  met: number,
  breached: number,
  milestone = 'first_response',
) =>
  ({
    period,
    pack: 'imprivata-onesign',
    plan,
    severity,
    milestone,
    met,
    breached,
    pending: 0,
    rate: null,
  }) satisfies TSlaAttainmentRow;
const byPlanAndSeverity = (item: TSlaAttainmentRow) => `${item.plan} ${item.severity}`;

describe('pivotAttainment', () => {
  const rows = [
    row('2026-03-02T00:00:00.000Z', 'premium', 'P1', 3, 1),
    row('2026-03-02T00:00:00.000Z', 'premium', 'P2', 1, 0),
    row('2026-03-09T00:00:00.000Z', 'premium', 'P1', 0, 0),
    row('2026-03-09T00:00:00.000Z', 'standard', 'P2', 2, 0),
    row('2026-03-02T00:00:00.000Z', 'premium', 'P1', 9, 9, 'resolution'),
  ];

  it('gives the met percentage per period and series, with gaps where nothing was decided', () => {
    const result = pivotAttainment(rows, 'first_response', (iso) => iso.slice(0, 10), byPlanAndSeverity);
    expect(result.series).toEqual(['premium P1', 'premium P2', 'standard P2']);
    expect(result.rows).toEqual([
      { period: '2026-03-02', 'premium P1': 75, 'premium P2': 100, 'standard P2': null },
      { period: '2026-03-09', 'premium P1': null, 'premium P2': null, 'standard P2': 100 },
    ]);
    expect(result.totals).toEqual([
      { series: 'premium P1', met: 3, breached: 1, rate: 75 },
      { series: 'premium P2', met: 1, breached: 0, rate: 100 },
      { series: 'standard P2', met: 2, breached: 0, rate: 100 },
    ]);
  });

  it('adds up the rows of one series (e.g. every severity of a plan)', () => {
    const result = pivotAttainment(
      rows,
      'first_response',
      (iso) => iso.slice(0, 10),
      (item) => item.plan,
    );
    expect(result.rows[0]).toEqual({ period: '2026-03-02', premium: 80, standard: null });
    expect(result.totals).toEqual([
      { series: 'premium', met: 4, breached: 1, rate: 80 },
      { series: 'standard', met: 2, breached: 0, rate: 100 },
    ]);
  });

  it('returns nothing for a milestone without rows', () => {
    expect(pivotAttainment(rows.slice(0, 1), 'resolution', String, byPlanAndSeverity)).toEqual({
      rows: [],
      series: [],
      totals: [],
    });
  });
});
