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
  ({ period, plan, severity, milestone, met, breached, pending: 0, rate: null }) satisfies TSlaAttainmentRow;

describe('pivotAttainment', () => {
  it('gives the met percentage per period and plan × severity, with gaps where nothing was decided', () => {
    const result = pivotAttainment(
      [
        row('2026-03-02T00:00:00.000Z', 'premium', 'P1', 3, 1),
        row('2026-03-09T00:00:00.000Z', 'premium', 'P1', 0, 0),
        row('2026-03-09T00:00:00.000Z', 'standard', 'P2', 2, 0),
        row('2026-03-02T00:00:00.000Z', 'premium', 'P1', 9, 9, 'resolution'),
      ],
      'first_response',
      (iso) => iso.slice(0, 10),
    );
    expect(result.series).toEqual(['premium P1', 'standard P2']);
    expect(result.rows).toEqual([
      { period: '2026-03-02', 'premium P1': 75, 'standard P2': null },
      { period: '2026-03-09', 'premium P1': null, 'standard P2': 100 },
    ]);
    expect(result.totals).toEqual([
      { series: 'premium P1', met: 3, breached: 1, rate: 75 },
      { series: 'standard P2', met: 2, breached: 0, rate: 100 },
    ]);
  });

  it('returns nothing for a milestone without rows', () => {
    expect(
      pivotAttainment([row('2026-03-02T00:00:00.000Z', 'premium', 'P1', 1, 0)], 'resolution', String),
    ).toEqual({
      rows: [],
      series: [],
      totals: [],
    });
  });
});
